import type { SourceLine } from "./model";
import type { BodySpan } from "./locate-body";
import { MONTH_WORD_EN } from "./date-words";
import { isTagLine } from "./metadata/extract-tags";
import { isFactRow, MIN_FACT_ROWS } from "./structure/rebuild-blocks";
import { isPoint, KEY_POINT_MAX_WORDS, KEY_POINTS, KEY_POINTS_MAX } from "./structure/key-points";
import { barRows } from "./structure/rebuild-table";
import { capitalShare, endsLikeSentence, isDigitAt, isProse, wordCount } from "./text";
import { ENTRY_MAX_CAPITALS } from "./card-stamp";
import { isProgrammeEntry } from "./structure/programme-entry";
import { isCitation, isSourcesHeading } from "./structure/source-list";

/* What the text found by locate-body takes in below its last paragraph: lines that weigh nothing as
 * prose, so the best run ended above them, but which the text introduces or which are plainly its own
 * (a list after "… tour dates:", a table of results). */

/** A list the text introduces ("… 2020 tour dates:") can be long rows of short lines, which cost more
 *  than they weigh as prose. When the text ends at such an introduction, its rows follow as long as
 *  they keep one shape (what their first two words are: a month, a number, a capitalised word…). */
const MIN_LIST_ROWS = 3;
/** Rows of one or two words are menu entries ("Follow us:" Facebook, Twitter, Instagram). */
const MIN_ROW_WORDS = 3;
const SENTENCE_STOP = /[.!?]["'”’)]*$/;
/** German capitalises its nouns, so a list's rows may differ in their second word's case
 *  ("Lawinenlagebericht täglich prüfen", "LVS-Gerät, Schaufel und Sonde immer mitführen"): rows that open
 *  as the first does are the list's too when they are short phrases in a sentence's case: a word of five
 *  letters or more in lowercase (a headline's case leaves only "to", "for", "in" so: "What to Pack for
 *  Portugal in Spring"), and no more capitals than a German phrase's nouns make ("Aktuelle Pegelstände
 *  im Internet verfolgen", 0.6 of its words). Teasers' headlines are longer, a contact's and share
 *  buttons' lines too. */
const PHRASE_ROW_MAX_WORDS = 8;
const PHRASE_ROW_MAX_CAPITALS = 0.65;
const LOWERCASE_WORD = /(?:^|\s)\p{Ll}{5,}/u;
const isPhraseRow = (t: string, shape: string): boolean =>
  shapeOf(t).split(" ")[0] === shape.split(" ")[0] && wordCount(t, PHRASE_ROW_MAX_WORDS + 1) <= PHRASE_ROW_MAX_WORDS && capitalShare(t) <= PHRASE_ROW_MAX_CAPITALS && LOWERCASE_WORD.test(t);

export function extendIntroducedList(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  let intro = span.end;
  if (!lines[intro]?.text.endsWith(":")) intro++;
  if (!lines[intro]?.text.endsWith(":")) intro = takenIntro(lines, span);
  if (!lines[intro]?.text.endsWith(":")) return span;
  const shape = shapeOf(lines[intro + 1]?.text ?? "");
  // Rows end as the first does: a sentence under rows without stops is the text's closing line.
  const stopped = SENTENCE_STOP.test(lines[intro + 1]?.text ?? "");
  const isRow = (t: string) => (shapeOf(t) === shape || isPhraseRow(t, shape)) && SENTENCE_STOP.test(t) === stopped && wordCount(t) >= MIN_ROW_WORDS;
  let end = intro;
  while (end + 1 < lines.length && !walls.has(lines[end + 1]!) && isRow(lines[end + 1]!.text)) end++;
  return end - intro >= MIN_LIST_ROWS && end > span.end ? { start: span.start, end } : span;
}
/** The text may end on one of the list's first rows, long enough to weigh as prose ("There is no
 *  treatment. The RHS recommends:" / "Removing infected plants, …" / "Burying a physical barrier, such
 *  as …, 45cm deep …" / "Choosing resistant plants …"): its introduction, a sentence (a label in
 *  capitals, "A THOUGHT FOR TODAY:", heads one quote), stands a row or two above the end. */
const TAKEN_ROWS_MAX = 2;
function takenIntro(lines: readonly SourceLine[], span: BodySpan): number {
  for (let k = span.end - 1; k >= span.end - TAKEN_ROWS_MAX && k > span.start; k--) {
    if (lines[k]!.text.endsWith(":")) {
      if (!isProse(lines[k]!.text)) return -1;
      const shape = shapeOf(lines[k + 1]!.text);
      return lines.slice(k + 1, span.end + 1).every((l) => shapeOf(l.text) === shape && wordCount(l.text) >= MIN_ROW_WORDS) ? k : -1;
    }
  }
  return -1;
}

/** A box of key points right over the text, under the byline ("Key points:" / three short points / the
 *  first paragraph), as broadcasters and some papers print it: the story's own summary, not the page's
 *  (see KEY_POINTS). */
export function extendKeyPoints(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  let k = span.start - 1;
  while (k >= 0 && span.start - k <= KEY_POINTS_MAX && !walls.has(lines[k]!) && !KEY_POINTS.test(lines[k]!.text) && isPoint(lines[k]!.text)) k--;
  if (k < 0 || !KEY_POINTS.test(lines[k]!.text)) return span;
  // Points written as sentences weigh as prose, so the text already opens with them: only the label
  // is left above ("Key takeaways" / "The Fed lowered its rate by a quarter point." / …).
  const points = span.start - k - 1;
  return points >= 2 || (points === 0 && sentencePointsFrom(lines, span.start) >= 2) ? { start: k, end: span.end } : span;
}
/** …and such a box under the text's last paragraph ("Auf einen Blick" / four points), over the page's
 *  furniture or a paywall's box: the story's own summary of its facts. Only the names no page gives its
 *  boxes of other stories ("Highlights" and "In brief" head a site's video and news boxes too). */
const CLOSING_BOX = /^(?:at a glance|key facts|das wichtigste in kürze|das wichtigste|auf einen blick|en bref|l['’]essentiel|à retenir|en resumen|in sintesi|em resumo|in het kort)\s*:?$/i;
const MIN_CLOSING_POINTS = 2;
export function extendClosingKeyPoints(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  const label = span.end + 1;
  if (label >= lines.length || walls.has(lines[label]!) || !CLOSING_BOX.test(lines[label]!.text)) return span;
  let end = label;
  while (end + 1 < lines.length && end - label < KEY_POINTS_MAX && !walls.has(lines[end + 1]!) && isPoint(lines[end + 1]!.text)) end++;
  return end - label >= MIN_CLOSING_POINTS ? { start: span.start, end } : span;
}
const sentencePointsFrom = (lines: readonly SourceLine[], start: number): number => {
  let n = 0;
  while (n < KEY_POINTS_MAX && start + n < lines.length && wordCount(lines[start + n]!.text, KEY_POINT_MAX_WORDS + 1) <= KEY_POINT_MAX_WORDS) n++;
  return n;
};

/** A list with markers ("• …", "- …", "1. …") whose item the text ends on: the items under it follow,
 *  however short. (A long first item weighed enough as prose to end the run on; the rest weigh nothing.)
 *  Each item has three words or more, as MIN_ROW_WORDS: a menu's entries are one or two. */
const MARKED_ITEM = /^(?:[•▪◦●‣*–-]|\d{1,2}[.)])\s+\S/;
const markerOf = (text: string): string | undefined => (MARKED_ITEM.test(text) ? (isDigitAt(text, 0) ? "1" : text[0]) : undefined);
export function extendMarkedList(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  const marker = markerOf(lines[span.end]?.text ?? "");
  if (!marker) return span;
  let end = span.end;
  while (end + 1 < lines.length && !walls.has(lines[end + 1]!) && markerOf(lines[end + 1]!.text) === marker && wordCount(lines[end + 1]!.text.replace(/^\S+\s+/, "")) >= MIN_ROW_WORDS) end++;
  return { start: span.start, end };
}

/** A numbered list under the text, a line or two below its last paragraph ("Tracklist" / "1. Förderturm"
 *  / "2. Flöz Sonnenschein" / …): numbered from one without a gap, it is the article's (a track list, a
 *  ranking, the steps of a recipe); menus and teaser lists are not numbered so. The lines between are
 *  its heading or a label line over it. */
const NUMBERED_GAP_MAX_LINES = 2;
const GAP_LINE_MAX_WORDS = 12;
const MIN_NUMBERED_ITEMS = 3;
const itemNumber = (t: string): number => {
  const m = /^(\d{1,2})[.)]\s+\S/.exec(t);
  return m ? Number(m[1]) : 0;
};
export function extendNumberedList(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  for (let first = span.end + 1; first <= span.end + 1 + NUMBERED_GAP_MAX_LINES && first < lines.length; first++) {
    if (walls.has(lines[first]!)) return span;
    if (itemNumber(lines[first]!.text) === 1) {
      let end = first;
      while (end + 1 < lines.length && !walls.has(lines[end + 1]!) && itemNumber(lines[end + 1]!.text) === itemNumber(lines[end]!.text) + 1) end++;
      return end - first + 1 >= MIN_NUMBERED_ITEMS ? { start: span.start, end } : span;
    }
    if (wordCount(lines[first]!.text, GAP_LINE_MAX_WORDS + 1) > GAP_LINE_MAX_WORDS) return span;
  }
  return span;
}

/** A table under the text's last paragraph (results, a league table, award recipients), pasted one row
 *  a line with its cells between bars or tabs: rows weigh nothing as prose, so the run ended above
 *  them. A line or two may stand between (the table's title); more let a petition's list of
 *  signatures in under its buttons on a dev page. */
const TABLE_GAP_MAX_LINES = 2;
const MIN_TAB_TABLE_ROWS = 3;
/** Two cells a row: a review's specification table is a label and a value ("Bands⇥Tri-band"). A wiki's
 *  navigation box has two cells too, but a list of links in its second ("Alex • Elliott • Harvey"). */
const MIN_TAB_CELLS = 2;
const LINK_LIST = /\s[•·]\s.*\s[•·]\s/;
const tabCells = (t: string): number => (t.includes("\t") && !LINK_LIST.test(t) ? t.split("\t").length : 0);
export function extendTable(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  const texts = lines.map((l) => l.text);
  for (let first = span.end + 1; first <= span.end + 1 + TABLE_GAP_MAX_LINES && first < lines.length; first++) {
    if (walls.has(lines[first]!)) return span;
    let rows = barRows(texts, first);
    if (rows === 0 && tabCells(texts[first]!) >= MIN_TAB_CELLS) {
      const cells = tabCells(texts[first]!);
      while (first + rows < lines.length && tabCells(texts[first + rows]!) === cells) rows++;
      if (rows < MIN_TAB_TABLE_ROWS) rows = 0;
    }
    if (rows === 0) continue;
    const last = first + rows - 1;
    return lines.slice(first, last + 1).some((l) => walls.has(l)) ? span : { start: span.start, end: last };
  }
  return span;
}

/** A timeline under the text ("Key dates" / "14 February 1995 – Anna Lind is killed …" / "March 1995 –
 *  Police question …" / "2003 – A man is arrested …"): a date with its year, however partial, a dash,
 *  and what happened then in a sentence's casing (a news list's "12.03.2025 – Council Passes Budget" is
 *  in a headline's). Short lines, so the run ended above them; three entries at least, under one title
 *  line or none. */
const TIMELINE_ROW = /^(?:(?:\d{1,2}\.?\s+)?\p{L}+\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?|\d{1,2}[./]\d{1,2}[./])?(?:1[89]|20)\d{2}\s+[–—-]\s+(\S+(?:\s+\S+){2,})$/u;
const MIN_TIMELINE_ROWS = 3;
/** …or a programme's entries, each its full date and hour before what happens then ("Begleitprogramm" /
 *  "Sa, 14.06.2025, 11 Uhr: Eröffnung …" / "So, 06.07.2025, 15 Uhr: Familienführung …"). With the year:
 *  a station's week of programmes beside the text ("sábado 04/04 21:00 - …") has none. */
const WITH_YEAR = /^(?:\p{L}{2,14}\.?,?\s+)?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4})/u;
const isTimelineRow = (t: string): boolean => {
  if (WITH_YEAR.test(t) && isProgrammeEntry(t)) return true;
  const m = TIMELINE_ROW.exec(t);
  return !!m && capitalShare(m[1]!) < ENTRY_MAX_CAPITALS;
};
export function extendTimeline(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  const first = isTimelineRow(lines[span.end + 1]?.text ?? "") ? span.end + 1 : span.end + 2;
  let end = first - 1;
  while (end + 1 < lines.length && !walls.has(lines[end + 1]!) && isTimelineRow(lines[end + 1]!.text)) end++;
  return end - first + 1 >= MIN_TIMELINE_ROWS && !walls.has(lines[first - 1]!) ? { start: span.start, end } : span;
}

/** Labels of the page's own furniture, which end a fact box: the article's metadata, its sources and
 *  credits, sharing and contact details (a site's address box sits right under the text too). */
export const PAGE_LABEL = /^(?:source|sources|quelle|quellen|fuente|fonte|bron|photos?|fotos?|bild(?:er)?|images?|credits?|share|teilen|partager|compartir|published|updated|posted|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|author|autor|auteur|von|by|par|por|e-?mail|tel|telefon|phone|fax|contact|kontakt|adresse?|address|dirección|follow|folgen|read more|mehr|lesen sie|lire aussi|leer más|related|see also|siehe auch|voir aussi|copyright|kategorien?|categor(?:y|ies)|catégories?|categorías?|categorie|rubriken?|rubrique)\b/i;
const isBoxRow = (t: string): boolean => isFactRow(t) && !PAGE_LABEL.test(t) && !isTagLine(t);
/** A fact box under the text: a match's line-up and scorers, an event's when, where and price, a
 *  review's specifications ("Tore: 0:1 Kaiser (8.), …", "Eintritt: 5 Euro"), one "Label: value" a line.
 *  Each row is short, so the run ended above them. MIN_FACT_ROWS at least, right under the text (a
 *  single label line there is as often the page's own: "Source: …"), in groups under their titles.
 *  Rows that read as short sentences ("Sunday: Mostly cloudy. High 36.") may already end the text:
 *  they count, and the box's last rows follow them. (A paragraph after a label, "Unsere Einschätzung: Ein
 *  ruhiger Fall, …", is the text's, and no row.) */
const ROW_MAX_WORDS = 10;
export function extendFactBox(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  const titled = extendTitledBox(lines, span, walls);
  if (titled !== span) return titled;
  let end = span.end;
  let rows = 0;
  for (let k = end; k > span.start && rows < MIN_FACT_ROWS && isBoxRow(lines[k]!.text) && wordCount(lines[k]!.text, ROW_MAX_WORDS + 1) <= ROW_MAX_WORDS; k--) rows++;
  let underTitle = false;
  for (let k = end + 1; k < lines.length && !walls.has(lines[k]!); k++) {
    const t = lines[k]!.text;
    // Under the box's title, a row with a label the page uses too ("Das Buch" / "Autor: Anna Lind" /
    // "Verlag: …") is the box's, when its rows go on under it.
    if (isBoxRow(t) || LINE_UP.test(t) || (underTitle && isFactRow(t) && isBoxRow(lines[k + 1]?.text ?? ""))) rows++;
    // The box's or a group's title, "Öffnungszeiten:", "Die Bauabschnitte im Überblick:", or a match's
    // score, over its rows.
    else if ((isGroupTitle(t) || SCORE_LINE.test(t)) && opensRows(lines, k + 1, true)) underTitle = true;
    else break;
    end = k;
  }
  return rows >= MIN_FACT_ROWS ? { start: span.start, end } : span;
}
/** A box the text took in with its title ("Infos pratiques" / "Until 17 February, Wednesday to
 *  Saturday at 8.30 pm."), whose rows go on under the text's end: the box is already the text's, so
 *  two labelled rows will do, with a row without a label between them (the venue's address over
 *  "Tarifs : …" and "Durée : …"). */
const TITLED_BOX_MIN_ROWS = 2;
/** A row of such a box runs to a sentence or two of few words ("Tarifs : de 12 à 26 €. Réservations au
 *  05 55 00 00 00."). */
const BRIDGE_MAX_WORDS = 15;
/** Such a row tells a fact, a figure or a sentence ("Durée : 2h10.", "Réservations : 04 00 00 00 00");
 *  a link's label names a page ("Weitere Meldungen: Harbour AG"). */
const isTitledRow = (t: string): boolean => isBoxRow(t) && (endsLikeSentence(t) || /\d/.test(t));
function extendTitledBox(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  // The title with a row of its box under it in the text, a sentence ("Jusqu'au 17 février, du
  // mercredi au samedi à 20h30."): a title at the text's end is as often a widget's ("Download" over
  // "Weitere Meldungen: …"), and a widget's lines under its title are links and labels.
  const title = span.end - 1;
  if (title <= span.start || !isGroupTitle(lines[title]!.text) || lines[title]!.text.endsWith(":") || !endsLikeSentence(lines[span.end]!.text)) return span;
  let end = span.end;
  let rows = 0;
  for (let k = span.end + 1; k < lines.length && !walls.has(lines[k]!); k++) {
    const t = lines[k]!.text;
    const short = wordCount(t, BRIDGE_MAX_WORDS + 1) <= BRIDGE_MAX_WORDS;
    if (isTitledRow(t) && short) rows++;
    // An unlabelled row only over a labelled one.
    else if (!(short && isTitledRow(lines[k + 1]?.text ?? "") && !walls.has(lines[k + 1]!))) break;
    end = k;
  }
  return rows >= TITLED_BOX_MIN_ROWS && isTitledRow(lines[end]!.text) ? { start: span.start, end } : span;
}
/** A match report's box: the score over the facts ("Harbour FC 1 X 1 Port Lind", "Harbour FC - Port
 *  Lind 4-3 (2-2)", "Harbour FC 2-1 Port Lind", the French "Harbour FC - Port Lind : 2-1 (1-1)"), and a
 *  team's line-up with its formation ("HARBOUR FC (4-3-3): Lind; Berg, …"). */
const SCORE_LINE = /^(?=.{5,80}$)\p{L}[\p{L}\d .'’&-]*?\s(?::\s)?\d{1,2}\s?[xX:–—-]\s?\d{1,2}(?:\s*\(\d{1,2}\s?[:–—-]\s?\d{1,2}\))?(?:\s\p{L}[\p{L}\d .'’&-]*)?$/u;
const LINE_UP = /^\p{L}[\p{L} .'’-]{1,40}\s\(\d-\d(?:-\d){1,3}\)\s*:\s*\S/u;
/** Whether the box's rows start at line k, perhaps under the match's score ("FICHA TÉCNICA" / score /
 *  "Local: …"). */
function opensRows(lines: readonly SourceLine[], k: number, titled = false): boolean {
  const isRow = (t: string) => isBoxRow(t) || LINE_UP.test(t) || (titled && isFactRow(t) && isBoxRow(lines[k + 1]?.text ?? ""));
  const t = lines[k]?.text ?? "";
  return isRow(t) || (SCORE_LINE.test(t) && isRow(lines[k + 1]?.text ?? ""));
}
/** A group's title is a label of a few words with its colon (the invented pages' longest, "Die
 *  Bauabschnitte im Überblick:", has four); a longer line with a colon introduces a sentence. */
const GROUP_TITLE_MAX_WORDS = 6;
/** …or a heading of a few words without a stop or a figure ("Teams", "Aufstellung", "Der Windpark in
 *  Zahlen", "Le projet en bref"; "Updated August 5, 2020" over a run of "Topic: headline" teasers is
 *  none). */
const GROUP_HEADING_MAX_WORDS = 5;
const isGroupTitle = (t: string): boolean =>
  t.endsWith(":") ? wordCount(t, GROUP_TITLE_MAX_WORDS + 1) <= GROUP_TITLE_MAX_WORDS : !/[.!?,;]$/.test(t) && !/\d/.test(t) && wordCount(t, GROUP_HEADING_MAX_WORDS + 1) <= GROUP_HEADING_MAX_WORDS;


/** Two citations at least: one line under such a heading is as often a picture's source. */
const MIN_SOURCE_ROWS = 2;
/** The heading may also close the run, its first rows with it, when they read as sentences. */
const SOURCES_HEADING_REACH = 3;
/** A list of sources under the text (see source-list): each row is short, and a date in one costs
 *  what a teaser card's does (see locate-body), so the run ended above the heading. */
export function extendSourceList(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  for (let h = span.end + 1; h > span.start && h >= span.end - SOURCES_HEADING_REACH; h--) {
    if (!isSourcesHeading(lines[h]?.text ?? "")) continue;
    let end = h;
    while (end + 1 < lines.length && !walls.has(lines[end + 1]!) && isCitation(lines[end + 1]!.text)) end++;
    return end - h >= MIN_SOURCE_ROWS && end > span.end ? { start: span.start, end } : span;
  }
  return span;
}

const MONTH_NAME = new RegExp(`^${MONTH_WORD_EN}`, "i");

/** The kinds of a line's first two words, e.g. "month number" for "June 9 -- Coral Sky Amphitheatre". */
function shapeOf(text: string): string {
  return text
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => (/^\d/.test(w) ? "number" : MONTH_NAME.test(w) ? "month" : /^[-*•·]$/.test(w) ? "bullet" : /^\p{Lu}/u.test(w) ? "capital" : /^\p{Ll}/u.test(w) ? "lower" : "other"))
    .join(" ");
}
