import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { detectLanguage, type LatinLanguage, STOP_WORDS } from "../../src/language";
import { unglue } from "../../src/metadata/parse-date";
import { FLAT_BULLET } from "../../src/structure/unglue-lines";
import { candidateSeams, latinCandidateSeams, seamsOf } from "../../src/structure/find-seams";
import { mayBeWireCaption, WIRE_CAPTION } from "../../src/picture-credit";

/** The scans written for speed, against the plain definitions they must equal. */
const RUNS = 2000;

/** The flattened-list marker as first written: a star after a word (one space between at most). */
// A star after a space and a word, or glued to a word that does not start lowercase (a gender star does).
const PLAIN_FLAT_BULLET = /(?:(?<=\S)\s\*|(?<=[^\s\p{Ll}]\p{Ll}*)\*)\s+(?=\S)/gu;

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
/** Letters of both cases from ASCII and Latin-1 (and ª, º and ², which are not cased letters), the
 *  brackets and quotes a seam may follow, and the lowercase starters. */
const seamy = fc.array(fc.constantFrom("a", "é", "ß", "ÿ", "µ", "A", "É", "Þ", "ª", "º", "²", "NATO", "Üb", "Öffnung", "Straße", ")", "”", ".", " ", "the ", "these", "since ", "McK", "De", "(", "@", "/", "1", "U.S."), { maxLength: 40 }).map((p) => p.join(""));
const listy = fc.array(fc.constantFrom("a", "word", "Word", "É", " ", "  ", "*", " * ", "\t", "\u00A0", "*\t", "**"), { maxLength: 30 }).map((p) => p.join(""));

/** Date seams as first written: a lookahead after every letter. */
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember";
const GERMAN = "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember";
/** On pages in other languages, only the names English does not share. */
const GERMAN_ONLY = "Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember";
const plainUnglue = (t: string, language: "en" | "de") =>
  t
    // A month's name between full stops ("12.März.2020") first, as the parsers cannot read it.
    .replace(new RegExp(`\\b(\\d{1,2})\\.(${MONTHS}|${GERMAN})\\.((?:19|20)\\d{2})\\b`, "g"), "$1 $2 $3")
    .replace(new RegExp(`\\b(\\d{1,2})\\s+(${language === "de" ? GERMAN : GERMAN_ONLY})\\b`, "g"), "$1. $2")
    .replace(new RegExp(`\\b(${language === "de" ? GERMAN : GERMAN_ONLY})\\s+(\\d{1,2}),`, "g"), "$2. $1")
    .replace(new RegExp(`([a-zß-öø-ÿ])(?=(?:${MONTHS})\\s+\\d{1,2}\\b)`, "g"), "$1 ")
    .replace(/(\p{L})(?=\d{1,2}[./]\d{1,2}[./]\d{2,4})/gu, "$1 ")
    .replace(/\b((?:19|20)\d{2})(?=\d{1,2}(?:[.:/]|\s)|\p{Lu}\p{Ll})/gu, "$1 ");
const datey = fc.array(fc.constantFrom("a", "é", "Ж", "x", " ", "  ", "1", "12", "2019", "2020", ".", "/", ",", "-", "May", "November", "Juli", "März", "Doe", "ß", "ó", "(", "@", "€", "–", "1.2.2019", "12/11/2020", "3.4.19", "6, 2023", "12, 2017", "14 Januar 2022", "201725/08/2017"), { maxLength: 24 }).map((p) => p.join(""));

/** Lines around the wire captions' forms, made of the pieces those forms are built of. */
const piecey = fc.array(fc.constantFrom("Photo", "PHOTO", "photo", "File", "picture", "Item ", "1", " of ", "[", "]", "(", ")", "/", " / ", ": ", ".", " ", "—", "BY ", "Jane Doe", "AP", ", ", "é", "X"), { maxLength: 8 }).map((p) => p.join(""));
const WIRE_FORMS = ["(AP Photo/Jane Doe, File)", "Item 1 of 2 The pier", "[1/2] The pier", "The pier. Photo / Jane Doe", "The pier. [Jane Doe, Outlet]", "The pier. PHOTO: OUTLET", "The pier —PHOTO BY JANE DOE", "(Outlet photo)", "File photo", "FILE PICTURE."];
const captiony = fc.tuple(fc.oneof(fc.constant(""), piecey), fc.constantFrom(...WIRE_FORMS), fc.oneof(fc.constant(""), piecey)).map(([a, form, b]) => a + form + b);

describe("scans written for speed", () => {
  test("should let every line the wire-caption expression matches through its plain tests", () => {
    fc.assert(fc.property(captiony, (s) => {
      fc.pre(WIRE_CAPTION.test(s));
      expect(mayBeWireCaption(s, s.includes("/"), s.charCodeAt(s.length - 1))).toBe(true);
    }), { numRuns: RUNS });
  });
  test("should open the same date seams as the lookahead after every letter", () => {
    fc.assert(fc.property(datey, fc.constantFrom("en" as const, "de" as const), (s, language) => {
      expect(unglue(s, language)).toBe(plainUnglue(s, language));
    }), { numRuns: RUNS * 5, examples: [["1.May.2019", "en"], ["12.März.2020", "de"]] });
  });
  test("should find the glued-heading seams in Latin letters that reading each character finds", () => {
    fc.assert(fc.property(seamy, (s) => {
      expect(seamsOf(s, latinCandidateSeams)).toEqual(seamsOf(s, candidateSeams));
    }), { numRuns: RUNS * 5 });
  });
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
