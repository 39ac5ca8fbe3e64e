import type { SourceLine } from "./model";
import type { BodySpan } from "./locate-body";
import { isDateLine } from "./date-words";
import { isProse, wordCount } from "./text";
import { PAGE_LABEL } from "./extend-body";
import { isProsConsHeading, isProsConsItem, isProsConsLabel, ITEM_MARK, PROS_CONS_ITEMS } from "./structure/pros-cons";

/* What a review prints under its text, which the text found by locate-body takes in: a box of
 * specifications, the pros and cons, and the verdict under them. Each is a run of short lines that costs
 * more than it weighs as prose, so the best run ended above it; a verdict's paragraph after them was
 * lost with them. */

export function extendProsCons(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  let end = span.end;
  while (end + 2 < lines.length && !walls.has(lines[end + 1]!) && isProsConsHeading(lines, end + 1) && isProsConsItem(lines[end + 2]!.text)) {
    let k = end + 2;
    // Items with a marker ("+ …", "- …") go on while the marker does: the page's "More reviews" after
    // the last one has none.
    const marked = ITEM_MARK.test(lines[k]!.text);
    while (k + 1 < lines.length && k + 1 <= end + 1 + PROS_CONS_ITEMS && !walls.has(lines[k + 1]!) && isProsConsItem(lines[k + 1]!.text) && (!marked || ITEM_MARK.test(lines[k + 1]!.text))) k++;
    end = k;
  }
  return end > span.end ? { start: span.start, end } : span;
}

/** …or its pros and cons over the text, in the verdict box under the byline ("Pros" / three points /
 *  "Cons" / three points / the first paragraph): both groups, as a lone "For" or "Plus" over a few short
 *  lines is as often a menu's. Between the box and the text, only lines already removed (a price
 *  widget, the affiliate notice). */
const MIN_GROUPS_ABOVE = 2;
export function extendProsConsAbove(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  let start = span.start;
  let groups = 0;
  for (;;) {
    let k = start - 1;
    while (k >= 0 && start - 1 - k < PROS_CONS_ITEMS && !walls.has(lines[k]!) && isProsConsItem(lines[k]!.text) && !isProsConsHeading(lines, k)) k--;
    if (k < 0 || k === start - 1 || walls.has(lines[k]!) || !isProsConsHeading(lines, k)) break;
    // Marked items ("+ …", "− …") are the group's while the mark goes on: a shop's links under them are not.
    if (ITEM_MARK.test(lines[k + 1]!.text) && !lines.slice(k + 1, start).every((l) => ITEM_MARK.test(l.text))) break;
    start = k;
    groups++;
  }
  return groups >= MIN_GROUPS_ABOVE ? { start, end: span.end } : span;
}

/** A review's verdict under its specifications ("Verdict" / "The Harbour X3 is not a perfect phone, but
 *  …"): the heading and the paragraphs under it, three at most, before its pros and cons or its rating. */
const VERDICT_HEADING = /^(?:(?:our |the |final )?verdict|(?:the )?bottom line|conclusion|final thoughts|should you buy it\??|(?:unser |test)?fazit|conclusión|veredicto|verdetto|conclusione|conclusie|oordeel|notre avis|en conclusion)\s*:?$/i;
const VERDICT_PARAGRAPHS = 3;
export function extendVerdict(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  const heading = lines[span.end + 1];
  if (!heading || walls.has(heading) || !VERDICT_HEADING.test(heading.text)) return span;
  let end = span.end + 1;
  while (end + 1 < lines.length && end - span.end <= VERDICT_PARAGRAPHS && !walls.has(lines[end + 1]!) && isProse(lines[end + 1]!.text)) end++;
  return end > span.end + 1 ? { start: span.start, end } : span;
}

/** A review's specifications as a table of two columns whose cells come one a line ("Leistung" / "250 kW
 *  (340 PS)" / "Drehmoment" / "450 Nm"), perhaps under the box's title and the model's name, between the
 *  text and its pros and cons or verdict: each label a few words that open with a capital, without a
 *  stop; each value short, most of them with a figure (a power, a size, a price). MIN_SPEC_PAIRS at
 *  least; a value that is a date alone makes the pair a teaser's headline over its stamp. Only a box
 *  that the review goes on under is taken in: alone under the text, such pairs were as often a widget's
 *  (a rating's stars, the weather, a league table's header) as the review's. */
const SPEC_LABEL_MAX_WORDS = 4;
const SPEC_LABEL_MAX_CHARS = 40;
const SPEC_VALUE_MAX_WORDS = 8;
const MIN_SPEC_PAIRS = 3;
const SPEC_FIGURE_SHARE = 0.6;
/** The box's title and the model's name over its first pair, each short and without a stop. */
const SPEC_TITLE_LINES = 2;
const SPEC_TITLE_MAX_WORDS = 8;
const SPEC_LABEL = /^[\p{Lu}\d][^.!?:;,]*$/u;
const isSpecLabel = (t: string): boolean =>
  t.length <= SPEC_LABEL_MAX_CHARS && SPEC_LABEL.test(t) && wordCount(t, SPEC_LABEL_MAX_WORDS + 1) <= SPEC_LABEL_MAX_WORDS && !PAGE_LABEL.test(t) && !isProsConsLabel(t) && !VERDICT_HEADING.test(t);
const isSpecValue = (t: string): boolean => t !== "" && !/[!?:]$/.test(t) && wordCount(t, SPEC_VALUE_MAX_WORDS + 1) <= SPEC_VALUE_MAX_WORDS && !isDateLine(t);
const isSpecTitle = (t: string): boolean => SPEC_LABEL.test(t) && wordCount(t, SPEC_TITLE_MAX_WORDS + 1) <= SPEC_TITLE_MAX_WORDS && !PAGE_LABEL.test(t);
export function extendSpecPairs(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  for (let title = 0; title <= SPEC_TITLE_LINES; title++) {
    let k = span.end + 1 + title;
    if (lines.slice(span.end + 1, k).some((l) => walls.has(l) || !isSpecTitle(l.text))) return span;
    let pairs = 0;
    let figures = 0;
    while (k + 1 < lines.length && !walls.has(lines[k]!) && !walls.has(lines[k + 1]!) && isSpecLabel(lines[k]!.text) && isSpecValue(lines[k + 1]!.text)) {
      pairs++;
      if (/\d/.test(lines[k + 1]!.text)) figures++;
      k += 2;
    }
    if (pairs < MIN_SPEC_PAIRS) continue;
    const goesOn = k < lines.length && !walls.has(lines[k]!) && (isProsConsHeading(lines, k) || VERDICT_HEADING.test(lines[k]!.text));
    return figures >= pairs * SPEC_FIGURE_SHARE && goesOn ? { start: span.start, end: k - 1 } : span;
  }
  return span;
}
