import { hasWideLetters } from "../text";

/**
 * Missing spaces after sentence punctuation, as content spinners leave them: "Ukraine.Pokrovsk,a key"
 * → "Ukraine. Pokrovsk, a key". Only letter–punctuation–letter seams are touched, so numbers (1,000;
 * 3.5), abbreviations (U.S.Aid keeps its dots) and web addresses stay as written.
 */
export function fixSpacing(text: string): string {
  // A seam needs a stop before a capital, or a comma before a letter (non-ASCII characters may be letters).
  if (!/[.!?][A-Z\u00C0-\uFFFF]|,[A-Za-z\u00C0-\uFFFF]/.test(text)) return text;
  // Each expression matches the punctuation first and checks what stands before it afterwards: the
  // engine then only stops at a stop or a comma, three to five times faster than trying two letters
  // at every position. The ASCII forms, for lines without other letters, are faster again.
  if (!hasWideLetters(text)) return text.replace(ASCII_STOP_SEAM, "$& ").replace(ASCII_COMMA_SEAM, ", ");
  return text.replace(STOP_SEAM, "$& ").replace(COMMA_SEAM, ", ");
}

/** A stop after two lowercase letters, two figures ("in 2019.The report"), a per cent sign or a closing
 *  quote or bracket, before a capitalised word. */
const ASCII_STOP_SEAM = /[.!?](?<=(?:[a-z]{2}|\d{2}|[)”’"%])[.!?])(?=[A-Z][a-z])/g;
const STOP_SEAM = /[.!?](?<=(?:\p{Ll}{2}|\d{2}|[)”’"%])[.!?])(?=\p{Lu}\p{Ll})/gu;
/** A comma after two lowercase letters or a year, before a letter ("1,200" and "3,5" stay). */
const ASCII_COMMA_SEAM = /,(?<=(?:[a-z]{2}|\b\d{4}),)(?=[A-Za-z])/g;
const COMMA_SEAM = /,(?<=(?:\p{Ll}{2}|\b\d{4}),)(?=\p{L})/gu;
