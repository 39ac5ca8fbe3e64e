import type { SourceLine } from "./model";
import type { BodySpan } from "./locate-body";

/*
 * A recipe's parts that the text found by locate-body takes in. Its ingredient list and labels
 * ("Zutaten" / "für" / "4" / "Portionen" / "400 g⇥Mehl" / … / "Zubereitung" / "Schritt 1") cost more
 * than a paragraph weighs, so the best run started at the method, and the introduction above the list
 * was lost (the title then fell on "Schritt 1"); or it ended at the introduction, and the recipe card
 * under it (its name, times, servings, ingredients and method) was lost.
 */

/** An ingredient's row: an amount, its unit, and what ("400 g Mehl", "120 g de sucre"); or an amount and
 *  what in lowercase ("6 pommes", "2 eggs"), or in a table's cells, which innerText parts with a tab
 *  ("4⇥Eier"). Not a time ("30 Min.", "1 h 20 min"), a rating ("4,6") or a count of votes ("(1.284)"),
 *  nor a numbered heading of a wiki's contents ("2 Geschichte", "2.1 Frühe Jahre"). */
const AMOUNT = String.raw`(?:\d+(?:[.,/]\d+)?\s*[½¼¾⅓⅔]?|[½¼¾⅓⅔])`;
const UNIT = String.raw`(?:g|kg|mg|ml|cl|dl|l|oz|lb|lbs|tbsp|tsp|cups?|EL|TL|Stk\.?|Prise|pincée|cuillères? à (?:soupe|café)|c\. à [sc]\.)`;
const WHAT = String.raw`[^\t.!?]{0,60}(?:\t[^\t]{0,60})?$`;
const INGREDIENT_ROW = new RegExp(String.raw`^${AMOUNT}\s*(?:${UNIT}\s+\p{L}|\s+\p{Ll}|\t(?!(?:h|std|min|mins|minutes?|hours?|stunden|heures?)\b)\p{L})${WHAT}`, "u");
/** Rows needed: a short list of amounts is a box of figures ("3 Kinder", "2 Autos"), not ingredients. */
const MIN_INGREDIENT_ROWS = 3;
/** How far above the text the introduction may stand: the longest list of the audits' recipes (11
 *  rows) with its labels and buttons, and room to spare; a recipe card of forty lines is a card. */
const OPENING_REACH = 30;

/** The text's start moved up to the paragraphs over an ingredient list right above it. */
export function extendIngredients(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>, values: readonly number[]): BodySpan {
  let rows = 0;
  let k = span.start - 1;
  for (; k >= 0 && span.start - k <= OPENING_REACH && values[k]! <= 0; k--) {
    if (walls.has(lines[k]!)) return span;
    if (INGREDIENT_ROW.test(lines[k]!.text)) rows++;
  }
  if (k < 0 || rows < MIN_INGREDIENT_ROWS || values[k]! <= 0 || span.start - k > OPENING_REACH || walls.has(lines[k]!)) return span;
  // The introduction may run to a few paragraphs.
  while (k > 0 && values[k - 1]! > 0 && !walls.has(lines[k - 1]!)) k--;
  return { start: k, end: span.end };
}

/** How far under the introduction the card's method may start: its name, buttons, times and servings
 *  (a dozen lines in an audit's card), and an ingredient list as long as OPENING_REACH allows. */
const CARD_REACH = 45;

/** The card's ingredients have their label: a box of figures under the text (a petition's counts, a
 *  blog's sidebar, a dish's nutrition values) has none. */
const INGREDIENTS_LABEL = /^(?:ingredients?|zutaten|ingr[ée]dients?|ingredientes|ingredienti|ingrediënten)\b.{0,30}$/i;

/** The text's end moved down over a recipe card right under it: lines that weigh nothing, with an
 *  ingredient list under its label among them, then the method's steps (and a note under a label), as
 *  far as they go. */
export function extendRecipeCard(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>, values: readonly number[]): BodySpan {
  let rows = 0;
  let labelled = false;
  let k = span.end + 1;
  for (; k < lines.length && k - span.end <= CARD_REACH && values[k]! <= 0; k++) {
    if (walls.has(lines[k]!)) return span;
    if (INGREDIENT_ROW.test(lines[k]!.text)) rows++;
    else labelled ||= INGREDIENTS_LABEL.test(lines[k]!.text);
  }
  if (k >= lines.length || rows < MIN_INGREDIENT_ROWS || !labelled || values[k]! <= 0 || walls.has(lines[k]!)) return span;
  let end = k;
  // The steps, and a label between two of them ("Notes" over the cook's note).
  for (k++; k < lines.length && !walls.has(lines[k]!); k++) {
    if (values[k]! > 0) end = k;
    else if (!(k + 1 < lines.length && values[k + 1]! > 0 && k === end + 1 && !walls.has(lines[k + 1]!))) break;
  }
  return { start: span.start, end };
}
