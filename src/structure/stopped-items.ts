import type { SourceLine } from "../model";
import { splitSentences, wordCount } from "../text";

/* A list whose bullets innerText dropped and whose items each end with a full stop ("Take photos of all
 * damage before you start repairs."), under the sentence that introduces it with a colon. Stops make
 * them read as paragraphs; what tells them apart is the layout: a list's items are one a line with no
 * blank line between them, where the page's paragraphs have one, and a blank line closes the list. */

/** Two items under a colon are as often a quote's two sentences: three at least. */
const MIN_ITEMS = 3;
const MAX_ITEMS = 15;
/** An item is one sentence of a few words; a paragraph under a colon runs longer. */
const ITEM_MAX_WORDS = 25;
/** An item opens with its capital: a quote's sentences open with their marks. */
const isStoppedItem = (t: string): boolean => /^\p{Lu}/u.test(t) && /[.!]$/.test(t) && wordCount(t, ITEM_MAX_WORDS + 1) <= ITEM_MAX_WORDS && splitSentences(t).length === 1;
/** Whether lines[i] and lines[i + 1] were next to each other in the dump, no blank or removed line between. */
export const adjacent = (lines: readonly SourceLine[], i: number): boolean => lines[i + 1] !== undefined && lines[i + 1]!.no === lines[i]!.no + 1;

/** The indexes of such items in `lines` (the text's kept lines, numbered as in the dump). */
export function stoppedItems(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.text.endsWith(":")) continue;
    let end = i + 1;
    while (end < lines.length && end - i <= MAX_ITEMS && isStoppedItem(lines[end]!.text) && (end === i + 1 || adjacent(lines, end - 1))) end++;
    const count = end - i - 1;
    // A blank line closes the list, with text under it: a paragraph right under the last item, or the
    // text's end, tells nothing of a page that may set no paragraph apart.
    if (count >= MIN_ITEMS && count <= MAX_ITEMS && end < lines.length && !adjacent(lines, end - 1)) for (let k = i + 1; k < end; k++) out.add(k);
    i = end - 1;
  }
  return out;
}
