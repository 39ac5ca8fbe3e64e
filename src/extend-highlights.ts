import type { SourceLine } from "./model";
import type { BodySpan } from "./locate-body";
import { isDateLine } from "./date-words";
import { isDatelineAlone, isHighlight, MAX_HIGHLIGHTS, MIN_HIGHLIGHTS, RELEASE_LEDE } from "./structure/key-points";
import { wordCount } from "./text";

/* A press release's highlights over its dateline (see key-points): phrases without a stop, they weigh
 * nothing as prose and were cut as page furniture, or taken for the headline and its dek. */

/** Over the points, the release's date, perhaps under a button or two ("Share this article",
 *  "Download PDF", "Add to Briefcase"): a headline and its dek right over a dateline are no points. */
const BUTTONS_OVER_POINTS = 2;
const BUTTON_MAX_WORDS = 3;

/** The span with the release's highlights over its dateline taken in, and a wire's dateline alone over
 *  them or over the text. */
export function extendReleaseHighlights(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  const top = span.start;
  let p = top - 1;
  while (p >= 0 && top - p <= MAX_HIGHLIGHTS && !walls.has(lines[p]!) && isHighlight(lines[p]!.text)) p--;
  const points = top - 1 - p;
  // The wire's dateline on its own line ("Hamburg (ots) -"): it and the points under it are the text's.
  if (p >= 0 && !walls.has(lines[p]!) && isDatelineAlone(lines[p]!.text) && (points === 0 || points >= MIN_HIGHLIGHTS)) return { start: p, end: span.end };
  if (points < MIN_HIGHLIGHTS || !RELEASE_LEDE.test(lines[top]!.text)) return span;
  let q = p;
  while (q >= 0 && p - q < BUTTONS_OVER_POINTS && wordCount(lines[q]!.text, BUTTON_MAX_WORDS + 1) <= BUTTON_MAX_WORDS && !isDateLine(lines[q]!.text)) q--;
  return q >= 0 && isDateLine(lines[q]!.text) ? { start: p + 1, end: span.end } : span;
}
