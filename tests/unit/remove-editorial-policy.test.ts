import { describe, expect, test } from "vitest";
import { removeEditorialPolicy } from "../../src/rules/remove-editorial-policy";

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
const removed = (texts: string[]) => removeEditorialPolicy.apply(lines(...texts)).map((m) => m.index);
const story = "Walking for ten minutes after a meal lowered the rise in blood sugar in most of the people studied.";

describe("removeEditorialPolicy", () => {
  test.each([
    ["should remove a health site's note on its sourcing rules", "Harbour Health has strict sourcing guidelines and relies on peer-reviewed studies. Read our editorial policy to learn more."],
    ["should remove a note that the site updates its articles", "Our experts continually monitor the field, and we update our articles when new information becomes available."],
    ["should remove a German note on the site's editorial guidelines", "Alle Inhalte werden nach unseren redaktionellen Richtlinien von Fachleuten geprüft."],
    ["should remove a French link to the site's charter", "Découvrez notre charte éditoriale et nos engagements."],
  ])("%s", (_name, text) => {
    expect(removed([story, text])).toEqual([1]);
  });

  test.each([
    ["should keep an editor quoted on the paper's guidelines", "\u201cWe followed our editorial guidelines to the letter,\u201d the editor said."],
    ["should keep reporting on a broadcaster's policy", "The broadcaster's editorial guidelines were rewritten in March after a complaint about its election coverage."],
    ["should keep a long paragraph about a newsroom's standards", `Under the new charter our editorial standards must apply to every desk. ${"The document runs to forty pages and covers sourcing, corrections and the use of anonymous witnesses in detail. ".repeat(4)}`],
  ])("%s", (_name, text) => {
    expect(removed([story, text])).toEqual([]);
  });

  test("should remove the review box's title with its tabs, not the text after it", () => {
    expect(removed([story, "How we reviewed this article:", "Sources", "History", story])).toEqual([1, 2, 3]);
  });

  test("should keep a review's own 'How we tested' section", () => {
    expect(removed([story, "How we tested", "Testing", story])).toEqual([]);
  });
});
