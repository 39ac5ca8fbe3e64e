import { describe, expect, test } from "vitest";
import { fixSpacing } from "../../src/structure/fix-spacing";

describe("fixSpacing", () => {
  test.each([
    ["should add a space after a stop glued to the next sentence", "on Friday.Drivers can", "on Friday. Drivers can"],
    ["should add a space after a comma glued to a word", "four minutes,a journey", "four minutes, a journey"],
    ["should add a space after a year glued to a word by a comma", "over the year 2025,officials said", "over the year 2025, officials said"],
    ["should open every seam of a run, even around a three-letter word", "he said.The.Next day", "he said. The. Next day"],
    ["should open a seam after a stop that follows a closing quote", "he said “yes”.Then he left", "he said “yes”. Then he left"],
    ["should open seams between non-English words", "über die Grenze.Später,während", "über die Grenze. Später, während"],
    ["should open a seam after a year", "opened in 2019.The report", "opened in 2019. The report"],
    ["should open a seam after a per cent sign", "rose by 40%.Officials said", "rose by 40%. Officials said"],
    ["should open the seam of a non-English sentence after a figure", "im Jahr 2019.Später", "im Jahr 2019. Später"],
    ["should keep thousands separators", "1,200 million euros", "1,200 million euros"],
    ["should keep decimal numbers", "over 3.5 years", "over 3.5 years"],
    ["should keep abbreviations with capitals", "the U.S.Aid agency", "the U.S.Aid agency"],
    ["should keep a stop before a lone capital", "see ex.A for more", "see ex.A for more"],
    ["should leave text without seams as it is", "Nothing to fix here.", "Nothing to fix here."],
  ])("%s", (_name, input, expected) => {
    expect(fixSpacing(input)).toBe(expected);
  });
});
