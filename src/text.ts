/** Small text measures shared by the rules. Kept here so every rule means the same thing by "short" or "prose". */

/** A word is a run of non-spaces with at least one letter or digit. Every stage measures lines again
 *  and again, so the measures below are single scans over char codes with an ASCII fast path; \p{…} is
 *  only consulted for non-ASCII characters. tests/property/text.property.test.ts checks them against
 *  the plain pattern [^\s\p{L}\p{N}]*[\p{L}\p{N}]\S* (global, Unicode mode). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_LETTER = /\p{Lu}/u;
/** Whether s[i] is an ASCII digit, by char code: a plain test before an expression that needs one. */
export const isDigitAt = (s: string, i: number): boolean => s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;
/** Whether s[i] is an ASCII letter or any character past ASCII (accented letters, other scripts), by char
 *  code: a line that ends so ends without a stop or a bracket. */
export const isLetterAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return ((c | 32) >= 97 && (c | 32) <= 122) || c > 127;
};
/** What \s matches, by char code. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}
function isWordCode(s: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  const point = s.codePointAt(i)!;
  return point <= 0xffff ? letterCase(point) !== NOT_LETTER : LETTER_OR_DIGIT.test(String.fromCodePoint(point));
}
/** Opening quote or bracket a capitalised word may start with. */
const isOpener = (c: number) => c === 34 || c === 39 || c === 40 || c === 0x201c || c === 0x2018;
function isUpperOrDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  const point = s.codePointAt(i)!;
  return point <= 0xffff ? letterCase(point) === UPPER : UPPER_LETTER.test(String.fromCodePoint(point));
}

/** Whether s may have letters outside ASCII: anything outside ASCII and the General Punctuation block
 *  (dashes, quotes, ellipsis). Lines without them can be read with plain [a-z] expressions, which
 *  cost several times less than \p{…} ones. */
export const hasWideLetters = (s: string): boolean => WIDE.test(s);
const WIDE = /[\u0080-\u1FFF\u2070-\uFFFF]/;
/** Whether s has a character past Latin-1 (surrogates included): lines without one, most lines of the
 *  western European pages, can be read by native expressions with Latin-1's letters in their classes.
 *  Not Latin Extended: its letters alternate case, and a class of a hundred ranges made an expression
 *  four times slower than reading the line character by character. */
export const beyondLatin1 = (s: string): boolean => BEYOND_LATIN_1.test(s);
const BEYOND_LATIN_1 = /[\u0100-\u1FFF\u2070-\uFFFF]/;

/** Letter case of a UTF-16 code unit, looked up once per code and remembered (most text is ASCII,
 *  and a \p{…} test per character would cost more than the scans that need it). Surrogate halves are
 *  not letters: callers that care about astral letters use isLetterPoint. */
export const UPPER = 1;
export const LOWER = 2;
/** a letter without case (Hebrew, CJK, modifier letters) */
export const CASELESS = 3;
/** not a letter, but a number (\p{N}: digits, Ⅻ, ½) */
export const NUMBER = 4;
export const NOT_LETTER = 5;
const CASES = new Uint8Array(0x10000);
export function letterCase(code: number): number {
  if (!(code >= 0 && code <= 0xffff)) return NOT_LETTER;
  // Small enough for the compiler to inline into the character loops; the first look-up of a code
  // goes to the function below.
  const k = CASES[code]!;
  return k === 0 ? learnLetterCase(code) : k;
}
function learnLetterCase(code: number): number {
  const ch = String.fromCharCode(code);
  const k = /\p{Lu}/u.test(ch) ? UPPER : /\p{Ll}/u.test(ch) ? LOWER : /\p{L}/u.test(ch) ? CASELESS : /\p{N}/u.test(ch) ? NUMBER : NOT_LETTER;
  CASES[code] = k;
  return k;
}
/** Whether the code point is a letter (\p{L}), astral ones included. */
export function isLetterPoint(point: number): boolean {
  return point <= 0xffff ? letterCase(point) <= CASELESS : /\p{L}/u.test(String.fromCodePoint(point));
}

/** Words, and how many of them start with a capital (or digit, after an optional opening quote). */
function scanWords(s: string): { words: number; capitals: number } {
  let words = 0;
  let capitals = 0;
  let start = -1;
  let hasWord = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (isSpaceCode(c)) {
      if (hasWord) {
        words++;
        const first = isOpener(s.charCodeAt(start)) && start + 1 < i ? start + 1 : start;
        if (isUpperOrDigitAt(s, first)) capitals++;
      }
      start = -1;
      hasWord = false;
    } else {
      if (start < 0) start = i;
      if (!hasWord && isWordCode(s, i, c)) hasWord = true;
    }
  }
  return { words, capitals };
}

/** Words in s; with a cap, counting stops there (wordCount(s, 8) >= 8 reads only the first 8 words).
 *  The leanest of the scans: it runs on every line several times. */
export function wordCount(s: string, cap = Infinity): number {
  if (s.length < MEMO_MIN_CHARS) return countWords(s, cap);
  // Long lines are counted once: the stages measure the same line (the same string) again and again,
  // and a string remembers its hash, so the lookup is cheap after the first. Most measures are capped
  // ("8 words or more?"), so counting stops at the cap and goes on from there when a later measure
  // needs more: the whole paragraph is read only if someone asks for its whole count.
  const known = COUNTS.get(s);
  if (known !== undefined && known >= 0) return Math.min(known, cap);
  let words = 0;
  let from = 0;
  if (known !== undefined) {
    const k = -known - 1;
    words = k % WORDS_RADIX;
    if (words >= cap) return cap;
    from = (k - words) / WORDS_RADIX;
  }
  const n = countWordsFrom(s, from, words, cap);
  if (known === undefined && COUNTS.size >= COUNTS_MAX) COUNTS.clear();
  COUNTS.set(s, stoppedAt < 0 ? n : -(stoppedAt * WORDS_RADIX + n) - 1);
  return n;
}
/** A count that stopped at a cap is kept as -(position × WORDS_RADIX + words) - 1: more than the words
 *  of the longest line decode lets through (200,000 characters), and still an exact integer. */
const WORDS_RADIX = 2 ** 18;
/** Below this length a scan costs about what a lookup does (hashing reads the whole string once). */
const MEMO_MIN_CHARS = 60;
const COUNTS = new Map<string, number>();
/** Forget the counts kept so far (for measuring a run over dumps that share no lines). */
export const clearWordCounts = (): void => COUNTS.clear();
/** Bounds the memory: a few dumps' worth of long lines. */
const COUNTS_MAX = 20_000;

/** How many pieces s.split(/\s+/) would give (spaces and other whitespace separate them; punctuation
 *  counts as a piece), without building them; counting stops at cap. */
export function pieceCount(s: string, cap = Infinity): number {
  let pieces = 1;
  for (let i = 0; i < s.length && pieces < cap; i++) {
    if (isSpaceCode(s.charCodeAt(i)) && (i === 0 || !isSpaceCode(s.charCodeAt(i - 1)))) pieces++;
  }
  return pieces;
}

/** The text up to the end of its n-th word. */
export function firstWords(s: string, n: number): string {
  let words = 0;
  let hasWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (hasWord && ++words >= n) return s.slice(0, i);
      hasWord = false;
    } else if (!hasWord && isWordCode(s, i, c)) hasWord = true;
  }
  return s;
}

/** countWords from position `from` with `words` already counted (a word ended right before it); sets
 *  stoppedAt to where a count that reached the cap stopped, or -1 when it read to the end. */
let stoppedAt = -1;
function countWordsFrom(s: string, from: number, words: number, cap: number): number {
  let hasWord = false;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (hasWord && ++words >= cap) {
        stoppedAt = i + 1;
        return words;
      }
      hasWord = false;
    } else if (!hasWord && isWordCode(s, i, c)) hasWord = true;
  }
  stoppedAt = -1;
  return hasWord ? words + 1 : words;
}

function countWords(s: string, cap: number): number {
  let words = 0;
  let hasWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (hasWord && ++words >= cap) return words;
      hasWord = false;
    } else if (!hasWord && isWordCode(s, i, c)) hasWord = true;
  }
  return hasWord ? words + 1 : words;
}

/** Ends like a sentence: . ! ? … (or their CJK forms, the Hindi danda, the Arabic question mark, the
 *  Urdu full stop), perhaps followed by a closing quote or bracket. */
export const endsLikeSentence = (s: string): boolean => endsWithOneOf(s, ".!?…。！？।؟۔");

/** An emoji's variation selector or joiner, or a symbol of the BMP's emoji blocks (☀, ✨, ❤). */
const isEmojiMark = (c: number): boolean => c === 0xfe0f || c === 0x200d || (c >= 0x2600 && c <= 0x27bf);
/** The high surrogate of the emoji planes' pictographs (U+1F000–U+1FAFF). */
const isEmojiLead = (c: number): boolean => c >= 0xd83c && c <= 0xd83e;
/** Closing quotes and brackets, German ones too („…“, ‚…‘, »…«) and the French « … » with its space. */
const CLOSERS = "\"'”’»«“‘)]」』）】》";
/** Whether s ends (before spaces, closing quotes or brackets, and footnote marks: "….[12]", "….¹")
 *  with one of the characters in stops. Read from the end: a regex anchored at $ would try every
 *  position of a long line. */
export function endsWithOneOf(s: string, stops: string): boolean {
  let i = s.length - 1;
  while (i >= 0) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c) || isSuperscriptDigit(c) || isEmojiMark(c)) i--;
    // An emoji after the stop ("We hope to see you soon! 🙂"): a pair of surrogates.
    else if (c >= 0xdc00 && c <= 0xdfff && i > 0 && isEmojiLead(s.charCodeAt(i - 1))) i -= 2;
    else if (c === 93 && footnoteOpening(s, i) >= 0) i = footnoteOpening(s, i) - 1;
    else if (c >= 48 && c <= 57 && plainFootnoteStop(s, i) >= 0) i = plainFootnoteStop(s, i);
    else if (isOneOf(c, CLOSERS)) i--;
    else break;
  }
  return i >= 0 && isOneOf(s.charCodeAt(i), stops);
}
/** A footnote's number printed plainly after the stop ("… nowhere else in nature.1", "… them.12"): where
 *  that stop (or the closing quote after it) is, or -1. A figure's decimals ("version 3.1") have a digit before the stop. */
const FOOTNOTE_MAX_DIGITS = 2;
function plainFootnoteStop(s: string, last: number): number {
  let j = last;
  while (j >= 0 && last - j < FOOTNOTE_MAX_DIGITS && isDigitAt(s, j)) j--;
  if (j < 1 || isDigitAt(s, j)) return -1;
  const c = s.charCodeAt(j);
  const before = s.charCodeAt(j - 1);
  // After a closing quote, the stop inside it is read as before ("… a single trick."12").
  if (isOneOf(c, CLOSERS)) return j;
  return (c === 46 || c === 33 || c === 63) && !isSpaceCode(before) && !(before >= 48 && before <= 57) ? j : -1;
}
const isSuperscriptDigit = (c: number): boolean => c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079);
/** Where the footnote mark ("[12]", one to three digits) closed at close opens; -1 if it is none. */
function footnoteOpening(s: string, close: number): number {
  let j = close - 1;
  while (j >= 0 && isDigitAt(s, j)) j--;
  return j < close - 1 && close - j <= 4 && s.charCodeAt(j) === 91 ? j : -1;
}
/** By char code: s[i] would cut a new string for every character outside Latin-1. */
function isOneOf(c: number, chars: string): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
  return false;
}

/** Letters of the scripts written without spaces between words (Japanese kana, CJK ideographs, Thai):
 *  a line of them and of at most a few spaced pieces (a number, a Latin name) is judged by its
 *  characters, as its word count says nothing. */
export const UNSPACED_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f\uf900-\ufaff]/u;
export const UNSPACED_MAX_PIECES = 4;

/** A line of running prose: long enough and ending like a sentence. Thresholds: the shortest body
 *  paragraphs in the seed and dev dumps are one sentence of 8+ words; menus and labels stay under that. */
export const PROSE_MIN_WORDS = 8;
/** A checklist's item, its box printed before it ("☐ Kühlschrank abtauen", "✓ Passport"): no menu ticks
 *  its entries. */
export const CHECKBOX_ITEM = /^[☐☑☒✓✔□▢]\s/;

/** Someone's words reported: a quotation mark, or a verb of saying ("… the editor said", "sagte",
 *  "a déclaré", "dijo"). A site's standing notes and asks speak for the site and have neither, so a
 *  line that has one is the story's (see remove-editorial-policy, remove-donation-box). */
export const REPORTED_SPEECH = /["“”„«»]|\b(?:said|says|told|according to|sagte|sagt|erklärte|a (?:déclaré|dit|expliqué)|selon|dijo|afirmó)\b/i;
export const isProse = (s: string): boolean => endsWithOneOf(s, ".!?…:;。！？：；।؟۔") && wordCount(s, PROSE_MIN_WORDS) >= PROSE_MIN_WORDS;

/** Share of words that start with a capital letter (title case measure). */
export function capitalShare(s: string): number {
  const { words, capitals } = scanWords(s);
  return words === 0 ? 0 : capitals / words;
}

/** Split a paragraph into sentences, keeping the separators so the pieces join back to the original. A
 *  sentence ends at its stops (and closing quotes) before a space or the end: "from 1.3% to 0.9%." is
 *  one (an abbreviation's last stop before a space still ends one: "The U.S. " / "envoy arrived."). */
export function splitSentences(s: string): string[] {
  const out: string[] = [];
  const end = /[.!?…]+["'”’»)\]]*(?:\s+|$)/gu;
  let from = 0;
  for (let m = end.exec(s); m !== null && from < s.length; m = end.exec(s)) {
    out.push(s.slice(from, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  if (from < s.length) out.push(s.slice(from));
  return out.length ? out : [s];
}

/** Markdown links "[text](target)" (opener "[") or images "![alt](target)" (opener "!["), where
 *  /<opener>[^\]]*\]\([^)]*\)/g finds them: the start, the "]" and the end of each, in order. Found
 *  with searches that only move forward: the expression reads the rest of the text again from every
 *  opener with no "](…)" after it, which is quadratic (160,000 characters of "![" took 11–30 s). */
export function bracketLinks(text: string, opener: "[" | "!["): [start: number, close: number, end: number][] {
  const out: [number, number, number][] = [];
  let close = -1;
  let paren = -1;
  for (let at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + 1)) {
    // The first "]" after an opener ends its text; the openers before that "]" share it.
    if (close < at + opener.length) close = text.indexOf("]", at + opener.length);
    if (close < 0) break;
    if (text.charCodeAt(close + 1) !== 0x28) continue;
    if (paren < close + 2) paren = text.indexOf(")", close + 2);
    // No ")" after this "](": none after any later one either.
    if (paren < 0) break;
    out.push([at, close, paren + 1]);
    at = paren;
  }
  return out;
}
