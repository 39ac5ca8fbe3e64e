import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { matchesOf } from "../../src/matches";

/** matchesOf replaces String.prototype.matchAll for speed; it must give the same matches. */
const RUNS = 2000;
const EXPRESSIONS = [
  /\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)?\d{2})\b/g,
  /x*/g, // empty matches everywhere
  /(?:)/gu, // empty matches, stepping over astral characters whole
  /\p{Lu}\p{Ll}*/gu,
  /(?<=\s)a|b(?=c)/gi,
];
const text = fc
  .array(fc.oneof(fc.constantFrom("a", "B", "b", "c", "x", "xx", " ", "12/03/2020", "1.2.99", "Über", "𝐀bc", "🙂", "\uD800", "ä"), fc.string({ maxLength: 4 })), { maxLength: 12 })
  .map((parts) => parts.join(""));
const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ index: m.index, groups: [...m] }));

describe("matchesOf", () => {
  test.each(EXPRESSIONS.map((re) => [re]))("should give the matches matchAll gives for %s", (re) => {
    fc.assert(
      fc.property(text, (s) => {
        expect(plain(matchesOf(re, s))).toEqual(plain(s.matchAll(re)));
      }),
      { numRuns: RUNS },
    );
  });

  test("should start again from the text's beginning after a loop that was left early", () => {
    const re = /\d/g;
    for (const m of matchesOf(re, "1 2 3")) if (m[0] === "1") break;
    expect([...matchesOf(re, "4 5")].map((m) => m[0])).toEqual(["4", "5"]);
  });

  test("should refuse an expression without the g flag, which exec would match at the same place forever", () => {
    expect(() => [...matchesOf(/\d/, "1")]).toThrow(/expected the g flag/);
  });
});
