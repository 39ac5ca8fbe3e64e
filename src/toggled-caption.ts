import type { SourceLine } from "./model";
import { CAPTION_TOGGLE, isCaptionOrCredit } from "./picture-credit";

/* A gallery's caption under its toggle buttons, as chain papers print it over the text: "Show Caption" /
 * "Hide Caption" / the picture's title / its caption / "Jane Doe, Harbour Falls Sentinel". The title and
 * the caption read as a headline and a lead; the credit closes the block. */

/** The caption's lines: a title, a sentence or two, the credit. */
const TOGGLED_CAPTION_MAX_LINES = 4;
/** The photographer and the paper after a comma, or any credit the caption rule knows. */
const NAME_COMMA_OUTLET = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2},\s(?:[Tt]he\s)?\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,5}$/u;
const isCredit = (t: string): boolean => NAME_COMMA_OUTLET.test(t) || isCaptionOrCredit(t);

/** The indexes of the caption under the toggle at index (its last toggle), up to its credit, with no
 *  blank line between; none when no credit closes it within a few lines. */
export function toggledCaption(lines: readonly SourceLine[], index: number): number[] {
  if (!CAPTION_TOGGLE.test(lines[index]!.text) || CAPTION_TOGGLE.test(lines[index + 1]?.text ?? "")) return [];
  for (let k = index + 1; k < lines.length && k <= index + TOGGLED_CAPTION_MAX_LINES; k++) {
    if (lines[k]!.no !== lines[k - 1]!.no + 1) return [];
    if (isCredit(lines[k]!.text)) return Array.from({ length: k - index }, (_, n) => index + 1 + n);
  }
  return [];
}
