import type { LineMark, LineRule, SourceLine } from "../model";
import { isProse, pieceCount, wordCount } from "../text";
import { isPublicationLabel } from "./remove-related-teasers";

/** Lists of other articles shown as cards: a headline over an excerpt cut off with an ellipsis ("…",
 *  "...", "[…]"). An article's own paragraphs are not cut off mid-sentence one after another, with
 *  headlines between them; left in, the excerpts read as prose and draw the end of the text down into
 *  the list. Two or more such cards in a row are removed, with the short lines between them.
 *  Known limit: a writer who ends two paragraphs in a row with "…" and puts a subheading between them
 *  loses both; no dev page does. */

/** An excerpt's cut: an ellipsis right after a word, a comma or a closing bracket or quote (after a
 *  full stop it ends a sentence, as writers do on purpose). */
const CUT_OFF = /[\p{L}\p{N},;:)"”’»]\s?(?:…|\.{3}|\[…\]|\[\.{3}\])$/u;
/** Excerpts run to a few lines of text on a card; an ellipsis ending a longer line is the writer's. The
 *  longest excerpts on the dev pages are under 300 characters. */
const EXCERPT_MAX_CHARS = 400;
/** At least a short phrase: one or two words with an ellipsis are a pause or a widget's "Loading…".
 *  The shortest cut headlines on the dev pages' front pages have 3. */
const EXCERPT_MIN_WORDS = 3;
/** What may stand between two excerpts of a list: the next card's headline and its kicker, date or
 *  author, each a short line that is not prose; a "Published:" label is the page's own date line. */
const CARD_MAX_LINES = 4;
const CARD_LINE_MAX_WORDS = 25;
/** Two cards make a list; one cut-off paragraph may be the writer's. */
const MIN_CARDS = 2;

/** The cut is read off the line's last characters: the expression anchored at its end would be tried at
 *  every position of the line. */
const CUT_OFF_TAIL = "a [...]".length;
const isCut = (t: string): boolean => (t.endsWith("…") || t.endsWith("...") || t.endsWith("]")) && CUT_OFF.test(t.slice(-CUT_OFF_TAIL));
const isExcerpt = (t: string): boolean => t.length <= EXCERPT_MAX_CHARS && isCut(t) && wordCount(t, EXCERPT_MIN_WORDS) >= EXCERPT_MIN_WORDS;
const isCardLine = (t: string): boolean => !isProse(t) && !isCut(t) && pieceCount(t, CARD_LINE_MAX_WORDS + 1) <= CARD_LINE_MAX_WORDS && !isPublicationLabel(t);

export const removeTeaserExcerpts: LineRule = {
  id: "remove-teaser-excerpts",
  apply(lines) {
    const marks: LineMark[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!isExcerpt(lines[i]!.text)) continue;
      const run = cardsFrom(lines, i);
      if (run.excerpts >= MIN_CARDS) {
        // The first card has the others' shape: as many headline lines above its excerpt as the
        // shortest gap between two excerpts.
        let from = i;
        while (from > 0 && i - from < run.shortestGap && isCardLine(lines[from - 1]!.text)) from--;
        for (let k = from; k <= run.end; k++) marks.push({ index: k, reason: isExcerpt(lines[k]!.text) ? "teaser excerpt (another article's)" : "teaser headline" });
      }
      i = run.end;
    }
    return marks;
  },
};

/** The run of cards whose first excerpt is at `start`: where its last excerpt is, how many excerpts
 *  it has, and the fewest lines between two of them. */
function cardsFrom(lines: readonly SourceLine[], start: number): { end: number; excerpts: number; shortestGap: number } {
  let end = start;
  let excerpts = 1;
  let shortestGap = CARD_MAX_LINES;
  for (let j = start + 1; j < lines.length && j - end - 1 <= CARD_MAX_LINES; j++) {
    const t = lines[j]!.text;
    if (isExcerpt(t)) {
      // Cut-off lines straight after one another, with no headline between, are not cards; nor is the
      // same excerpt again (the page's own dek, printed above and below its title and byline).
      if (j === end + 1 || t === lines[end]!.text) break;
      shortestGap = Math.min(shortestGap, j - end - 1);
      end = j;
      excerpts++;
    } else if (!isCardLine(t)) break;
  }
  return { end, excerpts, shortestGap };
}
