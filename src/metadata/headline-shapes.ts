/** Headlines shaped like sentences (with a stop, a question mark or an exclamation mark), which the title
 *  scorer otherwise reads as text. */
import type { SourceLine } from "../model";
import { isDateLine } from "../date-words";
import { isProse, wordCount } from "../text";
import { IDEAL_WORDS, isTitleLike } from "./title-score";
import { isBylineOrDate, isNameLine } from "./title-bylines";

const STARTS_CAPITAL = /^\p{Lu}/u;
/** A headline with a full stop ("Our libraries are not a luxury. Stop treating them like one."), as
 *  opinion pages, blogs and some outlets print every headline: a short sentence or two over a longer
 *  dek, with the date a few lines down, or right over a byline, a date or a date label ("Posted by … on
 *  …", as a blog prints it). Otherwise a line ending in a stop is text
 *  (isTitleLike), so it is scored without its stop and at this share: a plain headline beside it wins. */
export const STOPPED_FACTOR = 0.7;
const STOPPED_WORDS: [number, number] = [4, 14];
/** …unless every word or nearly is capitalised ("Grid Batteries Are Cheap Now. Permits Are Not."): a
 *  sentence of text is not written so, a headline in title case is. A short word or two ("a", "of")
 *  may stay in lowercase. */
export const STOPPED_TITLE_CASE = 0.8;
const DATE_BELOW_LINES = 5;
const STOPPED_END = /[^.]\.$/;
export function isStoppedHeadline(head: readonly SourceLine[], i: number): boolean {
  const t = head[i]!.text;
  if (!STOPPED_END.test(t) || !STARTS_CAPITAL.test(t)) return false;
  const words = wordCount(t, STOPPED_WORDS[1] + 1);
  if (words < STOPPED_WORDS[0] || words > STOPPED_WORDS[1]) return false;
  const next = head[i + 1]?.text ?? "";
  // …or over the writer's bare name, perhaps with the job under it, and then the date.
  if (isBylineOrDate(next) || isDateLine(next) || (isNameLine(next) && [head[i + 2], head[i + 3]].some((l) => !!l && (isDateLine(l.text) || isBylineOrDate(l.text))))) return true;
  if (!(isProse(next) && wordCount(next, words + 1) > words)) return false;
  return head.slice(i + 1, i + 1 + DATE_BELOW_LINES).some((l) => isBylineOrDate(l.text) || isDateLine(l.text));
}

export const QUESTION_END = /\?["'”’]?$/;
export const EXCLAMATION_END = /!["'”’]?$/;
/** A blog theme's date header over the post's title, the title with its full stop ("Sunday, March 2,
 *  2025" / "We finally finished the shed." / the post): a short sentence right under the date line, over
 *  a longer paragraph, when nothing above is a headline. */
export function opensAsStoppedHeadline(body: readonly SourceLine[], head: readonly SourceLine[]): boolean {
  const [first, next] = body;
  const over = head[head.length - 1];
  if (!first || !next || !over || !isDateLine(over.text) || !STOPPED_END.test(first.text) || !STARTS_CAPITAL.test(first.text)) return false;
  const words = wordCount(first.text, STOPPED_WORDS[1] + 1);
  return words >= STOPPED_WORDS[0] && words <= STOPPED_WORDS[1] && isProse(next.text) && wordCount(next.text, words + 1) > words;
}

/** The located text opens with a headline-like line (ending as `ends` says) and goes on after it. */
export function opensAsHeadline(body: readonly SourceLine[], ends: RegExp): boolean {
  const first = body[0];
  return !!first && body.length > 1 && isTitleLike(first.text) && wordCount(first.text) <= IDEAL_WORDS[1] && ends.test(first.text);
}
