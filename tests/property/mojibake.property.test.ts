import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CP1252_HIGH, repairMojibake } from "../../src/repair-mojibake";

/** What a scraper does to UTF-8 text when it reads it as windows-1252 and saves it again. */
const misread = (s: string) => [...new TextEncoder().encode(s)].map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b))).join("");

/** European text as news pages write it: words with and without accents, between spaces, curly
 *  quotes, dashes. (A line whose only misread letter is "Œ", "Š", "ł" or "ą" is not caught: their
 *  second byte reads as a curly quote, an ellipsis or a no-break space, which a real "Å" or "Ä" can
 *  stand before.) */
const word = fc.constantFrom("Harbour", "ferry", "København", "Århus", "Øresund", "Straße", "Grüße", "café", "Ärger", "Ñandú", "Łódź", "Škoda’s café", "Ελλάδα", "Москва", "İzmir", "naïve", "Å", "À", "Ö", "ß", "1.200", "€");
const between = fc.constantFrom(" ", "\n", ". ", ", ", "’ ", " “", "” ", " „", " – ", " — ", "… ", " © ", "\u00A0");
const text = fc.array(fc.tuple(word, between), { minLength: 1, maxLength: 25 }).map((p) => p.flat().join(""));

describe("repairMojibake", () => {
  test("should give back any European text that was read as windows-1252", () => {
    fc.assert(fc.property(text, (s) => {
      // A line of plain ASCII was never misread; every other line carries a sign of it.
      expect(repairMojibake(misread(s)).text).toBe(s);
    }), { numRuns: 1000 });
  });

  test("should leave European text that was read right as it is", () => {
    fc.assert(fc.property(text, (s) => {
      expect(repairMojibake(s)).toEqual({ text: s, lines: 0, first: 0 });
    }), { numRuns: 1000 });
  });
});
