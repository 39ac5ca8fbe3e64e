import { describe, expect, test } from "vitest";
import { anyCase } from "../../src/any-case";
import { BY_WORD } from "../../src/metadata/byline-words";
import { CREDIT_BY } from "../../src/metadata/title-bylines";
import { isCaptionOrCredit } from "../../src/picture-credit";

describe("anyCase", () => {
  const BY = new RegExp(`^(?:${anyCase("by|reviewed by")})\\s+\\p{Lu}`, "u");
  test.each([
    ["should match a keyword as written", "by Jane Doe", true],
    ["should match a capitalised keyword", "By Jane Doe", true],
    ["should match each word capitalised", "Reviewed By Jane Doe", true],
    ["should match a keyword in capitals", "BY JANE DOE", true],
    ["should still tell the capital after the keyword", "by the way", false],
    ["should not match a keyword in mixed case", "bY Jane Doe", false],
  ])("%s", (_n, text, expected) => expect(BY.test(text)).toBe(expected));
  test("should refuse an escape that uppercasing would change", () => {
    expect(() => anyCase("by\\s+x")).toThrow(/Unexpected escape/);
  });
});

describe("expressions that tell a capital after their keywords", () => {
  test.each([
    ["should read a by-word before a name", BY_WORD, "By Jane Doe", true],
    ["should not read a by-word before a lowercase word", BY_WORD, "by the end of the year, the harbour was full", false],
    ["should read a reporting credit before a name", CREDIT_BY, "Additional reporting by Jane Doe", true],
    ["should read a guest piece's credit before its paper", CREDIT_BY, "Special to the Harbour Record", true],
    ["should not read a sentence about reporting as a credit", CREDIT_BY, "Reporting by the council shows the harbour fees rose", false],
  ] as const)("%s", (_n, re, text, expected) => expect(re.test(text)).toBe(expected));
  test.each([
    ["should take a picture's word and its photographer for a credit", "Photo de Jean Dupont", true],
    ["should take one in capitals for a credit", "PHOTO BY JANE DOE", true],
    ["should not take a review's point that opens with the picture's word", "Photo de nuit en retrait", false],
  ])("%s", (_n, text, expected) => expect(isCaptionOrCredit(text)).toBe(expected));
});
