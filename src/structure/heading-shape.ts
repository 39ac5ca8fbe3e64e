import { endsLikeSentence, UNSPACED_MAX_PIECES, UNSPACED_SCRIPT, wordCount } from "../text";
import { isSignedAfterDash } from "../prose-value";

/* Whether a line has a heading's shape: short, unended, and none of the short lines a page prints in its
 * text that read as one (a signature, a credit, a label's row, a source's note, a link to a file). */

/** Longest line we take for a heading. Chosen from the seeds and dev pages: section headings run to
 *  ~12 words; standalone lines longer than this are short paragraphs or pull quotes. */
export const HEADING_MAX_WORDS = 14;
export const HEADING_MAX_CHARS = 120;

/** CJK sub-headings run to 15–20 characters ("商店街の期待", "接下来的安排"); a blog's lines without a
 *  final stop, its quotes and captions, run longer. */
const UNSPACED_HEADING_MAX_CHARS = 20;
const CORNER_QUOTE = /^[「『].*[」』]$/u;
/** "Price: $1,199", "Battery: 4,000 mAh": a label and its figure, a row of specifications. A heading
 *  with a colon goes on in words ("Bakhmut: Consolidation and Planning"). */
const KEY_VALUE = /^\p{L}[\p{L} '’-]{0,25}:\s*[\d$€£¥+−-]/u;
/** A letter's signature, the writer's name and town ("Anna Lind, Port Lind", "Jeannine R., Montverrier"):
 *  under a reader's letter, never a heading over the next one. */
const SIGNATURE = /^\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2},\s+\p{Lu}[\p{L}'’.-]+(?:[\s-]\p{L}[\p{L}'’.-]*){0,3}$/u;
/** "Source: Harbour Office", "Quelle: dpa", "Note: …": a source or a note under a chart or a paragraph,
 *  never a heading. */
const SOURCE_LABEL = /^(?:sources?|quelle|quellen|fuente|fonte|bron|credits?|data|note|notes|hinweis|anmerkung|via)\s*:/i;
/** "— Jane Doe (@jdoe) March 3, 2024": the signature under an embedded post or a quote. */
const ATTRIBUTION = /^[—–]\s/;
/** A photographer's credit under a picture, "Anna Lind/Harbour Gazette" (a byline "Anna Lind/TT" reads
 *  the same): a name's words, a slash and the outlet's, never a heading. */
const NAME_SLASH_OUTLET = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}\s?\/\s?\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,4}$/u;
/** (Nor a headline: a picture's credit over the byline took a science story's title.) */
export const isNameSlashOutlet = (t: string): boolean => t.includes("/") && NAME_SLASH_OUTLET.test(t);
/** A link to a file with its type and size ("Download the annual report (PDF, 3.4 MB)"): no heading. */
const FILE_LINK = /\((?:PDF|DOCX?|XLSX?|PPTX?|ODT|ZIP|EPUB|MP3|MP4)[,;]?\s*[\d.,]+\s*[KMG]i?B\)$/i;

/** A heading is a short line that does not end like a sentence (a question is allowed: "What next?"),
 *  followed by more text. In scripts written without spaces, where the word count says nothing, short
 *  means a few characters, a line in corner brackets is a quote (「…」), and the text under a heading
 *  ends its sentences: a blog written in lines without stops has no headings among them. */
export function looksLikeHeading(text: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (text.length > HEADING_MAX_CHARS) return false;
  const words = wordCount(text, HEADING_MAX_WORDS + 1);
  if (words === 0 || words > HEADING_MAX_WORDS) return false;
  // (The comma, slash and colon searched for before the expressions are what their matches hold.)
  // A line that ends in a comma or a dash runs on ("Hamburg (ots) -", a wire's dateline over the text).
  if (/[,;:，；：、،؛]$|\s[-–—]$/.test(text) || FILE_LINK.test(text) || isSignedAfterDash(text) || (text.includes(",") && SIGNATURE.test(text)) || isNameSlashOutlet(text) || ATTRIBUTION.test(text) || (text.includes(":") && KEY_VALUE.test(text)) || SOURCE_LABEL.test(text)) return false;
  if (words <= UNSPACED_MAX_PIECES && UNSPACED_SCRIPT.test(text) && (text.length > UNSPACED_HEADING_MAX_CHARS || CORNER_QUOTE.test(text) || !endsLikeSentence(next))) return false;
  if (endsLikeSentence(text) && !/\?["'”’]?$/.test(text)) return false;
  // A speaker's line in Spanish or Portuguese dialogue, its dash glued to the words ("—¿Hicieron la
  // denuncia?"), is no heading, question or not.
  if (DIALOGUE_DASH.test(text)) return false;
  // A number alone over a paragraph is a footnote's ("1" / "The company's name survives on …"), or a
  // counter's: no heading is a figure without a word. (A year alone heads a timeline's section.)
  if (FIGURE_ALONE.test(text)) return false;
  return true;
}
const FIGURE_ALONE = /^[([]?\d{1,3}[.)\]]?[*†‡]?$/;
const DIALOGUE_DASH = /^—\S/;
