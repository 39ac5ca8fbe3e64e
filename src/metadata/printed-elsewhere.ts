import type { SourceLine } from "../model";
import { isCopyrightLine } from "./extract-source";

/* Whether a head line is printed again elsewhere on the page (share buttons, breadcrumbs, "Related"
 * cards repeat the headline): one native search per candidate over the page joined once. */

/** The page's text in one string, built on first use, so that each candidate is one native search. */
export interface JoinedPage {
  page: readonly SourceLine[];
  text?: string;
  starts?: number[];
}
export function printedElsewhere(joined: JoinedPage, l: SourceLine): boolean {
  if (joined.text === undefined) Object.assign(joined, joinLines(joined.page));
  for (let k = joined.text!.indexOf(l.text); k >= 0; k = joined.text!.indexOf(l.text, k + 1)) {
    // The site's name again in its copyright line is no headline printed twice.
    const other = joined.page[lineIndexAt(joined.starts!, k)]!;
    if (other.no !== l.no && !isCopyrightLine(other.text)) return true;
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
