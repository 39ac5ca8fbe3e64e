import type { LineMark, LineRule } from "../model";
import { endsLikeSentence, isProse, wordCount } from "../text";

/** Tag clouds flattened into a list at the end of an article ("* Ukraine Russia Peace Talks * Trump
 *  Putin Summit * …"): a run of short, unpunctuated items with no article text after it. */
const ITEM = /^(?:[-*•]\s+)(.+)$/;
/** Tag items are 1–5 words; list items that say something are longer or end in a full stop. */
const TAG_MAX_WORDS = 5;
/** Fewer items than this could be a short real list ("Pros: * Fast * Cheap"). */
const MIN_ITEMS = 4;

export const removeKeywordList: LineRule = {
  id: "remove-keyword-list",
  apply(lines) {
    let start = lines.length;
    while (start > 0 && isTagItem(lines[start - 1]!.text)) start--;
    // Allow non-prose furniture after the run (a "Table of Contents" label, a pager).
    let end = lines.length;
    if (start === lines.length) {
      let j = lines.length - 1;
      while (j >= 0 && !isProse(lines[j]!.text) && !isTagItem(lines[j]!.text)) j--;
      end = j + 1;
      start = end;
      while (start > 0 && isTagItem(lines[start - 1]!.text)) start--;
    }
    if (end - start < MIN_ITEMS) return [];
    const marks: LineMark[] = [];
    for (let i = start; i < end; i++) marks.push({ index: i, reason: "keyword list after the article" });
    return marks;
  },
};

function isTagItem(text: string): boolean {
  const m = text.match(ITEM);
  return !!m && wordCount(m[1]!) <= TAG_MAX_WORDS && !endsLikeSentence(m[1]!) && !m[1]!.includes(":");
}
