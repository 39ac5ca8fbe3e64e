import type { SourceLine } from "../model";
import { fold } from "../fold";
import { isProse, pieceCount, wordCount } from "../text";
import { TITLE_MAX_WORDS } from "./title-score";

/* Breadcrumb trails and kickers run into the headline: telling them apart and taking them off. */

const STARTS_CAPITAL = /^\p{Lu}/u;
/** The headline printed again on its own has three words at least (a shorter line is a label). */
const CRUMBED_HEADLINE_MIN_WORDS = 3;
/** A topic and its colon or dash open a headline ("Harbour water: what we know so far"). */
const TOPIC_END = /[:–—]$/;
/** A trail's separators, spaced ("Home » Blog", "Home / Essays"), and its first crumb: the home page,
 *  perhaps after a label ("Browse: Home", "Durchsuchen: Home"). */
const TRAIL_SEPARATOR = /\s+[»›>/]\s+/;
const HOME_CRUMB = /(?:^|:\s*)(?:home|startseite|accueil|inicio|início|home ?page)$/i;
/** A breadcrumb trail: "Home » Politics", "Resort › Blog" (separators between spaces: German and French
 *  quotes are the same signs, written against the words). */
export const BREADCRUMB = /\s[»›>]\s|^home\b/i;
/** A breadcrumb or kicker of at most this many words can run into the headline ("Home Holidays
 *  Homemade Spiced Pear Jam…" over "HOMEMADE SPICED PEAR JAM…"). */
const BREADCRUMB_MAX_WORDS = 4;

/** A whole trail from the home page: "Home › Events › Spring Plant Swap", "Browse: Home / Essays / …". */
export function isTrail(text: string): boolean {
  const crumbs = text.split(TRAIL_SEPARATOR);
  return crumbs.length >= 2 && HOME_CRUMB.test(crumbs[0]!);
}

/** A trail whose last crumb opens a longer line of the head: the crumb is the headline cut short
 *  ("Home › Events › Spring Plant Swap" over "Spring Plant Swap fills the library lawn …"). Or, at line
 *  `at` of the head, the trail ends in the page's category, over a headline longer than that crumb by
 *  a headline's words ("Home / Air Quality / Air Purifiers" over "Brightwell Aero 3 Review: A Quiet Air
 *  Purifier That Earns Its Price"). */
export function isTrailOverHeadline(text: string, head: readonly SourceLine[], at = -1): boolean {
  if (!isTrail(text)) return false;
  const crumbs = text.split(TRAIL_SEPARATOR);
  const crumb = crumbs[crumbs.length - 1]!;
  const last = fold(crumb);
  if (last.length > 0 && head.some((l) => l.text.length > last.length && fold(l.text).startsWith(`${last} `))) return true;
  const under = head[at + 1]?.text;
  return at >= 0 && under !== undefined && !isProse(under) && pieceCount(under) >= pieceCount(crumb) + CRUMBED_HEADLINE_MIN_WORDS;
}

/** The headline without the path run into it, when the head prints the headline again on its own
 *  (often shouted): the candidate ends with that other line, which starts like a headline, a few words
 *  after a start. The words are the candidate's, so its casing is kept. */
export function withoutBreadcrumb(title: string, head: readonly SourceLine[]): string {
  // A whole trail that won for want of a better line ("Home » Blog » The Headline", "Browse: Home /
  // Essays / The Headline"): its last crumb is the page's own title.
  const crumbs = title.split(TRAIL_SEPARATOR);
  const last = crumbs[crumbs.length - 1]!;
  if (isTrail(title) && /\p{L}/u.test(last) && wordCount(last) <= TITLE_MAX_WORDS) return last;
  const words = title.split(/\s+/);
  const key = fold(title);
  for (const l of head) {
    const n = pieceCount(l.text);
    if (n < CRUMBED_HEADLINE_MIN_WORDS || n >= words.length || words.length - n > BREADCRUMB_MAX_WORDS || !STARTS_CAPITAL.test(l.text)) continue;
    const other = fold(l.text);
    // A topic and its colon open a headline ("Harbour water: what we know so far"); crumbs have none.
    if (key.endsWith(` ${other}`) && !TOPIC_END.test(words[words.length - n - 1]!)) return words.slice(-n).join(" ");
  }
  return title;
}
