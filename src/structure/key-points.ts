import { isDateLine } from "../date-words";
import { capitalShare, endsLikeSentence, isProse, splitSentences, wordCount } from "../text";
import { meanOf } from "../arrays";

/** A box of key points: its header, named so in the dev pages' languages, over two to eight points of a
 *  phrase each, without their markers (innerText drops them). */
export const KEY_POINTS = /^(?:key points|key takeaways|highlights|in brief|at a glance|in short|the big picture|das wichtigste in kürze|das wichtigste|auf einen blick|en bref|l['’]essentiel|à retenir|en resumen|claves|in sintesi|in breve|em resumo|in het kort)\s*:?$/i;
export const KEY_POINTS_MAX = 8;
export const KEY_POINT_MAX_WORDS = 30;
/** A point is a phrase without its stop; a date line (the byline's, under a box set over it) is none. */
/** (An aside in brackets at its end may hold a sentence's mark: "… lockern (nicht umgraben!)".) */
const END_ASIDE = /\s*\([^()]{1,60}\)$/;
/** (…and an abbreviation's stop ends no sentence: "… bottomless coffee for $6.50, until 5 a.m.") */
const ABBREVIATION_END = /(?<=\s(?:\d{1,2}\s?)?(?:[ap]\.m|etc|inc|ltd|co|corp|jr|sr|st|ave|u\.s|no))\.$/i;
/** (…in a phrase, not in a paragraph whose second sentence ends so: "… on Thursday. It will take debris
 *  from 8 a.m. to 6 p.m.") */
const INNER_STOP = /[.!?]\s+\p{Lu}/u;
const pointEnd = (t: string): string => (t.endsWith(")") ? t.replace(END_ASIDE, "") : t.endsWith(".") && !INNER_STOP.test(t) ? t.replace(ABBREVIATION_END, "") : t);
export const isPoint = (t: string): boolean => t !== "" && !t.includes("\t") && !endsLikeSentence(pointEnd(t)) && wordCount(t, KEY_POINT_MAX_WORDS + 1) <= KEY_POINT_MAX_WORDS && !isDateLine(t);

/* A press release's highlights: the points a wire or an investor page prints between the release's
 * date and its dateline, without a label ("Net sales of $412.6 million, up 6.2%" / "Raises full-year
 * outlook" / "BOULDER, Colo., May 8, 2024 -- …"): the release's own summary, a list its text opens
 * with. */

/** A release's dateline opens the text: the place, the date ending in its year, perhaps the wire
 *  between slashes or the agency in brackets, and the wire's double hyphen or a dash. */
export const RELEASE_LEDE = /^\p{Lu}[^!?]{2,80}?\d{4}\s*(?:\/[^/]{1,40}\/\s*)?(?:\([^()]{1,30}\)\s*)?(?:--|[–—])\s*\S/u;
/** …or stands alone over the text as German wires print it: "Hamburg (ots) -", and as some US
 *  broadcasters' pages do, the place in capitals: "OMAHA, Neb. —", "WASHINGTON —", "LONDON (Reuters) -";
 *  or the place and its state over the outlet: "Port Vesey, Harbour State (Harbour Ledger) —". */
const DATELINE_ALONE = /^\p{Lu}[\p{L} ,.'’/-]{1,40}\s\([^()]{1,20}\)\s*[-–—]$|^\p{Lu}{2}[\p{Lu} .'’-]{0,30}(?:,\s\p{Lu}[\p{L}.'’ ]{1,25})?\s*(?:--|[-–—])$/u;
/** Whether t is a dateline alone (DATELINE_ALONE): its closing dash is looked at before the expression,
 *  which most lines fail only after reading far into them. */
export const isDatelineAlone = (t: string): boolean => t !== "" && "-–—".includes(t.charAt(t.length - 1)) && DATELINE_ALONE.test(t);
/** Two to six points: one line over a dateline is a dek; more than six, a list of links. */
export const MIN_HIGHLIGHTS = 2;
export const MAX_HIGHLIGHTS = 6;
/** A point is a phrase of some words; a menu's entries and buttons ("Download PDF") are shorter. */
const HIGHLIGHT_MIN_WORDS = 4;
/** A point may name a time ("Conference call today at 10:00 a.m. ET"); a date line under a byline is
 *  shorter. */
const DATED_POINT_MIN_WORDS = 7;
export function isHighlight(t: string): boolean {
  if (t === "" || endsLikeSentence(t) || KEY_POINTS.test(t) || isDatelineAlone(t)) return false;
  const words = wordCount(t, KEY_POINT_MAX_WORDS + 1);
  return words >= HIGHLIGHT_MIN_WORDS && words <= KEY_POINT_MAX_WORDS && (words >= DATED_POINT_MIN_WORDS || !isDateLine(t));
}

/** Whether texts[i] is one of the highlights that open a release's text: under its dateline alone at
 *  the top, or at the top over the dateline that opens its first paragraph. */
export function releaseHighlightsAt(texts: readonly string[], i: number): boolean {
  const first = isDatelineAlone(texts[0] ?? "") ? 1 : 0;
  let end = first;
  while (end < texts.length && end - first < MAX_HIGHLIGHTS && isHighlight(texts[end]!)) end++;
  const points = end - first;
  return i >= first && i < end && points >= MIN_HIGHLIGHTS && (first === 1 || RELEASE_LEDE.test(texts[end] ?? ""));
}

/** "1. …", "2) …"; not a day and month at the start of a line ("14. März 2021 @ 09:40"), which the
 *  item's number would otherwise turn into a list. */
export const NUMBERED = /^(\d{1,3})[.)]\s+(?=\S)(?!\p{L}+\.?,?\s+(?:1[89]|20)\d{2}\b)/u;

/** A list whose bullets innerText dropped, under the sentence that introduces it ("The five priorities
 *  are:" over "Build 2,000 homes by 2028" / "Extend the night buses" / …): three points or more, as
 *  two lines under a colon are as often a heading and its first line. A label's colon ("Ingredients:")
 *  introduces one as well. */
const MIN_UNMARKED_ITEMS = 3;
const UNMARKED_ITEMS_MAX = 15;
/** An unmarked item: a point that neither introduces its own list nor is numbered, nor is a how-to's
 *  step ("Step 1: Unplug the kettle", "Étape 1 : démonter la roue"), which heads the text under the list. */
const STEP = /^(?:step|schritt|étape|etape|paso|passo|stap)\s+\d{1,2}\b/i;
const isUnmarkedItem = (t: string): boolean => isPoint(t) && !t.endsWith(":") && !NUMBERED.test(t) && !STEP.test(t);
/** The last of items that end in a semicolon or comma is the one with the full stop ("dor abdominal;" /
 *  "vômitos persistentes;" / "tontura ou desmaio."), as Romance, Polish and many German lists print them:
 *  a sentence as short as a point, under an item that says the list goes on. */
const CONTINUED_ITEM = /[;,]$/;
const closesItems = (texts: readonly string[], i: number): boolean =>
  i > 0 && i < texts.length && CONTINUED_ITEM.test(texts[i - 1]!) && texts[i]!.endsWith(".") && splitSentences(texts[i]!).length === 1 && wordCount(texts[i]!, KEY_POINT_MAX_WORDS + 1) <= KEY_POINT_MAX_WORDS;
const isClosingItem = (texts: readonly string[], i: number): boolean => closesItems(texts, i) && isKeyPoint(texts, i - 1);

/** Headline case: more than half the words capitalised (a point in a sentence's case has one or two). */
const HEADING_CAPITALS = 0.5;
/** Whether texts[i] is one of the points under such a header, or under a colon's sentence. */
export function isKeyPoint(texts: readonly string[], i: number): boolean {
  if (!isPoint(texts[i]!)) return isClosingItem(texts, i);
  let k = i - 1;
  while (k >= 0 && i - k <= UNMARKED_ITEMS_MAX && isPoint(texts[k]!) && !KEY_POINTS.test(texts[k]!) && !texts[k]!.endsWith(":")) k--;
  if (k < 0) return false;
  // A heading in title case over a paragraph, under points in a sentence's case, heads the text under the
  // box ("Key Takeaways" / "Two ferries collided …" / … / "How the Collision Happened" / paragraph).
  if (KEY_POINTS.test(texts[k]!)) return i - k <= KEY_POINTS_MAX && !(i - k > 1 && isProse(texts[i + 1] ?? "") && capitalShare(texts[i]!) >= HEADING_CAPITALS && meanOf(texts.slice(k + 1, i).map(capitalShare)) < HEADING_CAPITALS);
  if (!texts[k]!.endsWith(":") || texts.slice(k + 1, i + 1).some((t) => !isUnmarkedItem(t))) return false;
  // Items of a label and its value ("Liceo classico: latino"), then a line without the label's colon over
  // a paragraph: the list has ended, and the line heads the text under it.
  if (i - k > 2 && !texts[i]!.includes(": ") && texts.slice(k + 1, i).every((t) => t.includes(": ")) && isProse(texts[i + 1] ?? "")) return false;
  let end = i + 1;
  while (end < texts.length && end - k <= UNMARKED_ITEMS_MAX && isUnmarkedItem(texts[end]!)) end++;
  if (closesItems(texts, end)) end++;
  return end - k - 1 >= MIN_UNMARKED_ITEMS && end - k - 1 <= UNMARKED_ITEMS_MAX;
}
