import type { LineMark, LineRule } from "../model";

/** "Table of Contents" widgets: the label and its numbered entries repeat the article's own headings. */
const LABEL = /^(?:table of contents|contents|inhaltsverzeichnis|inhalt|sommaire|índice|in this article)\s*:?$/i;
const ENTRY = /^(?:[-•*]\s*)?\d{1,2}[.)]\s+\S/;
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
      for (; j < lines.length && ENTRY.test(lines[j]!.text); j++) marks.push({ index: j, reason: "table of contents entry" });
    });
    return marks;
  },
};
