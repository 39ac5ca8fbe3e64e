/**
 * Month names of languages chrono-node has no parser for, written as numbers: "12 marca 2024" (Polish),
 * "12. března 2024" (Czech), "12 Mart 2024" (Turkish), "12 maj 2024" (Swedish, Danish), "12.
 * maaliskuuta 2024" (Finnish), "12 martie 2024" (Romanian), "12. novembra 2025" (Slovak, Serbian),
 * "14. srpnja 2025." (Croatian), "10 de desembre de 2025" (Catalan) become "12.3.2024", which the
 * parsers read day first like every dotted date. Only a day, the month and a four-digit year together
 * are rewritten: a month word alone is an ordinary word in some language ("Mart", "maj"). Greek, Hindi,
 * Arabic, Hebrew and Indonesian names too, and the year-first forms of Korean, Vietnamese, Hungarian
 * and Lithuanian. The Nordic clock word after such a date ("3. nov. 2024 kl. 14.05", Finnish "klo
 * 14.05") is dropped and the time written with a colon, which the parsers read as the date's time.
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

// Slovak, Serbian Latin (genitive); Croatian (genitive and nominative; its October, "listopad", is the
// Polish and Czech November: see polishOrCroatian); Catalan. Names another table or parser has with the
// same month ("marca", "maja", "novembra" in Slovenian) are given once.
add(1, "januára", "januara", "siječnja", "siječanj", "gener");
add(2, "februára", "februara", "veljače", "veljača", "febrer");
add(3, "marta", "ožujka", "ožujak", "març");
add(4, "apríla", "aprila", "travnja", "travanj");
add(5, "mája", "svibnja", "svibanj", "maig");
add(6, "júna", "juna", "lipnja", "lipanj", "juny");
add(7, "júla", "jula", "srpnja", "srpanj", "juliol");
add(8, "augusta", "avgusta", "kolovoza", "kolovoz", "agost");
add(9, "septembra", "rujna", "rujan", "setembre");
add(10, "októbra", "oktobra");
add(11, "novembra", "studenoga", "studenog", "studeni");
add(12, "decembra", "prosinca", "prosinac", "desembre");

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

/** Catalan names that Spanish ("abril", "octubre") or French ("novembre") shares, taken only in the
 *  forms those languages do not write ("d'abril", "de novembre"); otherwise their parsers read them. */
const CATALAN_AFTER_DE: Record<string, number> = { "d'abril": 4, "d'octubre": 10, "de novembre": 11 };
const CATALAN_SHARED = ["abril", "octubre", "novembre"];
const catalanMonth = (de: string, w: string): number | undefined => CATALAN_AFTER_DE[`${/^de/i.test(de) ? "de " : "d'"}${w}`];

const WORDS = [...Object.keys(MONTHS), ...CATALAN_SHARED].sort((a, b) => b.length - a.length).join("|");
// Digit first, so that the engine only stops at digits; the character before the day is checked in
// the replacement (a lookbehind first would make it try every position of the line). Groups: the day,
// its full stop, Catalan "de"/"d'", the month, the year.
const DATE = new RegExp(`(\\d{1,2})(\\.?)\\s+(de\\s+|d['’])?(${WORDS})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?![\\p{L}\\p{N}])`, "giu");
const BEFORE_DAY = /[\p{L}\p{N}]/u;

/** "listopad(a)" is November in Polish and Czech but October in Croatian, and the page's language is
 *  not known here (the detector has neither). Croatian puts a full stop after the day and after the
 *  year ("8. listopada 2025.") and "u" before the time; Polish neither full stop ("8 listopada 2025",
 *  "8 listopada 2025 r."). A line with only one of the full stops could be either (a Polish sentence
 *  ending on its date, a Croatian page that drops one stop): no month, so no date rather than a wrong
 *  one. */
const LISTOPAD = new Set(["listopada", "listopad"]);
const CROATIAN_TIME = /^\.?,?\s+u\s+\d{1,2}[:.]\d{2}/;
const YEAR_STOP = /^\.(?!\d)/;
function polishOrCroatian(dayStop: boolean, after: string): number | undefined {
  if (CROATIAN_TIME.test(after)) return 10;
  const yearStop = YEAR_STOP.test(after);
  return dayStop && yearStop ? 10 : !dayStop && !yearStop ? 11 : undefined;
}

/** Year first: Hungarian "2025. szeptember 8." (the day's full stop required: "in 2025. November 12
 *  was…" is English), and Lithuanian "2025 m. lapkričio 12 d." ("year", month, day "d."). */
const HUNGARIAN_MONTHS: Record<string, number> = {};
const LITHUANIAN_MONTHS: Record<string, number> = {};
["január jan", "február febr", "március márc", "április ápr", "május máj", "június jún", "július júl", "augusztus aug", "szeptember szept", "október okt", "november nov", "december dec"].forEach((names, k) => {
  for (const w of names.split(" ")) HUNGARIAN_MONTHS[w] = k + 1;
});
["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"].forEach((w, k) => (LITHUANIAN_MONTHS[w] = k + 1));
const alternatives = (table: Record<string, number>): string => Object.keys(table).sort((a, b) => b.length - a.length).join("|");
const HUNGARIAN = new RegExp(`((?:19|20)\\d{2})\\.\\s+(${alternatives(HUNGARIAN_MONTHS)})\\.?\\s+(\\d{1,2})\\.(?![\\p{L}\\p{N}])`, "giu");
const LITHUANIAN = new RegExp(`((?:19|20)\\d{2})\\s*m\\.\\s+(${alternatives(LITHUANIAN_MONTHS)})\\s+(\\d{1,2})(?:\\s*d\\.)?(?![\\p{L}\\p{N}])`, "giu");
const yearFirst = (table: Record<string, number>) => (whole: string, year: string, month: string, day: string): string => {
  const m = table[month.toLowerCase()];
  return m === undefined ? whole : `${day}.${m}.${year}`;
};

/** Czech, Slovak, Croatian and Serbian space a numeric date's parts: "4. 2. 2026", "11. 06. 2025.".
 *  Only with a year of four digits: "Kapitel 4. 2. Absatz" and version numbers have none. */
const SPACED = /(\d{1,2})\.\s*(\d{1,2})\.\s*((?:19|20)\d{2})(?!\d)/g;
const MAYBE_SPACED = /\d\.\s/;
const BEFORE_SPACED = /[\p{L}\p{N}.]/u;

/** "kl."/"klo" and a time right after a year (and its comma). */
const CLOCK = /(\d{4},?)\s+(?:kl\.?|klo)\s+(\d{1,2})[.:](\d{2})(?![.:]?\d)/g;
const MAYBE_CLOCK = /\bkl[.o ]/;
/** A time after a dotted date past the year's full stop (Croatian, Serbian: "12.11.2025. 14:05") or the
 *  word for "at" (Slovak and Polish "o", Croatian "u"), which hide it from the parsers. */
const TIME_AFTER_DOTTED = /(\d{1,2}\.\d{1,2}\.\d{4})(?:\.?\s+[ou]|\.)\s+(\d{1,2}:\d{2})(?![.:]?\d)/g;

/** Year first, with the unit after each number: Korean "2024년 11월 3일"; and Vietnamese "ngày 10 tháng
 *  12 năm 2024" ("day 10, month 12, year 2024"). */
const KOREAN = /(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일/g;
/** Norwegian "2. des. 2024", with both full stops: "12 des 2000 participants" is French. */
const NORWEGIAN_DEC = /\b(\d{1,2})\.\s+des\.\s+(\d{4})\b/g;
const VIETNAMESE = /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm|,)\s+(\d{4})/giu;

/** Month first, as WordPress's default format writes a date in any language ("maio 5, 2024", "mayo 5,
 *  2024", "mei 5, 2024", "mars 5, 2024"): the Spanish, Portuguese, Dutch, French and German parsers
 *  read their months only after the day. (English and Italian read this order already.) */
const MONTH_FIRST: Record<string, number> = {};
[
  "enero janeiro januari janvier januar",
  "febrero fevereiro februari février februar",
  "marzo março maart mars märz",
  "abril",
  "mayo maio mei mai",
  "junio junho juni juin",
  "julio julho juli juillet",
  "agosto augustus août",
  "septiembre setiembre setembro septembre",
  "octubre outubro oktober octobre",
  "noviembre novembro novembre",
  "diciembre dezembro décembre dezember",
].forEach((names, k) => {
  for (const w of names.split(" ")) MONTH_FIRST[w] = k + 1;
});
const MONTH_FIRST_DATE = new RegExp(`(?<![\\p{L}])(${Object.keys(MONTH_FIRST).join("|")})\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})(?!\\d)`, "giu");
/** A day and a year after a word: a plain test before the expression, on the few lines that hold one. */
const DAY_YEAR = /[^\d\s]\s+\d{1,2},?\s+(?:19|20)\d{2}/;

/** Month names in the table above that a page's own language shares (German "Januar", "Mai" with
 *  Danish; French "mars", "mai"; Dutch "januari" with Swedish): that language's parser reads them as
 *  written. Rewritten to figures, the date phrase came out several characters short, and a date line
 *  with the writer's name on it ("Geschrieben von … am 22. Januar 2025") measured as too long to be one. */
const OWN_MONTHS: Record<string, ReadonlySet<string>> = { de: new Set(["januar", "februar", "mai"]), fr: new Set(["mars", "mai"]), nl: new Set(["januari", "februari"]) };

export function withOtherMonths(raw: string, language?: string): string {
  let text = raw;
  if (DAY_YEAR.test(text)) text = text.replace(MONTH_FIRST_DATE, (_whole, month: string, day: string, year: string) => `${day}.${MONTH_FIRST[month.toLowerCase()]}.${year}`);
  if (text.includes("년")) text = text.replace(KOREAN, "$3.$2.$1");
  if (text.includes("tháng")) text = text.replace(VIETNAMESE, "$1.$2.$3");
  if (text.includes("des.")) text = text.replace(NORWEGIAN_DEC, "$1.12.$2");
  if (text.includes(" m.")) text = text.replace(LITHUANIAN, yearFirst(LITHUANIAN_MONTHS));
  if (text.includes(". ")) text = text.replace(HUNGARIAN, yearFirst(HUNGARIAN_MONTHS));
  if (MAYBE_SPACED.test(text)) text = text.replace(SPACED, (whole, day: string, month: string, year: string, at: number) => (at > 0 && BEFORE_SPACED.test(text[at - 1]!) ? whole : `${day}.${month}.${year}`));
  const source = text;
  text = text.replace(DATE, (whole, day: string, dayStop: string, de: string | undefined, month: string, year: string, at: number) => {
    const w = month.toLowerCase();
    if (language && OWN_MONTHS[language]?.has(w)) return whole;
    const m = LISTOPAD.has(w) ? polishOrCroatian(!!dayStop, source.slice(at + whole.length)) : (MONTHS[w] ?? (de ? catalanMonth(de, w) : undefined));
    return m === undefined || (at > 0 && BEFORE_DAY.test(source[at - 1]!)) ? whole : `${day}.${m}.${year}`;
  });
  if (text.includes(":")) text = text.replace(TIME_AFTER_DOTTED, "$1 $2");
  return MAYBE_CLOCK.test(text) ? text.replace(CLOCK, "$1 $2:$3") : text;
}

/** The month abbreviations of English, German and French date badges, in capitals or not, with or
 *  without their stop: "MRZ" / "14" / "2022", "14" / "FÉVR" / "2020". The parsers read the German ones
 *  after a day ("14. Okt 2022") but not before it, and neither "MRZ" nor "FÉVR"; a badge prints its
 *  month first as often. */
const BADGE_MONTHS: Record<string, number> = {};
["jan janv", "feb febr fév févr fev fevr", "mar mär mrz maer mars", "apr avr", "may mai", "jun juin", "jul juil", "aug aoû août aou aout", "sep sept", "oct okt", "nov", "dec dez déc"].forEach((names, k) => {
  for (const w of names.split(" ")) BADGE_MONTHS[w] = k + 1;
});
export const badgeMonth = (word: string): number | undefined => BADGE_MONTHS[word.toLowerCase().replace(/\.$/, "")];
