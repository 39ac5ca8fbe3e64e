/**
 * Month names of languages chrono-node has no parser for, written as numbers: "12 marca 2024" (Polish),
 * "12. března 2024" (Czech), "12 Mart 2024" (Turkish), "12 maj 2024" (Swedish, Danish), "12.
 * maaliskuuta 2024" (Finnish), "12 martie 2024" (Romanian) become "12.3.2024", which the parsers read
 * day first like every dotted date. Only a day, the month and a four-digit year together are
 * rewritten: a month word alone is an ordinary word in some language ("Mart", "maj"). The Nordic
 * clock word after such a date ("3. nov. 2024 kl. 14.05", Finnish "klo 14.05") is dropped and the time
 * written with a colon, which the parsers read as the date's time.
 */
const MONTHS: Record<string, number> = {};
const add = (month: number, ...words: string[]): void => {
  for (const w of words) MONTHS[w] = month;
};
// Polish (genitive and nominative), Czech (genitive and nominative), Turkish, Swedish, Danish and
// Norwegian, Finnish (partitive), Romanian. Forms the existing parsers read already (April, juni,
// September…) are left to them.
add(1, "stycznia", "styczeń", "ledna", "leden", "ocak", "januari", "januar", "tammikuuta", "ianuarie");
add(2, "lutego", "luty", "února", "únor", "şubat", "februari", "februar", "helmikuuta", "februarie");
add(3, "marca", "marzec", "března", "březen", "mart", "mars", "marts", "maaliskuuta", "martie");
add(4, "kwietnia", "kwiecień", "dubna", "duben", "nisan", "huhtikuuta", "aprilie");
add(5, "maja", "maj", "května", "květen", "mayıs", "toukokuuta", "mai");
add(6, "czerwca", "czerwiec", "června", "červen", "haziran", "kesäkuuta", "iunie");
add(7, "lipca", "lipiec", "července", "červenec", "temmuz", "heinäkuuta", "iulie");
add(8, "sierpnia", "sierpień", "srpna", "srpen", "ağustos", "augusti", "elokuuta");
add(9, "września", "wrzesień", "září", "eylül", "syyskuuta", "septembrie");
add(10, "października", "październik", "října", "říjen", "ekim", "lokakuuta", "octombrie");
add(11, "listopada", "listopad", "listopadu", "kasım", "marraskuuta", "noiembrie");
add(12, "grudnia", "grudzień", "prosince", "prosinec", "aralık", "joulukuuta", "decembrie");

const WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
// Digit first, so that the engine only stops at digits; the character before the day is checked in
// the replacement (a lookbehind first would make it try every position of the line).
const DATE = new RegExp(`(\\d{1,2})\\.?\\s+(${WORDS})\\.?,?\\s+(\\d{4})(?![\\p{L}\\p{N}])`, "giu");
const BEFORE_DAY = /[\p{L}\p{N}]/u;

/** "kl."/"klo" and a time right after a year (and its comma). */
const CLOCK = /(\d{4},?)\s+(?:kl\.?|klo)\s+(\d{1,2})[.:](\d{2})(?![.:]?\d)/g;
const MAYBE_CLOCK = /\bkl[.o ]/;

export function withOtherMonths(text: string): string {
  const dated = text.replace(DATE, (whole, day: string, month: string, year: string, at: number) => {
    const m = MONTHS[month.toLowerCase()];
    return m === undefined || (at > 0 && BEFORE_DAY.test(text[at - 1]!)) ? whole : `${day}.${m}.${year}`;
  });
  return MAYBE_CLOCK.test(dated) ? dated.replace(CLOCK, "$1 $2:$3") : dated;
}
