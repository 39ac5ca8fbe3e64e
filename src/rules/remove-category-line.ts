import type { LineMark, LineRule } from "../model";
import { isTagLine } from "../metadata/extract-tags";
import { endsLikeSentence, isProse, wordCount } from "../text";
// Prose lines above it that make it the foot of a text rather than the head of a page, as for a print note.
import { PROSE_BEFORE_END } from "./remove-site-footer";

/** A post's or a wiki page's categories line ("Kategorien: Internet Software & Apps", "Catégories :
 *  Commune de la Vienne | Ancienne commune", "Categories: Light railways in England"): where the site
 *  files the page, printed with its footer. Under the text it ends the post (the writer's box and the
 *  next post's teaser follow it). A line that also names the post's tags is left to extract-tags, which
 *  reads them there; a sentence that opens with the word is prose. */
const CATEGORY_LINE = /^(?:categor(?:y|ies)|kategorien?|catégories?|categorías?|categorie|categorieën|rubriken?|rubriques?)\s*:\s*\S/iu;
/** A list of a few categories; longer, the line says more than where the page is filed. */
const CATEGORY_LINE_MAX_WORDS = 30;

export const removeCategoryLine: LineRule = {
  id: "remove-category-line",
  apply(lines) {
    const marks: LineMark[] = [];
    let prose = 0;
    lines.forEach((l, index) => {
      const t = l.text;
      if (CATEGORY_LINE.test(t) && !isTagLine(t) && !endsLikeSentence(t) && wordCount(t, CATEGORY_LINE_MAX_WORDS + 1) <= CATEGORY_LINE_MAX_WORDS) marks.push({ index, reason: "the page's categories", wall: prose >= PROSE_BEFORE_END });
      else if (prose < PROSE_BEFORE_END && isProse(t)) prose++;
    });
    return marks;
  },
};
