import type { SourceLine } from "../model";
import type { DateResult } from "./dates-in";
import { badgeMonth } from "./other-months";

/* A blog theme's date badge beside the post's title, its day, month and year a line each. `read` reads
 * a date line as the date stage does (extract-date's dateOnly). */

/** A blog theme's date badge, one part a line: "APR" / "02" / "2020", "12" / "MÄR" / "2024". */
const BADGE_PART = /^(?:\d{1,4}|\p{L}{3,4}\.?)$/u;
export function dateBadge(near: readonly SourceLine[], read: (text: string) => string | undefined): DateResult | undefined {
  for (let k = 0; k + 2 < near.length; k++) {
    const parts = [near[k]!, near[k + 1]!, near[k + 2]!];
    if (!parts.every((l) => BADGE_PART.test(l.text))) continue;
    const [a, b, c] = parts.map((l) => l.text);
    // A day first takes its full stop, as German writes it and its parser reads it ("12. MÄR 2024").
    const d = read(`${a} ${b} ${c}`) ?? (/^\d{1,2}$/.test(a!) ? read(`${a}. ${b} ${c}`) : undefined) ?? badgeIso([a!, b!, c!], read);
    if (d) return { date: d, dateSource: "published", line: parts[0]!, consumeLine: false };
  }
  return undefined;
}

/** A badge whose month the parsers do not read in its place, as the date in figures: its month
 *  abbreviation, its day of one or two figures and its year of four, in any order. */
function badgeIso(parts: readonly string[], read: (text: string) => string | undefined): string | undefined {
  const month = parts.map(badgeMonth).find((m) => m !== undefined);
  const day = parts.find((p) => /^\d{1,2}$/.test(p));
  const year = parts.find((p) => /^\d{4}$/.test(p));
  return month && day && year ? read(`${year}-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}`) : undefined;
}
