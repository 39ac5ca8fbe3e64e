import type { SourceLine } from "./model";
import { isProse, wordCount } from "./text";
import { isDateLine, MONTHS_EN } from "./date-words";
import { titleScore, titleWords } from "./metadata/title-score";

/*
 * The start of the next whole article on a page that shows several one after another with nothing
 * between them but their own heads (a blog's index, an archive page, a digest, a police report's
 * briefs, a press room): a headline with its byline or date under it, or its date right over it, then
 * its own text. A teaser list has the same heads over a line of dek at most; an article's subheading
 * has no byline or date under it; a comment has a name, not a headline.
 */

/** A byline or a date printed under a headline: "By Jane Doe", "Von Jane Doe", "Par …". */
const BY_LINE = /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+\p{Lu}/u;
/** …a date that names its day: a year, a numeric date, a month and day. A time alone or "10h ago" heads a
 *  live blog's entry, which is part of one article. */
const CALENDAR_DAY = new RegExp(`\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}([./-])\\d{1,2}\\1|\\b(?:${MONTHS_EN})[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, "i");
/** A short line with a year, which isDateLine leaves to the parsers when its month is not English ("Le
 *  12 février 2024 à 08h14"): twelve words hold a stamp with its label and time. */
const DAY_LINE_MAX_WORDS = 12;
/** A stamp with a label, a place and a time is short; a paragraph that names a date is not one. */
const DAY_LINE_MAX_CHARS = 160;
const YEAR = /\b(?:19|20)\d{2}\b/;
const DIGIT = /\d/;
const isDayLine = (t: string): boolean => DIGIT.test(t) && t.length <= DAY_LINE_MAX_CHARS && CALENDAR_DAY.test(t) && (isDateLine(t) || (YEAR.test(t) && !isProse(t) && wordCount(t, DAY_LINE_MAX_WORDS + 1) <= DAY_LINE_MAX_WORDS));
export const isMetaLine = (t: string): boolean => !t.includes("\t") && (BY_LINE.test(t) || isDayLine(t));
/** A paragraph of text; a table's row (its cells split by tabs) ends in a stop too, but is none. */
const isParagraph = (t: string): boolean => !t.includes("\t") && isProse(t);

/** A head line's template: its words as one letter (names and months vary, a by-word stays), its
 *  numbers as one digit. The pieces of one page print their heads alike ("By Jane Doe" / "July 12,
 *  2023" → "by a" / "a 0, 0"); a teaser list under an article prints its own ("a 0, 0" under "by a |
 *  a 0, 0 0:0 a"). */
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
const HEADLINE_MIN_WORDS = 4;
/** Under its date, printed as the first article's date was, a headline may be two words ("Laubsammlung
 *  startet"): a comment's date stands under its writer's name. */
const DATED_HEADLINE_MIN_WORDS = 2;
/** …and twenty at most: a longer line is a paragraph that runs into the next headline, glued. */
const HEADLINE_MAX_WORDS = 20;
/** The byline and date stand right under the headline, one a line: three of them at most (a name, a
 *  date, a reading time). */
const META_REACH = 3;
/** The piece's text starts within three lines under its last head line (a reading time, a caption). */
const TEXT_REACH = 3;
/** A piece is an article, not a teaser's dek: two paragraphs at least before the next head, sixty
 *  words between them (the shortest brief in the audits ran to 70; a teaser's dek is one line). */
const MIN_PIECE_PARAGRAPHS = 2;
const MIN_PIECE_WORDS = 30;
/** …or a brief's one paragraph: longer than a teaser's dek of two sentences. */
const MIN_BRIEF_WORDS = 90;

const isHeadline = (t: string, minWords = HEADLINE_MIN_WORDS): boolean => (t.endsWith("?") || !isParagraph(t)) && !isMetaLine(t) && titleWords(t) >= minWords && titleWords(t) <= HEADLINE_MAX_WORDS && titleScore(t, 0) > 0;

/** The index of the last of the head lines (bylines, dates) right under a headline at i, or -1; with `shapes`,
 *  only when one of them is printed as the page's first article's head lines are. */
function metaUnder(lines: readonly SourceLine[], i: number, shapes?: ReadonlySet<string>): number {
  let last = -1;
  let alike = shapes === undefined;
  for (let k = i + 1; k <= i + META_REACH && k < lines.length; k++) {
    const t = lines[k]!.text;
    if (t.trim() === "") continue;
    if (!isMetaLine(t)) break;
    last = k;
    alike ||= shapes!.has(headShape(t));
  }
  return alike ? last : -1;
}

/** Whether a whole piece of text starts within reach under line `from`: paragraphs one under another
 *  (blank lines between at most), enough of them and of their words, or one long paragraph that no
 *  teaser cut short ("…"). A teaser list alternates its headlines with a dek each. */
function textUnder(lines: readonly SourceLine[], from: number): boolean {
  let paragraphs = 0;
  let words = 0;
  let last = "";
  for (let k = from + 1; k < lines.length; k++) {
    const t = lines[k]!.text;
    if (t.trim() === "") continue;
    if (!isParagraph(t)) {
      // Another headline before any text: the head lines above were the next piece's (a blog's date over
      // its post's title), or a teaser's.
      if (paragraphs > 0 || k > from + TEXT_REACH || isHeadline(t)) break;
      continue;
    }
    paragraphs++;
    words += wordCount(t);
    last = t;
    if (paragraphs >= MIN_PIECE_PARAGRAPHS && words >= MIN_PIECE_WORDS) return true;
  }
  return paragraphs === 1 && words >= MIN_BRIEF_WORDS && !/(?:…|\.\.\.)$/u.test(last.trimEnd());
}

/** The text of an article, not a teaser list's: two paragraphs in a row (blank lines or a subheading
 *  between at most) and as many words as a piece's text needs. Teasers alternate a headline with its date or dek. */
const MIN_TEXT_PARAGRAPHS = MIN_PIECE_PARAGRAPHS;
const MIN_TEXT_WORDS = MIN_PIECE_WORDS;
/** Paragraphs with a subheading between them are one run of text; a teaser's card has its headline
 *  and its date between two deks. */
const MAX_RUN_GAP = 1;
/** How far above its text an article's byline and date are looked for (a headline, a kicker, a reading
 *  time, a picture's caption between). */
const HEAD_WINDOW = 8;

/** Where the whole articles after the first start, keyed by their headline's index: at the headline, or
 *  at its date right over it. A start is looked for only once the article before it has shown its text,
 *  and only with head lines printed as that article's were. */
export interface HeadedPiece {
  at: number;
  title: SourceLine;
  /** the end of the article before, when the headline was glued to it on one line */
  before?: SourceLine;
}

export function headedStarts(lines: readonly SourceLine[]): Map<number, HeadedPiece> {
  const starts = new Map<number, HeadedPiece>();
  // The head lines' shapes over the article's first run of paragraphs, and the words of its runs so far.
  let shapes: Set<string> | undefined;
  let textWords = 0;
  let runStart = -1;
  let runParagraphs = 0;
  let runWords = 0;
  // Lines that are no paragraph since the last one: a subheading between two paragraphs.
  let gap = 0;
  lines.forEach((l, i) => {
    const t = l.text;
    if (t.trim() === "") return;
    const glued = GLUED_SEAM.test(t) ? gluedHeadline(t) : undefined;
    if (glued) {
      // The line ends the article's text: its shapes and words count as if the text had ended there.
      const inRun = gap <= MAX_RUN_GAP ? runParagraphs : 0;
      const seen = shapes ?? (inRun + 1 >= MIN_TEXT_PARAGRAPHS ? headShapesAbove(lines, inRun > 0 ? runStart : i) : undefined);
      const words = textWords + (inRun >= MIN_TEXT_PARAGRAPHS ? 0 : runWords) + wordCount(glued.head);
      const meta = seen && words >= MIN_TEXT_WORDS ? metaUnder(lines, i, seen) : -1;
      if (meta >= 0 && textUnder(lines, meta)) {
        starts.set(i, { at: i, title: { no: l.no, text: glued.title }, before: { no: l.no, text: glued.head } });
        shapes = undefined;
        textWords = runParagraphs = runWords = gap = 0;
        return;
      }
    }
    // A headline may be a question as long as a sentence ("… Are They Worth It in 2024?").
    if (t.endsWith("?") && shapes !== undefined && shapes.size > 0 && textWords >= MIN_TEXT_WORDS) {
      const piece = headedPiece(lines, i, shapes);
      if (piece) {
        starts.set(i, piece);
        shapes = undefined;
        textWords = runParagraphs = runWords = gap = 0;
        return;
      }
    }
    if (isParagraph(t)) {
      const w = wordCount(t);
      if (runParagraphs === 0 || gap > MAX_RUN_GAP) {
        runStart = i;
        runParagraphs = 0;
        runWords = 0;
      }
      runParagraphs++;
      runWords += w;
      gap = 0;
      if (runParagraphs === MIN_TEXT_PARAGRAPHS) {
        shapes ??= headShapesAbove(lines, runStart);
        textWords += runWords;
      } else if (runParagraphs > MIN_TEXT_PARAGRAPHS) textWords += w;
      return;
    }
    gap++;
    // A date or a byline ends a run: a teaser list's cards print them between their deks.
    if (isMetaLine(t)) runParagraphs = 0;
    if (shapes === undefined || shapes.size === 0 || textWords < MIN_TEXT_WORDS) return;
    const piece = headedPiece(lines, i, shapes);
    if (!piece) return;
    starts.set(i, piece);
    shapes = undefined;
    textWords = runParagraphs = runWords = 0;
  });
  return starts;
}

/** A sentence's end glued to a capital: "…with scissors.How to Clean …", "…maladies.Planter des …". */
const GLUED_SEAM = /[\p{Ll}\d][.!?]["”’»)]?\p{Lu}/u;
const GLUED_SEAMS = /[\p{Ll}\d][.!?]["”’»)]?(?=\p{Lu})/gu;
/** The headline glued to the end of the previous article's last paragraph, when the line's last seam
 *  leaves a headline after it (no sentence inside it, perhaps a question) and a sentence before it. */
function gluedHeadline(text: string): { head: string; title: string } | undefined {
  let cut = -1;
  for (const m of text.matchAll(GLUED_SEAMS)) cut = m.index + m[0].length;
  if (cut < 0) return undefined;
  const head = text.slice(0, cut);
  const title = text.slice(cut).trim();
  const words = titleWords(title);
  if (words < HEADLINE_MIN_WORDS || words > HEADLINE_MAX_WORDS || /[.!?…]\s/u.test(title) || /[.;:,]$/.test(title) || isMetaLine(title) || titleScore(title, 0) <= 0) return undefined;
  return isProse(head) ? { head, title } : undefined;
}

/** The shapes of the byline and date lines a little above an article's text. */
function headShapesAbove(lines: readonly SourceLine[], start: number): Set<string> {
  const shapes = new Set<string>();
  for (let k = start - 1, seen = 0; k >= 0 && seen < HEAD_WINDOW; k--) {
    const t = lines[k]!.text;
    if (t.trim() === "") continue;
    seen++;
    if (isMetaLine(t)) shapes.add(headShape(t));
  }
  return shapes;
}

/** Where the next article starts when line i is its headline (at its date right over it, or at the
 *  headline), with its title; undefined when line i heads no whole article. */
function headedPiece(lines: readonly SourceLine[], i: number, shapes: ReadonlySet<string>): HeadedPiece | undefined {
  const h = lines[i]!;
  // The head lines around first, the headline's own tests last: most lines of a page have no date by them.
  const meta = metaUnder(lines, i, shapes);
  if (meta >= 0) return isHeadline(h.text) && textUnder(lines, meta) ? { at: i, title: h } : undefined;
  let above = i - 1;
  while (above > 0 && lines[above]!.text.trim() === "") above--;
  const date = lines[above]?.text ?? "";
  if (above >= 0 && isDayLine(date) && shapes.has(headShape(date)) && isHeadline(h.text, DATED_HEADLINE_MIN_WORDS) && textUnder(lines, i)) return { at: above, title: h };
  return undefined;
}
