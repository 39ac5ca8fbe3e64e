import type { SourceLine } from "../model";
import { wordCount } from "../text";

/*
 * A table of contents or a row of jump links over the text lists the text's own subheadings ("Inhalt" /
 * "Was ist Heuschnupfen?" / "Symptome" / …, or "Fatigue" / "Pale skin" / … / "When to see a doctor" /
 * "Takeaway"): each entry is printed again over its section. An entry is a section's heading, not the
 * page's headline, however well it reads as one; and such a list is no evidence that a line is "the
 * headline printed again" (a blog's list may open with the headline, but the sections' headings follow).
 */

/** An entry of such a list: a line of a few words. Longer lines are paragraphs. */
const ENTRY_MAX_WORDS = 12;
/** How far from a line its list's other entries are looked for: longer than the audits' lists of
 *  jump links (7) and tables of contents (8), shorter than a site's menu. */
const LIST_SPAN = 10;

/** The page's lines by text, built on first use (once per article). */
export interface SectionIndex {
  page: readonly SourceLine[];
  body: readonly SourceLine[];
  at?: Map<string, number[]>;
  index?: Map<SourceLine, number>;
  inBody?: Set<number>;
}

/** Whether a head line is a section's heading: an entry of such a list, printed again over its section
 *  in the text (under its opening: the headline printed again at the text's start is no section's), or
 *  the heading an entry above it points to (the text's first subheading under the table of contents;
 *  a list under the headline may name the headline too). */
export function isSectionEntry(sections: SectionIndex, l: SourceLine): boolean {
  if (sections.at === undefined) build(sections);
  const p = sections.index!.get(l);
  if (p === undefined) return false;
  const copies = sections.at!.get(l.text)!;
  if (copies.some((q) => q < p && inSectionList(sections, q))) return true;
  const opening = sections.index!.get(sections.body[0]!) ?? Infinity;
  return copies.some((q) => q > opening && sections.inBody!.has(q)) && inSectionList(sections, p);
}

/** Whether a page line that repeats a candidate stands in such a list. */
export function isListedCopy(sections: SectionIndex, copy: SourceLine): boolean {
  if (sections.at === undefined) build(sections);
  const p = sections.index!.get(copy);
  return p !== undefined && inSectionList(sections, p);
}

/** Whether the run of short lines around p holds another of the text's headings: a line printed exactly
 *  twice, here and again in the text, below. (A menu's section label, "Sport" over a teaser in the text,
 *  is printed again and again.) */
function inSectionList(sections: SectionIndex, p: number): boolean {
  const { page } = sections;
  const own = page[p]!.text;
  const listed = (q: number): boolean => {
    const text = page[q]!.text;
    if (text === own) return false;
    const places = sections.at!.get(text)!;
    return places.length === 2 && places[0] === q && sections.inBody!.has(places[1]!);
  };
  const isEntry = (q: number) => q >= 0 && q < page.length && Math.abs(q - p) <= LIST_SPAN && page[q]!.text !== "" && wordCount(page[q]!.text, ENTRY_MAX_WORDS + 1) <= ENTRY_MAX_WORDS;
  for (let q = p - 1; isEntry(q); q--) if (listed(q)) return true;
  for (let q = p + 1; isEntry(q); q++) if (listed(q)) return true;
  return false;
}

function build(sections: SectionIndex): void {
  const at = new Map<string, number[]>();
  const index = new Map<SourceLine, number>();
  sections.page.forEach((l, p) => {
    index.set(l, p);
    if (l.text === "") return;
    const places = at.get(l.text);
    if (places) places.push(p);
    else at.set(l.text, [p]);
  });
  sections.at = at;
  sections.index = index;
  sections.inBody = new Set(sections.body.map((l) => index.get(l)!).filter((p) => p !== undefined));
}
