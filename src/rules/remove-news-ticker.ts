import type { LineMark, LineRule } from "../model";
import { wordCount } from "../text";

/** A news ticker: a "Breaking News" label and the item after it, another story's headline run into
 *  its first sentence. Left in, the long item reads as prose and pulls the article's start above the
 *  real headline. */
const LABEL = /^(?:breaking(?: news)?|just in|news ticker|ticker|eilmeldung|en direct|dernière minute|última hora|ultim'ora|son dak[iİ]ka|ultimă oră|pilne|z ostatniej chwili|siste nytt|senaste nytt|net binnen)\s*:?$/iu;
/** Longer than the longest label above ("dernière minute:"): such lines are not tested. */
const LABEL_MAX_CHARS = 20;
/** Whether a line is a ticker's label alone ("Breaking News", "SON DAKİKA"). */
export const isTickerLabel = (t: string): boolean => t.length <= LABEL_MAX_CHARS && LABEL.test(t);
/** Longer than any headline (see TITLE_MAX_WORDS): the item is a headline glued to its text. Under a
 *  label followed by a real headline, the label is the article's kicker and both stay. */
const ITEM_MIN_WORDS = 31;

export const removeNewsTicker: LineRule = {
  id: "remove-news-ticker",
  apply(lines) {
    const marks: LineMark[] = [];
    lines.forEach((l, i) => {
      const next = lines[i + 1];
      if (!next || !isTickerLabel(l.text) || wordCount(next.text, ITEM_MIN_WORDS) < ITEM_MIN_WORDS) return;
      marks.push({ index: i, reason: "news ticker label" }, { index: i + 1, reason: "news ticker item (another story)" });
    });
    return marks;
  },
};
