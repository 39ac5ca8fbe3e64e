import { hasWideLetters } from "../text";

/**
 * Missing spaces after sentence punctuation, as content spinners leave them: "Ukraine.Pokrovsk,a key"
 * → "Ukraine. Pokrovsk, a key". Only letter–punctuation–letter seams are touched, so numbers (1,000;
 * 3.5), abbreviations (U.S.Aid keeps its dots) and web addresses stay as written.
 */
export function fixSpacing(text: string): string {
  // A seam needs a stop before a capital, or a comma before a letter (non-ASCII characters may be letters).
  if (!/[.!?][A-Z\u00C0-\uFFFF]|,[A-Za-z\u00C0-\uFFFF]/.test(text)) return text;
  // The same expressions in ASCII letters for lines that have no others: several times faster.
  if (!hasWideLetters(text)) return text.replace(/([a-z]{2}|[)”’"])([.!?])([A-Z][a-z])/g, "$1$2 $3").replace(/([a-z]{2}|\b\d{4}),(?=[A-Za-z])/g, "$1, ");
  return text
    .replace(/(\p{Ll}{2}|[)”’"])([.!?])(\p{Lu}\p{Ll})/gu, "$1$2 $3")
    .replace(/(\p{Ll}{2}|\b\d{4}),(?=\p{L})/gu, "$1, ");
}
