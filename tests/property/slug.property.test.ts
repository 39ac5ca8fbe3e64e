import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { SLUG_MAX_LENGTH, slugify } from "../../src/slug";

/** Enough titles to cover scripts, separators and reserved names; slugify is cheap. */
const RUNS = 500;
const title = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 120 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.array(fc.constantFrom("CON", "nul", "Aux", "com1", "LPT9", "..", "/", "\\", ":", "*", "?", "\"", "<", ">", "|", " ", ".", "Ünïcödé", "ﬁ", "Ⅻ", "ｆｕｌｌ", "İ", "ß", "🙂", "\u0000", "\u202e"), { maxLength: 12 }).map((p) => p.join("")),
);
const SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

describe("slugify on random titles", () => {
  test("should make a file name safe on Linux, macOS and Windows, bounded and stable", () => {
    fc.assert(
      fc.property(title, fc.string(), (t, seed) => {
        const s = slugify(t, seed);
        expect(s).toMatch(SAFE);
        expect(s.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
        expect(RESERVED.test(s)).toBe(false);
        expect(slugify(t, seed)).toBe(s);
      }),
      { numRuns: RUNS },
    );
  });

  test("should give the same slug to titles that differ only in Unicode normalisation or case", () => {
    fc.assert(
      fc.property(title, (t) => {
        const s = slugify(t, "seed");
        for (const v of [t.normalize("NFC"), t.normalize("NFD"), t.normalize("NFKC"), t.toUpperCase(), t.toLowerCase()]) {
          // Case mapping can change length (ß → SS); only the normalisation forms must agree exactly.
          if (v.normalize("NFKC").toLowerCase() === t.normalize("NFKC").toLowerCase()) expect(slugify(v, "seed")).toBe(s);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
