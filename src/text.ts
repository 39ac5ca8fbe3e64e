/** Small text measures shared by the rules. Kept here so every rule means the same thing by "short" or "prose". */

export const wordsOf = (s: string): string[] => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

export const wordCount = (s: string): number => wordsOf(s).length;

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
  return ws.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w) || /^\d/.test(w)).length / ws.length;
}

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
