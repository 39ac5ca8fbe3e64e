import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import type { Language } from "../language";
import { withOtherMonths } from "./other-months";

/** A date read from the dump, with only the precision the dump gave. */
export interface FoundDate {
  /** YYYY-MM-DD, or YYYY-MM-DDTHH:mm[:ss][±HH:MM] when the dump states the time */
  iso: string;
  /** where in the text the date phrase starts and ends */
  index: number;
  end: number;
  /** the phrase runs to a later day ("March 3, 2024 - March 5, 2024"): a period, not a point in time */
  period?: boolean;
}

/** chrono's parsers of relative phrases ("3 days ago", "within an hour", "next week", "by the end of
 *  the month", "截止"): none of them reads a written year, and findDates keeps only dates whose year is
 *  written. They cost one to three quarters of every parse. (On every line of the 356 dev dumps that
 *  states a year, each language's parser gives the same dates with and without them.) */
export const RELATIVE_PARSER = /TimeUnit|Relative|EndOfCurrentMonth|Deadline/;
/** A copy of a chrono instance without the parsers above (the refiners are kept as they are). */
export function withoutRelative(parser: chrono.Chrono): chrono.Chrono {
  const lean = parser.clone();
  lean.parsers = lean.parsers.filter((p) => !RELATIVE_PARSER.test(p.constructor.name));
  return lean;
}
type Parser = chrono.Chrono;
const LOCALES = { en: chrono.en, de: chrono.de, fr: chrono.fr, es: chrono.es, it: chrono.it, pt: chrono.pt, nl: chrono.nl, ru: chrono.ru, uk: chrono.uk, ja: chrono.ja, zh: chrono.zh };
// Per language, the parser that reads its numeric dates the local way (British English and the
// continental languages put the day first), tried before the others.
const BY_LANGUAGE = Object.fromEntries(Object.entries(LOCALES).map(([language, locale]) => [language, withoutRelative(locale.casual)])) as Record<Language, Parser>;
const EN_GB = withoutRelative(chrono.en.GB);
const ALL: Parser[] = (["en", "de", "fr", "es", "it", "nl", "pt"] as const).map((language) => BY_LANGUAGE[language]);
/** A stated date names its year; "yesterday" or "Friday" resolved against today would be invented.
 *  A numeric date keeps one separator: "7.5/10" is a rating, "1.5-2" a range. */
const YEAR_IN_TEXT = /\b(?:1[89]|20)\d{2}\b|\b\d{1,2}([./-])\d{1,2}\1\d{2}\b/;

// Month names and abbreviations in the parsers' languages (prefix match is enough for a pre-check).
const MONTH_WORD = /\b(?:jan(?:uary|uar|vier|v|eiro|uari)?|feb(?:ruary|ruar|rero|braio|ruari)?|f[ée]v(?:rier|ereiro|r)?|mar(?:ch|s|zo|ço|t)?|m[äa]r(?:z)?|maart|mrt|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maio|maggio|mag|mei|jun(?:e|i|io|ho)?|juin|giu(?:gno)?|jul(?:y|i|io|ho)?|juil(?:let)?|lug(?:lio)?|aug(?:ust|ustus)?|ao[ûu]t|ago(?:sto)?|sep(?:t|tember|tembre|tiembre)?|set(?:tembre|embro)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|ott(?:obre)?|out(?:ubro)?|nov(?:ember|embre|iembre|embro)?|dec(?:ember)?|d[ée]c(?:embre)?|dez(?:ember|embro)?|dic(?:embre|iembre)?|ene(?:ro)?|gen(?:naio)?|jän(?:ner)?)\.?(?![\p{L}])|(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)\p{L}*|\d\s*[月年]/iu;
/** A month word that is not English (März, juin, dicembre…): only then are the other languages tried. */
const FOREIGN_MONTH = /\b(?:ago|gen|mag|giu|lug|set|ott|dic|ene|abr|fev|out|jän|januar|februar|märz|mär|mai|juni|juli|okt|oktober|dez|dezember|janv|janvier|févr|février|fevrier|mars|avril|juin|juil|juillet|août|aout|sept|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mrt|mei|augustus|oktober)\b/i;
const NUMERIC_DATE = /\b\d{1,4}([-./])\d{1,2}\1\d{1,4}\b/;

/** Earliest and latest year we accept as a news publication date: older ones are historical events. */
export const MIN_YEAR = 1990;

/**
 * Every fully stated date (day, month and year all written) in `text`. Relative words ("yesterday")
 * and partial dates ("May 2023") are left out: they are events, not publication dates, unless a cue
 * rule resolves them.
 */
export function findDates(raw: string, reference: Date = new Date(), language: Language = "en", dayFirst?: boolean): FoundDate[] {
  if (!mayHoldDate(raw)) return [];
  const key = `${language}|${dayFirst}|${reference.getTime()}|${raw}`;
  const hit = CACHE.get(key);
  if (hit) return hit;
  // Scrapers glue a date to its neighbours ("La Información16.08.2020", "28 luglio 202010:43"); parse
  // a copy with those seams opened by a space. Positions then refer to that copy, a character or two
  // off the raw text; callers only use them for rough measures (how much else is on the line).
  const text = prepared(raw, language);
  // chrono is slow; only a text that states a year (see YEAR_IN_TEXT) and a month can hold a date we keep.
  const found = !YEAR_IN_TEXT.test(text) || !hasDayDigits(text) || !(MONTH_WORD.test(text) || NUMERIC_DATE.test(text)) ? [] : parseAll(text, reference, language, dayFirst);
  if (CACHE.size >= CACHE_SIZE) CACHE.clear();
  CACHE.set(key, found);
  return found;
}

/** The copy of a text the parsers read: seams opened, other languages' months and times rewritten. */
const prepared = (raw: string, language: Language): string => withTimeJoined(withOtherMonths(unglue(withAsciiDigits(raw), language), language));

/** Whether text states a period, two dates joined by a dash or a word for "to" ("vom 04.11.23 –
 *  30.08.24", "March 3, 2024 - March 5, 2024"): an event's or a closure's time, not a publication date. */
export function statesPeriod(raw: string, reference: Date = new Date(), language: Language = "en", dayFirst?: boolean): boolean {
  const dates = findDates(raw, reference, language, dayFirst);
  if (dates.some((d) => d.period)) return true;
  if (dates.length < 2) return false;
  const text = prepared(raw, language);
  return dates.some((d, i) => i > 0 && PERIOD_JOIN.test(text.slice(dates[i - 1]!.end, d.index)));
}
const PERIOD_JOIN = /^\s*(?:[–—-]|bis(?: zum)?|to|until|through|au|al|à)\s*$/i;

/** Whether text has the digits of a stated year (see YEAR_IN_TEXT), glued or not: most lines do not,
 *  and this is checked before anything else is done with them. Opening glued seams only adds spaces,
 *  so a line without these digits cannot hold a date after that either. */
export const mayHoldDate = (text: string): boolean => YEAR_DIGITS.test(text) || EASTERN_YEAR.test(text);
const YEAR_DIGITS = /(?:1[89]|20)\d{2}|\d[./-]\d{1,2}[./-]\d{2}/;

/** Whether a digit is left once the years are taken out: a day in figures. A month and a year alone
 *  ("März 2009", a blog's archive links, a hundred on some pages) state no day, and chrono costs a
 *  tenth of a millisecond a line. */
const hasDayDigits = (text: string): boolean => /\d/.test(text.replace(YEARS, ""));
const YEARS = /(?:1[89]|20)\d{2}/g;

/** Dumps repeat their date lines and the extractors look at the same lines more than once. */
const CACHE = new Map<string, FoundDate[]>();
const CACHE_SIZE = 2000;
/** Forget the dates read so far (for measuring a run over dumps that share no lines). */
export const clearDateCache = (): void => CACHE.clear();

/** A day's number with the full stop of the continental languages before a word ("18. November"), the
 *  form the English parser does not read. One or two digits: "in May 2020. Then …" ends a sentence and
 *  cost the other six parsers a try each. */
const DAY_DOT_WORD = /\b\d{1,2}\.\s*\p{L}/u;

function parseAll(text: string, reference: Date, language: Language, dayFirst?: boolean): FoundDate[] {
  // Numeric dates with dots are day-first everywhere they are used (02.11.2020 = 2 November).
  // The page's own language first, then English (dates on foreign pages are often in English);
  // the other languages only when the text has a month word neither of those knows.
  const others = FOREIGN_MONTH.test(text) || DAY_DOT_WORD.test(text) ? ALL.filter((p) => p !== BY_LANGUAGE[language] && p !== BY_LANGUAGE.en) : [];
  // English's reading of a numeric date on a page in another language is day first ("05-02-24" on a
  // Dutch page is the 5th of February), unless the page's own dates say month first.
  const parsers = [BY_LANGUAGE[language], ...(language === "en" ? [] : [dayFirst === false ? BY_LANGUAGE.en : EN_GB]), ...others];
  if (language === "en" && (dayFirst === true || (dayFirst === undefined && /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/.test(text)))) parsers.unshift(EN_GB);
  for (const parser of parsers) {
    const results = parser.parse(text, reference).filter((r) => YEAR_IN_TEXT.test(r.text) && r.start.isCertain("month") && r.start.isCertain("day") && (r.start.isCertain("year") || endsStated(r)));
    const found = results.map(toFound).filter((f) => f.iso && Number(f.iso.slice(0, 4)) >= MIN_YEAR) as FoundDate[];
    if (found.length) return found;
  }
  return [];
}

/** A period whose year is written at its end only ("15 March – 30 June 2025"): chrono gives its start
 *  the end's year. Left out, the period's end was read alone, as an exhibition page's date. */
const endsStated = (r: chrono.ParsedResult): boolean => !!r.end && r.end.isCertain("year") && r.end.isCertain("month") && r.end.isCertain("day");

/** A chrono result as a found date; a range that ends on another day is a period. */
function toFound(r: chrono.ParsedResult): { iso: string | null; index: number; end: number; period?: boolean } {
  const found = { iso: isoOf(r.start, r.text), index: r.index, end: r.index + r.text.length };
  const sameDay = !r.end || (["year", "month", "day"] as const).every((k) => r.end!.get(k) === r.start.get(k));
  return sameDay ? found : { ...found, period: true };
}

/** The zone names whose offset changes with summer time. chrono gives them the offset of the reference
 *  day, not of the date, when the time comes first ("10:32 a.m. ET, Oct. 28, 2024" came out −05:00);
 *  luxon gives the offset the zone had on the date. */
const SEASONAL_ZONE: Record<string, string> = { ET: "America/New_York", CT: "America/Chicago", MT: "America/Denver", PT: "America/Los_Angeles", CET: "Europe/Paris" };
const SEASONAL_ZONE_NAME = /\b(ET|CT|MT|PT|CET)\b/;

function isoOf(c: chrono.ParsedComponents, text: string): string | null {
  const y = c.get("year"), m = c.get("month"), d = c.get("day");
  if (y == null || m == null || d == null) return null;
  const day = DateTime.fromObject({ year: y, month: m, day: d });
  if (!day.isValid) return null;
  const date = day.toISODate()!;
  if (!c.isCertain("hour")) return date;
  const h = c.get("hour") ?? 0, min = c.get("minute") ?? 0;
  const time = `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
  const zone = c.isCertain("timezoneOffset") ? SEASONAL_ZONE_NAME.exec(text)?.[1] : undefined;
  const off = zone ? DateTime.fromObject({ year: y, month: m, day: d, hour: h, minute: min }, { zone: SEASONAL_ZONE[zone] }).offset : c.isCertain("timezoneOffset") ? c.get("timezoneOffset") : null;
  if (off == null) return `${date}T${time}`;
  const sign = off < 0 ? "-" : "+";
  const abs = Math.abs(off);
  return `${date}T${time}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** Add whole days to the date part of an ISO string (for "yesterday, October 16th" → the 17th). */
export function shiftDays(iso: string, days: number): string {
  // From the numbers, not DateTime.fromISO: its parser costs twice the whole shift (about 10 µs).
  const [year, month, day] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)].map(Number);
  return DateTime.fromObject({ year, month, day }).plus({ days }).toISODate()!;
}

/** German dates without the day's full stop, day first or month first; on pages in other languages only
 *  with the names English does not share ("14 November 2022" there is English, which the English parser
 *  reads as written; rewritten, it took the English parser and three others to fail first). */
const germanDates = (months: string) => ({ dayMonth: new RegExp(`\\b(\\d{1,2})\\s+(${months})\\b`, "g"), monthDay: new RegExp(`\\b(${months})\\s+(\\d{1,2}),`, "g") });
const GERMAN_DATES = germanDates("Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember");
const GERMAN_ONLY_DATES = germanDates("Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember");

/** A month's name written against the lowercase Latin letter before it, a day number after it: the
 *  writer's name glued to the date of a byline ("Jane DoeMarch 12, 2018"). Month first, the letter
 *  checked behind it: trying the month names after every lowercase letter cost 50-70 ns a character. */
const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember";
const GLUED_MONTH = new RegExp(`(?:${MONTH_NAMES})(?=\\s+\\d{1,2}\\b)(?<=[a-zß-öø-ÿ](?:${MONTH_NAMES}))`, "g");
/** A plain test first: a lowercase letter against a month's initial. */
const MAYBE_GLUED_MONTH = /[a-zß-öø-ÿ][JFMASOND]/;
/** Arabic-Indic and Persian digits ("١٢/٠٣/٢٠٢٤") as ASCII, which the parsers read. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const EASTERN_YEAR = /[\u0660-\u0669\u06f0-\u06f9]{4}/;
const withAsciiDigits = (s: string): string => (EASTERN_YEAR.test(s) ? s.replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) & 0xf)) : s);

/** A time set apart from its date by a bar, a dot or a dash ("Nov 3, 2024 · 5:42 PM", "03.11.2024 |
 *  14:05", "… de 2024 - 12:10"), after Polish "r." ("8 listopada 2024 r., 08:15"), with an "h" after it
 *  ("21:03h") or after a Korean, Japanese or Chinese half-day word ("오후 3:27" = 3:27 PM): chrono reads
 *  the date and drops the time; joined with a comma, written with a colon and "AM"/"PM", it keeps it.
 *  Not a date after the separator ("03.11.2024 – 05.11.2024" is a period). */
const TIME_APART = /((?:19|20)\d{2})(?:\s*[·•|–—-]|\s+r\.,?)\s*(?=(?:오[전후]|午[前後]|[上下]午)?\s*\d{1,2}[:.h]\d{2}(?![.\d/]))/g;
/** "21:03h", "18:41hs" (Argentina's "horas"): the hour's letters after a time written with a
 *  colon cut the time to its hour. (French "16h33"
 *  the French parser reads as it is, and not after "à" once rewritten with a colon.) */
/** …or written before the date, set apart the same way ("5:42 AM PST · November 3, 2024"). */
const TIME_BEFORE = /(\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,4})?)\s*[·•|]\s*(?=\p{L}+\.?\s+\d|\d{1,2}[./])/gu;
const H_AFTER_TIME = /(\d{1,2}:\d{2})hs?\b/g;
/** "às 20h15", "20h15": the hour's letter between hour and minutes, which the parsers other than the
 *  French one do not read, so the date lost its time; rewritten with a colon, except after French "à". */
const H_TIME = /(?<!à\s*)\b([01]?\d|2[0-3])h([0-5]\d)\b/g;
/** …or with spaces around the "h" as French and Quebec pages print it ("à 16 h 45", "7 h 32 HNE"), which
 *  the parsers read as the hour alone; or glued to the next label ("7:05Mis à jour …"). */
const SPACED_H_TIME = /\b([01]?\d|2[0-3])(?: h ?| ?h )([0-5]\d)\b/g;
const TIME_GLUED = /(\d{1,2}:\d{2})(?=\p{Lu}\p{Ll})/gu;
const HALF_DAY = /(오[전후]|午[前後]|[上下]午)\s*(\d{1,2}:\d{2})/g;
const PM_WORDS = new Set(["오후", "午後", "下午"]);
/** …or an Arabic one after it ("02:30 م", "9:15 صباحاً"): م / مساءً is the afternoon, ص / صباحاً the morning. */
const ARABIC_HALF_DAY = /(\d{1,2}:\d{2})\s*(مساءً|مساء|صباحاً|صباحا|صباح|م|ص)(?![\p{L}])/gu;
function withTimeJoined(text: string): string {
  let out = text;
  if (/[·•|–—-]|\sr\./.test(out)) out = out.replace(TIME_APART, "$1, ").replace(TIME_BEFORE, "$1, ");
  if (out.includes(" h") || out.includes("h ")) out = out.replace(SPACED_H_TIME, "$1h$2");
  if (out.includes("h")) out = out.replace(H_AFTER_TIME, "$1").replace(H_TIME, "$1:$2");
  if (out.includes(":")) out = out.replace(TIME_GLUED, "$1 ");
  if (/[오午]/.test(out)) out = out.replace(HALF_DAY, (_m, half: string, time: string) => `${time} ${PM_WORDS.has(half) ? "PM" : "AM"}`);
  if (/[صم]/.test(out)) out = out.replace(ARABIC_HALF_DAY, (_m, time: string, half: string) => `${time} ${half.startsWith("م") ? "PM" : "AM"}`);
  return out;
}

/** A month's name between full stops ("12.mar.2025 às 20h15", "12.Mar.2025"), which no parser reads;
 *  read as "12 mar 2025". */
const DOTTED_MONTH = /\b(\d{1,2})\.(\p{L}{3,9})\.((?:19|20)\d{2})\b/gu;

/** A numeric date written against the letter before it ("Información16.08.2020"). Digit first, the
 *  letter checked behind it; and only on text with some character other than space and ASCII
 *  punctuation right before a digit. */
const LETTER_DATE = /\d(?<=\p{L}\d)\d?[./]\d{1,2}[./]\d{2,4}/gu;
const MAYBE_LETTER_DATE = /[^\s\d!-/:-@[-`{-~]\d/;

/** Opens the seams where a date touches a word: a letter glued to a numeric date or to a month's name,
 *  a year glued to the time or day that follows it (or to the same date printed again), or to a word. */
export function unglue(raw: string, language: Language = "en"): string {
  // German without the day's full stop ("14 Januar 2022") or month first ("Juli 12, 2017"): chrono's
  // German parser reads only "14. Januar 2022".
  const german = language === "de" ? GERMAN_DATES : GERMAN_ONLY_DATES;
  let text = raw.includes(".") ? raw.replace(DOTTED_MONTH, (m, day: string, month: string, year: string) => (MONTH_WORD.test(month) ? `${day} ${month} ${year}` : m)) : raw;
  text = text.replace(german.dayMonth, "$1. $2").replace(german.monthDay, "$2. $1");
  if (MAYBE_GLUED_MONTH.test(text)) text = text.replace(GLUED_MONTH, " $&");
  if (MAYBE_LETTER_DATE.test(text)) text = text.replace(LETTER_DATE, " $&");
  // …or to the next label ("Published March 30, 2025Updated March 31, 2025").
  // …or a time's zone to the next label ("3:12 PM GMTUpdated 2 hours ago").
  const spaced = text.replace(/\b((?:19|20)\d{2})(?=\d{1,2}(?:[.:/]|\s)|\p{Lu}\p{Ll})/gu, "$1 ");
  return GLUED_ZONE_HINT.test(spaced) ? spaced.replace(GLUED_ZONE, "$1 ") : spaced;
}
const GLUED_ZONE_HINT = /[A-Z]{3}[A-Z][a-z]/;
const GLUED_ZONE = /(?<=\d\s?(?:[AaPp]\.?[Mm]\.?)?\s?)(GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT)(?=\p{Lu}\p{Ll})/gu;
