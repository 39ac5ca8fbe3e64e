import type { SourceLine } from "./model";
import { FURNITURE_COST, HEADLINE_MAX_WORDS, isCopyrightFooter, isUpdateNote, MIN_SENTENCE_WORDS, proseValue, SENTENCE_STOPS, WALL_COST } from "./prose-value";
import { endsWithOneOf, UNSPACED_SCRIPT, wordCount } from "./text";
import { isDateLine } from "./date-words";
import { isCardStamp } from "./card-stamp";
import { entryStampRuns, isLiveRun, liveStamps, withLiveOpening } from "./live-stamps";
import { extendMatchFacts, extendResults } from "./extend-results";
import { extendReleaseHighlights } from "./extend-highlights";
import { extendWireCredit } from "./extend-wire-credit";
import { extendFirstEntry } from "./live-entry";
import { extendClosingKeyPoints, extendFactBox, extendIntroducedList, extendKeyPoints, extendMarkedList, extendNumberedList, extendSourceList, extendTable, extendTimeline } from "./extend-body";
import { extendProsCons, extendProsConsAbove, extendSpecPairs, extendVerdict } from "./extend-review";
import { extendIngredients, extendRecipeCard } from "./extend-recipe";
import { extendSalutation, extendSignOff } from "./extend-letter";
import { isDropCap } from "./structure/rebuild-blocks";
import { barRows } from "./structure/rebuild-table";

/*
 * Where the article's running text is in a page dump: the stretch of lines that holds the most prose
 * for the least page furniture (menus, buttons, captions, footers). Scored as a maximum-sum run:
 * prose lines add their length, other lines cost a fixed amount, so a heading or a short list between
 * paragraphs is bridged while a menu of twenty links between the article and a cookie notice is not.
 */

export interface BodySpan {
  /** first and last index (inclusive) of the article text in the given lines */
  start: number;
  end: number;
}

/** A date line or "3 hours ago" stamp once the text has started belongs to the next teaser card
 *  (headline, date, dek): it costs a quarter of a wall, more than one card's dek brings back. Not a
 *  live blog's stamps (see live-stamps), nor the text's own dates (a timeline's, an event box's, a
 *  table's: see card-stamp). */
const DATE_IN_TEXT_COST = WALL_COST / 4;
/** Prose needed before an end-of-article marker for the text to be taken from there: one full
 *  sentence of ten words or more. Less than that, and the marker belongs to a sidebar printed above
 *  the article. */
const PRE_WALL_MIN = 80;

/** Lines the junk rules removed still stood between the lines around them: past this many in a row
 *  (an ad label and its caption), each costs what a line of furniture does, so that removing a share
 *  bar or a teaser list does not make it cheaper for the text to run on into what follows. Chosen on
 *  the dev pages: 2 to 5 give the same scores; 2 keeps the most junk out (7 pages, none worse). */
const FREE_REMOVED_LINES = 2;

/** Less than a sentence's worth of prose in the best run, in a script written without spaces: the
 *  page's text is in lines without stops (a Japanese blog's captions and asides), which the values
 *  above cannot weigh, and a line or two of it would lose the rest. The whole page is then kept, as
 *  when no line reads as prose at all. In spaced scripts such a run is a video page's one sentence,
 *  and the page around it is menus. */
/** Chosen between the dev blog's best run of such lines (41) and a news article of four short
 *  sentences (54): a thin margin both ways, so a short CJK article may still be kept whole. */
const MIN_BODY_SUM = 50;

/** A line of a code block the text introduces (see find-code): less than a sentence, but text, so that a
 *  block under its introduction joins the text and a long one between two paragraphs is bridged. */
const CODE_LINE_VALUE = 10;

/** Enough for a run to start at the drop cap rather than at the line under it. */
const DROP_CAP_VALUE = 1;

/** The article text: the best run before the first end-of-article marker when that holds a paragraph,
 *  else the best run anywhere. `walls` are the lines right after such markers. Null when no line
 *  looks like prose at all. */
export function locateBody(lines: readonly SourceLine[], walls: ReadonlySet<SourceLine> = new Set(), gaps: ReadonlyMap<SourceLine, number> = new Map(), named: ReadonlySet<SourceLine> = new Set()): BodySpan | null {
  // Each line's value is computed once: the run before the first wall and the run anywhere read the same lines.
  // A heading that the text's table of contents names is the text's own: neutral, however short its
  // section (a checklist's, a step's).
  const values = lines.map((l) => {
    const value = l.code === undefined ? proseValue(l.text) : CODE_LINE_VALUE;
    // So is a deals post's product card: its name and features are short lines with no sentence.
    return (named.has(l) || l.card ? Math.max(value, 0) : value) - (walls.has(l) ? WALL_COST : 0);
  });
  // A drop cap over the rest of its word ("T" / "he boat …") opens the paragraph (see rebuildBlocks).
  for (let i = 0; i + 1 < lines.length; i++) if (isDropCap(lines[i]!.text, lines[i + 1]!.text)) values[i] = DROP_CAP_VALUE;
  neutralBarTables(lines, values);
  neutralIntroducedLists(lines, values, walls);
  valueLabelledEntries(lines, values);
  // What crossing each line costs a run that has started, apart from its date (see bestRun): the
  // removed lines right before it (see FREE_REMOVED_LINES).
  const gapCosts = lines.map((l) => Math.max(0, (gaps.get(l) ?? 0) - FREE_REMOVED_LINES) * FURNITURE_COST);
  const firstWall = lines.findIndex((l) => walls.has(l) || isCopyrightFooter(l.text));
  const live = liveStamps(lines, values);
  // Entries stamped "3 min ago" or with a date count where the text found without them is one of
  // them, or the box right above them (see isLiveRun).
  const entryRuns = entryStampRuns(lines, values);
  if (entryRuns.length > 0) {
    const found = textRun(lines, values, gapCosts, live, firstWall);
    for (const run of entryRuns) if (found && isLiveRun(run, found, lines, values, gaps)) for (const i of run) live.add(i);
  }
  let found = textRun(lines, values, gapCosts, live, firstWall);
  // An update's note over the headline ("Updated on 6 May 2025: an earlier version misspelt …") is the
  // editors' word about the text, not its opening: read as text, it took the whole head into the run.
  // (Under the text, it stays with it.)
  if (found && isUpdateNote(lines[found.start]!.text)) {
    values[found.start] = -FURNITURE_COST;
    found = textRun(lines, values, gapCosts, live, firstWall);
  }
  if (!found) return null;
  if (!found.beforeWall && found.sum < MIN_BODY_SUM && UNSPACED_SCRIPT.test(lines[found.start]!.text)) return null;
  return withLiveOpening(lines, finished(lines, found, walls, values), live);
}

/** A table written with bars between its cells and none at the line's start ("Taktra 5 | 349 € | 2 Tage |
 *  1,6"), a figure in each row under its header, is data the text presents, as one with its bars is:
 *  neutral, however short its rows (a test's table under a short lead outweighed it). A menu's rows
 *  hold no figures. */
function neutralBarTables(lines: readonly SourceLine[], values: number[]): void {
  const texts = lines.map((l) => l.text);
  for (let i = 0; i < lines.length; i++) {
    const rows = texts[i]!.includes(" | ") ? barRows(texts, i) : 0;
    if (rows > 0 && texts.slice(i + 1, i + rows).every((t) => /\d/.test(t))) for (let k = i; k < i + rows; k++) values[k] = Math.max(values[k]!, 0);
    if (rows > 0) i += rows - 1;
  }
}

/** A list the text introduces with a sentence and goes on after ("… the schools are closed in the
 *  following towns:" / "Modena" / "Carpi" / … / "Civil protection urges people to …"): its items, a
 *  place or a name each, weigh nothing rather than cost as furniture, so the run goes on past them to
 *  the text's next paragraph. A menu's "Follow us:" is no sentence, and a teaser list under "More from
 *  our series:" has no paragraph of prose under it before the page's end. */
/** The introducing sentence: one of eight words or more, or a shorter one under a paragraph ("Areas
 *  covered by the warning include:"); a widget's label of five words over its links under a byline
 *  ("Search for this author in:") is none. */
const LIST_INTRO_MIN_WORDS = 8;
const SHORT_LIST_INTRO_MIN_WORDS = 5;
const isListIntro = (t: string, valueAbove: number): boolean => {
  const words = wordCount(t, LIST_INTRO_MIN_WORDS);
  return words >= LIST_INTRO_MIN_WORDS || (words >= SHORT_LIST_INTRO_MIN_WORDS && valueAbove > 0);
};
const INTRODUCED_ITEM_MAX_WORDS = 6;
const MIN_INTRODUCED_ITEMS = 2;
/** Longer than a region's or a squad's list (the audit's longest, 14 towns); a longer run of short
 *  lines is a page's directory. */
const INTRODUCED_ITEMS_MAX = 25;
function neutralIntroducedLists(lines: readonly SourceLine[], values: number[], walls: ReadonlySet<SourceLine>): void {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!t.endsWith(":") || values[i]! <= 0 || !isListIntro(t, values[i - 1] ?? 0)) continue;
    let k = i + 1;
    const isItem = (l: SourceLine, v: number) => !walls.has(l) && v <= 0 && !l.text.endsWith(":") && wordCount(l.text, INTRODUCED_ITEM_MAX_WORDS + 1) <= INTRODUCED_ITEM_MAX_WORDS;
    while (k < lines.length && k - i <= INTRODUCED_ITEMS_MAX && isItem(lines[k]!, values[k]!)) k++;
    if (k - i - 1 < MIN_INTRODUCED_ITEMS || k >= lines.length || values[k]! <= 0 || walls.has(lines[k]!)) continue;
    for (let j = i + 1; j < k; j++) values[j] = 0;
    i = k - 1;
  }
}

/** Entries that open with one label again and again, each a sentence after it ("Liebe: Planen Sie einen
 *  Abend ohne Handy." / "Beruf: …" / "Gesundheit: Stabil.", under each of twelve signs; "Tip: …", "Q: …"):
 *  the text's own structure, each worth its sentence, however short (German capitals made most of a
 *  horoscope's lines read as headlines, and the text ended after its fourth sign). A menu has no
 *  sentences, and a box's rows no stops ("Price: 49 €"). */
const MIN_LABEL_REPEATS = 3;
const ENTRY_LABEL = /^(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2}) ?: \S.*[.!?…]$/u;
function valueLabelledEntries(lines: readonly SourceLine[], values: number[]): void {
  const labels = lines.map((l) => (l.text.includes(": ") ? ENTRY_LABEL.exec(l.text)?.[1] : undefined));
  const counts = new Map<string, number>();
  for (const label of labels) if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  labels.forEach((label, i) => {
    if (label && counts.get(label)! >= MIN_LABEL_REPEATS) values[i] = Math.max(values[i]!, (lines[i]!.text.length - label.length - 2) * LABELLED_ENTRY_WEIGHT);
  });
}
/** Each entry counts as a short sentence does in proseValue. */
const LABELLED_ENTRY_WEIGHT = 0.5;

/** A closing remark is a sentence or two (a thank-you, where to learn more); more prose after a box is
 *  another block, which the best run would have reached by itself if it were the text's. */
const CLOSING_SENTENCES = 2;
const KICKER = /^[^.!?:]{2,40}: /;

/** The run found, less a headline at its start, and with what its last paragraph takes in below it (a
 *  list of sources also when a wall follows it: it stands between the text and the page's end marker). */
function finished(lines: readonly SourceLine[], run: BodySpan, walls: ReadonlySet<SourceLine>, values: readonly number[]): BodySpan {
  // Each extender takes in what follows the text's end as it stands, so they go round until none takes
  // more: a league table under a match's line-up box, a list under the table's closing line.
  let extended = extendFirstEntry(lines, extendProsConsAbove(lines, extendReleaseHighlights(lines, extendKeyPoints(lines, extendSalutation(lines, withoutHeadline(lines, extendIngredients(lines, { start: run.start, end: run.end }, walls, values)), walls), walls), walls), walls), walls);
  for (let before = -1; extended.end !== before; ) {
    before = extended.end;
    extended = extendRecipeCard(lines, extendClosingKeyPoints(lines, extendResults(lines, extendMatchFacts(lines, extendVerdict(lines, extendProsCons(lines, extendSpecPairs(lines, extendTimeline(lines, extendFactBox(lines, extendTable(lines, extendNumberedList(lines, extendIntroducedList(lines, extendMarkedList(lines, extended, walls), walls), walls), walls), walls), walls), walls), walls), walls), walls), walls), walls), walls, values);
  }
  // The text may close under a list or a box it took in with a sentence or two ("Weitere Informationen
  // gibt es im Rathaus.", "Wir gratulieren allen Paaren!"). Not under a table: on a dev page, another
  // article followed one.
  let end = extended.end;
  const closing = (from: number): number => {
    let k = from;
    for (let n = 0; n < CLOSING_SENTENCES && k + 1 < lines.length && values[k + 1]! > 0 && !walls.has(lines[k + 1]!) && !isDateLine(lines[k + 1]!.text); n++) k++;
    return k;
  };
  const tabled = lines.slice(run.end + 1, end + 1).some((l) => l.text.includes("\t") || l.text.startsWith("|"));
  if (end > run.end && !tabled) end = closing(end);
  // Under a table, only a sentence or two that the page's furniture follows ("The Hurricanes host the
  // Chiefs next Saturday." over the wire's sign-off), not the next article's headline with its kicker
  // ("Back the harbour: …") or lede.
  else if (tabled) {
    const k = closing(end);
    // (Or nothing: the page's footer was removed, and the sentence is the last line kept.)
    const furnitureNext = k + 1 >= lines.length || walls.has(lines[k + 1]!) || values[k + 1]! <= 0;
    if (k > end && furnitureNext && !lines.slice(end + 1, k + 1).some((l) => KICKER.test(l.text))) end = k;
  }
  return extendSignOff(lines, extendWireCredit(lines, extendSourceList(lines, { start: extended.start, end }, walls), walls), walls);
}

/** The best run before the first end-of-article marker when that holds a paragraph, else anywhere. */
function textRun(lines: readonly SourceLine[], values: readonly number[], gapCosts: readonly number[], live: ReadonlySet<number>, firstWall: number) {
  if (firstWall > 0) {
    const before = bestRun(lines, values, gapCosts, live, firstWall);
    if (before && before.sum >= PRE_WALL_MIN) return { ...before, beforeWall: true };
  }
  const all = bestRun(lines, values, gapCosts, live, lines.length);
  return all && { ...all, beforeWall: false };
}

/** A long headline in sentence case ("Island ferry deliveries dip to 1.24 million passengers due to
 *  weaker sales in the winter months") weighs like an unended sentence and can open the run: without a
 *  stop of its own, right over a paragraph, it belongs to the head. */
function withoutHeadline(lines: readonly SourceLine[], span: BodySpan): BodySpan {
  const first = lines[span.start]!.text;
  const next = lines[span.start + 1]?.text ?? "";
  const unended = (t: string) => !endsWithOneOf(t, SENTENCE_STOPS) && wordCount(t, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS;
  const sentence = (t: string) => endsWithOneOf(t, SENTENCE_STOPS) && wordCount(t, 2 * MIN_SENTENCE_WORDS) >= 2 * MIN_SENTENCE_WORDS;
  if (span.end <= span.start || isDropCap(first, next) || !unended(first)) return span;
  if (sentence(next)) return { start: span.start + 1, end: span.end };
  // …and a dek without its stop under it, as Spanish and Italian sites print it: both go to the head.
  // A headline is one phrase: a line with a stop inside is text ("… their reviews on KLOOK! 🙂").
  const dek = span.end > span.start + 1 && !INNER_STOP.test(first) && unended(next) && wordCount(next, DEK_MIN_WORDS) >= DEK_MIN_WORDS;
  if (dek && sentence(lines[span.start + 2]?.text ?? "")) return { start: span.start + 2, end: span.end };
  // …with the date line under them, over the text (a byline printed over the headline): all go to the head.
  const date = span.start + (dek ? 2 : 1);
  if (date < span.end && isDateShaped(lines[date]!.text) && sentence(lines[date + 1]!.text)) return { start: date + 1, end: span.end };
  return span;
}
/** Words that are no number and no joining word ("de", "of", "um"): a weekday, a month, "ore", "Uhr";
 *  a line of text under a headline ("Nel 2024 il porto ha chiuso 3 moli") has more. */
const DATE_LINE_MAX_WORDS = 3;
/** The longest such line: a weekday, the date and a time with its words ("Mercoledì 4 maggio 2024, ore 10:45"). */
const DATE_LINE_MAX_CHARS = 60;
const DAY_AND_YEAR = /(?<!\d)\d{1,2}(?!\d)[^]*?(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)(?:19|20)\d{2}(?!\d)[^]*?(?<!\d)\d{1,2}(?!\d)/;
const DATE_JOINER = /^(?:de|del|di|do|of|the|um|à|a|om|le|el|il|den|der|h)$/i;
const dateWords = (t: string): number => t.split(/[\s,.\/|–—-]+/).filter((w) => w !== "" && !/\d/.test(w) && !DATE_JOINER.test(w)).length;
/** A date line in any language: a day and a year in a few words ("4 maggio 2024", "3 de marzo de 2024 10:45h"),
 *  without a sentence's stop. Here only under a headline, over the text, where nothing else is so short. */
const isDateShaped = (t: string): boolean => isDateLine(t) || (t.length <= DATE_LINE_MAX_CHARS && !endsWithOneOf(t, SENTENCE_STOPS) && DAY_AND_YEAR.test(t) && dateWords(t) <= DATE_LINE_MAX_WORDS);
/** A dek is a sentence's length (see extract-metadata's unended dek). */
const DEK_MIN_WORDS = 8;
const INNER_STOP = /[.!?…]\s/;

/** The maximum-sum run among the first `count` lines (Kadane), given each line's value and what it
 *  costs a run to cross it: the removed lines before it, and a date line's cost unless it is a live
 *  blog's stamp (a run may start right at it: the share bar removed between a headline and the first
 *  paragraph takes nothing from that paragraph). The date test runs only inside a run. */
function bestRun(lines: readonly SourceLine[], values: readonly number[], gapCosts: readonly number[], live: ReadonlySet<number>, count: number): (BodySpan & { sum: number }) | null {
  let best: (BodySpan & { sum: number }) | null = null;
  let bestSum = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < count; i++) {
    const text = lines[i]!.text;
    const v = values[i]! - (sum > 0 ? gapCosts[i]! + (!live.has(i) && isCardStamp(lines, i) ? DATE_IN_TEXT_COST : 0) : 0);
    // The cost is the crossing's: a run that would rather not cross starts afresh at the line, its
    // value whole (the lede under an interactive's removed labels is the text's first paragraph).
    if (sum <= 0 || sum + v < values[i]!) {
      sum = values[i]!;
      start = i;
    } else sum += v;
    if (sum > bestSum) {
      bestSum = sum;
      best = { start, end: i, sum };
    }
  }
  return best;
}

/** How many lines above the text may hold its headline, dek, byline and date. The dev pages put them
 *  within 20 lines of the text (share bars and captions in between); further up is site navigation. */
const HEAD_WINDOW = 25;

/** An article's kept lines cut into what the metadata stage reads: the page above its head, the head
 *  (headline, dek, byline, date), the text, and what follows it. A title known from the split anchors
 *  the head instead. */
export function articleParts(kept: readonly SourceLine[], walls: ReadonlySet<SourceLine>, title?: SourceLine, gaps?: ReadonlyMap<SourceLine, number>, named?: ReadonlySet<SourceLine>) {
  const span = locateBody(kept, walls, gaps, named) ?? { start: 0, end: kept.length - 1 };
  const t = title ? kept.indexOf(title) : -1;
  if (t >= 0 && t < span.start) {
    // The split showed the title: everything between it and the prose (headings, a "Published" line)
    // is the article's own.
    return { before: kept.slice(0, t), head: [kept[t]!], body: kept.slice(t + 1, span.end + 1), tail: kept.slice(span.end + 1), title: kept[t] };
  }
  const headStart = Math.max(0, span.start - HEAD_WINDOW);
  return {
    before: kept.slice(0, headStart),
    head: kept.slice(headStart, span.start),
    body: kept.slice(span.start, span.end + 1),
    tail: kept.slice(span.end + 1),
  };
}
