import type { SourceLine } from "../model";
import { wordCount } from "../text";
import { datesIn, type DateContext } from "./dates-in";
import { dateOnly, PUBLISHED } from "./extract-date";
import { DATE_FIRST } from "./dateline";

/* Dates of other stories near the article: a list of posts each with its date, teaser cards each with
 * theirs (for the date stage's searches, which skip them). */

/** A post's headline beside its date: three words or more besides the date (a label is one or two). */
const LISTED_POST_MIN_WORDS = 3;
const isListedPost = (text: string, ctx: DateContext): boolean => {
  const d = datesIn(text, ctx)[0];
  return !!d && wordCount(text.slice(0, d.index) + " " + text.slice(d.end), LISTED_POST_MIN_WORDS) >= LISTED_POST_MIN_WORDS;
};
/** lines[k], a date line, and a line beside it are listed posts; or lines[k] is a card's date under
 *  its headline, in a run of such cards ("Related" / headline / "Nov 12, 2019" / headline / "Nov 8,
 *  2019"), or under a video card's title and running time ("VIDEO 2:31" / title / "Nov 14, 2019"). */
export const inPostList = (lines: readonly SourceLine[], k: number, ctx: DateContext): boolean =>
  (isListedPost(lines[k]!.text, ctx) && [lines[k - 1], lines[k + 1]].some((l) => !!l && !!dateOnly(l.text, ctx) && isListedPost(l.text, ctx))) || isCardDate(lines, k, ctx);
/** A card's headline: a few words, no date of its own. */
const CARD_HEADLINE_MIN_WORDS = 3;
const isCardHeadline = (l: SourceLine | undefined, ctx: DateContext): boolean => !!l && wordCount(l.text, CARD_HEADLINE_MIN_WORDS) >= CARD_HEADLINE_MIN_WORDS && !dateOnly(l.text, ctx);
const VIDEO_TIME = /^(?:(?:video|watch|▶)\s*)?\d{1,2}:\d{2}$/i;
/** lines[k] is a date and little else, and a card's (see isCardDate): for the searches elsewhere. */
export const isCardDateLine = (lines: readonly SourceLine[], k: number, ctx: DateContext): boolean => !!dateOnly(lines[k]!.text, ctx) && isCardDate(lines, k, ctx);
export function isCardDate(lines: readonly SourceLine[], k: number, ctx: DateContext): boolean {
  // Date first, over its headline, beside another such card ("14/06/2025" / headline / "13/06/2025" /
  // headline): a strip of cards over the article.
  // (A date line that opens with its date or label: a list of headlines, each with its date at the end,
  // is no such strip.)
  const isDate = (l: SourceLine | undefined) => !!l && (DATE_FIRST.test(l.text) || PUBLISHED.test(l.text)) && !!dateOnly(l.text, ctx);
  if (isCardHeadline(lines[k + 1], ctx) && ((isDate(lines[k - 2]) && isCardHeadline(lines[k - 1], ctx)) || (isDate(lines[k + 2]) && isCardHeadline(lines[k + 3], ctx)))) return true;
  if (!isCardHeadline(lines[k - 1], ctx)) return false;
  if (VIDEO_TIME.test(lines[k - 2]?.text ?? "")) return true;
  const cardAbove = !!lines[k - 2] && !!dateOnly(lines[k - 2]!.text, ctx) && isCardHeadline(lines[k - 3], ctx);
  const cardBelow = !!lines[k + 2] && !!dateOnly(lines[k + 2]!.text, ctx) && isCardHeadline(lines[k + 1], ctx);
  return cardAbove || cardBelow;
}
