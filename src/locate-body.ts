import type { SourceLine } from "./model";
import { capitalShare, wordCount } from "./text";

/**
 * Where the article's running text is in a page dump: the stretch of lines that holds the most prose
 * for the least page furniture (menus, buttons, captions, footers). Scored as a maximum-sum run:
 * prose lines add their length, other lines cost a fixed amount, so a heading or a short list between
 * paragraphs is bridged while a menu of twenty links between the article and a cookie notice is not.
 */

/** What one non-prose line costs, in characters of prose. Tuned on the dev pages: 25 bridges a heading
 *  or an eight-item list inside an article (≈200 characters against paragraphs of 300+) but stops at
 *  the ten- to forty-line menus and share bars around it. */
export const FURNITURE_COST = 25;
/** A short sentence ("The vote is on Monday.") is weaker evidence than a paragraph: it counts half. */
const SHORT_PROSE_WEIGHT = 0.5;
/** Below this many words a line is a label, a headline or a button, whatever its punctuation. */
const MIN_SENTENCE_WORDS = 5;
/** Lines this long are prose even in scripts written without spaces between words (CJK, Thai). */
const MIN_UNSPACED_PROSE_CHARS = 60;

/** Unpunctuated lines shorter than this are headlines and labels (the dev pages' headlines reach ~25
 *  words); longer ones are prose that lost its final stop. */
const UNENDED_PROSE_MIN_WORDS = 30;
/** Share of capitalised words above which a line is in headline case (English prose runs ~0.1–0.3;
 *  German capitalises nouns, ~0.35–0.5, so the bar sits above that). */
const HEADLINE_CAPITALS = 0.6;
const HEADLINE_MAX_WORDS = 30;

const SENTENCE_END = /[.!?…。！？:;]["'”’»)\]]*$/u;

/** How much a line speaks for being article text: positive for prose, negative for furniture. */
export function proseValue(text: string): number {
  // A table row is data the article presents: it counts like a short sentence, by its cells' text.
  if (text.startsWith("|")) {
    const cells = text.split("|").map((c) => c.trim()).filter((c) => c && !/^:?-+:?$/.test(c));
    return cells.length >= 2 ? cells.join(" ").length * SHORT_PROSE_WEIGHT : cells.length === 0 ? 0 : -FURNITURE_COST;
  }
  const words = wordCount(text);
  const sentence = SENTENCE_END.test(text);
  // Headline case ("Is an Oscar Contender, but Where Does That Leave…?") marks teasers and titles,
  // even when they end in a question mark; running prose has few capitalised words.
  if (words < HEADLINE_MAX_WORDS && capitalShare(text) > HEADLINE_CAPITALS) return -FURNITURE_COST;
  if (sentence && words >= 2 * MIN_SENTENCE_WORDS) return text.length;
  if (sentence && words >= MIN_SENTENCE_WORDS) return text.length * SHORT_PROSE_WEIGHT;
  if (words <= 2 && text.length >= MIN_UNSPACED_PROSE_CHARS && sentence) return text.length;
  // Long lines without an ending are often prose whose last sentence lost its stop (or a paywall
  // cut-off); they neither help nor hurt much.
  if (words >= UNENDED_PROSE_MIN_WORDS) return text.length * SHORT_PROSE_WEIGHT * 0.5;
  return -FURNITURE_COST;
}

export interface BodySpan {
  /** first and last index (inclusive) of the article text in the given lines */
  start: number;
  end: number;
}

/** The maximum-sum run of lines (Kadane). Null when no line looks like prose at all. */
export function locateBody(lines: readonly SourceLine[]): BodySpan | null {
  let best: BodySpan | null = null;
  let bestSum = 0;
  let sum = 0;
  let start = 0;
  lines.forEach((l, i) => {
    const v = proseValue(l.text);
    if (sum <= 0) {
      sum = v;
      start = i;
    } else sum += v;
    if (sum > bestSum) {
      bestSum = sum;
      best = { start, end: i };
    }
  });
  return best;
}
