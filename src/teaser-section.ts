/** Whether a line under a teaser box's cards inside the text is the text's own heading, which the text
 *  goes on under, rather than the box's last card: see remove-related-teasers. */
import type { SourceLine } from "./model";
import { capitalShare, pieceCount } from "./text";
import { contentWords } from "./metadata/title-score";
import { isStampLine } from "./date-words";
import { NAMED_BY_WORD } from "./metadata/byline-words";

/** A teaser's kicker before its headline: "Verkehr in der Stadt: …", "DÉCRYPTAGE - …". */
export const KICKER = /^[^.!?:]{2,60}?\s?:\s|^\p{Lu}{3,}\s[-–—]\s/u;

/** A label under the cards has five words at most; a card's headline is longer as a rule. */
const SECTION_MAX_WORDS = 5;
/** The audits' text headings under kickered cards had four to six words ("Prudence sur les routes", "Des
 *  effets contrastés pour les ménages"); the cards without a kicker in boxes of kickered ones, seven
 *  to ten. */
const KICKERLESS_HEADING_MAX_WORDS = 6;
const CUT_PHRASE_END = /(?:^|\s)(?:with|to|for|of|and|or|the|a|an|in|on|at|by|from|our|your|mit|für|und|von|zu|avec|pour|et|de|du|con|per|di|y|en|met|voor|van)$/i;
/** Whether the line at `k`, under the cards from `first`, is a section's heading: a question (an
 *  interview's next one, "Wie lange kann das dauern?"), or a label of a few words, at most half as long
 *  as any of the cards (a box's headlines vary less), and whole (a widget's words, "Stay updated
 *  with", end with the word that led to its button), or a short line without a kicker under cards
 *  that all have theirs. A question with a kicker is a card ("Verkehr in der Stadt: Weniger Autos,
 *  mehr Staus?"): teasers ask questions as often as headlines do. */
export function isSectionAfterCards(lines: readonly SourceLine[], first: number, k: number): boolean {
  const t = lines[k]!.text;
  if (t.trimEnd().endsWith("?")) return !KICKER.test(t);
  const words = pieceCount(t, KICKERLESS_HEADING_MAX_WORDS + 1);
  // Under cards that all have their kicker, a line without one is the text's heading ("Verglas de 1998 :
  // …?" / "Prudence sur les routes").
  if (words <= KICKERLESS_HEADING_MAX_WORDS && !KICKER.test(t) && !CUT_PHRASE_END.test(t) && k > first && lines.slice(first, k).every((l) => KICKER.test(l.text))) return true;
  if (words > SECTION_MAX_WORDS || /\d/.test(t) || CUT_PHRASE_END.test(t)) return false;
  for (let c = first; c < k; c++) if (pieceCount(lines[c]!.text, 2 * words) < 2 * words) return false;
  return true;
}

/** …or, over two paragraphs or more, a phrase in a sentence's case (a name, "Grace Nguyen", or a byline,
 *  "von Anna Lind", is a writer's box under the cards; German headlines with their nouns capitalised,
 *  "Lippstadt verpflichtet Innenverteidiger aus Belgien", stay cards) shorter than every headline of the box by a margin: the box's own short
 *  lines (a card's date or running time, a chart widget's label) are no headlines to measure against.
 *  The audits' headings there were two words shorter than the box's shortest headline or more ("What
 *  the marsh gives back" under seven-word headlines). */
const SECTION_MARGIN_WORDS = 2;
const MIN_HEADLINE_WORDS = 4;
const SENTENCE_CASE_MAX_CAPITALS = 0.5;
/** A heading has no stop at its end; a card's short dek has ("Short dek."). */
const STOP_END = /[.!…:;,]$/;
export function isShortPhraseAfterCards(lines: readonly SourceLine[], first: number, k: number): boolean {
  const t = lines[k]!.text;
  const words = pieceCount(t, SECTION_MAX_WORDS + 1);
  if (words > SECTION_MAX_WORDS || /\d/.test(t) || STOP_END.test(t) || CUT_PHRASE_END.test(t) || KICKER.test(t) || capitalShare(t) > SENTENCE_CASE_MAX_CAPITALS || NAMED_BY_WORD.test(t)) return false;
  let headlines = 0;
  for (let c = first; c < k; c++) {
    const n = pieceCount(lines[c]!.text, words + SECTION_MARGIN_WORDS);
    if (n < MIN_HEADLINE_WORDS || isStampLine(lines[c]!.text)) continue;
    if (n < words + SECTION_MARGIN_WORDS) return false;
    headlines++;
  }
  return headlines > 0;
}

/** …or a heading that names what the paragraph under it says ("Beiträge könnten auf über 20 Prozent
 *  steigen" over "… könnte der Beitragssatz … auf 20,3 Prozent steigen"; "O que diz a secretaria" over
 *  "Em nota, a Secretaria …"): most of its words are the paragraph's. Another story's headline shares
 *  a word or two with the text at most (its topic is the same, not its sentences). Words compared by
 *  their first five letters ("Beiträge", "Beitragssatz"); three in five on the audit's pages, a card
 *  over the text's next paragraph less than half. */
const HEADING_SHARED_MIN = 0.6;
const HEADING_SHARED_MIN_WORDS = 2;
/** …and the text goes on under it: a card's headline shares its words with its own excerpt, which the
 *  next card follows (a dev page's "Corona-Infektion: … verschiebt Saisonauftakt" over "… muss seinen
 *  Saisonstart aufgrund einer Corona-Infektion verschieben"). */
export const HEADED_PARAGRAPHS = 2;
const stems = (text: string): Set<string> => new Set([...contentWords(text)].map((w) => w.slice(0, 5)));
export function headsParagraph(heading: string, paragraph: string): boolean {
  const own = stems(heading);
  if (own.size === 0) return false;
  const under = stems(paragraph);
  let shared = 0;
  for (const w of own) if (under.has(w)) shared++;
  return shared / own.size >= HEADING_SHARED_MIN && (shared >= HEADING_SHARED_MIN_WORDS || own.size === 1);
}
