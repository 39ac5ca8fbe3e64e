/** A deals post's product cards: each product's name and features over its price and the shop's
 *  button ("Kettle Pro 2" / "Boils a litre in three minutes" / "$39.99" / "Available from Example" /
 *  "Buy Now"). Several of them are what the post is about, not a shop box beside the text: they are
 *  the article's, and a teaser run that starts over them must not take them for headlines. */
import type { SourceLine } from "./model";
import { PRICE, PRICE_LINE, SHOP_BUTTON_WORDS } from "./price";
import { isProse } from "./text";
import { isHeaderText as isTeaserHeader } from "./rules/remove-related-teasers";
import { isAdLabel } from "./rules/remove-ad-label";

/** The product's price: alone, with its shop, or with what it cost before ("$149 (was $229)", "$99,
 *  was $159", "249 € statt 299 €"). */
const OFFER_PRICE = new RegExp(String.raw`^${PRICE}\*?(?:,?\s*\(?(?:was|reg\.?|list|save|statt|au lieu de|antes|invece di)\s+${PRICE}\)?)?$`, "iu");
/** Longer than any price line ("à partir de 1.299,99 € (au lieu de 1.499,99 €)"): a plain bound
 *  before the expressions. */
const PRICE_MAX_CHARS = 60;
const isPrice = (t: string): boolean => t.length <= PRICE_MAX_CHARS && (PRICE_LINE.test(t) || OFFER_PRICE.test(t));
/** The shop's button or note under the price: "Buy Now", "View deal", "Available from Example",
 *  "Zum Angebot", "Voir l'offre", the price at another shop ("$149 at Example"), "Check Example". */
const SHOP_WORDS = new RegExp(String.raw`^(?:${SHOP_BUTTON_WORDS}|(?:available|buy(?: it)?) (?:from|at|on) [\p{L}\d.&'’-]+(?: [\p{L}\d.&'’-]+){0,2})\*?$`, "iu");
/** "Check Example": the shop's name capitalised (case-sensitive: under the i flag \p{Lu} is any letter). */
const CHECK_SHOP = /^(?:Check|CHECK|check) \p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,2}\*?$/u;
const SHOP_BUTTON = { test: (t: string): boolean => SHOP_WORDS.test(t) || CHECK_SHOP.test(t) };
/** A card's buttons: "Check Example" is one only there. Where it is available ("Available from
 *  Example") says which shop offers the price, and stays. */
export const isCardButton = (l: SourceLine): boolean => l.card === "offer" && SHOP_BUTTON.test(l.text) && !AVAILABLE.test(l.text);
const AVAILABLE = /^available\b/i;
const isButton = (t: string): boolean => t.length <= PRICE_MAX_CHARS && (SHOP_BUTTON.test(t) || (PRICE_LINE.test(t) && !OFFER_PRICE.test(t)));
/** Lines under the price that may hold the button: the shop's name, an affiliate note, the button. */
const BUTTON_WINDOW = 3;
/** One card is a shop box beside a review's text, and so are several with the review's paragraphs
 *  between them; a deals post lists several, one under the other (the dev page's ten), or each with a
 *  paragraph of the writer's under it (an audit's page). */
const MIN_CARDS = 2;
const BLURB_MAX_LINES = 1;
/** A card's name and features: the dev page's cards held up to ten lines; past that the walk up from a
 *  price stops, so a price under a long list does not claim the list. */
const CARD_MAX_LINES = 12;

/** A plain first test: a dump without a price has no card, and most dumps have none. */
const PRICE_HINT = /[$€£]\s?\d|\d\s?[€$£]/;
export const mayHoldCards = (text: string): boolean => PRICE_HINT.test(text);

/**
 * Marks the lines of every product card (sets `card`) in a run of at least MIN_CARDS of them, one right
 * under the other or with a paragraph between. A card runs from the first line under the last prose
 * line, teaser header, ad label or card above its price, to the shop's button; its first line is its
 * product's name, the lines under it its features (at least one: a name alone over its price is a
 * price comparison's shop), and the group of lines that holds the price (under the last empty line
 * above it, or the price alone) its offer. A second price right under a card's button is the same
 * product's at another shop.
 */
export function markProductCards(lines: SourceLine[]): void {
  const cards: Card[] = [];
  let floor = -1;
  for (let p = 0; p < lines.length; p++) {
    if (!isPrice(lines[p]!.text)) continue;
    const end = buttonUnder(lines, p);
    if (end < 0) continue;
    const last = cards[cards.length - 1];
    if (last && p === floor + 1) {
      last.end = end;
    } else {
      cards.push(cardOver(lines, p, end, floor));
    }
    floor = end;
    p = end;
  }
  let run: Card[] = [];
  for (const card of [...cards, undefined]) {
    if (card && card.features > 0 && (run.length === 0 || linesBetween(lines, run[run.length - 1]!.end, card.start) <= BLURB_MAX_LINES)) {
      run.push(card);
      continue;
    }
    if (run.length >= MIN_CARDS) for (const c of run) for (let k = c.start; k <= c.end; k++) lines[k]!.card = k === c.start ? "name" : k === c.price ? "price" : k < c.offer ? "feature" : "offer";
    run = card && card.features > 0 ? [card] : [];
  }
}

/** Lines between two cards, not counting ad labels. */
function linesBetween(lines: readonly SourceLine[], end: number, start: number): number {
  let n = 0;
  for (let k = end + 1; k < start; k++) if (!isAdLabel(lines[k]!.text)) n++;
  return n;
}

interface Card {
  start: number;
  offer: number;
  price: number;
  end: number;
  features: number;
}

/** The shop's button under the price at `p`, or -1. */
function buttonUnder(lines: readonly SourceLine[], p: number): number {
  let end = -1;
  for (let k = p + 1; k <= p + BUTTON_WINDOW && k < lines.length; k++) if (isButton(lines[k]!.text)) end = k;
  return end;
}

/** The card whose price is at `p`: its lines up from the price, no higher than `floor`. */
function cardOver(lines: readonly SourceLine[], p: number, end: number, floor: number): Card {
  let start = p;
  let offer = p;
  let group = true;
  for (let k = p - 1; k > floor && p - k <= CARD_MAX_LINES; k--) {
    const t = lines[k]!.text;
    if (isProse(t) || isTeaserHeader(t) || isAdLabel(t)) break;
    // The dump's empty lines are gone; their line numbers are not.
    if (lines[k + 1]!.no - lines[k]!.no > 1) group = false;
    start = k;
    if (group) offer = k;
  }
  if (offer === start) offer = p;
  return { start, offer, price: p, end, features: offer - start - 1 };
}
