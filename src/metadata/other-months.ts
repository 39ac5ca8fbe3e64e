/**
 * Month names of languages chrono-node has no parser for, written as numbers: "12 marca 2024" (Polish),
 * "12. března 2024" (Czech), "12 Mart 2024" (Turkish), "12 maj 2024" (Swedish, Danish), "12.
 * maaliskuuta 2024" (Finnish), "12 martie 2024" (Romanian) become "12.3.2024", which the parsers read
 * day first like every dotted date. Only a day, the month and a four-digit year together are
 * rewritten: a month word alone is an ordinary word in some language ("Mart", "maj"). Greek, Hindi,
 * Arabic, Hebrew and Indonesian names too, and the Korean and Vietnamese year-first forms. The Nordic
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

// Indonesian; Greek (genitive); Hindi; Arabic (the Egyptian and
// Gulf names, and the Levantine ones); Hebrew, with the "ב" ("in") it is written with.
add(3, "maret");
add(8, "agustus");
add(12, "desember");
add(1, "ιανουαρίου", "ιανουαριου", "जनवरी", "يناير", "كانون الثاني", "ינואר", "בינואר");
add(2, "φεβρουαρίου", "φεβρουαριου", "फ़रवरी", "फरवरी", "فبراير", "شباط", "פברואר", "בפברואר");
add(3, "μαρτίου", "μαρτιου", "मार्च", "مارس", "آذار", "מרץ", "במרץ");
add(4, "απριλίου", "απριλιου", "अप्रैल", "أبريل", "ابريل", "نيسان", "אפריל", "באפריל");
add(5, "μαΐου", "μαιου", "मई", "مايو", "أيار", "מאי", "במאי");
add(6, "ιουνίου", "ιουνιου", "जून", "يونيو", "حزيران", "יוני", "ביוני");
add(7, "ιουλίου", "ιουλιου", "जुलाई", "يوليو", "تموز", "יולי", "ביולי");
add(8, "αυγούστου", "αυγουστου", "अगस्त", "أغسطس", "آب", "אוגוסט", "באוגוסט");
add(9, "σεπτεμβρίου", "σεπτεμβριου", "सितंबर", "सितम्बर", "سبتمبر", "أيلول", "ספטמבר", "בספטמבר");
add(10, "οκτωβρίου", "οκτωβριου", "अक्टूबर", "أكتوبر", "اكتوبر", "تشرين الأول", "אוקטובר", "באוקטובר");
add(11, "νοεμβρίου", "νοεμβριου", "नवंबर", "नवम्बर", "نوفمبر", "تشرين الثاني", "נובמבר", "בנובמבר");
add(12, "δεκεμβρίου", "δεκεμβριου", "दिसंबर", "दिसम्बर", "ديسمبر", "كانون الأول", "דצמבר", "בדצמבר");

const WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
// Digit first, so that the engine only stops at digits; the character before the day is checked in
// the replacement (a lookbehind first would make it try every position of the line).
const DATE = new RegExp(`(\\d{1,2})\\.?\\s+(${WORDS})\\.?,?\\s+(\\d{4})(?![\\p{L}\\p{N}])`, "giu");
const BEFORE_DAY = /[\p{L}\p{N}]/u;

/** "kl."/"klo" and a time right after a year (and its comma). */
const CLOCK = /(\d{4},?)\s+(?:kl\.?|klo)\s+(\d{1,2})[.:](\d{2})(?![.:]?\d)/g;
const MAYBE_CLOCK = /\bkl[.o ]/;

/** Year first, with the unit after each number: Korean "2024년 11월 3일"; and Vietnamese "ngày 10 tháng
 *  12 năm 2024" ("day 10, month 12, year 2024"). */
const KOREAN = /(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일/g;
/** Norwegian "2. des. 2024", with both full stops: "12 des 2000 participants" is French. */
const NORWEGIAN_DEC = /\b(\d{1,2})\.\s+des\.\s+(\d{4})\b/g;
const VIETNAMESE = /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm|,)\s+(\d{4})/giu;

export function withOtherMonths(raw: string): string {
  let text = raw;
  if (text.includes("년")) text = text.replace(KOREAN, "$3.$2.$1");
  if (text.includes("tháng")) text = text.replace(VIETNAMESE, "$1.$2.$3");
  if (text.includes("des.")) text = text.replace(NORWEGIAN_DEC, "$1.12.$2");
  const dated = text.replace(DATE, (whole, day: string, month: string, year: string, at: number) => {
    const m = MONTHS[month.toLowerCase()];
    return m === undefined || (at > 0 && BEFORE_DAY.test(text[at - 1]!)) ? whole : `${day}.${m}.${year}`;
  });
  return MAYBE_CLOCK.test(dated) ? dated.replace(CLOCK, "$1 $2:$3") : dated;
}
