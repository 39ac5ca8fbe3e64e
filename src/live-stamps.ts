import type { SourceLine } from "./model";
import { isDigitAt, wordCount } from "./text";
import { DATE_START, isDateLine, isTimeAgo } from "./date-words";
import type { BodySpan } from "./locate-body";

/* A live blog's entries each open with a stamp over their text: the date line there is the entry's, not
 * the next teaser card's (see DATE_IN_TEXT_COST in locate-body and card-stamp). */

/** Its entries each open with the bare time ("14:05", "2:05 pm", "9.30 Uhr") over a paragraph (perhaps
 *  with the writer's name or a heading between), one after another, and a "2h ago" among them is theirs
 *  too. A bare time alone (an audio player's "00:00", a teaser's "7:00 A.M.") still costs: it takes two
 *  stamps over prose within this many lines of each other. */
const BARE_TIME = /^(?:(?:ore|om|às|a las|um|à)\s+)?(?:\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?|\s?uhr)?|\d{1,2}\s?[ap]\.?m\.?)$/i;
/** …perhaps after the word for "at" ("ore 23:48", "om 14.05"): the stamp still opens with it. */
const TIME_WORD_START = /^(?:ore|om|às|a las|um|à)\s+\d/i;
/** The words' initials, o, u and a (à), as a plain test before the expression: the stamps are looked for
 *  on every short line. */
const opensWithTime = (t: string): boolean => {
  if (isDigitAt(t, 0)) return true;
  const c = t.charCodeAt(0) | 32;
  return (c === 0x6f || c === 0x75 || c === 0x61 || c === 0xe0) && TIME_WORD_START.test(t);
};
export const LIVE_STAMP_WINDOW = 6;
/** A bare time alone on its line ("14:05", "9.41pm", "12h20", "um 14.05 Uhr"). */
export const isBareTime = (t: string): boolean => t.length <= BARE_TIME_MAX_CHARS && opensWithTime(t) && BARE_TIME.test(t);
/** …or with its zone ("19:22 BST", "2:05 pm ET"), as a British live page stamps its entries. */
const isLiveTime = (t: string): boolean => t.length <= BARE_TIME_MAX_CHARS && opensWithTime(t) && (BARE_TIME.test(t) || ZONED_TIME.test(t));
/** The entry's text under its stamp, perhaps under its heading and a line that weighs nothing as prose
 *  (a team's line-up: "17:04" / "Team news" / "Harbor City: Henriksen; Diaz, …" / paragraph). */
const STAMP_TEXT_REACH = 3;
/** Longer than any BARE_TIME ("a las 12:45 p.m."): a plain bound before the expression. */
const BARE_TIME_MAX_CHARS = 18;

const textUnder = (values: readonly number[], i: number): boolean => {
  for (let k = i + 1; k <= i + STAMP_TEXT_REACH && k < values.length; k++) if (values[k]! > 0) return true;
  return false;
};

/** The live blog's bare-time (or zoned-time) stamps among the lines (see LIVE_STAMP_WINDOW), by index. */
export function liveStamps(lines: readonly SourceLine[], values: readonly number[]): Set<number> {
  const live = new Set<number>();
  let last = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!isLiveTime(t) || !textUnder(values, i)) continue;
    if (i - last <= LIVE_STAMP_WINDOW) live.add(last).add(i);
    last = i;
  }
  // "2h ago" over an entry's stamp, between the first and last stamps, is the live blog's too. The
  // stamps were added in line order: no spread of a set that can be page-sized.
  if (live.size >= 2) {
    let first = Infinity;
    let end = -Infinity;
    for (const i of live) {
      if (i < first) first = i;
      if (i > end) end = i;
    }
    for (let i = first; i < end; i++) if (isTimeAgo(lines[i]!.text)) live.add(i);
  }
  return live;
}

/** Entries stamped otherwise: how long ago ("3 min ago", "1 hr 22 min ago", "Hace 5 minutos", "vor 10
 *  Minuten"), a time with its zone ("4:41 p.m. ET", "16:05 CET"), or a date with its time ("Oct. 8,
 *  2025, 4:41 p.m. ET", "14/03/2020 16h26", "8. Oktober 2025 um 16:41"). Those are also the stamps of a
 *  feed of teaser cards and of a comment thread under an article, so a run of them counts only where
 *  the text found without them lies among them (see isLiveRun). Each stamp is a line of its own. */
type StampForm = "ago" | "time" | "dated" | "posted" | "headed";
/** A time of day with its entry's headline after a colon ("11:58 p.m.: Okafor declares victory", "14.05
 *  Uhr: Polizei sperrt die Brücke"), as American papers' election nights and some German tickers print
 *  each entry: the clock word ("p.m.", "Uhr") says it is a time, not a score or a ratio. */
const HEADED_TIME = /^\d{1,2}[:.]\d{2}\s?(?:[aApP]\.?\s?[mM]\.?(?:\s[A-Z]{2,4})?|[uU]hr):\s+\S/;
/** A time under its label ("Posted at 14:52", "Updated at 9.05am", "Publié à 14h52", "Gepostet um
 *  14:52", "Update 16:40", "Mise à jour 14h35", "UPDATE, 14.35 Uhr"), as a broadcaster's live page
 *  prints each entry's: the label says what the time is. */
export const isPostedAt = (t: string): boolean => t.length <= STAMP_MAX_CHARS && POSTED_AT.test(t) && BARE_TIME.test(t.slice(POSTED_AT.exec(t)![0].length));
const POSTED_AT = /^(?:(?:posted|updated|added|published|publié|mis à jour|gepostet|veröffentlicht|aktualisiert)\s(?:at|à|um)|update|mise à jour|aktualisierung)[\s,:]\s*/i;
const STAMP_MAX_CHARS = 40;
/** "2 hours ago", "Hace 1 hora", "1 hr 22 min ago"; a teaser's "2 hours ago · 3 min read" has more. */
const AGO_MAX_WORDS = 5;
const ZONED_TIME = /^\d{1,2}(?:[:.]\d{2}(?:\s?[aApP]\.?\s?[mM]\.?)?|\s?[aApP]\.?\s?[mM]\.?)\s+[A-Z]{2,5}$/;
/** A time closes the line, after the date, perhaps with its zone. */
const CLOSING_TIME = /\d{1,2}[:.h]\d{2}(?:\s?[aApP]\.?\s?[mM]\.?)?(?:\s?[uU]hr)?(?:\s+[A-Z]{2,5})?$/;
const TIME_THEN_DATE = /^\d{1,2}[:.]\d{2}(?:\s?[aApP]\.?\s?[mM]\.?)?(?:\s+[A-Z]{2,5})?,\s+(?=\S)/;
function stampForm(text: string): StampForm | undefined {
  if (isDigitAt(text, 0) && HEADED_TIME.test(text)) return "headed";
  if (text.length > STAMP_MAX_CHARS || !/\d/.test(text)) return undefined;
  if (isTimeAgo(text) && wordCount(text, AGO_MAX_WORDS + 1) <= AGO_MAX_WORDS) return "ago";
  if (isPostedAt(text)) return "posted";
  if (!opensWithTime(text) && !DATE_START.test(text)) return undefined;
  if (ZONED_TIME.test(text) || BARE_TIME.test(text)) return "time";
  // The time first, then the date: "11:40 a.m. ET, March 6, 2025".
  const timeFirst = TIME_THEN_DATE.exec(text);
  if (timeFirst) return isDateLine(text.slice(timeFirst[0].length)) ? "dated" : undefined;
  return CLOSING_TIME.test(text) && DATE_START.test(text) && isDateLine(text) ? "dated" : undefined;
}

/** How far apart an entry's stamp and the next may be: an entry of a heading, two paragraphs and a
 *  list of four statistics took nine lines in an audit's live page. A time alone ("0:57", "14:05") is
 *  as often a video card's running time or a teaser's: its entries must be closer (LIVE_STAMP_WINDOW). */
const ENTRY_STAMP_WINDOW = 10;
/** The entry's text may sit under its stamp, a heading, the writer's name and role ("Kirsty Grant" /
 *  "Reporter, Fraserburgh"). */
const ENTRY_TEXT_REACH = 4;

/** Runs of same-form stamps (above), each over text within ENTRY_TEXT_REACH lines and within
 *  LIVE_STAMP_WINDOW lines of the next: the candidates, by line index, each in line order. Each stamp
 *  after the first stands right under the entry before it, a line of prose; a comment's stands under
 *  the commenter's name ("Anna Lind says:"). */
/** The stamp at i stands right under the entry before it, a line of prose; or, for a stamp that says
 *  what it is ("7h ago", a date with its time), under a list or a box that closes an entry with prose,
 *  but not under a commenter's name; a stamp under its label, under any entry. */
function closesEntry(lines: readonly SourceLine[], values: readonly number[], previous: number, i: number, form: StampForm): boolean {
  if (values[i - 1]! > 0) return true;
  // A comment's stamp stands under the commenter's name ("Anna Lind says:").
  if (form === "time" || lines[i - 1]!.text.endsWith(":")) return false;
  // "Posted at 13:20" under an entry of pictures only (its heading left, "Your pictures").
  if (form === "posted") return true;
  for (let k = previous + 1; k < i - 1; k++) if (values[k]! > 0) return true;
  return false;
}

export function entryStampRuns(lines: readonly SourceLine[], values: readonly number[]): number[][] {
  const runs: number[][] = [];
  const open = new Map<StampForm, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const form = stampForm(lines[i]!.text);
    if (!form || !values.slice(i + 1, i + 1 + ENTRY_TEXT_REACH).some((v) => v > 0)) continue;
    const run = open.get(form);
    if (run && i - run[run.length - 1]! <= (form === "time" ? LIVE_STAMP_WINDOW : ENTRY_STAMP_WINDOW) && closesEntry(lines, values, run[run.length - 1]!, i, form)) run.push(i);
    else {
      if (run && run.length >= 2) runs.push(run);
      open.set(form, [i]);
    }
  }
  for (const run of open.values()) if (run.length >= 2) runs.push(run);
  return runs;
}

/** A run of entry stamps is a live blog's when the best text found without it (what each stamp cut
 *  off) is one of its entries, or the box over them: it opens under one of the stamps, or it ends
 *  on the line right above the first (nothing the junk rules removed between) within LIVE_HEAD_REACH
 *  lines of its start (a summary's points), and the entries hold more. A feed of teaser cards, a news
 *  ticker or a comment thread follows an article that is longer than such a box, or outweighs them,
 *  or has its writer's name, a share bar or a "More stories" label under it. */
export function isLiveRun(run: readonly number[], found: { start: number; end: number; sum: number }, lines: readonly SourceLine[], values: readonly number[], gaps: ReadonlyMap<SourceLine, number>): boolean {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  if (first < found.start) return found.start <= last + LIVE_STAMP_WINDOW;
  if (first !== found.end + 1 || gaps.has(lines[first]!) || first - found.start > LIVE_HEAD_REACH) return false;
  // The entries up to the last stamp, and the last entry's text under it as far as it adds.
  let entries = 0;
  for (let i = first; i < last; i++) entries += values[i]!;
  let lastEntry = 0;
  for (let i = last, sum = 0; i < values.length && i <= last + LIVE_STAMP_WINDOW; i++) lastEntry = Math.max(lastEntry, (sum += values[i]!));
  return entries + lastEntry > found.sum;
}

/** A live blog's text opens under the page's date line ("Updated 9:48 PM EST, Tue November 4, 2025"):
 *  what stands between it and the first entry (a "What we're covering" box, a pinned entry) is the
 *  blog's own, not a headline for the title search. So within this many lines: a box of up to six
 *  points under its label, or a pinned entry's label, heading and two paragraphs. Any other date line
 *  on the way up (a "Key events" box of "5h ago" stamps) leaves the text where it was. */
const LIVE_HEAD_REACH = 8;
const YEAR = /\b(?:19|20)\d{2}\b/;

/** The live blog's text in `span` opens at its first entry's stamp (and the name or heading under the
 *  stamp), like the entries after it, or under the page's date line (above). */
export function withLiveOpening(lines: readonly SourceLine[], span: BodySpan, live: ReadonlySet<number>): BodySpan {
  let start = span.start;
  for (let back = 1; back <= ENTRY_TEXT_REACH; back++) {
    if (live.has(span.start - back)) {
      start = span.start - back;
      break;
    }
  }
  // The first stamp in the text; the set can be page-sized, so one pass without a sort.
  let first = Infinity;
  for (const i of live) if (i >= start && i <= span.end && i < first) first = i;
  if (first === Infinity) return { start, end: span.end };
  for (let i = first - 1; i >= 0 && first - i <= LIVE_HEAD_REACH; i--) {
    const t = lines[i]!.text;
    if (!isDateLine(t)) continue;
    if (YEAR.test(t) && !isTimeAgo(t) && i + 1 < start) start = i + 1;
    break;
  }
  return { start, end: span.end };
}
