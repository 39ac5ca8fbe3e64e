import type { SourceLine } from "../model";
import { wordCount } from "../text";

/** A review's pros and cons under its verdict ("Pros" / "+ Warm, detailed sound" / … / "Cons" / "- No
 *  case"): each group's heading, then its items, short lines, eight at most. The headings name them in
 *  the review languages of the dev pages; nothing else under a text opens so ("Plus" and "Pro" alone
 *  also label a site's paid articles, so they are left out). */
const PROS_CONS_HEADING = /^(?:pros|cons|pros and cons|for|against|the good|the bad|what we like|what we don['’]t like|vorteile|nachteile|contra|points forts|points faibles|les plus|les moins|on aime|on n['’]aime pas|ventajas|desventajas)\s*:?$/i;
/** German reviews' "Pro" or "Plus" over its points, with their "Contra" or "Minus" a few lines on ("Pro"
 *  and "Plus" alone also label a site's paid articles). */
const PRO = /^(?:pro|plus)\s*:?$/i;
const CONTRA = /^(?:contra|minus)\s*:?$/i;
export const isProsConsHeading = (lines: readonly SourceLine[], k: number): boolean =>
  PROS_CONS_HEADING.test(lines[k]?.text ?? "") ||
  (PRO.test(lines[k]?.text ?? "") && lines.slice(k + 2, k + 2 + PROS_CONS_ITEMS).some((l) => CONTRA.test(l.text))) ||
  (CONTRA.test(lines[k]?.text ?? "") && lines.slice(Math.max(0, k - 1 - PROS_CONS_ITEMS), k - 1).some((l) => PRO.test(l.text)));
export const PROS_CONS_ITEMS = 8;
export const ITEM_MARK = /^[+\-–−•✓✔✗✘]\s/;
const PROS_CONS_ITEM_WORDS = 12;
/** A pros-and-cons group's heading line alone, in any of the forms above (not a spec's label). */
export const isProsConsLabel = (t: string): boolean => PROS_CONS_HEADING.test(t) || PRO.test(t) || CONTRA.test(t);
export const isProsConsItem = (t: string): boolean => t !== "" && !/[?:]$/.test(t) && !isProsConsLabel(t) && wordCount(t, PROS_CONS_ITEM_WORDS + 1) <= PROS_CONS_ITEM_WORDS;

/** Two groups at least (pros and cons): a lone "For" or "Plus" over a few short lines is as often a menu's. */
const MIN_GROUPS = 2;
/** The lines of a review's pros-and-cons box among `lines`: each group's heading and its items, which
 *  render as a heading over a list (innerText dropped their bullets, or kept "+" and "−" as marks). */
export function prosConsBox(lines: readonly SourceLine[]): Map<number, "heading" | "item"> {
  const out = new Map<number, "heading" | "item">();
  for (let i = 0; i < lines.length; i++) {
    const groups: [number, number][] = [];
    let k = i;
    while (k < lines.length && isProsConsHeading(lines, k)) {
      let end = k + 1;
      const marked = ITEM_MARK.test(lines[end]?.text ?? "");
      // Items go on while their mark does, and as far apart in the dump as the first two (one a line, or
      // each under its mark removed on a line of its own): a wider gap after them ends the group.
      const step = (lines[k + 2]?.no ?? 0) - (lines[k + 1]?.no ?? 0);
      while (end < lines.length && end - k <= PROS_CONS_ITEMS && isProsConsItem(lines[end]!.text) && !isProsConsHeading(lines, end) && (!marked || ITEM_MARK.test(lines[end]!.text)) && (end === k + 1 || lines[end]!.no - lines[end - 1]!.no === step)) end++;
      if (end === k + 1) break;
      groups.push([k, end]);
      k = end;
    }
    if (groups.length < MIN_GROUPS) continue;
    for (const [heading, end] of groups) {
      out.set(heading, "heading");
      for (let m = heading + 1; m < end; m++) out.set(m, "item");
    }
    i = k - 1;
  }
  return out;
}
