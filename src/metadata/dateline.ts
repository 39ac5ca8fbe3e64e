import type { SourceLine } from "../model";
import { isProse } from "../text";
import { datesIn, withTimeOf, type DateContext, type DateResult } from "./dates-in";

/* A dateline: the place and the date that open the text's first paragraph ("Berlin, Germany – December
 * 14, 2025 – In a …"), or the date alone ("23.09.2016 – The ferry …"). */

/** Body lines that may still carry the article's date (dateline, a "Published" line under a glued title). */
export const BODY_LEAD_LINES = 3;
export const LONGEST_DATE_CHARS = 45;
/** A dateline opens the first paragraph: "Berlin, Germany – December 14, 2025 – In a …". */
const DATELINE = /^(?:[\p{Lu}][\p{L}.'’-]*(?:[ ,]+[\p{L}.'’-]+){0,4})\s*[–—-]\s*/u;
/** …or with a comma after the place, as German and French press releases write it: "Freiburg, 21.11.2022
 *  – Die …", "Freiburg im Breisgau, den 21. November 2022 – …", "Lyon, le 3 mars 2024 – …"; the agency in
 *  brackets after the place or after the date ("COIMBRA (Lusa), 18 de outubro de 2022 –", "BERLIN, 3. März
 *  2021 (dpa) –"); a press release's with the state or country after the place and the wire between
 *  slashes after the date ("AUSTIN, Texas, March 4, 2025 /HarbourWire/ -- …"). */
const DATELINE_COMMA = /^\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,3}(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?(?:\s+\([^()]{1,30}\))?,\s+(?:(?:den|le|el|il)\s+)?/u;
/** What follows the date of a dateline with its place: a dash, perhaps after the agency in brackets or
 *  the wire between slashes, or a full stop before the first sentence ("Wendlingen, 03.04.2025. Ein
 *  Team …"), or both, as Spanish press releases write it ("Madrid, 3 de marzo de 2026.– La …"). */
const AFTER_DATELINE_DATE = /^\s*(?:\([^()]{1,30}\)\s*)?(?:\/[^/\s][^/]{0,40}\/\s*)?(?:\.?[–—-]|\.(?=\s+\p{Lu}))/u;
/** What ends a dateline without its place: a dash ("23.09.2016 – The ferry …"), or a full stop before
 *  the first sentence ("31. Oktober 2023. Die Fähre …"): a date alone is no sentence of the text. */
const AFTER_DATELINE = /^\s*(?:\.?[–—-]|\.(?=\s+\p{Lu}))\s+\S/u;
/** A paragraph that opens with a date, bare or in brackets (a plain test before the parse). */
export const DATE_FIRST = /^\(?\d/;
/** How far down a dateline's paragraph may open the text: under a key points box of up to eight items. */
const DATELINE_REACH = 12;
/** Whether a paragraph opens with a date. */
export const opensWithDate = (t: string, ctx: DateContext): boolean => DATE_FIRST.test(t) && datesIn(t.slice(0, LONGEST_DATE_CHARS + 1), ctx)[0]?.index === 0;

/** The date of the text's dateline; with its place, it takes the time of the head's date line of the
 *  same day (headDate). */
export function datelineDate(body: readonly SourceLine[], ctx: DateContext, headDate: () => DateResult | undefined): DateResult | undefined {
  // The text's first paragraphs, past a box of key points over them ("Key Takeaways:" / its items).
  const lead: SourceLine[] = [];
  let prose = 0;
  for (const [k, l] of body.slice(0, DATELINE_REACH).entries()) {
    if (k >= BODY_LEAD_LINES && prose >= BODY_LEAD_LINES) break;
    lead.push(l);
    if (isProse(l.text)) prose++;
  }
  for (const line of lead) {
    const t = line.text.replace(/^!\[[^\]]*\]\([^)]*\)\s*/, "");
    const dl = t.match(DATELINE) ?? t.match(DATELINE_COMMA);
    if (!dl) continue;
    const d = datesIn(t.slice(dl[0].length, dl[0].length + 60), ctx)[0];
    if (d && d.index === 0 && AFTER_DATELINE_DATE.test(t.slice(dl[0].length + d.end))) return withTimeOf(headDate(), { date: d.iso, dateSource: "dateline", line, consumeLine: false });
  }
  // A dateline without the place: "(23.09.2016) The ferry company …", "23.09.2016 – The ferry …",
  // "23. September 2016. The ferry …".
  for (const [k, line] of body.slice(0, BODY_LEAD_LINES).entries()) {
    const t = line.text;
    if (!DATE_FIRST.test(t)) continue;
    // The paragraph beside it opening with a date too: a chronicle's entries ("15.09.2023 – Auftaktsieg …",
    // "21.10.2023 – …"), each dated by its own event.
    if (opensWithDate(body[k + 1]?.text ?? "", ctx) || opensWithDate(body[k - 1]?.text ?? "", ctx)) continue;
    const bracket = t.startsWith("(");
    const d = datesIn(t.slice(bracket ? 1 : 0, LONGEST_DATE_CHARS + 1), ctx)[0];
    if (d && d.index === 0 && (bracket ? /^\)\s+\S/ : AFTER_DATELINE).test(t.slice(d.end + (bracket ? 1 : 0)))) return { date: d.iso, dateSource: "dateline", line, consumeLine: false };
  }
  return undefined;
}
