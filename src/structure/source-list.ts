import { isTagLine } from "../metadata/extract-tags";
import { wordCount } from "../text";

/* A list of sources under the text: a fact check's or an explainer's "Sources" heading over citation
 * lines ("Harbour Authority, public notice, September 14, 2023"). Read by locate-body, which keeps the
 * list with the text, and by rebuild-blocks, for which the rows of one that ends the text are text,
 * not headings. */

const SOURCES_HEADING = /^(?:our |nuestras |unsere |nos )?(?:sources?|references|bronnen|fuentes|quellen|fonti|fontes|références|referencias|riferimenti|quellenangaben)\s*:?$/iu;
export const isSourcesHeading = (t: string): boolean => SOURCES_HEADING.test(t);

/** A citation names its parts apart (publisher, document, date), or a year or a link; a line of the
 *  site's own under the list ("Did we get something wrong?", "Share this fact check") does neither. */
const CITATION_MAX_WORDS = 40;
const YEAR = /\b(?:19|20)\d{2}\b/;
const LINK = /https?:\/\/|www\./;
export const isCitation = (t: string): boolean => (t.includes(",") || YEAR.test(t) || LINK.test(t)) && !/[?!]$/.test(t) && wordCount(t, CITATION_MAX_WORDS + 1) <= CITATION_MAX_WORDS && !isTagLine(t);

/** Where the citations of a sources list that ends the text start (texts.length when it has none).
 *  Only at the end: a "References" list in the middle of a page may run into the next section's
 *  heading ("Author, Article and Disclosure Information"), which reads like a citation. */
export function sourceListStart(texts: readonly string[]): number {
  let k = texts.length - 1;
  while (k >= 0 && isCitation(texts[k]!)) k--;
  return k >= 0 && k < texts.length - 1 && isSourcesHeading(texts[k]!) ? k + 1 : texts.length;
}
