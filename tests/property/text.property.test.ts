import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { contentWords, isShouting } from "../../src/metadata/title-score";
import { fold, foldSignature, signatureOfFolded } from "../../src/fold";
import { capitalShare, endsLikeSentence, endsWithOneOf, firstWords, isProse, pieceCount, wordCount } from "../../src/text";

/** The text measures are hand-written scans for speed; these are the plain definitions they must equal. */
const WORD = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;
const CAPITALISED = /^["'“‘(]?[\p{Lu}\d]/u;
const referenceWords = (s: string) => s.match(WORD) ?? [];
const referenceCapitalShare = (s: string) => {
  const ws = referenceWords(s);
  return ws.length ? ws.filter((w) => CAPITALISED.test(w)).length / ws.length : 0;
};
const referenceFold = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** Enough strings to mix every kind of character the scans branch on; each check is microseconds. */
const RUNS = 2000;
const piece = fc.oneof(
  fc.constantFrom(" ", "  ", "\t", "\u00A0", "\u2003", "\u3000", "\uFEFF", "\u2028", "\n", '"', "'", "“", "‘", "(", "–", "-", ".", ",", "’", "”", "\u2011", "\u2032", "\u2033", "\u2212", "…", "„", "\u0301", "ª", "º", "µ", "²", "×", "÷"),
  fc.constantFrom("Word", "word", "W", "w", "9", "42", "É", "é", "Þÿ", "Über", "ßtraße", "Ⅻ", "ｆｕｌｌ", "ﬁ", "İ", "Москва", "москва", "東京", "𝐀bc", "𝐚bc", "🙂", "\uD800"),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.string({ unit: "binary", maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(""));

// Stops of the scripts the rules know (CJK, the Hindi danda, the Arabic question mark, the Urdu full
// stop), then closing quotes and brackets, German and French ones with the space inside « … », and
// footnote marks ("[12]", superscript digits, or one or two plain digits right after a stop that follows
// a word, or after a closing quote).
const FOOTNOTE_DIGITS = String.raw`(?<=[^\s\d][.!?]|["'”’»«“‘)\]」』）】》])\d{1,2}`;
// An emoji after the stop too ("… soon! 🙂", "… summer. ☀️"): the pictographs' planes, the BMP's symbol
// blocks, the variation selector and the joiner.
const CLOSING = String.raw`(?:["'”’»«“‘)\]」』）】》\s¹²³⁰-⁹\u{FE0F}\u{200D}\u{2600}-\u{27BF}\u{1F000}-\u{1FBFF}]|\[\d{1,3}\]|${FOOTNOTE_DIGITS})*$`;
const referenceEndsLikeSentence = (s: string) => new RegExp(`[.!?…。！？।؟۔]${CLOSING}`, "u").test(s.trim());
const referenceIsProse = (s: string) => referenceWords(s).length >= 8 && new RegExp(`[.!?…:;。！？：；।؟۔]${CLOSING}`, "u").test(s.trim());

describe("text measures", () => {
  test("should count the same words as the word pattern", () => {
    fc.assert(fc.property(text, (s) => {
      expect(wordCount(s)).toBe(referenceWords(s).length);
    }), { numRuns: RUNS });
  });
  test("should measure the same share of capitalised words as the word pattern", () => {
    fc.assert(fc.property(text, (s) => {
      expect(capitalShare(s)).toBeCloseTo(referenceCapitalShare(s), 12);
    }), { numRuns: RUNS });
  });
  test("should count words up to a cap", () => {
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 12 }), (s, cap) => {
      expect(wordCount(s, cap)).toBe(Math.min(cap, referenceWords(s).length));
    }), { numRuns: RUNS });
  });
  test("should count a long line the same whatever caps were asked of it before (a count goes on where it stopped)", () => {
    const long = fc.array(piece, { minLength: 20, maxLength: 60 }).map((p) => p.join(""));
    const caps = fc.array(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(Infinity)), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(long, caps, (s, asked) => {
      const words = referenceWords(s).length;
      for (const cap of asked) expect(wordCount(s, cap)).toBe(Math.min(cap, words));
    }), { numRuns: RUNS });
  });
  test("should tell sentence ends and prose lines as the plain patterns do", () => {
    const ended = fc.tuple(text, fc.constantFrom(".", "!", "?", "…", ":", ";", ".”", '?")', ". ", ".\u00A0", "", ")", "a", ".“", ".«", ". »", "।", "؟", "۔", "。」", ".[1]", ".[12]", ".[1234]", "![3]\u201D", ".”[4]", "[5]", ".¹", ".]2]", ".1", ".12", ".123", "3.1", ' .1', '."12', ".1\"2", "…1", "! 🙂", ". ☀️", "🎉", "?👍🏽"), fc.constantFrom("", " ", "  \t")).map(([a, b, c]) => a + b + c);
    fc.assert(fc.property(fc.oneof(text, ended), (s) => {
      expect(endsLikeSentence(s)).toBe(referenceEndsLikeSentence(s));
      expect(isProse(s)).toBe(referenceIsProse(s));
    }), { numRuns: RUNS });
  });
  test("should find the same content words as the letter-run pattern", () => {
    fc.assert(fc.property(text, (s) => {
      expect([...contentWords(s)].sort()).toEqual([...new Set((s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 6)))].sort());
    }), { numRuns: RUNS });
  });
  test("should tell a shouted line as the letters-only comparison does", () => {
    const shouted = fc.array(fc.constantFrom("BREAKING", "NEWS", "ÜBER", "МОСКВА", "東京", "ß", "Ⅻ", "𝐀", "a", " ", "!", "9"), { maxLength: 12 }).map((p) => p.join(" "));
    fc.assert(fc.property(fc.oneof(text, shouted), (s) => {
      // Letters without case (東京) neither shout nor count.
      const letters = s.replace(/[^\p{L}]/gu, "");
      const cased = [...letters].filter((ch) => ch.toLowerCase() !== ch).join("");
      expect(isShouting(s)).toBe(cased.length > 8 && letters === letters.toUpperCase());
    }), { numRuns: RUNS });
  });
  test("should cut a text after its n-th word", () => {
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 12 }), (s, n) => {
      const cut = firstWords(s, n);
      expect(s.startsWith(cut)).toBe(true);
      expect(wordCount(cut)).toBe(Math.min(n, wordCount(s)));
      if (cut !== s) expect(/^\s/.test(s.slice(cut.length))).toBe(true);
    }), { numRuns: RUNS });
  });
  test("should count the pieces that splitting at whitespace gives, up to the cap", () => {
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 12 }), (s, cap) => {
      expect(pieceCount(s)).toBe(s.split(/\s+/).length);
      expect(pieceCount(s, cap)).toBe(Math.min(cap, s.split(/\s+/).length));
    }), { numRuns: RUNS });
  });
  test("should tell a closing stop as the end-anchored pattern does", () => {
    fc.assert(fc.property(text, (s) => {
      expect(endsWithOneOf(s, ".!?")).toBe(new RegExp(`[.!?]${CLOSING}`, "u").test(s));
    }), { numRuns: RUNS });
  });
  test("should fold the same way as the plain chain of replacements", () => {
    fc.assert(fc.property(text, (s) => {
      expect(fold(s)).toBe(referenceFold(s));
    }), { numRuns: RUNS });
  });
  test("should sign a text as its fold is signed (texts whose folds are equal always agree)", () => {
    fc.assert(fc.property(text, (s) => {
      expect(foldSignature(s)).toBe(signatureOfFolded(fold(s)));
    }), { numRuns: RUNS * 2 });
  });
});
