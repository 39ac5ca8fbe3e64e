import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { detectLanguage, type LatinLanguage, STOP_WORDS } from "../../src/language";
import { FLAT_BULLET } from "../../src/structure/unglue-lines";

/** The scans written for speed, against the plain definitions they must equal. */
const RUNS = 2000;

/** The flattened-list marker as first written: a star after a word (one space between at most). */
const PLAIN_FLAT_BULLET = /\s*(?<=\S)\s?\*\s+(?=\S)/g;

/** Words of the guessed languages: runs of Latin-1 letters (either case, and Ÿ), lowercased. */
const LATIN_WORD = /[a-zA-Z\u00C0-\u00D6\u00D8-\u00FF\u0178]+/g;
function plainLanguage(text: string): string {
  const counts = new Map<string, number>();
  for (const w of text.match(LATIN_WORD) ?? []) counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
  let best = "en";
  let bestScore = 0;
  for (const [lang, list] of Object.entries(STOP_WORDS) as [LatinLanguage, string[]][]) {
    const score = list.reduce((n, w) => n + (counts.get(w) ?? 0), 0) / list.length;
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best;
}

const stopWord = fc.constantFrom(...Object.values(STOP_WORDS).flat()).chain((w) => fc.constantFrom(w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)));
const separator = fc.constantFrom(" ", "  ", "\t", "\n", ".", ",", "-", "’", "×", "÷", "\u00A0", "1");
const word = fc.oneof(stopWord, fc.constantFrom("Straße", "ÿes", "Ÿes", "naïve", "mit's", "dasx", "xund", "theé", "ÉTÉ", "K"), fc.string({ unit: "grapheme", maxLength: 5 }));
const prose = fc.array(fc.tuple(word, separator).map(([w, s]) => w + s), { maxLength: 40 }).map((p) => p.join(""));
const listy = fc.array(fc.constantFrom("a", "word", " ", "  ", "*", " * ", "\t", "\u00A0", "*\t", "**"), { maxLength: 30 }).map((p) => p.join(""));

describe("scans written for speed", () => {
  test("should split a flattened list where the plain marker expression does", () => {
    fc.assert(fc.property(listy, (s) => {
      expect(s.split(FLAT_BULLET)).toEqual(s.split(PLAIN_FLAT_BULLET));
    }), { numRuns: RUNS });
  });
  test("should guess the language that counting lowercased words in a Map guesses", () => {
    fc.assert(fc.property(prose, (s) => {
      // Pages with Cyrillic or CJK letters are told by script first.
      fc.pre(!/[\u0400-\u04FF\u3040-\u30FF\u4E00-\u9FFF]/.test(s));
      expect(detectLanguage(s)).toBe(plainLanguage(s));
    }), { numRuns: RUNS });
  });
});
