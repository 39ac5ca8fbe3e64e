import type { LineMark, LineRule } from "../model";
import { wordCount } from "../text";

/** "Table of Contents" widgets: the label and its entries repeat the article's own headings, numbered
 *  or not ("On this page" / "Who gets it" / "When to see a doctor", each a heading further down); and
 *  a newsletter's "In this issue:" over the items it goes on to print. */
const LABEL = /^(?:table of contents|contents|inhaltsverzeichnis|inhalt|sommaire|índice|in this article|on this page|jump to|in diesem artikel|auf dieser seite|dans cet article|sur cette page|en este artículo|en esta página|in this issue|in today['’]s issue|inside this issue|in (?:der heutigen|dieser) ausgabe|heute in (?:dieser|der) ausgabe|dans ce numéro|au sommaire(?: de ce numéro)?|en este número|in questo numero|in deze editie|目次|目录|目錄|목차)\s*[:：]?$/i;
const ENTRY = /^(?:[-•*]\s*)?\d{1,2}[.)]\s+\S/;
/** An entry without its number is a heading the page prints again below (innerText gives the link's
 *  text and the heading's alike); these many lines at most are searched for it. */
const HEADING_REACH = 400;
const ENTRY_MAX_WORDS = 12;
/** Whether line j is an entry: NUMBERED when numbered (its heading may be printed without the number),
 *  else the index of the heading it names, or -1. */
const NUMBERED = -2;
/** A wiki's contents print each entry's number on a line of its own over it, and open with a link to
 *  the top ("(Top)", "(Début)", "(Anfang)"); the number alone is an entry's only under its label's run. */
const WIKI_ENTRY = /^(?:\d{1,2}(?:\.\d{1,2})*|\((?:top|début|anfang|inicio|inizio|início|begin|początek)\))$/i;
const entryAt = (lines: readonly { text: string }[], j: number): number => {
  const t = lines[j]!.text;
  if (ENTRY.test(t) || WIKI_ENTRY.test(t)) return NUMBERED;
  // A heading's words, without a sentence's stop: a paragraph printed twice (a teaser's and the text's)
  // is no entry.
  if (/[.!:]$/.test(t) || wordCount(t, ENTRY_MAX_WORDS + 1) > ENTRY_MAX_WORDS) return -1;
  for (let k = j + 1; k < Math.min(lines.length, j + HEADING_REACH); k++) if (lines[k]!.text === t) return k;
  return -1;
};
/** The widget's button to fold it, between the label and the entries ("Toggle", "[hide]"). */
const TOGGLE = /^\[?(?:toggle|show|hide|ausblenden|einblenden|afficher|masquer|mostrar|ocultar)\]?$/i;

/** …and a wiki's, after the entries, which ends the box (the page's name under it is printed again in
 *  its infobox, and would read as one more entry). */
const CLOSING_TOGGLE = /^(?:toggle the table of contents|basculer la table des matières|inhaltsverzeichnis (?:ein- oder ausblenden|umschalten))$/i;

export const removeTableOfContents: LineRule = {
  id: "remove-table-of-contents",
  apply(lines) {
    const marks: LineMark[] = [];
    lines.forEach((l, i) => {
      if (!LABEL.test(l.text)) return;
      const box: LineMark[] = [{ index: i, reason: "table of contents label" }];
      let j = i + 1;
      if (TOGGLE.test(lines[j]?.text ?? "")) box.push({ index: j++, reason: "table of contents toggle" });
      const first = j;
      for (; j < lines.length && lines[j]!.text !== ""; j++) {
        if (CLOSING_TOGGLE.test(lines[j]!.text)) {
          box.push({ index: j++, reason: "table of contents toggle" });
          break;
        }
        const heading = entryAt(lines, j);
        if (heading === -1) break;
        box.push(heading === NUMBERED ? { index: j, reason: "table of contents entry" } : { index: j, reason: "table of contents entry", names: heading });
      }
      // With its entries, the box is the text's own, between its opening and its sections: no gap in it
      // (see LineMark.inText), or a long contents list would part the introduction from the text.
      const inText = j > first;
      for (const m of box) marks.push(inText ? { ...m, inText } : m);
    });
    return marks;
  },
};
