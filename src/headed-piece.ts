import type { SourceLine } from "./model";
import { isShareButton } from "./rules/remove-share-widget";
import { wordCount } from "./text";
import { dateOver, GLUED_SEAM, gluedHeadline, headTemplateAbove, isHeadline, isMetaLine, isNeighbourLabel, isParagraph, metaUnder, previousLine, DATED_HEADLINE_MIN_WORDS } from "./piece-heads";
import type { HeadTemplate } from "./piece-heads";

/*
 * The start of the next whole article on a page that shows several one after another with nothing
 * between them but their own heads (a blog's index, an archive page, a digest, a police report's
 * briefs, a press room): a headline with its bylines and dates under it, or its date right over it,
 * printed as the first article's head was (see piece-heads), then its own text. A teaser list has the
 * same heads over a line of dek at most; an article's subheading has no byline or date under it; a
 * timeline's date stands where the article's own did not; a preview of the next post stands under its
 * label ("Next article").
 */

/** The piece's text starts within three lines under its last head line (a reading time, a caption). */
const TEXT_REACH = 3;
/** A piece is an article, not a teaser's dek: two paragraphs at least before the next head, forty
 *  words between them (an audit's teaser with a two-line excerpt had 31; at 30, it was cut off as an
 *  article of its own). */
const MIN_PIECE_PARAGRAPHS = 2;
const MIN_PIECE_WORDS = 40;
/** …or a brief's one paragraph: longer than a teaser's dek of two sentences. */
const MIN_BRIEF_WORDS = 90;
/** A link or a button right under the paragraphs: they were a preview ("Read more", "Weiterlesen",
 *  "Lire la suite") or a comment ("Reply", "Antworten", "Répondre"), not a whole article. */
const TEASER_TAIL = /^(?:read (?:more|the full (?:story|article|post))|continue reading|keep reading|weiterlesen|mehr lesen|(?:lire|voir) la suite|lire plus|leer más|seguir leyendo|leggi (?:tutto|di più)|lees verder|reply|antworten|répondre|responder|rispondi|beantwoorden)\b.{0,30}$/i;

/** Whether a whole piece of text starts within reach under line `from`: paragraphs one under another
 *  (blank lines between at most), enough of them and of their words, or one long paragraph that no
 *  teaser cut short ("…"). A teaser list alternates its headlines with a dek each. */
function textUnder(lines: readonly SourceLine[], from: number): boolean {
  let paragraphs = 0;
  let words = 0;
  let last = "";
  let k = from + 1;
  for (; k < lines.length; k++) {
    const t = lines[k]!.text;
    if (t.trim() === "") continue;
    if (!isParagraph(t)) {
      // Another headline before any text: the head lines above were the next piece's (a blog's date over
      // its post's title), or a teaser's. (A share row's buttons under the head do not count.)
      if (isShareButton(t) && paragraphs === 0) {
        from++;
        continue;
      }
      if (paragraphs > 0 || k > from + TEXT_REACH || isHeadline(t)) break;
      continue;
    }
    paragraphs++;
    words += wordCount(t);
    last = t;
  }
  if (k < lines.length && TEASER_TAIL.test(lines[k]!.text)) return false;
  return (paragraphs >= MIN_PIECE_PARAGRAPHS && words >= MIN_PIECE_WORDS) || (paragraphs === 1 && words >= MIN_BRIEF_WORDS && !/(?:…|\.\.\.)$/u.test(last.trimEnd()));
}

/** The text of an article, not a teaser list's: two paragraphs in a row (blank lines or a subheading
 *  between at most) and as many words as a piece's text needs. */
const MIN_TEXT_PARAGRAPHS = MIN_PIECE_PARAGRAPHS;
const MIN_TEXT_WORDS = MIN_PIECE_WORDS;
/** Paragraphs with a subheading between them are one run of text; a teaser's card has its headline
 *  and its date between two deks. */
const MAX_RUN_GAP = 1;

const FULL_STOP = 0x2e;
const metaNext = (lines: readonly SourceLine[], i: number): boolean => {
  let k = i + 1;
  while (k < lines.length && lines[k]!.text === "") k++;
  return k < lines.length && isMetaLine(lines[k]!.text);
};

export interface HeadedPiece {
  at: number;
  title: SourceLine;
  /** the end of the article before, when the headline was glued to it on one line */
  before?: SourceLine;
}

/** Where the whole articles after the first start, keyed by their headline's index: at the headline, or
 *  at its date right over it. A start is looked for only once the article before it has shown its text,
 *  and only with a head printed as that article's was. */
export function headedStarts(lines: readonly SourceLine[]): Map<number, HeadedPiece> {
  const starts = new Map<number, HeadedPiece>();
  // The template of the article's head, read once its first run of paragraphs shows (null: none), and
  // the words of its runs so far.
  let template: HeadTemplate | null | undefined;
  let textWords = 0;
  let runParagraphs = 0;
  let runWords = 0;
  // Lines that are no paragraph since the last one: a subheading between two paragraphs.
  let gap = 0;
  // The current article's first paragraph: its head is the one nearest above it.
  let firstParagraph = -1;
  const start = (i: number, piece: HeadedPiece) => {
    starts.set(i, piece);
    firstParagraph = -1;
    template = undefined;
    textWords = runParagraphs = runWords = gap = 0;
  };
  lines.forEach((l, i) => {
    const t = l.text;
    // (Lines come trimmed: see toLines.)
    if (t === "") return;
    // A glued headline ends its line without a stop (or asks), over its byline or date: most lines are
    // not searched for the seam.
    const glued = t.charCodeAt(t.length - 1) !== FULL_STOP && metaNext(lines, i) && GLUED_SEAM.test(t) ? gluedHeadline(t) : undefined;
    if (glued) {
      // The line ends the article's text: its head and words count as if the text had ended there.
      const inRun = gap <= MAX_RUN_GAP ? runParagraphs : 0;
      const seen = template ?? (inRun + 1 >= MIN_TEXT_PARAGRAPHS ? headTemplateAbove(lines, firstParagraph >= 0 ? firstParagraph : i) : undefined);
      const words = textWords + (inRun >= MIN_TEXT_PARAGRAPHS ? 0 : runWords) + wordCount(glued.head);
      const meta = seen && words >= MIN_TEXT_WORDS ? metaUnder(lines, i, seen) : -1;
      if (meta >= 0 && textUnder(lines, meta)) return start(i, { at: i, title: { no: l.no, text: glued.title }, before: { no: l.no, text: glued.head } });
    }
    // A headline may be a question as long as a sentence ("… Are They Worth It in 2024?").
    if (t.endsWith("?") && template && textWords >= MIN_TEXT_WORDS) {
      const piece = headedPiece(lines, i, template);
      if (piece) return start(i, piece);
    }
    if (isParagraph(t)) {
      if (firstParagraph < 0) firstParagraph = i;
      const w = wordCount(t);
      if (runParagraphs === 0 || gap > MAX_RUN_GAP) {
        runParagraphs = 0;
        runWords = 0;
        // Until the text's head is read, the text starts at the run: a paragraph alone over the page's
        // head (a cookie notice's) is none of it.
        if (template === undefined) firstParagraph = i;
      }
      runParagraphs++;
      runWords += w;
      gap = 0;
      if (runParagraphs === MIN_TEXT_PARAGRAPHS) {
        if (template === undefined) template = headTemplateAbove(lines, firstParagraph) ?? null;
        textWords += runWords;
      } else if (runParagraphs > MIN_TEXT_PARAGRAPHS) textWords += w;
      return;
    }
    gap++;
    // A date or a byline ends a run: a teaser list's cards print them between their deks.
    if (runParagraphs > 0 && isMetaLine(t)) runParagraphs = 0;
    if (!template || textWords < MIN_TEXT_WORDS) return;
    const piece = headedPiece(lines, i, template);
    if (piece) start(i, piece);
  });
  return starts;
}

/** Where the next article starts when line i is its headline (at its date right over it, or at the
 *  headline), with its title; undefined when line i heads no whole article. */
function headedPiece(lines: readonly SourceLine[], i: number, template: HeadTemplate): HeadedPiece | undefined {
  const h = lines[i]!;
  // The head lines around first, the headline's own tests last: most lines of a page have no date by them.
  const meta = metaUnder(lines, i, template);
  const date = meta < 0 ? dateOver(lines, i, template) : -1;
  if (meta < 0 && date < 0) return undefined;
  const top = date >= 0 ? date : i;
  const label = previousLine(lines, top);
  if (label >= 0 && isNeighbourLabel(lines[label]!.text)) return undefined;
  if (!isHeadline(h.text, date >= 0 ? DATED_HEADLINE_MIN_WORDS : undefined)) return undefined;
  return textUnder(lines, date >= 0 ? i : meta) ? { at: top, title: h } : undefined;
}
