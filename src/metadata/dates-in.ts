import type { DateSource, SourceLine } from "../model";
import type { Language } from "../language";
import { findDates, type FoundDate } from "./parse-date";

/* What the date extractors share: the context of a page's dates, their result, and the dates in a
 * text that can be a publication date. */

export interface DateResult {
  date: string;
  dateSource: DateSource;
  line: SourceLine;
  /** the whole line was only metadata (remove it); otherwise the date was read from running text */
  consumeLine: boolean;
  /** read from an "Updated" label, for want of a publication label near the headline */
  updated?: boolean;
}

/** What the dates of a page are read with: its language, how it writes numeric dates, and the day
 *  taken for now. */
export interface DateContext {
  reference?: Date;
  language: Language;
  /** how the page writes numeric dates, when it shows (see numericDayFirst) */
  dayFirst?: boolean;
}

/** The dates in text that can be a publication date: none later than the day after the reference
 *  ("now", or the date the run was told to take for now; a day of slack for the zones). A date to
 *  come is an event's: a deadline, a concert, the next hearing. */
export function datesIn(text: string, ctx: DateContext): FoundDate[] {
  const found = findDates(text, ctx.reference, ctx.language, ctx.dayFirst);
  if (found.length === 0) return found;
  // Plain arithmetic on the UTC day: a luxon DateTime here cost a tenth of the date search.
  const latest = new Date((ctx.reference ?? new Date()).getTime() + DAY_MS).toISOString().slice(0, 10);
  return found.filter((d) => d.iso.slice(0, 10) <= latest);
}
const DAY_MS = 86_400_000;

/** Every date findDates keeps has two digits in a row (a year, or a day and month in figures): one
 *  character class, much cheaper than the word lists, and two thirds of the dev pages' paragraphs
 *  have none. */
export const HAS_DIGITS = /\d\d/;

/** A dateline gives the day; the date line under the byline may give the same day with its time ("18
 *  out. 2025, 14:32" over "PENACOVA, Coimbra, 18 de outubro de 2025 –"): then that line is the date. */
export function withTimeOf(plain: DateResult | undefined, dateline: DateResult): DateResult {
  return plain && plain.date.length > dateline.date.length && plain.date.slice(0, 10) === dateline.date ? plain : dateline;
}
