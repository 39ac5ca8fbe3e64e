import type { LineMark, SourceLine } from "./model";
import { isDateLine, isTimeAgo } from "./date-words";
import { isProse, wordCount } from "./text";

/* A social network's post embedded in the text as its card pastes: the poster's name, the post's
 * stamp, its text, and the row of its counters ("48 Likes" / "17 Comments" / "12 Shares"). Left in,
 * the stamp read as a teaser card's date and "17 Comments" as the page's comment box: either cut the
 * article off at the post. */

/** One counter: a number and what it counts, in the pages' languages. */
const COUNTER = /^[\d.,]+\s?[KkMm]?\s+(?:likes?|comments?|shares?|reactions?|retweets?|reposts?|replies|views|kommentare?|(?:mal )?geteilt|reaktionen|commentaires?|partages?|réactions?|j['’]aime|comentarios?|(?:veces )?compartido|reacciones|me gusta|commenti|condivisioni|reazioni|mi piace|reacties|(?:keer )?gedeeld|comentários|partilhas|compartilhamentos|curtidas)$/i;
/** Counters on one line, set apart by dots, bars or wide spaces ("48 Likes · 17 Comments · 12 Shares"). */
const COUNTER_SEPARATOR = /\s*[·•|]\s*|\s{2,}/;
const counters = (t: string): number => {
  if (COUNTER.test(t)) return 1;
  const parts = t.split(COUNTER_SEPARATOR);
  return parts.every((p) => COUNTER.test(p)) ? parts.length : 0;
};
/** A card counts two things at least: a lone "17 Comments" may be the page's own comment link. */
const MIN_COUNTERS = 2;
/** The post's text over its counters: a few lines (the invented cards' longest has three). */
const POST_TEXT_MAX_LINES = 3;
/** The poster is a name or a page's, a few words without a sentence's stop. */
const POSTER_MAX_WORDS = 6;
const isPoster = (t: string): boolean => t !== "" && !isProse(t) && !/[.:!?]$/.test(t) && wordCount(t, POSTER_MAX_WORDS + 1) <= POSTER_MAX_WORDS;
const isStamp = (t: string): boolean => isDateLine(t) || isTimeAgo(t);

/** Marks for the post card whose counters start at line i: its poster, stamp and counters, the text's
 *  own furniture (the article runs on across them); none when line i opens no card. */
export function postCardAt(lines: readonly SourceLine[], i: number): LineMark[] {
  let end = i;
  let count = 0;
  for (let k = i; k < lines.length; k++) {
    const n = counters(lines[k]!.text);
    if (n === 0) break;
    count += n;
    end = k;
  }
  if (count < MIN_COUNTERS) return [];
  for (let stamp = i - 2; stamp >= i - 1 - POST_TEXT_MAX_LINES && stamp >= 1; stamp--) {
    if (!isStamp(lines[stamp]!.text) || !isPoster(lines[stamp - 1]!.text)) continue;
    // The post's text stays: the article quotes it, as it does an X post's.
    const marks: LineMark[] = [stamp - 1, stamp].map((index) => ({ index, reason: "embedded social post's poster and stamp", inText: true }));
    for (let k = i; k <= end; k++) marks.push({ index: k, reason: "embedded social post's counters", inText: true });
    return marks;
  }
  return [];
}
/** What every counter holds, as a plain test before the card's walk. */
export const mayOpenPostCard = (t: string): boolean => t.length <= 80 && t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57;
