import type { SourceLine } from "./model";
import { isDateLine, META_LINE_START, VALIDITY, WEEKDAYS_WRITTEN_OUT } from "./date-words";
import { isFactRow, MIN_FACT_ROWS } from "./structure/rebuild-blocks";
import { capitalShare, isProse, wordCount } from "./text";
import { SCHEDULE_ENTRY } from "./structure/programme-entry";

/* Which date lines inside the text are the next teaser card's stamp (headline, date, dek), which costs
 * the text found by locate-body a quarter of a wall there (DATE_IN_TEXT_COST), and which are the
 * text's own (a live blog's stamps are told apart in live-stamps). */

/** Not a date of validity or a deadline ("Lieferbar ab 15.11.2022"), nor a timeline's entry: a date, a
 *  dash and what happened then, in lowercase ("6 April 2025 – new allowance takes effect", "March 3,
 *  2024 — talks resume"); a card's date stands alone or names the writer. */
const ENTRY_DATE = String.raw`(?:\d{1,2}\.?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\s+[–—-]\s+(?!(?:by|von|par|por|door|di)\s)`;
const TIMELINE_ENTRY = new RegExp(String.raw`^${ENTRY_DATE}\p{Ll}\p{L}*(?:\s+\S+){2}`, "u");
/** …or what happened told in a sentence that opens with a name ("14 February 1995 – Anna Lind is
 *  killed walking home"): five words or more, most of them in lowercase, unlike a card's headline in
 *  title case. */
const CAPITAL_ENTRY = new RegExp(String.raw`^${ENTRY_DATE}(\p{Lu}\p{L}*(?:\s+\S+){4,})`, "u");
/** What happened is told in lowercase mostly: a headline capitalises more than half its words. */
export const ENTRY_MAX_CAPITALS = 0.5;
const isTimelineEntry = (text: string): boolean => {
  if (TIMELINE_ENTRY.test(text)) return true;
  const m = CAPITAL_ENTRY.exec(text);
  return !!m && capitalShare(m[1]!) < ENTRY_MAX_CAPITALS;
};
/** …nor an event's date in its box of details ("Date: Saturday, June 14, 2025" over "Time: …", "Place:
 *  …"): when the event is, a row of the text's own box; a card's stamp has no such label. Alone, "Datum:
 *  18.10.2021" is the page's own date under its headline. */
const EVENT_DATE_ROW = /^(?:date|dates|when|datum|wann|termin|quand|fecha|cuándo|data|quando|dato|när|wanneer)\s*:/i;
/** A print view's or a CMS's meta rows ("Datum: 04.04.2023" / "Autor: Anna Lind") are the article's:
 *  no event has a writer. Nor has it a press release's sender or reference number ("Reference:
 *  PR/2026/044" / "Date: 2026-09-17" / "From: Harbour Transport Office", as government pages print them). */
const WRITER_ROW = /^(?:author|autor(?:in)?|auteur|autore|verfasser(?:in)?|by|von|par|por|door|from|issued by|reference|ref\.?|our ref|release (?:no\.?|number)|press release (?:no\.?|number)|aktenzeichen|référence|referencia|riferimento)\s*:/i;
export const isEventDateRow = (lines: readonly SourceLine[], i: number): boolean =>
  EVENT_DATE_ROW.test(lines[i]!.text) && (isFactRow(lines[i - 1]?.text ?? "") || isFactRow(lines[i + 1]?.text ?? "")) && !WRITER_ROW.test(lines[i - 1]?.text ?? "") && !WRITER_ROW.test(lines[i + 1]?.text ?? "");
/** …nor a day's heading in a round-up, its weekday written out and no year or hour ("FRIDAY, MARCH
 *  10", "Freitag, 10. März" over a police log's or a calendar's entries): a card's stamp names its year
 *  or its time. */
const DAY_HEADING = new RegExp(String.raw`^(?:${WEEKDAYS_WRITTEN_OUT}),?\s+(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{L}+\.?)$`, "iu");
/* …nor a programme's entry, its day and hour before what happens then (SCHEDULE_ENTRY, in
 * structure/programme-entry). */
/** …nor a period of days and months, a dash between its ends ("Widder (21.03. – 20.04.)", "Aries (March
 *  21 – April 19)", "Lion (23 juillet - 22 août)", "15 March – 30 June 2025"): a star sign's, a season's
 *  or an exhibition's span, over its reading or its programme. A card's stamp is one moment. Numeric
 *  ends close with a stop: "14.30 – 16.00 Uhr" is a span of hours. */
const DAY_MONTH = String.raw`(?:\d{1,2}\.\d{1,2}\.|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:\.|er)?\s+(?!(?:min|mins|minutes?|std|stunden|hours?|hrs|sec)\b)\p{L}{3,9}\.?)`;
const PERIOD = new RegExp(String.raw`(?:^|[\s(])${DAY_MONTH}\s*[–—-]\s*${DAY_MONTH}(?=[\s),]|$|\d{4})`, "u");
/** Whether text states a period of days and months with a dash between its ends (see PERIOD). */
export const statesDayPeriod = (text: string): boolean => PERIOD.test(text);
/** …nor an addendum's heading, the note's name before its date ("Nachtrag (03.02.2025)", "Update, 14
 *  March 2025:", "Mise à jour du 5 février 2025"): what the writer added later, under the text. A card's
 *  stamp names no note. */
const ADDENDUM = /^(?:nachtrag|ergänzung|update|edit|addendum|postscript|correction|korrektur|berichtigung|mise à jour|rectificatif|actualización|aggiornamento)\s*(?:[(,:–—-]|(?:vom|from|of|on|du|del)\s)/iu;
/** …nor a row of the text's own box of key dates, each labelled with what happens then ("First day of
 *  school: Wednesday, August 13, 2025" / "Fall break: October 9–10, 2025" / "Last day of school: …"): a
 *  card's stamp bears no label but its publication's ("Published: …"). Three rows at least, as the
 *  fact boxes' rows (MIN_FACT_ROWS): two labelled dates are as often a page's "Published" and
 *  "Updated". */
const DATE_ROW_LABEL = /^\p{Lu}[^:]{1,40}:\s+\S/u;
const isKeyDateRow = (text: string): boolean => DATE_ROW_LABEL.test(text) && !META_LINE_START.test(text) && isDateLine(text);
/** (A timetable's rows, some of them without a day: "Marts: Forældremøde … den 20. marts" / "April:
 *  Klassedannelse …" / "Juni: … den 27. juni": labelled rows all, dated or not.) */
const isLabelledRow = (text: string): boolean => DATE_ROW_LABEL.test(text) && !META_LINE_START.test(text) && !isProse(text);
function inKeyDates(lines: readonly SourceLine[], i: number): boolean {
  let from = i;
  let to = i;
  while (from > 0 && isLabelledRow(lines[from - 1]!.text)) from--;
  while (to + 1 < lines.length && isLabelledRow(lines[to + 1]!.text)) to++;
  const rows = lines.slice(from, to + 1);
  if (rows.length < MIN_FACT_ROWS) return false;
  if (rows.every((l) => isKeyDateRow(l.text))) return true;
  return (lines[from - 1]?.text ?? "").endsWith(":") && rows.filter((l) => isKeyDateRow(l.text)).length >= MIN_DATED_ROWS;
}
/** Some rows undated: under the sentence that introduces them, with its colon ("Kommunen har lagt en
 *  tidsplan for overgangen:"), and two dated at least. A header's labelled rows ("Fotos: …" /
 *  "Publiziert: …" / "Aktualisiert: …") stand under no such sentence. */
const MIN_DATED_ROWS = 2;
/** …nor a chapter of a podcast's or a video's show notes, its time into the episode in brackets before
 *  what is said then ("(03:12) How the ledgers were found", "[1:02:33] Listener questions"). */
const CHAPTER_MARK = /^(?:\(\d{1,2}:\d{2}(?::\d{2})?\)|\[\d{1,2}:\d{2}(?::\d{2})?\])\s+\p{L}/u;
/** …nor a listicle's numbered heading that names a day ("1. The toll starts July 15", "3) What changes
 *  on March 3"): words of the text after its number, two in lowercase at least, where a stamp has its
 *  date ("1. März 2025", "1. mars 2025 kl. 10:00"). */
const NUMBERED_HEADING = /^\d{1,2}[.)]\s+\p{L}(?:.*?\s\p{Ll}{3,}(?=[\s,]|$)){2}/u;
/** …nor a table's row whose cell holds a time or a date ("1\tAnna Lind\t2:07:41"): a card is no table. */
const isTableRow = (text: string): boolean => text.includes("\t") || text.startsWith("|");

/** …nor a chronicle's section date: over a short heading and its paragraph, under the last section's
 *  last sentence ("12. Mai 2019" / "Stadtrat beschließt Planung" / paragraph), when the article's section
 *  dates rise from year to year. A teaser list prints its cards newest first, or within one year. */
const SECTION_YEAR = /\b(?:19|20)\d{2}\b/;
const SECTION_HEADING_MAX_WORDS = 10;
const yearOf = (t: string): number | undefined => {
  const m = SECTION_YEAR.exec(t);
  return m ? Number(m[0]) : undefined;
};
const SECTION_DATE_MAX_CHARS = 40;
/** A sentence's end, or the colon of a line that leads into the chronicle ("Die wichtigsten Stationen:"). */
const SENTENCE_OR_LEAD_END = /[.!?:…]["'”’»)]?$/u;
/** Whether line i is a dated section's date: over a short heading and a paragraph, under a sentence. */
export const opensSection = (lines: readonly SourceLine[], i: number): boolean => {
  const t = lines[i]!.text;
  const heading = lines[i + 1]?.text ?? "";
  return t.length <= SECTION_DATE_MAX_CHARS && yearOf(t) !== undefined && SENTENCE_OR_LEAD_END.test(lines[i - 1]?.text ?? "") && heading !== "" && !isProse(heading) && wordCount(heading, SECTION_HEADING_MAX_WORDS + 1) <= SECTION_HEADING_MAX_WORDS && isProse(lines[i + 2]?.text ?? "");
};
/** A chronicle has a few sections at least: two dated sections are as often two cards. */
const MIN_SECTIONS = 3;
/** Per article's lines: the section dates of its chronicle, when their years rise (never falling). */
const CHRONICLES = new WeakMap<readonly SourceLine[], Set<number>>();
function chronicleDates(lines: readonly SourceLine[]): Set<number> {
  let found = CHRONICLES.get(lines);
  if (found) return found;
  const sections: number[] = [];
  for (let i = 1; i < lines.length; i++) if (DIGIT.test(lines[i]!.text) && opensSection(lines, i)) sections.push(i);
  const years = sections.map((i) => yearOf(lines[i]!.text)!);
  const rising = years.every((y, k) => k === 0 || y >= years[k - 1]!) && years[years.length - 1]! > years[0]!;
  found = new Set(sections.length >= MIN_SECTIONS && rising ? sections : []);
  CHRONICLES.set(lines, found);
  return found;
}
const DIGIT = /\d/;

/** Whether the line at i is a date line that reads as a teaser card's stamp (an embedded post's, with
 *  its handle, is the post's; a line of code with a time in it, "OnCalendar=*-*-* 02:30:00", is the
 *  code's). The date test runs first: most lines are none. */
export function isCardStamp(lines: readonly SourceLine[], i: number): boolean {
  const text = lines[i]!.text;
  return isDateLine(text) && lines[i]!.code === undefined && !text.includes("@") && !isTimelineEntry(text) && !VALIDITY.test(text) && !isEventDateRow(lines, i) && !isTableRow(text) && !DAY_HEADING.test(text) && !SCHEDULE_ENTRY.test(text) && !PERIOD.test(text) && !ADDENDUM.test(text) && !CHAPTER_MARK.test(text) && !NUMBERED_HEADING.test(text) && !(isKeyDateRow(text) && inKeyDates(lines, i)) && !chronicleDates(lines).has(i);
}
