import type { SourceLine } from "../model";
import { capitalShare, wordCount } from "../text";
import { isDateLine } from "../date-words";
import { isBylineOrDate, isCreditBy } from "./title-bylines";

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
const endsPoints = (t: string): boolean => isBylineOrDate(t) || isCreditBy(t);
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
  for (const k of bulletDeks(head)) items.add(k);
  return items;
}

/** A tabloid's summary points under its headline, without a label or their bullets (dumped without
 *  them): three lines or more of a phrase each, no stop at their end, in a sentence's case, right over
 *  the byline or date line, under a headline longer than any of them ("Pensioner, 82, who ran village
 *  post office for 50 years finally retires – and …" / "Margaret Holt took over …" / "She has served …"
 *  / "More than 300 people …" / "By …"). */
const BULLET_MIN_WORDS = 8;
const MIN_BULLETS = 3;
const BULLET_MAX_CAPITALS = 0.5;
const STOP_END = /[.!?:]["'”’)]*$/;
function bulletDeks(head: readonly SourceLine[]): number[] {
  const at = head.findIndex((l) => endsPoints(l.text) || isDateLine(l.text));
  if (at < MIN_BULLETS + 1) return [];
  const isBullet = (t: string) => !STOP_END.test(t) && wordCount(t, BULLET_MIN_WORDS) >= BULLET_MIN_WORDS && capitalShare(t) < BULLET_MAX_CAPITALS;
  let top = at;
  while (top > 0 && isBullet(head[top - 1]!.text)) top--;
  // The headline is longer than every point under it: the run's first line, or the line over the run
  // (a headline in a headline's case is no point).
  const words = (k: number) => wordCount(head[k]!.text);
  const pointsUnder = (headline: number) => Array.from({ length: at - headline - 1 }, (_, k) => headline + 1 + k);
  for (const headline of [top, top - 1]) {
    const points = pointsUnder(headline);
    if (headline >= 0 && points.length >= MIN_BULLETS && points.every((k) => words(k) < words(headline))) return points;
  }
  return [];
}
