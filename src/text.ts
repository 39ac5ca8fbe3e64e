/** Small text measures shared by the rules. Kept here so every rule means the same thing by "short" or "prose". */

/** A word: a run of non-spaces with at least one letter or digit. */
const WORD = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;

export const wordsOf = (s: string): string[] => s.match(WORD) ?? [];

/** Every stage measures the same lines again; counting once per distinct line text keeps that cheap. */
const COUNTS = new Map<string, number>();
const COUNTS_MAX = 20_000;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

export const wordCount = (s: string): number => {
  let n = COUNTS.get(s);
  if (n !== undefined) return n;
  n = 0;
  for (const token of s.split(/\s+/)) if (token && HAS_WORD_CHAR.test(token)) n++;
  if (COUNTS.size >= COUNTS_MAX) COUNTS.clear();
  COUNTS.set(s, n);
  return n;
};

/** Ends like a sentence: . ! ? … or one of them followed by a closing quote or bracket. */
export const endsLikeSentence = (s: string): boolean => /[.!?…]["'”’»)\]]*$/.test(s.trim());

/** A line of running prose: long enough and ending like a sentence. Thresholds: the shortest body
 *  paragraphs in the seed and dev dumps are one sentence of 8+ words; menus and labels stay under that. */
export const PROSE_MIN_WORDS = 8;
export const isProse = (s: string): boolean => wordCount(s) >= PROSE_MIN_WORDS && /[.!?…:;]["'”’»)\]]*$/.test(s.trim());

/** Fold for comparisons: case, quotes, dashes, spaces. */
export const fold = (s: string): string =>
  s
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** Share of words that start with a capital letter (title case measure). */
export function capitalShare(s: string): number {
  const ws = wordsOf(s);
  if (ws.length === 0) return 0;
  let caps = 0;
  for (const w of ws) if (CAPITALISED.test(w)) caps++;
  return caps / ws.length;
}
const CAPITALISED = /^["'“‘(]?[\p{Lu}\d]/u;

/** Split a paragraph into sentences, keeping the separators so the pieces join back to the original. */
export function splitSentences(s: string): string[] {
  const out: string[] = [];
  const re = /[^.!?…]+(?:[.!?…]+["'”’»)\]]*|$)\s*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    out.push(m[0]);
  }
  return out.length ? out : [s];
}

/** English month and weekday abbreviations; a word starting with one of them may name a date. */
export const MONTHS_EN = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
export const WEEKDAYS_EN = "mon|tue|wed|thu|fri|sat|sun";

/** A month name next to a day number, an ISO or numeric date, or a time: cheap evidence of a date. */
export const DATE_WORDS = new RegExp(`\\b(?:${MONTHS_EN})[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\.?\\s+(?:${MONTHS_EN})[a-z]*\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\b`, "i");
const AGO = /^\d+\s*(?:s|m|h|d|min|mins|minutes?|hrs?|hours?|days?|weeks?)\.?\s+ago\b/i;
/** Words a date line may have besides the date ("Updated", weekday, "By Jane Doe |"). */
const DATE_LINE_MAX_WORDS = 10;

/** A line that is a date or a "3 hours ago" stamp and little else: article metadata, not text. */
export function isDateLine(text: string): boolean {
  return AGO.test(text) || (DATE_WORDS.test(text) && wordCount(text) <= DATE_LINE_MAX_WORDS && !endsLikeSentence(text));
}
