import type { SourceLine } from "../model";
import { isCopyrightLine } from "./extract-source";
import { isProse } from "../text";

/** A candidate that is less than a third of a prose line it is found in is a phrase of that sentence; a
 *  share button's or a card's text around a repeated headline is shorter. */
const IN_SENTENCE_RATIO = 3;
const BY_WORD_BEFORE = /\b(?:by|par|von|por|di|da|door)\s$/i;
/** "door " and a space: the longest by-word the test above reads. */
const BY_WORD_MAX_CHARS = 6;

/* Whether a head line is printed again elsewhere on the page (share buttons, breadcrumbs, "Related"
 * cards repeat the headline): one native search per candidate over the page joined once. */

/** The page's text in one string, built on first use, so that each candidate is one native search. */
export interface JoinedPage {
  page: readonly SourceLine[];
  text?: string;
  starts?: number[];
}
export function printedElsewhere(joined: JoinedPage, l: SourceLine, ignored?: (other: SourceLine) => boolean): boolean {
  if (joined.text === undefined) Object.assign(joined, joinLines(joined.page));
  for (let k = joined.text!.indexOf(l.text); k >= 0; k = joined.text!.indexOf(l.text, k + 1)) {
    // The site's name again in its copyright line is no headline printed twice, nor a region's or a
    // person's name in a sentence of the text ("Pays de la Loire" in "…, président de la chambre
    // d'agriculture des Pays de la Loire, revient …").
    const other = joined.page[lineIndexAt(joined.starts!, k)]!;
    // Nor is a name after a by-word, as a portal credits the paper ("Fourni par Le Journal du Val").
    if (other.no !== l.no && !isCopyrightLine(other.text) && !BY_WORD_BEFORE.test(joined.text!.slice(Math.max(0, k - BY_WORD_MAX_CHARS), k)) && !(other.text.length > IN_SENTENCE_RATIO * l.text.length && isProse(other.text)) && !ignored?.(other)) return true;
  }
  return false;
}

function joinLines(lines: readonly SourceLine[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.text.length + 1;
  }
  return { text: lines.map((l) => l.text).join("\n"), starts };
}

/** The index of the line holding offset k (binary search over the lines' start offsets). */
function lineIndexAt(starts: readonly number[], k: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
