import type { Block, SourceLine } from "../model";
import { adjacent, layoutItems, stoppedItems } from "./stopped-items";
import { ITEM_MARK, prosConsBox } from "./pros-cons";
import { CHECKBOX_ITEM, endsLikeSentence, isProse, wordCount } from "../text";
import { fixSpacing } from "./fix-spacing";
import { looksLikeHeading } from "./heading-shape";
import { isDateLine } from "../date-words";
import { isProgrammeEntry } from "./programme-entry";
import { barRows, barTable, rebuildTable } from "./rebuild-table";
import { maxOf } from "../arrays";
import { sourceListStart } from "./source-list";
import { codeBlock } from "./find-code";
import { markInterviewQuestions } from "./interview-questions";
import { isDatelineAlone, isKeyPoint, MAX_HIGHLIGHTS, NUMBERED, releaseHighlightsAt } from "./key-points";

/** Bullet characters scrapers leave at the start of list items (•, ·, ▪, ◦, ‣, –, -, *, +, ●, ■, ►); a dash,
 *  a star or a plus only with a space after it ("*Anne Lind est …" under an op-ed is its byline's footnote). */
/** A product card's name heads its features under the text's own section headings ("## Best earbuds"). */
const CARD_HEADING_LEVEL = 3;
/** A group's heading, as the pages' own headings ("## Fazit" / "## Pro" / "## Contra"). */
const PROS_CONS_HEADING_LEVEL = 2;
const BULLET = /^(?:[•·▪◦‣●■►▸]|[-–*+](?=\s))\s*/u;
/** An em dash is no bullet alone (a quote opens with it in French, Swedish, Russian …), but it marks
 *  the items of a list read as such under its colon ("— un gel partiel de l’indexation;"). */
const EM_DASH_MARKER = /^—\s+/;


/**
 * Stage 4: kept lines → blocks. Each dump line is one block of the page (innerText puts a newline
 * between block elements), so the work is deciding what each line was: list item, table row, heading
 * or paragraph.
 */
/** A magazine's drop cap, its letter on a line of its own ("T" / "he boat to the island leaves …", "O" /
 *  "n a cold morning …"). "A" and "I" are words themselves ("A" / "new ferry …"): they are drop caps
 *  only when the word they make with the next line's first letters opens sentences ("A" / "t first
 *  light …", "I" / "t was …"). */
export const isDropCap = (text: string, next: string): boolean =>
  text.length === 1 && (DROP_CAP.test(text) ? LOWER_START.test(next) : (text === "A" || text === "I") && SENTENCE_OPENERS_AI.has((text + (WORD_START.exec(next)?.[0] ?? "")).toLowerCase()));
const DROP_CAP = /^[B-HJ-Z\u00C0-\u00DE]$/;
/** The rest of the first word: two lowercase letters, or one before the next word ("n a", "f the"). */
const LOWER_START = /^\p{Ll}(?:\p{Ll}|[ ,]\s*\p{L})/u;
const WORD_START = /^\p{Ll}+(?:['’]\p{Ll}+)?(?=[\s,;:.!?]|$)/u;
const SENTENCE_OPENERS_AI = new Set(["at", "after", "as", "an", "and", "although", "across", "among", "around", "already", "almost", "all", "also", "again", "along", "about", "above", "against", "amid", "another", "always", "in", "it", "it's", "it’s", "if", "is", "its", "instead", "inside", "imagine", "indeed", "initially", "am", "als", "auf", "aus", "im", "ist", "au", "après", "il", "ils", "al"]);

export function rebuildBlocks(input: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  // Web addresses keep their own punctuation; everything else gets spaces after its stops.
  const lines = input.map((l) => (l.code !== undefined || /https?:|www\./.test(l.text) ? l : { ...l, text: fixSpacing(l.text) }));
  const texts = lines.map((l) => l.text);
  const stopped = stoppedItems(lines);
  for (const k of layoutItems(lines)) stopped.add(k);
  const prosCons = prosConsBox(lines);
  let speakers: ReadonlySet<string> | undefined;
  // The rows of a sources list that ends the text are citations, not headings (see source-list).
  let sources: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.code !== undefined) {
      let j = i;
      while (j < lines.length && lines[j]!.code !== undefined) j++;
      blocks.push(codeBlock(lines.slice(i, j)));
      i = j - 1;
      continue;
    }
    if (l.text.startsWith("|")) {
      let j = i;
      while (j < lines.length && lines[j]!.text.startsWith("|")) j++;
      blocks.push(rebuildTable(lines.slice(i, j)));
      i = j - 1;
      continue;
    }
    // A deals post's product card (see product-cards): its name over its features, listed, and its offer.
    if (l.card) {
      if (l.card === "name") blocks.push({ kind: "heading", text: l.text, line: l.no, level: CARD_HEADING_LEVEL, card: true });
      else if (l.card === "feature") blocks.push({ kind: "list-item", text: l.text.replace(BULLET, ""), line: l.no, ordered: false, card: true });
      else blocks.push({ kind: "paragraph", text: l.text, line: l.no, card: true });
      continue;
    }
    const bars = barRows(texts, i);
    if (bars > 0) {
      blocks.push(barTable(lines.slice(i, i + bars)));
      i += bars - 1;
      continue;
    }
    if (l.text.includes("\t")) {
      let j = i;
      while (j < lines.length && lines[j]!.text.includes("\t")) j++;
      if (j - i >= MIN_TAB_ROWS) {
        blocks.push(tabTable(lines.slice(i, j)));
        i = j - 1;
        continue;
      }
    }
    // A section break ("* * *", "-----") between the text's parts: one, not a list item or a paragraph.
    if (SECTION_BREAK.test(l.text)) {
      blocks.push({ kind: "break", text: "", line: l.no });
      continue;
    }
    // A review's pros and cons: each group's heading over its items, listed (their marks are the bullets).
    const pros = prosCons.get(i);
    if (pros) {
      blocks.push(pros === "heading" ? { kind: "heading", text: l.text, line: l.no, level: PROS_CONS_HEADING_LEVEL } : { kind: "list-item", text: l.text.replace(ITEM_MARK, ""), line: l.no, ordered: false });
      continue;
    }
    const bullet = l.text.match(BULLET);
    if (bullet && l.text.length > bullet[0].length && !isQuoteDash(lines, i)) {
      blocks.push({ kind: "list-item", text: l.text.slice(bullet[0].length), line: l.no, ordered: false });
      continue;
    }
    // A programme's entries ("Sa, 14.06.2025, 11 Uhr: Eröffnung …"), two or more in a row, and a
    // checklist's items, their boxes kept ("☐ Kühlschrank abtauen"): a list, not headings.
    if (CHECKBOX_ITEM.test(l.text) || (isProgrammeEntry(l.text) && (isProgrammeEntry(texts[i - 1] ?? "") || isProgrammeEntry(texts[i + 1] ?? "")))) {
      blocks.push({ kind: "list-item", text: l.text, line: l.no, ordered: false });
      continue;
    }
    if ((isKeyPoint(texts, i) && !pastListGap(lines, i, blocks)) || stopped.has(i) || (i < MAX_HIGHLIGHTS + 1 && releaseHighlightsAt(texts, i))) {
      blocks.push({ kind: "list-item", text: l.text.replace(EM_DASH_MARKER, ""), line: l.no, ordered: false });
      continue;
    }
    const num = l.text.match(NUMBERED);
    // A list's first item opens it when the second follows ("1. Heat the oil …" / "2. Add …"), whatever
    // stands above (a heading: "Method").
    if (num && (isListNeighbour(lines[i - 1]?.text) || (num[1] === "1" && NUMBERED.exec(lines[i + 1]?.text ?? "")?.[1] === "2"))) {
      blocks.push({ kind: "list-item", text: l.text.slice(num[0].length), line: l.no, ordered: true, number: Number(num[1]) });
      continue;
    }
    // A drop cap and the rest of its word: the first word is whole again.
    const next = lines[i + 1];
    if (next && isDropCap(l.text, next.text)) {
      blocks.push({ kind: "paragraph", text: l.text + next.text, line: l.no, endLine: next.no });
      i++;
      continue;
    }
    // A dateline printed on its own line over the first paragraph ("OMAHA, Neb. —"): the paragraph's opening.
    if (next && isDatelineAlone(l.text) && isProse(next.text)) {
      blocks.push({ kind: "paragraph", text: `${l.text} ${next.text}`, line: l.no, endLine: next.no });
      i++;
      continue;
    }
    const heading = looksLikeHeading(l.text, next?.text) && !afterItem(blocks) && !isSpeakerTurn(l.text, speakers ??= speakersOf(texts)) && !inFactBox(texts, i) && !overRow(texts, i) && i < (sources ??= sourceListStart(texts));
    blocks.push({ kind: heading ? "heading" : "paragraph", text: l.text, line: l.no, level: 2 });
  }
  unheadRuns(blocks);
  for (const b of blocks) if (b.kind === "heading" && isQuoteOrLink(b.text)) b.kind = "paragraph";
  markInterviewQuestions(blocks);
  for (const b of blocks) if (b.kind !== "heading") delete b.level;
  return blocks;
}

/** A line of dashes, stars, rules or tildes: a section break ("* * *", "-----", "———"), or in a reader's
 *  file of pasted articles the line between two of them (see split-dump). */
export const SECTION_BREAK = /^(?:[-–—_=*~•·]\s*){3,}$/;

/** Whether line i stands past a gap in the dump (a blank or removed line) that the list items over it,
 *  one a line, did not have between them: the list ended there ("$300,000 raised by …" / a removed "Read
 *  more: …" / "Short-term rentals", the next section's heading). */
const pastListGap = (lines: readonly SourceLine[], i: number, blocks: readonly Block[]): boolean =>
  i >= 2 && blocks[blocks.length - 1]?.kind === "list-item" && !adjacent(lines, i - 1) && adjacent(lines, i - 2);


/** The two blocks before are an unmarked list's items: paragraphs of a sentence's length without their
 *  stops ("Farmers near the harbour are paying up to $300 a load" under "Key points:"). A short line
 *  after them is the list's last item, not a heading. (One such paragraph alone is as often a caption
 *  over a subheading.) */
const ITEM_MIN_WORDS = 6;
const isItem = (b: Block | undefined): boolean => b?.kind === "paragraph" && !endsLikeSentence(b.text) && wordCount(b.text, ITEM_MIN_WORDS) >= ITEM_MIN_WORDS;
const afterItem = (blocks: readonly Block[]): boolean => isItem(blocks[blocks.length - 1]) && isItem(blocks[blocks.length - 2]);

/** A heading opens the text under it; three or more heading-like lines in a row have none under them
 *  but the next: they are the rows of something whose markup innerText dropped (a staff list, a
 *  schedule, ingredients, a menu, lines of dialogue). On the dev pages' output, the runs of three or
 *  more were such rows in every case read; a run of two is often a heading and its subheading (or
 *  its byline), and stays. */
const MIN_UNHEADED_RUN = 3;

function unheadRuns(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && blocks[j]!.kind === "heading") j++;
    if (j - i >= MIN_UNHEADED_RUN) for (let k = i; k < j; k++) blocks[k]!.kind = "paragraph";
    i = j > i ? j : i + 1;
  }
  // A live entry's stamp over its heading ("18:40" / "Ferries stop for the night"): the heading heads the
  // entry, and the stamp is a line of it, as it is over an entry without a heading.
  for (let i = 0; i + 1 < blocks.length; i++) if (blocks[i]!.kind === "heading" && blocks[i + 1]!.kind === "heading" && isDateLine(blocks[i]!.text)) blocks[i]!.kind = "paragraph";
}

/** innerText writes a table's cells with a tab between them, one row per line: two rows or more in a
 *  row make a table (a header and a row at least). A single line with a tab stays a paragraph. */
const MIN_TAB_ROWS = 2;

/** Rows whose trailing empty cells the line's trim took are filled up to the widest row. */
function tabTable(rows: readonly SourceLine[]): Block {
  const cells = rows.map((r) => r.text.split("\t").map((c) => c.trim()));
  const width = maxOf(cells.map((c) => c.length), 0);
  return { kind: "table", text: "", line: rows[0]!.no, endLine: rows[rows.length - 1]!.no, rows: cells.map((c) => [...c, ...Array<string>(width - c.length).fill("")]), truncated: false };
}


/** An interview's turn, "Q: Why the harbour?", "Rheinblick: Wie geht es weiter?": the question is the
 *  text, not a heading over it. A speaker is "Q", "F" or the like, or a label of a word or two that
 *  opens two different lines or more (a heading "Bakhmut: Consolidation and Planning" names its place
 *  once). */
const SPEAKER = /^(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?)\s*:\s/u;
const QUESTION_LETTER = /^(?:Q|F|P|D|В|Frage|Question|Pregunta|Domanda)$/;
const MIN_SPEAKER_TURNS = 2;
function speakersOf(texts: readonly string[]): ReadonlySet<string> {
  // Distinct lines: a table of contents prints each "Label: heading" a second time.
  const turns = new Map<string, Set<string>>();
  for (const t of texts) {
    const m = t.includes(":") ? SPEAKER.exec(t) : null;
    if (m) turns.set(m[1]!, (turns.get(m[1]!) ?? new Set()).add(t));
  }
  return new Set([...turns].filter(([, lines]) => lines.size >= MIN_SPEAKER_TURNS).map(([label]) => label));
}
function isSpeakerTurn(text: string, speakers: ReadonlySet<string>): boolean {
  const m = text.includes(":") ? SPEAKER.exec(text) : null;
  return !!m && (QUESTION_LETTER.test(m[1]!) || speakers.has(m[1]!));
}

/** A row of a fact box ("Where: Old fish market hall", "Schiedsrichter: Peter Lorenz"): a label of a
 *  word or three with a capital, then its value (longer labels with commas took a run of teasers,
 *  "Topic: headline", on the dev pages). In a run of such rows it is one of a box's rows, not a
 *  heading. Two in a row may still be headings ("Repairs: What Changes" / "Ferries: …", a table of
 *  contents over the text); three or more heading-like lines are rows anyway (see unheadRuns). A match's
 *  "Man of the Match: …" has four words. */
const FACT_ROW = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}\d'’./-]+){0,2}(?: \([^()]{1,20}\))?\s?:\s+\S|^(?:Man|Woman|Player|Spieler(?:in)?|Joueur|Homme|Jugador|Giocatore|Speler) (?:of the|des|du|del|della|van de) (?:Match|Game|Day|Spiels|Tages|match|partido|partita|wedstrijd)\s?:\s+\S/u;
export const isFactRow = (text: string): boolean => text.includes(":") && FACT_ROW.test(text);
export const MIN_FACT_ROWS = 3;
/** "Tor: Anna Lind, Eva Berg" over "Feld: Tomas Reyes (6), Jon Dahl (5), …": a label's row over a longer
 *  one without a stop, the rows of a line-up or a box, not a heading over its text (a caption that opens
 *  with a label, "Useful data: the app shows …", ends as a sentence). (A heading over another reads as
 *  one too: a table of contents' "Repairs: What Changes" / "Ferries: What Stays".) */
const overRow = (texts: readonly string[], i: number): boolean =>
  isFactRow(texts[i]!) && isFactRow(texts[i + 1] ?? "") && !endsLikeSentence(texts[i + 1]!) && !looksLikeHeading(texts[i + 1]!, texts[i + 2]);
export function inFactBox(texts: readonly string[], i: number): boolean {
  if (!isFactRow(texts[i]!)) return false;
  let from = i;
  let to = i;
  while (from > 0 && isFactRow(texts[from - 1]!)) from--;
  while (to + 1 < texts.length && isFactRow(texts[to + 1]!)) to++;
  return to - from + 1 >= MIN_FACT_ROWS;
}

/** "– Det här är vad vi har kämpat för, säger Karin Nyholm.": Nordic, Polish and other news open a
 *  quoted paragraph with a dash, and a section's heading with a quote's words ("– Måtte velge"). A line
 *  after an en dash with no dashed line beside it is such a quote (a list has two items at least); so
 *  is a sentence with the verb of saying, however many quotes follow one another. */
function isQuoteDash(lines: readonly SourceLine[], i: number): boolean {
  const t = lines[i]!.text;
  if (!t.startsWith("– ")) return false;
  return (!DASHED.test(lines[i - 1]?.text ?? "") && !DASHED.test(lines[i + 1]?.text ?? "")) || (isProse(t) && SAYING.test(t));
}
const DASHED = /^[-–—]\s/;
/** The verb that tells whose the quote is, after its comma: "…, sier ordføreren.", "…, säger hon.". */
const SAYING = /,\s(?:sier|sa|säger|sade|siger|sagde|sanoo|sanoi|mówi|powiedział[a]?|říká|řekl[a]?|spune|a spus|says|said|diz|disse|dice|dijo|сказал[а]?|говорит|заявил[а]?|каже|сказав|сказала)(?!\p{L})/u;

function isListNeighbour(prev: string | undefined): boolean {
  return prev === undefined || NUMBERED.test(prev) || /:$/.test(prev);
}

/** A question in quotation marks from start to end is someone's words, a quote's paragraph; a line
 *  that ends in a link is an embedded post's text ("… Pre-orders open now. pic.twitter.com/…") or a
 *  link. Neither is a heading, though each counts in a run of heading-like lines (a shop's list of
 *  products, each over its link, is no run of headings either: see unheadRuns). */
const QUOTED_QUESTION = /^["“„«‘'].*\?["”“»’']$/u;
const LINK_END = /(?:https?:\/\/|pic\.twitter\.com\/|www\.)\S+$/;
const isQuoteOrLink = (t: string): boolean => QUOTED_QUESTION.test(t) || LINK_END.test(t);
