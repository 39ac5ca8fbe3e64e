import type { LineMark, LineRule } from "../model";
import { wordCount } from "../text";

/** "Table of Contents" widgets: the label and its entries repeat the article's own headings, numbered
 *  or not ("On this page" / "Who gets it" / "When to see a doctor", each a heading further down). */
const LABEL = /^(?:table of contents|contents|inhaltsverzeichnis|inhalt|sommaire|índice|in this article|on this page|jump to|in diesem artikel|auf dieser seite|dans cet article|sur cette page|en este artículo|en esta página|目次|目录|目錄|목차)\s*[:：]?$/i;
const ENTRY = /^(?:[-•*]\s*)?\d{1,2}[.)]\s+\S/;
/** An entry without its number is a heading the page prints again below (innerText gives the link's
 *  text and the heading's alike); these many lines at most are searched for it. */
const HEADING_REACH = 400;
const ENTRY_MAX_WORDS = 12;
const isEntry = (lines: readonly { text: string }[], j: number): boolean => {
  const t = lines[j]!.text;
  if (ENTRY.test(t)) return true;
  // A heading's words, without a sentence's stop: a paragraph printed twice (a teaser's and the text's)
  // is no entry.
  if (/[.!:]$/.test(t) || wordCount(t, ENTRY_MAX_WORDS + 1) > ENTRY_MAX_WORDS) return false;
  for (let k = j + 1; k < Math.min(lines.length, j + HEADING_REACH); k++) if (lines[k]!.text === t) return true;
  return false;
};
/** The widget's button to fold it, between the label and the entries ("Toggle", "[hide]"). */
const TOGGLE = /^\[?(?:toggle|show|hide|ausblenden|einblenden|afficher|masquer|mostrar|ocultar)\]?$/i;

export const removeTableOfContents: LineRule = {
  id: "remove-table-of-contents",
  apply(lines) {
    const marks: LineMark[] = [];
    lines.forEach((l, i) => {
      if (!LABEL.test(l.text)) return;
      marks.push({ index: i, reason: "table of contents label" });
      let j = i + 1;
      if (TOGGLE.test(lines[j]?.text ?? "")) marks.push({ index: j++, reason: "table of contents toggle" });
      for (; j < lines.length && lines[j]!.text !== "" && isEntry(lines, j); j++) marks.push({ index: j, reason: "table of contents entry" });
    });
    return marks;
  },
};
