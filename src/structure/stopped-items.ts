import type { SourceLine } from "../model";
import { isProse, splitSentences, wordCount } from "../text";
import { isPoint } from "./key-points";

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

/* A list whose bullets innerText dropped, told by its layout alone: on a page that sets its paragraphs
 * apart with blank lines, three short points or more one a line with none between them, and a blank
 * line over and under the run ("Key figures" / blank / "2.4 million people live in …" / "61% of
 * households …" / … / blank). Paragraphs of such a page are never adjacent; a heading over its
 * paragraph is one line, not three. */
const MIN_LAYOUT_ITEMS = 3;
/** The page sets paragraphs apart when most of its sentences of text have a gap under them. */
const APART_SHARE = 0.7;
const MIN_PARAGRAPHS = 3;
function setsParagraphsApart(lines: readonly SourceLine[]): boolean {
  let prose = 0;
  let apart = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!isProse(lines[i]!.text)) continue;
    prose++;
    if (!adjacent(lines, i)) apart++;
  }
  return prose >= MIN_PARAGRAPHS && apart >= APART_SHARE * prose;
}
/** An item of such a run: a point (a phrase without its stop), not a label over what follows, nor a row
 *  of a fact box ("Label: value" all of them; see rebuild-blocks). */
const ROW = /^[^:]{1,30}:\s\S/;
const RUN_TITLE_MAX_WORDS = 4;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const isLayoutItem = (t: string): boolean => isPoint(t) && !t.endsWith(":");
export function layoutItems(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  let apart: boolean | undefined;
  for (let i = 1; i < lines.length; i++) {
    if (adjacent(lines, i - 1) || !isLayoutItem(lines[i]!.text)) continue;
    let end = i;
    while (end + 1 < lines.length && adjacent(lines, end) && isLayoutItem(lines[end + 1]!.text)) end++;
    const last = end;
    // A title of a few words over the points, on the line right above the first, heads them ("Le projet
    // en chiffres" / "Un bassin de 25 mètres" / …).
    const from = end - i >= MIN_LAYOUT_ITEMS && wordCount(lines[i]!.text, RUN_TITLE_MAX_WORDS + 1) <= RUN_TITLE_MAX_WORDS && !/\d/.test(lines[i]!.text) ? i + 1 : i;
    // …and a capitalised title under points that open in lowercase heads the text under the run ("zeitnah
    // Updates einspielen" / "komplexe Passwörter verwenden" / "Zu laxe Handhabe bei IT-Sicherheit").
    const lower = lines.slice(from, end).filter((l) => LOWER_START.test(l.text)).length;
    if (end - from >= MIN_LAYOUT_ITEMS && UPPER_START.test(lines[end]!.text) && LOWER_START.test(lines[end - 1]!.text) && lower * 2 >= end - from) end--;
    const run = lines.slice(from, end + 1);
    if (run.length >= MIN_LAYOUT_ITEMS && run.length <= MAX_ITEMS && end + 1 < lines.length && (!adjacent(lines, end) || end < last) && !run.every((l) => ROW.test(l.text)) && (apart ??= setsParagraphsApart(lines))) for (let k = from; k <= end; k++) out.add(k);
    i = last;
  }
  return out;
}
