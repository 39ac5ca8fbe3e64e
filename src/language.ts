import { CASELESS, letterCase } from "./text";

/**
 * A cheap guess at a dump's language from its most common function words: enough to read dates the
 * local way (02.11.2020 is the 2nd of November in Germany) and to keep stop-word measures fair.
 */
export type Language = "en" | "de" | "fr" | "es" | "it" | "pt" | "nl" | "ru" | "uk" | "ja" | "zh";
export type LatinLanguage = Exclude<Language, "ru" | "uk" | "ja" | "zh">;

export const STOP_WORDS: Record<LatinLanguage, string[]> = {
  en: ["the", "and", "of", "to", "is", "that", "for", "with", "was", "on", "are", "this"],
  de: ["der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "für", "auch", "ein", "eine", "dem", "den"],
  fr: ["le", "la", "les", "et", "des", "est", "une", "pour", "dans", "qui", "que", "sur", "pas", "du"],
  es: ["el", "los", "las", "y", "es", "una", "para", "por", "con", "que", "del", "se", "como"],
  it: ["il", "gli", "della", "di", "che", "è", "per", "una", "con", "non", "sono", "nel", "anche"],
  pt: ["o", "os", "as", "e", "é", "uma", "para", "com", "não", "que", "do", "da", "em", "se"],
  nl: ["de", "het", "een", "en", "van", "is", "niet", "op", "dat", "met", "voor", "zijn", "ook"],
};
const ALL_STOP_WORDS = [...new Set(Object.values(STOP_WORDS).flat())];
const LONGEST_STOP_WORD = Math.max(...ALL_STOP_WORDS.map((w) => w.length));
/** a–z → 1–26, ß–ÿ → 27–59, anything else → 0 (not a letter of the languages guessed). */
const letterCode = (c: number): number => (c >= 97 && c <= 122 ? c - 96 : c >= 0xdf && c <= 0xff ? c - 0xdf + 27 : 0);
const LETTER_BITS = 6;
const keyOf = (w: string): number => [...w].reduce((k, ch) => (k << LETTER_BITS) | letterCode(ch.charCodeAt(0)), 0);
/** letterCode of each Latin-1 character once lowercased: A–Z and À–Þ count as their small letters (× is
 *  not a letter). Of the characters above Latin-1 only Ÿ lowercases into it; the Kelvin and Ångström
 *  signs and dotted İ, which also would, are not written in the languages guessed. */
const LETTER_CODES = Uint8Array.from({ length: 256 }, (_, c) => letterCode(String.fromCharCode(c).toLowerCase().charCodeAt(0)));
const Y_DIAERESIS = letterCode(0xff);
// A key packs a word's letters into a small integer, exact while they fit 31 bits (the longest is 5).
if (LONGEST_STOP_WORD * LETTER_BITS > 31) throw new Error(`stop words longer than 5 letters do not fit the packed keys`);
/** The function words' keys in an open-addressed table (with a Map lookup per short word the scan took a
 *  fifth longer): slot → key (-1 when empty) and slot → index in ALL_STOP_WORDS. Three slots per word
 *  keep the probes short. */
const TABLE_BITS = 8;
const TABLE_KEYS = new Int32Array(1 << TABLE_BITS).fill(-1);
const TABLE_WORDS = new Uint8Array(1 << TABLE_BITS);
const slotOf = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS);
ALL_STOP_WORDS.forEach((w, index) => {
  let slot = slotOf(keyOf(w));
  while (TABLE_KEYS[slot] !== -1) slot = (slot + 1) & ((1 << TABLE_BITS) - 1);
  TABLE_KEYS[slot] = keyOf(w);
  TABLE_WORDS[slot] = index;
});
/** Index in ALL_STOP_WORDS of the word with this key, or -1. */
function stopWordIndex(key: number): number {
  for (let slot = slotOf(key); TABLE_KEYS[slot] !== -1; slot = (slot + 1) & ((1 << TABLE_BITS) - 1)) {
    if (TABLE_KEYS[slot] === key) return TABLE_WORDS[slot]!;
  }
  return -1;
}
const LANGUAGE_WORDS = Object.entries(STOP_WORDS).map(([lang, list]) => [lang as LatinLanguage, list.map((w) => ALL_STOP_WORDS.indexOf(w))] as const);

/** Words looked at: enough for a stable count (function words are ~40% of running text), bounded so a
 *  huge dump costs no more than a page. */
const SAMPLE_WORDS = 1500;
/** Characters per word with its space, to turn the sample size into a slice of text. */
const AVERAGE_WORD_CHARS = 7;

/** Share of letters in a script above which the page is in that script's language. */
const SCRIPT_SHARE = 0.3;

/** Letters only Ukrainian writes (і is one in twenty of its letters) and letters only Russian writes (ы,
 *  э, ъ, ё): a Russian page with a language menu ("Українська") has a few of the first and many more
 *  of the second. */
const UKRAINIAN_ONLY = /[іїєґ]/giu;
const RUSSIAN_ONLY = /[ыэъё]/giu;
const ukrainianOrRussian = (sample: string): "uk" | "ru" => ((sample.match(UKRAINIAN_ONLY)?.length ?? 0) > (sample.match(RUSSIAN_ONLY)?.length ?? 0) ? "uk" : "ru");

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, SAMPLE_WORDS * AVERAGE_WORD_CHARS);
  // Counting scripts is only worth it when the page has Cyrillic or CJK characters at all.
  if (/[\u0400-\u04FF\u3040-\u30FF\u4E00-\u9FFF]/.test(sample)) {
    // One pass counting letters by script (astral letters count as none: they are rare in news).
    let letters = 0, cyrillic = 0, kana = 0, han = 0;
    for (let i = 0; i < sample.length; i++) {
      const c = sample.charCodeAt(i);
      if (letterCase(c) > CASELESS) continue;
      letters++;
      if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
      else if (c >= 0x3040 && c <= 0x30ff) kana++;
      else if (c >= 0x4e00 && c <= 0x9fff) han++;
    }
    letters ||= 1;
    if (cyrillic / letters > SCRIPT_SHARE) return ukrainianOrRussian(sample);
    if (kana / letters > SCRIPT_SHARE / 6) return "ja";
    if (han / letters > SCRIPT_SHARE) return "zh";
  }
  const counts = new Int32Array(ALL_STOP_WORDS.length);
  // The languages guessed write in Latin letters (a–z and ß–ÿ, in either case): one scan over char
  // codes, looking up only the words short enough to be function words. Each word is packed into a
  // number as it is read (6 bits a letter), so no string is cut out of the page, and a table gives a
  // character's letter in either case, so the sample is never lowercased.
  let key = 0;
  let length = 0;
  const n = sample.length;
  // Read in chunks, and stop once one language leads clearly: most pages settle within the first few
  // thousand characters, and reading the rest changes nothing.
  for (let i = 0; ; ) {
    // The chunk that reaches the end reads one step past it, a non-letter that ends the last word.
    const stop = i + CHUNK_CHARS < n ? i + CHUNK_CHARS : n + 1;
    for (; i < stop; i++) {
      const c = i < n ? sample.charCodeAt(i) : 0;
      const letter = c < 256 ? LETTER_CODES[c]! : c === 0x178 ? Y_DIAERESIS : 0;
      if (letter) {
        // Past the longest function word the key is never looked up: not growing it keeps it a small integer.
        if (length++ < LONGEST_STOP_WORD) key = (key << LETTER_BITS) | letter;
        continue;
      }
      if (length > 0 && length <= LONGEST_STOP_WORD) {
        const w = stopWordIndex(key);
        if (w >= 0) counts[w]!++;
      }
      key = 0;
      length = 0;
    }
    const { best, decisive } = leader(counts);
    if (decisive || i > n) return best;
  }
}

/** Characters read between looks at the counts. */
const CHUNK_CHARS = 2000;
/** A clear lead: the first language's function words were seen this often, and its score (hits per
 *  word of its list) is this many times the second's. Checked on the 356 dev dumps, the seeds and the
 *  samples: stopping there never changes the guess made from the whole sample, and reads half of it. */
const DECISIVE_HITS = 40;
const DECISIVE_LEAD = 2;

/** The language whose function words are most frequent, and whether it leads clearly. */
function leader(counts: Int32Array): { best: Language; decisive: boolean } {
  let best: Language = "en";
  let bestScore = 0;
  let bestHits = 0;
  let second = 0;
  for (const [lang, list] of LANGUAGE_WORDS) {
    const hits = list.reduce((n, w) => n + counts[w]!, 0);
    const score = hits / list.length;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      bestHits = hits;
      best = lang;
    } else if (score > second) second = score;
  }
  return { best, decisive: bestHits >= DECISIVE_HITS && bestScore >= DECISIVE_LEAD * second };
}
