import { isSpaceCode } from "./text";

/** Folding text for comparisons (repeated paragraphs, titles printed twice): case, quotes, dashes and
 *  runs of whitespace do not make two texts different. */

/** Fold for comparisons: case, quotes, dashes, spaces. */
export const fold = (s: string): string => {
  // Most lines are ASCII, where normalising and mapping quotes and dashes change nothing.
  let wide = s;
  const ascii = !NON_ASCII.test(s);
  if (!ascii) {
    // NFKC is the costly step, and it leaves Latin-1 letters, quotes and dashes as they are: only text
    // with other characters ("…", no-break spaces, ligatures, combining marks) needs it.
    if (NEEDS_NFKC.test(s)) wide = wide.normalize("NFKC");
    wide = wide.replace(FOLDED_PUNCTUATION, (c) => FOLDED[c]!);
  }
  // Runs of spaces and other whitespace become one space; most lines have none, and the plain tests
  // cost less than a replace that finds nothing (one character class each: an alternation of the two
  // costs twice as much; in ASCII text the only other whitespace is tab to carriage return).
  const odd = wide.includes("  ") || (ascii ? ASCII_ODD_WHITESPACE : ODD_WHITESPACE).test(wide);
  return (odd ? wide.replace(/\s+/g, " ") : wide).trim().toLowerCase();
};
/** A summary of fold(s) (its first and last few characters other than whitespace) that is much cheaper
 *  than folding: texts whose folds differ mostly differ here, and texts whose folds are equal always
 *  agree. Without NFKC, fold maps punctuation to punctuation, letters to letters (one for one in
 *  Latin-1) and runs of whitespace to one space, so those characters can be read off the text itself. */
export function foldSignature(s: string): string {
  return NEEDS_NFKC.test(s) ? signatureOfFolded(fold(s)) : ends(s, foldChar);
}
/** foldSignature of a text already folded. */
export const signatureOfFolded = (f: string): string => ends(f, asIs);
// Module-level, not closures made per call: tsx keeps function names, and naming a fresh closure
// costs a property definition on every call.
const foldChar = (c: string): string => (FOLDED[c] ?? c).toLowerCase();
const asIs = (c: string): string => c;
/** Characters other than whitespace read from each end of a text for its signature. */
const SIGNATURE_CHARS = 3;
function ends(s: string, map: (c: string) => string): string {
  let head = "";
  let tail = "";
  for (let i = 0, n = 0; i < s.length && n < SIGNATURE_CHARS; i++) if (!isSpaceCode(s.charCodeAt(i))) (head += map(s[i]!)), n++;
  for (let i = s.length - 1, n = 0; i >= 0 && n < SIGNATURE_CHARS; i--) if (!isSpaceCode(s.charCodeAt(i))) (tail = map(s[i]!) + tail), n++;
  return `${head}|${tail}`;
}
const NON_ASCII = /[^\x00-\x7f]/;
/** Characters outside the ones NFKC maps to themselves in any context (ASCII, Latin-1 letters and × ÷,
 *  the quotes, dashes and minus folded below; not U+2011 or U+2033, which it decomposes). */
const NEEDS_NFKC = /[^\x00-\x7f\u00c0-\u00ff\u2010\u2012-\u2015\u2018-\u201f\u2212]/;
/** Typographic quotes, primes and dashes, folded to their ASCII forms. */
const FOLDED: Record<string, string> = Object.fromEntries([
  ...[..."\u2018\u2019\u201A\u201B\u2032"].map((c) => [c, "'"]),
  ...[..."\u201C\u201D\u201E\u201F\u2033"].map((c) => [c, '"']),
  ...[..."\u2010\u2011\u2012\u2013\u2014\u2015\u2212"].map((c) => [c, "-"]),
]);
const FOLDED_PUNCTUATION = new RegExp(`[${Object.keys(FOLDED).join("")}]`, "g");
const ODD_WHITESPACE = /[^\S ]/;
const ASCII_ODD_WHITESPACE = /[\t-\r]/;
