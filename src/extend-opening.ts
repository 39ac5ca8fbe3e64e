import type { SourceLine } from "./model";
import type { BodySpan } from "./locate-body";

/*
 * What the text found by locate-body takes in above its first paragraph: a recipe's introduction over
 * its ingredients. The list and its labels ("Zutaten" / "für" / "4" / "Portionen" / "400 g⇥Mehl" / … /
 * "Zubereitung" / "Schritt 1") cost more than the introduction weighs, so the best run started at the
 * method, and the introduction and the ingredients were lost (the title then fell on "Schritt 1").
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
