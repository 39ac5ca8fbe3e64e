import { describe, expect, test } from "vitest";
import { splitAll } from "../../src/structure/unglue-lines";

/** Lines with letters outside ASCII take the character-by-character path; plain ASCII lines take the
 *  expression path. Each case is run in both forms where it can be. */
describe("splitAll", () => {
  test.each([
    ["should open a heading glued to a lowercase starter", "the retreat from the town. Potential for a Wider Offensivethe success of the assault has raised fears in the region", ["the retreat from the town.", "Potential for a Wider Offensive", "the success of the assault has raised fears in the region"]],
    ["should open a heading glued to a capitalised sentence", "losses mounted in the east. Analyzing the Battle for PokrovskThe recent capture of the town changed the front line", ["losses mounted in the east.", "Analyzing the Battle for Pokrovsk", "The recent capture of the town changed the front line"]],
    ["should not cut a long lowercase word before a starter", "the committee met. Study of Pneumonoultramicroscopicsilicovolcanoconiosisthe council said it would wait for the review", ["the committee met. Study of Pneumonoultramicroscopicsilicovolcanoconiosisthe council said it would wait for the review"]],
    ["should not cut inside a word that ends like a starter", "the protesters marched. They Decided to Bathe in the river before the police arrived at the scene", ["the protesters marched. They Decided to Bathe in the river before the police arrived at the scene"]],
  ])("%s", (_n, line, pieces) => {
    expect(splitAll(line)).toEqual(pieces);
    // The same line with a letter outside ASCII at its end takes the other path.
    const wide = splitAll(`${line} — Zürich`);
    expect(wide.slice(0, -1)).toEqual(pieces.slice(0, -1));
    expect(wide[wide.length - 1]).toBe(`${pieces[pieces.length - 1]} — Zürich`);
  });
});
