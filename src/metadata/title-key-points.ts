import type { SourceLine } from "../model";
import { wordCount } from "../text";
import { isDateLine } from "../date-words";
import { CREDIT_BY, isBylineOrDate } from "./title-bylines";

/** The line over the box's label is a headline of three words at least (as extract-title's anchors). */
const HEADLINE_OVER_BOX_MIN_WORDS = 3;
/** The boxes' usual names: such a box may also sit under the byline, its points running on to the text. */
const BOX_NAME = /^(?:key (?:points|facts|takeaways)|highlights|in brief|at a glance|what we know|das wichtigste(?: in kürze)?|l['’]essentiel|en bref|en resumen|in sintesi)\s*:?$/iu;
/** Any label over the box: a colon's, a box's usual name, or "Summary" (which, under the byline, is
 *  as often a section's heading). */
const COLON_LABEL = /^[\p{L}\p{N}][^:]{0,30}:$/u;
const SUMMARY = /^summary$/i;
const isListLabel = (t: string): boolean => COLON_LABEL.test(t) || BOX_NAME.test(t) || SUMMARY.test(t);
const LIST_LABEL_MAX_WORDS = 3;
const LIST_LABEL_MAX_CHARS = 32;
const MIN_INTRODUCED_ITEMS = 3;
const ITEM_MIN_WORDS = 4;
const endsPoints = (t: string): boolean => isBylineOrDate(t) || CREDIT_BY.test(t);
/** A box of key points between the headline and the byline: a short label ending in a colon ("In
 *  short:") or one of the boxes' usual names ("Key points", "Highlights"), over at least three points,
 *  each a phrase of some words, and then the byline or date. The points are headline-length lines beside the byline, so they are not candidates. Three,
 *  so that a kicker ("Exclusive:") over a headline and its dek leaves them both; every line a point, and
 *  a headline-length line above the label, so that a widget's label ("Set your location:", "You are
 *  here:") over menus, a breadcrumb and the headline takes nothing. A box by its usual name may also
 *  stand under the byline, its points running on to the text. */
export function introducedItems(head: readonly SourceLine[]): Set<number> {
  const items = new Set<number>();
  for (let i = 0; i < head.length; i++) {
    const t = head[i]!.text;
    // Labels are short: most head lines (menus are short too) fail the plain tests before the expression.
    if (t.length > LIST_LABEL_MAX_CHARS) continue;
    if (!isListLabel(t) || wordCount(t) > LIST_LABEL_MAX_WORDS || wordCount(head[i - 1]?.text ?? "") < HEADLINE_OVER_BOX_MIN_WORDS) continue;
    let end = i + 1;
    // A point may name a time ("Red warning in place until 18:00"): only a byline or a short line ends them.
    while (end < head.length && !endsPoints(head[end]!.text) && wordCount(head[end]!.text) >= ITEM_MIN_WORDS) end++;
    const closed = end < head.length ? endsPoints(head[end]!.text) || isDateLine(head[end]!.text) : BOX_NAME.test(t);
    if (!closed || end - i - 1 < MIN_INTRODUCED_ITEMS) continue;
    for (let k = i; k < end; k++) items.add(k);
    i = end - 1;
  }
  return items;
}
