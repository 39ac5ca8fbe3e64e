import type { SourceLine } from "./model";
import type { BodySpan } from "./locate-body";
import { isProse, wordCount } from "./text";

/** A live page's entry opens with its time alone over its heading, said to be one ("17.41 GMT", "09:30
 *  Uhr", "9:41 am"): a bare "0:57" over a title is a clip's running time. */
export const ENTRY_TIME = /^\d{1,2}[:.]\d{2}\s?(?:[Uu]hr|h|[AaPp]\.?[Mm]\.?|[A-Z]{2,4})(?:\s[A-Z]{2,4})?$/;
/** An entry's heading is a short line, no paragraph. */
const ENTRY_HEADING_MAX_WORDS = 12;
/** Entries in the text that open the same way, at least. */
const LATER_ENTRIES = 2;

const isEntryTop = (lines: readonly SourceLine[], k: number): boolean => ENTRY_TIME.test(lines[k]?.text ?? "") && !!lines[k + 1] && !isProse(lines[k + 1]!.text) && wordCount(lines[k + 1]!.text, ENTRY_HEADING_MAX_WORDS + 1) <= ENTRY_HEADING_MAX_WORDS;

/** The first entry's time and heading right over the text, when the entries under it open the same
 *  way: the text's own, not the page's furniture over it ("Key events" / … / "17.41 GMT" / "Evening
 *  summary" / its paragraphs / "16.58 GMT" / "Councils welcome …" / …). */
export function extendFirstEntry(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  const top = span.start - 2;
  if (top < 0 || !isEntryTop(lines, top) || walls.has(lines[top + 1]!) || walls.has(lines[span.start]!)) return span;
  let later = 0;
  for (let k = span.start; k < span.end && later < LATER_ENTRIES; k++) if (isEntryTop(lines, k)) later++;
  return later >= LATER_ENTRIES ? { start: top, end: span.end } : span;
}

/** Entries above a related box that open with their time, at least. */
const TICKER_TIMES_ABOVE = 2;
/** Lines looked through above the header (a few entries' worth), and below it (a box's cards). */
const TICKER_REACH = 40;
const TICKER_BOX_LINES = 6;
/** Where a related box (its header at `header`, its run ending at `j`) set between a live ticker's
 *  entries ends: at the next entry's time ("Lesen Sie auch" / card / "09:30 Uhr" / "Notunterkunft füllt
 *  sich" / …), when the entries above it open the same way; else at `j`. */
export function tickerEntryAt(lines: readonly SourceLine[], header: number, j: number): number {
  let times = 0;
  for (let p = header - 1; p >= 0 && p >= header - TICKER_REACH && times < TICKER_TIMES_ABOVE; p--) if (ENTRY_TIME.test(lines[p]!.text)) times++;
  if (times < TICKER_TIMES_ABOVE) return j;
  for (let k = header + 1; k < j && k <= header + TICKER_BOX_LINES; k++) if (ENTRY_TIME.test(lines[k]!.text)) return k;
  return j;
}
