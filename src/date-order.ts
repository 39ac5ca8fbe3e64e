import { MONTH_WORD_EN, MONTHS_EN } from "./date-words";
import { maxOf } from "./arrays";
import { matchesOf } from "./matches";

/* The order a page writes its numeric dates in, from the page itself: its unambiguous dates, weekdays,
 * zones, spelling, currency and script. The date parser reads "04/03/2025" by it. */

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
