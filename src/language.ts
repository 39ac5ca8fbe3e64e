import { CASELESS, letterCase } from "./text";
import { MONTH_WORD_EN, MONTHS_EN } from "./date-words";
import { maxOf } from "./arrays";
import { matchesOf } from "./matches";

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

/** A numeric date with its year, its day and month in either order ("25/10/2020", "10-25-20"). */
const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)?\d{2})\b/g;
/**
 * Whether the dump writes numeric dates day first (25/10/2020) or month first (10/25/2020), when it
 * shows: a first number above 12 can only be a day, a second one above 12 only a day in US order.
 * Undefined when every numeric date on the page is ambiguous.
 */
export function numericDayFirst(text: string): boolean | undefined {
  let dayFirst = 0;
  let monthFirst = 0;
  const ambiguous: NumericDate[] = [];
  for (const m of matchesOf(NUMERIC_DATE, text)) {
    const a = Number(m[1]), b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
    else if (a !== b && a > 0 && b > 0 && a <= 12) ambiguous.push({ year: fullYear(Number(m[3])), a, b, at: m.index });
  }
  if (ambiguous.length > 0 && dayFirst === 0 && monthFirst === 0) {
    const votes = weekdayVotes(text, ambiguous);
    if (votes !== 0) return votes > 0;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst;
  const near = dayFirst === 0 && ambiguous.length > 0 ? orderNearWrittenDates(text, ambiguous) : undefined;
  // Dotted dates are read day first whatever the zone ("01.11.2023 06:06 PM" on a page whose other
  // stamps say EST): the zones decide only for slashes and dashes.
  const zones = dayFirst === 0 && ambiguous.length > 0 && !DOTTED_DATE.test(text) ? orderOfZones(text) : undefined;
  return near ?? zones ?? (dayFirstScript(text) || poundsOnly(text) || (ambiguous.length > 0 && writesBritish(text)) ? true : undefined);
}

/** Weekday names, Sunday first: English (and its abbreviations), German, French, Spanish, Italian,
 *  Dutch and Portuguese. */
const WEEKDAY_NAMES = [
  ["sunday", "sun", "sonntag", "dimanche", "domingo", "domenica", "zondag"],
  ["monday", "mon", "montag", "lundi", "lunes", "lunedì", "maandag", "segunda-feira"],
  ["tuesday", "tue", "tues", "dienstag", "mardi", "martes", "martedì", "dinsdag", "terça-feira"],
  ["wednesday", "wed", "mittwoch", "mercredi", "miércoles", "mercoledì", "woensdag", "quarta-feira"],
  ["thursday", "thu", "thur", "thurs", "donnerstag", "jeudi", "jueves", "giovedì", "donderdag", "quinta-feira"],
  ["friday", "fri", "freitag", "vendredi", "viernes", "venerdì", "vrijdag", "sexta-feira"],
  ["saturday", "sat", "samstag", "samedi", "sábado", "sabato", "zaterdag"],
];
const WEEKDAY_OF = new Map(WEEKDAY_NAMES.flatMap((names, day) => names.map((n) => [n, day] as const)));
/** A weekday right before the date, and the start of the line or a character that is no letter
 *  before the weekday. */
const WEEKDAY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${[...WEEKDAY_OF.keys()].join("|")})\\.?,?\\s+$`, "iu");
/** Longer than the longest weekday name with its comma and space, and the character before it. */
const WEEKDAY_BEFORE_CHARS = 16;
/** A weekday before an ambiguous numeric date says which reading it is: "Tuesday 04/03/2025" is the
 *  4th of March (a Tuesday), not the 3rd of April (a Thursday). Positive when the page's weekdays fit
 *  the day-first readings more often, negative for month first. Only the text before each ambiguous
 *  date is read. */
function weekdayVotes(text: string, dates: readonly NumericDate[]): number {
  let votes = 0;
  for (const { year, a, b, at } of dates) {
    const m = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, at - WEEKDAY_BEFORE_CHARS), at));
    if (!m) continue;
    const day = WEEKDAY_OF.get(m[1]!.toLowerCase());
    const dayFirst = new Date(Date.UTC(year, b - 1, a)).getUTCDay() === day;
    const monthFirst = new Date(Date.UTC(year, a - 1, b)).getUTCDay() === day;
    if (dayFirst !== monthFirst) votes += dayFirst ? 1 : -1;
  }
  return votes;
}

/** British spellings and words outnumbering American ones: a page from Britain, Ireland, Australia, New
 *  Zealand, India or South Africa, which write numeric dates day first. The last guess, with the
 *  pounds, for a page whose numeric dates are all ambiguous ("Posted 04/05/2025" on a club's page that
 *  says "organised" and "centre"). Both lists are words a page's own prose uses, not names. */
const BRITISH_WORDS = /\b(?:colours?|coloured|favour(?:ite|ites|able|ed)?|honour(?:s|ed)?|labour|neighbour(?:s|hood)?|centres?|centred|theatres?|metres|kilometres|organis(?:e|ed|es|ing|ation|ations|er|ers)|realis(?:e|ed|es)|recognis(?:e|ed|es)|apologis(?:e|ed)|criticis(?:e|ed)|programmes?|per cent|travelling|travelled|defence|licence|offence|cheque|tyres?|aluminium|grey|arvo|lakh|crore|fortnight)\b/gi;
const AMERICAN_WORDS = /\b(?:colors?|colored|favor(?:ite|ites|able|ed)?|honor(?:s|ed)?|labor|neighbor(?:s|hood)?|centers?|centered|theaters?|meters|kilometers|organiz(?:e|ed|es|ing|ation|ations|er|ers)|realiz(?:e|ed|es)|recogniz(?:e|ed|es)|apologiz(?:e|ed)|criticiz(?:e|ed)|percent|traveling|traveled|defense|offense|aluminum|gray)\b/gi;
/** At least this many British words, and more than twice the American ones. */
const BRITISH_MIN_WORDS = 2;
/** The page's opening is enough to tell its spelling. */
const SPELLING_SAMPLE_CHARS = 20_000;
function writesBritish(text: string): boolean {
  const sample = text.slice(0, SPELLING_SAMPLE_CHARS);
  const british = sample.match(BRITISH_WORDS)?.length ?? 0;
  return british >= BRITISH_MIN_WORDS && british > 2 * (sample.match(AMERICAN_WORDS)?.length ?? 0);
}

/** Sums in pounds and none in dollars: a British page, which writes its numeric dates day first (the
 *  last guess, after the dates' own order and the zones). */
const POUNDS = /£\s?\d/;
const DOLLARS = /\$\s?\d|\d\s?\$|\bUSD\b/;
const poundsOnly = (text: string): boolean => POUNDS.test(text) && !DOLLARS.test(text);

/** The zone after a time says where the page was written, and so how it writes numeric dates: India's,
 *  Pakistan's, West and East Africa's, South Africa's, Australia's, New Zealand's, Britain's summer
 *  and central Europe's, Singapore's and Hong Kong's day first ("05/11/2025, 11:05 AM IST" is the 5th
 *  of November); the United States' month first. Not CST (China's and America's Central), nor GMT. */
const DOTTED_DATE = /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/;
// Zones in capitals only: "um 11:05 ist", "à 11:05 et" are words.
const ZONE_AFTER_TIME = /\d[:.]\d\d\s*(?:[aApP]\.?\s?[mM]\.?\s*)?\(?(IST|PKT|WAT|EAT|SAST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|BST|CET|CEST|SGT|HKT|EST|EDT|ET|PST|PDT|PT|MST|MDT|CDT|AKST|AKDT|HST)\b/g;
const MONTH_FIRST_ZONES = new Set(["EST", "EDT", "ET", "PST", "PDT", "PT", "MST", "MDT", "CDT", "AKST", "AKDT", "HST"]);
function orderOfZones(text: string): boolean | undefined {
  let votes = 0;
  for (const m of matchesOf(ZONE_AFTER_TIME, text)) votes += MONTH_FIRST_ZONES.has(m[1]!) ? -1 : 1;
  return votes === 0 ? undefined : votes > 0;
}

/** Pages in Arabic, Hebrew, Persian, Hindi, Greek or Thai write numeric dates day first: with no
 *  evidence either way, a page mostly in those scripts is read so ("12/03/2024" is 12 March). */
const SCRIPT_SAMPLE_CHARS = 5000;
/** Counted by char code over the page's opening, once one search found such a letter there (most
 *  pages have none). */
const DAY_FIRST_LETTER = /[\u0370-\u03ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f]/;
function dayFirstScript(text: string): boolean {
  if (!DAY_FIRST_LETTER.test(text.slice(0, SCRIPT_SAMPLE_CHARS))) return false;
  let script = 0;
  let latin = 0;
  for (let i = 0; i < Math.min(text.length, SCRIPT_SAMPLE_CHARS); i++) {
    const c = text.charCodeAt(i);
    if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
    else if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x590 && c <= 0x6ff) || (c >= 0x900 && c <= 0x97f) || (c >= 0xe00 && c <= 0xe7f)) script++;
  }
  return script > latin;
}

interface NumericDate {
  year: number;
  a: number;
  b: number;
  /** where the date starts in the text */
  at: number;
}
const fullYear = (y: number): number => (y < 100 ? 2000 + y : y);
/** Dates written with the month's name ("Sept. 29, 2020", "28 September 2020"). */
const WRITTEN_DATE = new RegExp(`\\b(?:(${MONTH_WORD_EN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?|(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(${MONTH_WORD_EN})\\.?,?)\\s+((?:19|20)\\d{2})\\b`, "gi");
/** "jan", "feb", …: a month's number is its key's place here, plus one. */
const MONTH_KEYS = MONTHS_EN.split("|");
/** Enough written dates to judge by, so a long page costs no more than a short one. */
const WRITTEN_DATES_MAX = 50;
const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;

/** With no numeric date on the page that only one order can read, the dates written with month names
 *  decide: an ambiguous "02/10/2020" under captions dated "Sept. 29, 2020" is the 2nd of October, the
 *  reading nearer to them. Undefined when there are none, or the readings tie. */
function orderNearWrittenDates(text: string, ambiguous: readonly NumericDate[]): boolean | undefined {
  const written: number[] = [];
  for (const m of matchesOf(WRITTEN_DATE, text)) {
    const month = MONTH_KEYS.indexOf((m[1] ?? m[4])!.slice(0, 3).toLowerCase()) + 1;
    written.push(dayNumber(Number(m[5]), month, Number(m[2] ?? m[3])));
    if (written.length >= WRITTEN_DATES_MAX) break;
  }
  if (written.length === 0) return undefined;
  const nearest = (t: number) => -maxOf(written.map((w) => -Math.abs(w - t)));
  let votes = 0;
  for (const { year, a, b } of ambiguous) {
    const monthFirst = nearest(dayNumber(year, a, b));
    const dayFirst = nearest(dayNumber(year, b, a));
    // Far from every written date, it is some other number ("Python 2.7.13"), or a date of another time.
    if (Math.min(monthFirst, dayFirst) <= NEAR_DAYS) votes += Math.sign(monthFirst - dayFirst);
  }
  return votes === 0 ? undefined : votes > 0;
}
/** How near a reading must come to a written date to count: the page's dates are of one season. */
const NEAR_DAYS = 183;
