import type { LineMark, LineRule } from "../model";

/** Notes that SEO tools and content generators leave in the page: "SEO Notes:" with its bullet list,
 *  and keyword sentences run into the text ("Key terms driving searches include: …", "Relevant
 *  searches: …"). Plain "Keywords:" lines are metadata (extract-tags), not handled here. */
const SEO_HEADER = /^(?:seo notes?|seo|search engine optimi[sz]ation notes?|meta description|focus keyphrase|notes for the editor)\s*:?$/i;
const SEO_SENTENCE = /^(?:key terms driving searches include|(?:related|relevant|popular|trending) searches(?: include)?|search terms?:|long-tail keywords?|target keywords?|meta description:)/i;
const LIST_ITEM = /^(?:[-*•]\s|\d{1,2}[.)]\s)/;

export const removeSeoNotes: LineRule = {
  id: "remove-seo-notes",
  apply(lines) {
    const marks: LineMark[] = [];
    lines.forEach((l, i) => {
      if (SEO_SENTENCE.test(l.text)) marks.push({ index: i, reason: "search-keyword sentence" });
      if (!SEO_HEADER.test(l.text)) return;
      marks.push({ index: i, reason: "SEO notes header" });
      for (let j = i + 1; j < lines.length && LIST_ITEM.test(lines[j]!.text); j++) marks.push({ index: j, reason: "SEO note" });
    });
    return marks;
  },
};
