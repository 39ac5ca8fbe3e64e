import type { SourceLine } from "./model";
import { isProse, wordCount } from "./text";
import { isDateLine, MONTHS_EN } from "./date-words";
import { titleScore, titleWords } from "./metadata/title-score";
import { NAMED_BY_WORD } from "./metadata/byline-words";
import { END_HEADER, HEADER } from "./rules/remove-related-teasers";

/*
 * The head of a whole article on a page that shows several (see headed-piece): its headline, and its
 * bylines and dates one a line under it, or its date right over it. The pieces of one page print their
 * heads from one template; an article's subheadings, its timeline's dates, a teaser's card, a
 * comment's name and date are printed otherwise.
 */

/** …a date that names its day: a year, a numeric date, a month and day. A time alone or "10h ago" heads a
 *  live blog's entry, which is part of one article. */
const CALENDAR_DAY = new RegExp(`\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}([./-])\\d{1,2}\\1|\\b(?:${MONTHS_EN})[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, "i");
/** A short line with a year, which isDateLine leaves to the parsers when its month is not English ("Le
 *  12 février 2024 à 08h14"): twelve words hold a stamp with its label and time. */
const DAY_LINE_MAX_WORDS = 12;
/** A stamp with a label, a place and a time is short; a paragraph that names a date is not one. */
const DAY_LINE_MAX_CHARS = 160;
/** …with its day beside its year: "12 février 2024", "3 de abril de 2025", "2024年3月5日". A headline
 *  that names a year ("The great flood of 2024") names no day. */
const YEAR = /\b\d{1,2}(?:\.|er|º)?\s+(?:de\s+)?\p{L}+\.?,?\s+(?:de\s+|del\s+)?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s*[年./-]\s*\d{1,2}/u;
const DIGIT = /\d/;
export const isDayLine = (t: string): boolean => DIGIT.test(t) && t.length <= DAY_LINE_MAX_CHARS && CALENDAR_DAY.test(t) && (isDateLine(t) || (YEAR.test(t) && !isProse(t) && wordCount(t, DAY_LINE_MAX_WORDS + 1) <= DAY_LINE_MAX_WORDS));
/** A byline is short; a dek that opens with "Von Hamburg bis …" is a sentence. */
const BYLINE_MAX_WORDS = 12;
export const isMetaLine = (t: string): boolean => !t.includes("\t") && ((NAMED_BY_WORD.test(t) && wordCount(t, BYLINE_MAX_WORDS + 1) <= BYLINE_MAX_WORDS) || isDayLine(t));
/** A paragraph of text; a table's row (its cells split by tabs) ends in a stop too, but is none. */
export const isParagraph = (t: string): boolean => !t.includes("\t") && isProse(t);

/** A head line's template: its words as one letter (names and months vary, a by-word stays), its
 *  numbers as one digit: "By Jane Doe" / "July 12, 2023" → "by a" / "a 0, 0". */
export const headShape = (t: string): string =>
  t
    .toLowerCase()
    .replace(/\p{L}+/gu, (w) => (BY_WORDS.has(w) ? w : "a"))
    .replace(/\d+/g, "0")
    .replace(/\s+/g, " ")
    .replace(/\ba(?: a\b)+/g, "a")
    .trim();
const BY_WORDS = new Set(["by", "von", "par", "por", "di", "door"]);

/** A headline has four words at least: a commenter's name or a section's label has fewer. */
export const HEADLINE_MIN_WORDS = 4;
/** Under its date, printed as the first article's date was, a headline may be two words ("Laubsammlung
 *  startet"): a comment's date stands under its writer's name. */
export const DATED_HEADLINE_MIN_WORDS = 2;
/** …and twenty at most: a longer line is a paragraph that runs into the next headline, glued. */
export const HEADLINE_MAX_WORDS = 20;
/** The byline and date stand right under the headline, one a line: three of them at most (a name, a
 *  date, a reading time). */
const META_REACH = 3;

/** A label over a card of another post: the next or the previous one, another from the blog, a teaser
 *  box's header. What stands under it is a preview, however whole it looks. */
const NEIGHBOUR_LABEL = /^(?:(?:next|previous|prev|older|newer)\s+(?:article|post|story|entry)|(?:also|more) on this (?:blog|site)|(?:nächster|vorheriger|voriger)\s+(?:artikel|beitrag)|(?:article|billet) (?:suivant|précédent)|(?:artículo|entrada) (?:siguiente|anterior)|articolo (?:successivo|precedente)|du même auteur|vom selben autor|more from (?:this |the )?(?:author|writer)|volgende artikel|vorige artikel)\s*:?$/i;
const LABEL_MAX_CHARS = 60;
export const isNeighbourLabel = (t: string): boolean => t.length <= LABEL_MAX_CHARS && (NEIGHBOUR_LABEL.test(t) || HEADER.test(t) || END_HEADER.test(t));

export const isHeadline = (t: string, minWords = HEADLINE_MIN_WORDS): boolean => {
  if (!(t.endsWith("?") || !isParagraph(t)) || isMetaLine(t)) return false;
  const words = titleWords(t);
  return words >= minWords && words <= HEADLINE_MAX_WORDS && !isNeighbourLabel(t) && titleScore(t, 0) > 0;
};

/** How the first article's head is printed: its head lines' shapes, in order, and whether they stand
 *  under its headline or its date over it. */
export interface HeadTemplate {
  block: string;
  dateOver: boolean;
}

/** How far above its first paragraph an article's byline and date are looked for (a headline, a kicker,
 *  a reading time, a picture's caption, a short table of contents between). */
const HEAD_WINDOW = 8;

/** The template of the head nearest above an article's first paragraph at `start`: one date over the
 *  headline the text starts under, or a block of head lines under a headline (a dek between them at
 *  most). Undefined when none stands there: then no later piece can be told from a teaser. */
export function headTemplateAbove(lines: readonly SourceLine[], start: number): HeadTemplate | undefined {
  let bottom = -1;
  for (let k = start - 1, seen = 0; k >= 0 && seen < HEAD_WINDOW; k--) {
    if (lines[k]!.text.trim() === "") continue;
    seen++;
    if (isMetaLine(lines[k]!.text)) {
      bottom = k;
      break;
    }
  }
  if (bottom < 0) return undefined;
  const under = nextLine(lines, bottom);
  if (under >= 0 && under < start && isHeadline(lines[under]!.text, DATED_HEADLINE_MIN_WORDS) && textStartsUnder(lines, under, start)) return { block: headShape(lines[bottom]!.text), dateOver: true };
  const shapes: string[] = [];
  let top = bottom;
  for (let k = bottom; k >= 0 && shapes.length < META_REACH; k--) {
    const t = lines[k]!.text;
    if (t.trim() === "") continue;
    if (!isMetaLine(t)) break;
    shapes.unshift(headShape(t));
    top = k;
  }
  const over = previousLine(lines, top);
  const overThat = over >= 0 ? previousLine(lines, over) : -1;
  if (over >= 0 && (isHeadline(lines[over]!.text, DATED_HEADLINE_MIN_WORDS) || (overThat >= 0 && isParagraph(lines[over]!.text) && isHeadline(lines[overThat]!.text)))) return { block: shapes.join(" / "), dateOver: false };
  return undefined;
}

/** Lines between a dated headline and its text: a reading time and a caption, say. */
const HEADLINE_TO_TEXT_LINES = 2;
/** Whether the text at `start` follows the headline at `h` with no more than that between them. */
const textStartsUnder = (lines: readonly SourceLine[], h: number, start: number): boolean => {
  let between = 0;
  for (let k = h + 1; k < start; k++) if (lines[k]!.text.trim() !== "") between++;
  return between <= HEADLINE_TO_TEXT_LINES;
};

/** A review's stars between its headline and its byline ("★★★★☆"): no head line, and none of the text. */
const STARS = /^[★☆✩✪⭐\s]{3,12}$/u;
/** The last of the head lines right under a headline at i (a review's stars between at most) when they
 *  are printed as the template's, or -1. */
export function metaUnder(lines: readonly SourceLine[], i: number, template: HeadTemplate): number {
  if (template.dateOver) return -1;
  const shapes: string[] = [];
  let last = -1;
  for (let k = i + 1; shapes.length < META_REACH && k < lines.length; k++) {
    const t = lines[k]!.text;
    if (t === "" || (last < 0 && STARS.test(t))) continue;
    if (!isMetaLine(t)) break;
    shapes.push(headShape(t));
    last = k;
  }
  return last >= 0 && shapes.join(" / ") === template.block ? last : -1;
}

/** The date right over a headline at i when it is printed as the template's, or -1. */
export function dateOver(lines: readonly SourceLine[], i: number, template: HeadTemplate): number {
  if (!template.dateOver) return -1;
  const above = previousLine(lines, i);
  return above >= 0 && isDayLine(lines[above]!.text) && headShape(lines[above]!.text) === template.block ? above : -1;
}

/** The nearest line with text before or after line i, or -1. */
export function previousLine(lines: readonly SourceLine[], i: number): number {
  let k = i - 1;
  while (k >= 0 && lines[k]!.text.trim() === "") k--;
  return k;
}
function nextLine(lines: readonly SourceLine[], i: number): number {
  let k = i + 1;
  while (k < lines.length && lines[k]!.text.trim() === "") k++;
  return k < lines.length ? k : -1;
}

/** A sentence's end glued to a capital: "…with scissors.How to Clean …", "…maladies.Planter des …". */
export const GLUED_SEAM = /[\p{Ll}\d][.!?]["”’»)]?\p{Lu}/u;
const GLUED_SEAMS = /[\p{Ll}\d][.!?]["”’»)]?(?=\p{Lu})/gu;
/** The headline glued to the end of the previous article's last paragraph, when the line's last seam
 *  leaves a headline after it (no sentence inside it, perhaps a question) and a sentence before it. */
export function gluedHeadline(text: string): { head: string; title: string } | undefined {
  let cut = -1;
  for (const m of text.matchAll(GLUED_SEAMS)) cut = m.index + m[0].length;
  if (cut < 0) return undefined;
  const head = text.slice(0, cut);
  const title = text.slice(cut).trim();
  const words = titleWords(title);
  if (words < HEADLINE_MIN_WORDS || words > HEADLINE_MAX_WORDS || /[.!?…]\s/u.test(title) || /[.;:,]$/.test(title) || isMetaLine(title) || titleScore(title, 0) <= 0) return undefined;
  return isProse(head) ? { head, title } : undefined;
}
