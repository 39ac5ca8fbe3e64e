import { DATE_START, isDateLine, MORE_WEEKDAYS, WEEKDAYS_WRITTEN_OUT } from "../date-words";
import { isDateLabel } from "./extract-date";
import { isDeskName, isOutletName } from "./bare-names";
import { COMMENT_WORD, COUNT } from "./post-meta";
import { BY_WORD, BYLINE_MAX_CHARS, CALENDAR, NAME, WIRE_AGENCY } from "./byline-words";

/* A writer named on the date's own line: "Anna Lind | 3 March 2025", "Reuters November 18, 2019 11:03 PM". */

/** One to four capitalised words: a person, or an agency or newsroom credited as author. */
const CREDIT = /^\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}$/u;
/** Labels that share a date's line but name nobody (the date stage's publication and update labels,
 *  isDateLabel, the hours' am/pm, a box's "Datum" / "Date" / "Zeit"), weekdays shortened in the dev pages' other
 *  languages ("Do 9 Apr 2020"), and zones in capitals ("CEST", "HKT"). Two expressions: in one
 *  case-insensitive expression, \p{Lu} matches lowercase letters too, and every name of two to four
 *  letters ("Anna") was taken for a zone. */
const NOT_A_CREDIT_WORD = new RegExp(String.raw`^(?:am|pm|on|the|le|la|el|il|lo|de|du|del|der|den|vom|um|op|em|et|est|edt|pst|gmt|utc|bst|cet|ist|date|datum|fecha|data|dato|time|zeit|uhrzeit|heure|hora|ora|(?:mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|gio|sab|ma|wo|vr|za|zo)\.?|${WEEKDAYS_WRITTEN_OUT}|${MORE_WEEKDAYS})$`, "iu");
const ZONE_ABBREVIATION = /^\p{Lu}{2,4}$/u;
const isNotACredit = (s: string): boolean => NOT_A_CREDIT_WORD.test(s) || ZONE_ABBREVIATION.test(s) || isDateLabel(s);

/** A person's name, particles and all ("Marieke van Dongen"). */
const PERSON = new RegExp(String.raw`^${NAME}$`, "u");
/** "Marieke van Dongen – March 3, 2025": an en dash sets a person's name apart from the date. One word
 *  there is as often the section ("Politik – 3. März 2025"), so the name must be a person's, two words
 *  or more, and no place's: the words that open cities' names with a particle ("Ciudad de México", "Rio
 *  de Janeiro") are no first names. */
const PLACE_START = /^(?:Ciudad|Rio|Río|São|San|Santa|Santo|Saint|Sankt|St\.?|Port|Puerto|Porto|Fort|Buenos|Los|Las|Nueva|New|Bad|Den|Villa|Vila|Castel|Castillo|Mont|Monte|Pont|Ponte)\s/;
function personBesideDate(parts: readonly string[]): string | undefined {
  if (parts.length !== 2) return undefined;
  const [before, after] = parts.map((p) => p.trim().replace(BY_WORD, "")) as [string, string];
  return PERSON.test(before) && !PLACE_START.test(before) && !isDeskName(before) && !isNotACredit(before) && isDateLine(after) && !isDateLine(before) ? before : undefined;
}


/** A part that opens with a month or weekday name ("Monday", "Nov") is part of the date. */
const CALENDAR_START = new RegExp(`^${CALENDAR}`, "u");

/** "Barcelona | 3 de marzo de 2025 | 10:15": one word opening a row of the date and the time is the
 *  place it was written in, unless a news agency ("Reuters | Nov 18, 2019 | 11:03"). A blogger's first
 *  name has a row of its own ("Anna | 3 March 2025 | 4 comments"). */
const isPlaceBeforeDate = (part: string, parts: readonly string[]): boolean => part === parts[0] && parts.length >= 3 && !part.includes(" ") && !WIRE_AGENCY.test(part) && parts.slice(1).every((p) => /\d/.test(p));

/** The writer's label before the name in a date line's part ("12.09.2014 | Redakteur: Anna Lind"), as
 *  the by-word is. */
const WRITER_LABEL_BEFORE = /^(?:[Aa]ut(?:or|eur|hor)(?:in)?|[Rr]edakteur(?:in)?|[Tt]exte?)\s*:\s*(?=\p{Lu})/u;

/** A part that is a date alone with its month in words in any language ("15. März 2026", "3 février
 *  2025, 14:05"), which the cheap English date test does not read. */
const WORD_DATE_PART = /^(?:\p{L}+\.?,?\s+)?\d{1,2}\.?\s+\p{L}{3,10}\.?\s+(?:19|20)\d{2}(?:,?\s+\d{1,2}[:.h]\d{2}(?:\s*uhr)?)?$/iu;
const isDatePart = (p: string): boolean => isDateLine(p) || WORD_DATE_PART.test(p);
/** The writer's role in brackets after the name ("Anna Lind (Pressewart Handball)"), as clubs' sites
 *  print it: left out of the name. */
const ROLE_IN_BRACKETS = /\s+\([^()]{2,40}\)$/;

/** The credit on a date line: the words before the date, or a separated part after it. */
export function nameBesideDate(text: string): string | undefined {
  // A table's row ("Datum⇥18.06.2025", innerText's tab between the cells) names no writer.
  if (text.length > BYLINE_MAX_CHARS || text.includes("\t") || !/\d/.test(text)) return undefined;
  // "October 8, 2025 · by Anna Lind · 9 min read": the by-word goes with the name. "Anna Lind — Sunday,
  // 11 February 2024": an em dash sets them apart too (a hyphen there sets off a section: "Erhverv - 02.
  // januar 2020").
  const parts = text.split(/\s+[|/•·—]\s+/).map((p) => p.replace(BY_WORD, "").replace(WRITER_LABEL_BEFORE, "").replace(ROLE_IN_BRACKETS, ""));
  // The update's date and the first one's beside the name make the line too long for one date line
  // ("Anna Lind · Updated Oct 14, 2024 · Originally published Oct 3, 2024"): every part but one is.
  // So does the outlet's name beside the writer's ("Anna Lind · Harbour News · Posted: Feb 18, 2024 4:00 AM
  // CST | Last Updated: February 18").
  // A date in words of another language beside the part: a person's name or an agency there, not one
  // word of a section ("15. März 2026 | Handball").
  const wordDated = !isDateLine(text) && parts.length > 1 && parts.some((p) => WORD_DATE_PART.test(p));
  if (!isDateLine(text) && !wordDated && !(parts.length > 2 && parts.filter((p) => !isDateLine(p) && !isOutletName(p)).length === 1)) return undefined;
  if (parts.length === 1 && text.includes(" – ")) return personBesideDate(text.split(" – "));
  if (parts.length > 1) {
    const credit = parts.find((p) => CREDIT.test(p) && !isNotACredit(p) && !isDeskName(p) && !isDatePart(p) && !CALENDAR_START.test(p) && !isPlaceBeforeDate(p, parts) && (!wordDated || PERSON.test(p) || WIRE_AGENCY.test(p)));
    return credit && parts.some(isDatePart) ? credit : undefined;
  }
  const words = text.split(/\s+/);
  const at = words.findIndex((_, k) => DATE_START.test(words.slice(k, k + 3).join(" ")));
  if (at === 0) return nameAfterDate(text);
  if (at < 0) return undefined;
  const before = words.slice(0, at).join(" ");
  return CREDIT.test(before) && !isNotACredit(before) && !isDeskName(before) && isDateLine(words.slice(at).join(" ")) ? before : undefined;
}

/** A blog theme's meta line, the date first, then the writer and the comment count, nothing between
 *  ("9. Januar 2026 Anna Lind 7 Kommentare"): the name is the writer's. (Without the count, the words
 *  after a date are as often a section's: "12.10.2025 Kreisliga A".) */
const COUNT_AT_END = new RegExp(String.raw`(?:\s+(?:${COMMENT_WORD}))?\s+${COUNT}$`, "i");
const DATE_WORDS_MAX = 4;
/** The date ends with its year or its figures ("9. Januar 2026", "09.01.2026"). */
const DATE_END = /\d{2,4}$/;
function nameAfterDate(text: string): string | undefined {
  const counted = text.replace(COUNT_AT_END, "");
  if (counted === text) return undefined;
  const words = counted.split(/\s+/);
  for (let n = 1; n <= DATE_WORDS_MAX && n <= words.length - 2; n++) {
    const date = words.slice(0, n).join(" ");
    const rest = words.slice(n).join(" ");
    if (DATE_END.test(date) && isDateLine(date) && PERSON.test(rest) && !isDeskName(rest) && !isOutletName(rest)) return rest;
  }
  return undefined;
}
