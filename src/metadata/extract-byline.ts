import { anyCase } from "../any-case";
import type { SourceLine } from "../model";
import { isProse, pieceCount, wordCount } from "../text";
import { COUNT, withoutCountTail } from "./post-meta";
import { isDateLine, isLifespan, META_LINE_START, SPACED_BAR } from "../date-words";
import { names } from "./byline-names";
import { AGENCY_NAMES, BY_WORD, BYLINE_MAX_CHARS, CALENDAR, NAME, WIRE_AGENCY } from "./byline-words";
import { brokenAfterComma, JOB_END, JOB_OPENER, NAME_WITH_ROLE, nameWithRole, writersWithJobs, writerStack } from "./co-writers";
import { nameBesideDate } from "./name-beside-date";
import { bloggerName } from "./blogger-name";
import { FOLLOW_BUTTON, isSplitByLabel, nextOnPage, NOT_A_WRITER_LABEL, prevOnPage, READ_TIME_ALONE } from "./byline-neighbours";
import { BARE_NAME, isBareNames, isButtonOrLabel, isNameWithAffiliation, isJobLine, isWritersPost, nameAtVenue, nameInPlace, stackedBareNames, stackedNames } from "./bare-names";

export interface BylineResult {
  author: string | string[];
  line: SourceLine;
  /** the whole line was the byline (remove it); otherwise only the author was read from it */
  consumeLine: boolean;
  /** read from a name alone beside the date, with no word that marks it as the byline */
  bare?: boolean;
  /** the byline's other line, when the page broke it in two (see brokenAfterComma) */
  more?: SourceLine;
}

/** A wire agency credited after the writers without a comma ("By JANE DOE and JOHN ROE Associated
 *  Press", "By JANE DOE FOR HARBOURONLINE"), or the agency's job title ("By JANE DOE AP Sports
 *  Writer"): cut off before the byline is read, as its words would pass for a name's. */
const AGENCY_AFTER = /\s+(?:The\s+)?(?:(?:For|FOR)\s+(?:The\s+|THE\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,2}|Associated\s+Press|Agence\s+France-Presse|Reuters|Bloomberg(?:\s+News)?|AP(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:Writer|Reporter|Correspondent|Editor))$/u;
/** "ByLiam Ferris": a chain's layout prints the by-word and the name in two elements, and the copied
 *  text has no space between them. */
const GLUED_BY = /^(By|BY|Von|Par|Por|Door)(?=\p{Lu}\p{Ll})/u;
/** A news site named by its address after the writer ("By Jane Doe, Harbourtown.com"), as a newsroom
 *  is ("By Jane Doe, CNN Business"): it is credited beside the writer. */
const SITE_CREDIT = String.raw`\p{Lu}[\p{L}\d-]*\.(?:com|net|org|co\.uk|com\.au)(?![\p{L}.])`;
/** A live page's note after a name, "(now)", "(earlier)", is left out of it. */
const NOTE = String.raw`(?:\s*\(\p{Ll}+\))?`;
export const NAMES = String.raw`${NAME}${NOTE}(?:(?:\s*[,&]\s*|\s+(?:and|und|et|y|e|en|och|og)\s+)${NAME}${NOTE})*(?:,\s*${SITE_CREDIT})?`;
/** What may follow the name on a byline: nothing, a separator, a handle, a date or a time, the outlet
 *  it was written for ("By ANNA LIND FOR HARBOURPOST ONLINE"), the agency it was written with ("Par
 *  Anna Lind avec Belga", "Von Anna Lind mit dpa", "Von Anna Lind und dpa": an agency's code is no
 *  co-writer's name), or where ("By Anna Lind at the Harbour Stadium"). */
const AFTER_NAME = String.raw`(?=\s+and\s+the\s+[^,]{2,40}\s(?:team|staff|desk|newsroom)$|\s*(?:$|[,|–—@(/•·»]|\d|${CALENDAR}|updated|published)|\s+(?:avec|mit|with|con|com|met)\s+(?:\p{Lu}|(?:dpa|afp|kna|epd|sda|apa)(?![\p{L}]))|\s+(?:und|and|et|y|e|&)\s+(?:${AGENCY_NAMES}|afp|kna|sda|apa)(?:\/\p{Ll}{2,4})*\s*(?:$|[,|–—(/•·])|\s+-|\s+(?:for|FOR)\s+\p{Lu}|\s+at\s+(?:the\s+)?\p{Lu}|\s+(?:on|am|le|el|il|op|em)\s+(?:\d|${CALENDAR}))`;
/** A news agency credited before the writer, "Von dpa/lno und Anna Lind", "By AFP and Anna Lind": the
 *  writer is the author (as when the agency comes after: "Von Anna Lind, dpa"). */
const AGENCY_FIRST = String.raw`(?:(?:\p{Ll}{2,4}|\p{Lu}{2,4})(?:\/\p{Ll}{2,4})*\s+(?:und|and|et|y)\s+)?`;
const BY = new RegExp(String.raw`^(?:(?:[Ss]tory|[Tt]ext|[Ww]ords|[Rr]eport(?:ing|ed)?|[Rr]ecipe)\s+by|[Rr]ezept\s+von|[Rr]ecette\s+(?:de|par)|[Rr]eceta\s+de|[Rr]icetta\s+di|[Ss]tory\s+von|[Aa]rticle\s+(?:de|par)|[Aa]rtículo\s+de|[Aa]rticolo\s+di|(?:[Ee]ine\s+)?(?:Recherche|Analyse|Datenanalyse)\s+von|(?:[Pp]ropos\s+)?[Rr]ecueillis?\s+par|[Ee]ntretien\s+(?:réalisé\s+)?par|[Ii]nterview(?:ed)?\s+by|(?:[Ee]in(?:e)?\s+)?(?:[Gg]astbeitrag|[Gg]astkommentar|[Ii]nterview)\s+von|[Tt]exto\s+de|[Tt]est[oi]\s+di|[Ee]in(?:e)?\s+(?:Beitrag|Artikel|Bericht|Kommentar|Kolumne|Reportage|Rezension|Kritik|Besprechung|Glosse)\s+von|[Aa]\s+review\s+by|[Gg]eschrieben\s+von|[Ss]critto\s+da|[Gg]eschreven\s+door|[ÉéEe]crit\s+par|[Ee]scrito\s+por|[Pp]ost(?:ed)?\s+[Bb]y|[Aa]s\s+told\s+to|[Bb]eitrag\s+von|[Mm]essage\s+par|[Mm]ensaje\s+por|[Mm]essaggio\s+da|[Bb]ericht\s+door|[Bb]y|BY|[Vv]on\s+unser(?:em|er|en)\s+\p{Lu}\p{Ll}+|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Dd]i|[Aa][vf]|AV|AF|de)(?::\s*|\s+)${AGENCY_FIRST}(${NAMES})${AFTER_NAME}`, "u");
/** (Not a caption's credit at its end: "… at the east pier. Photo by Tom Berg"; nor another hand's, who
 *  checked, translated or drew the piece: "Fact-checked by Tom Hale", "Medically reviewed by …". A
 *  book's "Reviewed by" names the review's writer, and a live page's "Edited by" its only one.) */
const BY_AT_END = new RegExp(String.raw`(?<!(?:[Pp]hoto(?:graph)?|PHOTO|[Pp]icture|[Ii]mage|[Vv]ideo|[Ii]llustration|[Gg]raphic)s?\s|(?:[Ff]act[- ]?[Cc]heck(?:ed)?|(?:[Mm]edically|[Cc]linically|[Ee]xpert[- ]?)\s?[Rr]eviewed|[Vv]erified|[Ii]llustrated|[Tt]ranslated|[Pp]hotographed)\s)\b[Bb]y\s+(${NAMES})\s*$`, "u");
/** A blog's date line with its writer, in the other languages: "Publié le 12 mars 2018 par Anna Lind",
 *  "Veröffentlicht am 9. September 2019 von Anna Lind", "Geplaatst door Anna Lind op 7 april 2015". */
const DATED_BY_AT_END = new RegExp(String.raw`\s(?:par|von|door|da|di|por|av|af)\s+(${NAMES})\s*$`, "u");
// Without the i flag: the names' capitals must be capitals (see any-case).
const DATED_BY_BEFORE_ON = new RegExp(String.raw`^(?:${anyCase("geplaatst|gepubliceerd|veröffentlicht|erstellt|geschrieben|gepostet|eingestellt|publié|posté|pubblicato|publicado|postato|publicat")})\s+(?:door|von|par|da|por|de)\s+(${NAMES})\s+(?:op|am|le|il|el|em|pe)\s+(?:\p{L}+,?\s+)?\d`, "u");
/** …whose date opens the line, after a label of three words at most ("Publié le 12 …", "Publié le
 *  lundi 3 …", "Veröffentlicht am Montag, 3. …"): "Der Preis wurde 2019 von Anna Lind" is a sentence. */
const DATED_START = /^(?:\p{L}+[.,]?\s+){0,3}\d[^]*(?:19|20)\d{2}/u;
/** Words a dated byline has at most: the label, the date and time, the by-word and a name. */
const DATED_BYLINE_MAX_PIECES = 12;
const datedByAtEnd = (t: string) => (DATED_START.test(t) && pieceCount(t, DATED_BYLINE_MAX_PIECES + 1) <= DATED_BYLINE_MAX_PIECES ? t.match(DATED_BY_AT_END) : null);
/** …perhaps with the post's counters after it, each set apart ("… von Anna Lind · Lesezeit: 6 Min. ·
 *  Kommentare (12)"): the byline is the first part. */
const META_TAIL = new RegExp(String.raw`^(?:(?:lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura|tempo di lettura)\s?:?\s?\d{1,3}\s?min\.?\S*|\d{1,3}\s?(?:min(?:ute)?s?|minuten)\.?(?:\s(?:read|lesezeit|de lecture|de lectura|di lettura))?|(?:kommentare|comments?|commentaires|comentarios|commenti|reacties)\s?\(?\d{1,5}\)?|${COUNT})$`, "i");
function withoutMetaTail(t: string): string {
  if (!SPACED_BAR.test(t)) return t;
  const [first, ...rest] = t.split(SPACED_BAR);
  return rest.every((p) => META_TAIL.test(p.trim())) ? first! : t;
}
// "Text:" only with its colon: "Text Messages Reveal …" is a headline.
// Not across a tab: "Autor<TAB>Nachricht" heads a forum's table.
const LABELLED = new RegExp(String.raw`^(?:[Aa]uthors?|[Rr]edakteur(?:in)?(?=\s*:)|[Bb]ericht(?=\s*:)|[Tt]ext(?:e|\s*(?:und|&|\/)\s*[Ff]otos?|es? et photos?)?(?=\s*:)|[Ww]ords(?=\s*:)|[Tt]exto(?=\s*:)|[Tt]esto(?=\s*:)|[Tt]ekst(?=\s*:)|[Rr]édaction(?=\s*:)|[Rr]edacción(?=\s*:)|[Rr]edazione(?=\s*:)|[Ww]ritten [Bb]y|[Ww]ords by|[Aa]utor(?:in|ka|ius)?|[Aa]uteur(?:e)?|[Ff]orfatter|[Ff]örfattare|[Yy]azar|[Hh]aber(?=\s*:)|[Ss]zerző|[Íí]rta|[Pp]iše|[Pp]isze|[Oo]prac\.|[Pp]enulis|Συντάκτ(?:ης|ρια)|Автор|Текст)[^\S\t]*:?[^\S\t]*(${NAMES}|\p{Lu}[\p{L}'’.-]+(?=\s*(?:$|[,|–—\-(/•·])))`, "u");
/** The interviewer's credit, "Interview: Anna Lind", the name alone after it ("Interview: Anna Lind über
 *  die Fähre" is a headline's kicker over the one interviewed). (At the text's end, see CREDIT_BELOW.) */
const INTERVIEWER = new RegExp(String.raw`^[Ii]nterview\s*:\s*(${NAMES})$`, "u");
/** A name in capitals and, in title case, the outlet or agency it writes for, as wire copy prints it
 *  ("By JANE DOE Harbour Press", "By JANE DOE and JOHN ROE Tri-County Wire"): the case tells where the
 *  name ends. */
const CAPS_WORD = String.raw`(?!(?:THE|AN?|OUR|FOR|AND|OF)\s)(?:\p{Lu}[\p{Lu}'’-]+|\p{Lu}\.)`;
const CAPS_PERSON = String.raw`${CAPS_WORD}(?:\s+${CAPS_WORD}){1,3}`;
const CAPS_NAME_CREDITED = new RegExp(String.raw`^(?:[Bb]y|BY)\s+(${CAPS_PERSON}(?:(?:\s*,\s*|\s+(?:and|AND|&)\s+)${CAPS_PERSON})*)\s+\p{Lu}\p{Ll}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4}$`, "u");
/** A name in capitals in title case ("JANE O'DOE-ROE" → "Jane O'Doe-Roe"). */
const titledName = (n: string): string => n.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_w, before: string, letter: string) => before + letter.toUpperCase());
const titleCased = (a: string | string[]): string | string[] => (Array.isArray(a) ? a.map(titledName) : titledName(a));
/** An editorial's byline: "The Harbour Sentinel Editorial Board", "Editorial Board". */
const EDITORIAL_BOARD = /^(?:The\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+){0,4}Editorial Board$/u;
/** (Its ending is looked at before the expression, which every line fails only after reading its words.) */
export const isEditorialBoard = (t: string): boolean => t.endsWith("Editorial Board") && EDITORIAL_BOARD.test(t);
/** "By national rural reporter Anna Lind", "By Chief Meteorologist Anna Lind": the job between the
 *  by-word and the name, perhaps with the outlet's name before it ("By Harbour News reporter Anna
 *  Lind", a broadcaster's regional site). */
const BY_ROLE = new RegExp(String.raw`^[Bb]y\s+(?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}?(?:(?:\p{Ll}+|Chief|Senior|Staff|Lead|Political|Sports|Business|Health|Weather)\s+){0,3}(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Jj]ournalist|[Mm]eteorologist|[Pp]hotographer|[Aa]nchor)\s+(${NAME})$`, "u");
/** Bylines in scripts without capitals, where a name cannot be told by its case, by their label: Korean
 *  "김서연 기자" (the word for reporter after the name, perhaps in brackets after the desk), Chinese
 *  "记者 林晓" / "記者張雅婷／花蓮報導" (spaced, or with the slash after it: "记者会上说" is prose),
 *  Arabic "كتب: …" / "بقلم …", Persian "خبرنگار: …", Hebrew "מאת …", Hindi "लेखक: …", a Japanese
 *  magazine's writer credit "文：佐藤花子" (before the photographer's "写真：…"), Chinese "作者：李明",
 *  Korean "글 이서연 · 사진 박준호" (text by …, photos by …). */
const CASELESS_BYLINE = /^\[?(?:[가-힣]+\s+)?([가-힣]{2,4})\s*기자(?=$|[\s\]=·|])|^(?:本报|本報)?(?:记者|記者)(?:\s+([\u4e00-\u9fff]{2,3})(?=$|[\s／/|，,、（(])|([\u4e00-\u9fff]{2,3})(?=[／/]))|^(?:كتب|كتبت|بقلم|خبرنگار|نویسنده|מאת)\s*:?\s*(\p{L}+(?:\s+\p{L}+){1,2})$|^(?:लेखक|संवाददाता)\s*[:：]\s*([\u0900-\u097f]+(?:\s+[\u0900-\u097f]+){0,2})$|^(?:取材・)?文\s*[：:・/／]\s*([\u4e00-\u9fff\u3040-\u30ff]{2,6})(?=$|[\s\u3000　|／/・])|^作者\s*[：:]\s*([\u4e00-\u9fff]{2,4})(?=$|[\s\u3000|／/，,])|^글\s*[:：]?\s*([가-힣]{2,4})(?=$|\s*[·|/])/u;
/** A byline told by its job or its label, which no headline is: the title stage skips these lines. */
export const isJobByline = (t: string): boolean => t.length <= BYLINE_MAX_CHARS && ((JOB_END.test(t) && NAME_WITH_ROLE.test(t)) || (BY_START.test(t) && BY_ROLE.test(t)) || (!ASCII_ONLY.test(t) && CASELESS_BYLINE.test(t)));
/** A byline told by its label ("Автор: …", "Szerző: …"). */
export const isLabelledByline = (t: string): boolean => t.length <= BYLINE_MAX_CHARS && LABELLED.test(t);
/** Plain tests before the expressions: the job's last letters end the line, "By" starts it; a caseless
 *  byline has a character beyond ASCII. Most head lines have none of these. */
const BY_START = /^(?:[Bb]y|BY)\s/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const caselessByline = (t: string): RegExpMatchArray | null => {
  const m = CASELESS_BYLINE.exec(t);
  return m && [m[0], m.slice(1).find((g) => g !== undefined)!];
};
/** "James Thompson3 min read": a byline glued to its reading-time widget. */
const GLUED_READ_TIME = new RegExp(String.raw`^(${NAME})\s*\d+\s*min(?:ute)?s?\s+read\b`, "u");
/** "Nishant Kumar @Nishantopines": a name with its social handle. */
const WITH_HANDLE = new RegExp(String.raw`^(${NAME})\s*@\w+\s*$`, "u");
/** A bare name stands under the headline or its dek (three words or more); two capitalised words
 *  under the menus are the site's name ("Harbour Review" over "Professor of poetry steps down …"). */
const OVER_NAME_MIN_WORDS = 3;
/** The writer's post on the line under a name line: "By Anna Lind", or a bare name or names under the
 *  headline or dek. */
export function isPostUnderName(t: string, above: string | undefined, aboveThat: string | undefined): boolean {
  if (above === undefined || above.length > BYLINE_MAX_CHARS || !isWritersPost(t)) return false;
  return BY.test(above) || ((BARE_NAME.test(above) || isBareNames(above)) && wordCount(aboveThat ?? "", OVER_NAME_MIN_WORDS) >= OVER_NAME_MIN_WORDS);
}
/** A press release's or an event's box, its label and value on one line ("Ort Saarbrücken" over "Datum
 *  28.01.2022"): two capitalised words, but no writer. */
const BOX_LABEL_START = /^(?:Ort|Datum|Zeit|Uhrzeit|Place|Lieu|Lugar|Luogo|Location|Venue|Date|Time|Heure|Hora|Ora)\s/;
/** " — 12 Kommentare", " | 3 Comments": the longest comment-count tail withoutCountTail cuts. */
const COUNT_TAIL_MAX_CHARS = 30;
/** How near a date line a bare name must stand to be read as the byline (lines). */
const NAME_TO_DATE_LINES = 2;
/** The time alone on its line, as Quebec's and live pages print it between the byline and the day
 *  ("5 h 00", "14:32", "9:30 a.m. ET"): a stamp, which a bare name beside is the byline's. */
const CLOCK_ALONE = /^\d{1,2}(?::| ?h ?)\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i;

/** Looks through the lines under the headline for a byline, nearest the headline first. A bare name
 *  counts only among `head` lines (above the text) and when no paragraph follows it on the page (else
 *  it is a heading: "Diplomatic Efforts Intensify"; a comment counter or share bar between name and
 *  text, removed since, still stood there). Its date line is looked for in `around`, the lines the name
 *  stands among: the date may sit above the headline, with the name just under it. `dateLine` is the
 *  line the article's date was read from, a date line however long its labels make it. */
export interface BylineContext {
  /** the lines above the text: only there does a bare name count (default: all lines) */
  head?: readonly SourceLine[];
  /** the lines the name stands among, where its date line is looked for (default: all lines) */
  around?: readonly SourceLine[];
  /** the line the article's date was read from */
  dateLine?: SourceLine;
  /** the page as dumped, removed lines included: what really came after a name */
  page?: readonly SourceLine[];
}

/** A bare name with whom it writes for beside the date ("Anna Lind for the Harbour Examiner", "Anna Lind,
 *  Special to the Harbour Examiner", "Anna Lind (AP)", "Anna Lind (Redaktion)", a wire service after a
 *  bar, "Anna Lind | Reuters", a broadcaster's or agency's initials after a dash, "Anna Lind - TVN"): the
 *  name is the byline. (A bar before any other name is as often a
 *  headline's before the site's: "Storm Hits Harbour | Harbour Times".) */
const CREDITED_NAME = new RegExp(String.raw`^(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,2})(?:\s+for\s+the\s+\p{Lu}[\p{L}&'’ -]{1,60}|,\s+[Ss]pecial to\s+(?:the\s+)?\p{Lu}[\p{L}&'’. -]{1,60}|\s+\((?:AP|AFP|dpa|Reuters|Redaktion|[Ss]taff|[Ff]reie? [Mm]itarbeiter(?:in)?)\)|\s+\|\s+(?:AP|AFP|dpa|Reuters|Bloomberg|The Associated Press|The Canadian Press|PA|AAP|CNN|EFE|ANSA|Lusa|ANP|Belga|Europa Press)|\s[-–—]\s(?:\p{Lu}{2,6}|dpa|epd|kna|Reuters|Lusa|Belga))$`, "u");

/** Whether a line credits a writer by a label ("Text: …", "Autorin: …") or with whom they write for
 *  ("… for the Harbour Examiner", "…, Special to …", "… (AP)"): a byline, never a headline. */
export const isCreditLine = (t: string): boolean => isLabelledByline(t) || CREDITED_NAME.test(t.replace(BY_WORD, ""));


/** The writer's address after the name, as small papers' sites print the byline: "By Dana Whitcomb
 *  dwhitcomb@lindenpress.com". Only after a name's letters: a line of an address alone is none. */
const EMAIL_AFTER = /(?<=\p{L})\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/u;
const FOOTNOTE_MARK = /(?<=\p{L})[*¹†]+$/u;

export function extractByline(lines: readonly SourceLine[], context: BylineContext = {}): BylineResult | undefined {
  const found = findByline(lines, context);
  if (!found) return found;
  const broken = brokenAfterComma(lines, found);
  if (broken || typeof found.author !== "string") return broken ?? found;
  const stack = writerStack(lines, lines.indexOf(found.line));
  return stack?.includes(found.author) ? { ...found, author: stack } : found;
}


function findByline(lines: readonly SourceLine[], { head = lines, around = lines, dateLine, page }: BylineContext = {}): BylineResult | undefined {
  const marked = markedByline(lines);
  if (marked) return marked;
  // A name or agency sharing the date's line: "Reuters November 18, 2019 11:03 PM",
  // "Updated on: November 19, 2019 / 10:07 AM / CBS News".
  for (const line of head) {
    const named = nameBesideDate(line.text);
    if (named) return { author: named, line, consumeLine: true };
  }
  // A by-word on a line of its own over the name ("Written by" / "Anna Lind"): the name is the writer's,
  // however far the date, and before any other name beside it ("Reviewed by" / "Tom Hale, CFP").
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if ((BARE_NAME.test(t) || isBareNames(t)) && head.includes(lines[i]!) && !isButtonOrLabel(t) && isSplitByLabel(prevOnPage(lines, i, page)?.text ?? "")) return { author: names(t), line: lines[i]!, consumeLine: true, bare: true };
  }
  // A name whose comma the page broke off from its affiliation over the date ("Anna Lind," / "Harbour
  // Staff"): the name is the writer's, the line under it says whom she writes for.
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!t.endsWith(",") || !head.includes(lines[i]!)) continue;
    const name = t.slice(0, -1).replace(BY_WORD, "");
    const below = nextOnPage(lines, i, page)?.text ?? "";
    if (BARE_NAME.test(name) && !name.includes(",") && isNameWithAffiliation(`${name}, ${below}`) && lines.slice(i + 1, i + 2 + NAME_TO_DATE_LINES).some((l) => l === dateLine || isDateLine(l.text))) return { author: names(name), line: lines[i]!, consumeLine: true, bare: true };
  }
  // No marked byline: a bare name right next to the date line.
  for (let i = 0; i < lines.length; i++) {
    // Right under the headline a name is the byline even when the text follows it at once; further
    // down, a capitalised line before a paragraph is a heading.
    // Over a life's dates, the name is the obituary's subject; under "Image copyright", the picture's.
    const credited = CREDITED_NAME.exec(lines[i]!.text.replace(BY_WORD, ""))?.[1] ?? nameAtVenue(lines[i]!.text) ?? nameInPlace(lines[i]!.text);
    if (!(credited || BARE_NAME.test(lines[i]!.text) || isBareNames(lines[i]!.text.replace(JOB_TAIL, "")) || isNameWithAffiliation(lines[i]!.text) || WIRE_AGENCY.test(lines[i]!.text)) || isButtonOrLabel(lines[i]!.text) || NOT_A_WRITER_LABEL.test(lines[i]!.text) || BOX_LABEL_START.test(lines[i]!.text) || !head.includes(lines[i]!) || (i > 0 && isProse(nextOnPage(lines, i, page)?.text ?? "")) || isLifespan(nextOnPage(lines, i, page)?.text ?? "") || NOT_A_WRITER_LABEL.test(prevOnPage(lines, i, page)?.text ?? "")) continue;
    const k = around.includes(lines[i]!) ? around.indexOf(lines[i]!) : -1;
    const near = k >= 0 ? around.slice(Math.max(0, k - NAME_TO_DATE_LINES), k + NAME_TO_DATE_LINES + 1) : lines.slice(Math.max(0, i - NAME_TO_DATE_LINES), i + NAME_TO_DATE_LINES + 1);
    // A name over the writer's post is the byline, dated or not.
    // "By AP", "By Reuters": a one-word agency after its "By" reads as a bare name of two words.
    const next = nextOnPage(lines, i, page)?.text ?? "";
    if (near.some((l) => l === dateLine || isDateLine(l.text) || CLOCK_ALONE.test(l.text)) || isWritersPost(next) || isJobLine(next) || FOLLOW_BUTTON.test(next) || READ_TIME_ALONE.test(next)) return { author: credited ?? stackedNames(lines, i) ?? stackedBareNames(lines, i, page) ?? names(lines[i]!.text.replace(BY_WORD, "").replace(JOB_TAIL, "")), line: lines[i]!, consumeLine: true, bare: true };
  }
  return undefined;
}

/** A byline that says it is one, read in any place: "By Anna Lind", "Posted on 9/12/2024 by Anna Lind",
 *  "Written by: Anna Lind", a name glued to its reading time, a handle. */
export function markedByline(lines: readonly SourceLine[]): BylineResult | undefined {
  for (const line of lines) {
    // A post's meta line of dates, the writer and counters ("Published: Oct 14, 2023 · Modified: Jan 3,
    // 2024 by Anna Lind · This post may contain affiliate links · 14 Comments"): the part that names her.
    const inPart = line.text.length <= META_LINE_MAX_CHARS && META_LINE_START.test(line.text) ? bylineInPart(line) : undefined;
    if (inPart) return inPart;
    // The comment count's tail is short: a longer line is no byline with or without it.
    if (line.text.length > BYLINE_MAX_CHARS + COUNT_TAIL_MAX_CHARS) continue;
    // A footnote's mark after the name ("Par Anne Lind*", her job told under the text) is no part of it.
    const t0 = withoutCountTail(line.text).replace(FOOTNOTE_MARK, "").replace(AGENCY_AFTER, "").replace(GLUED_BY, "$1 ");
    const t1 = t0.includes("@") ? t0.replace(EMAIL_AFTER, "") : t0;
    // "Tech Policy Digest / by Ines Carvalho / Feb 12, 2025": a separated part that opens with its
    // by-word is the byline, whatever the feed's or section's name before it.
    const t = BY_PART_HINT.test(t1) ? (t1.split(PART_SEPARATOR).find((p, k) => k > 0 && BY_WORD.test(p)) ?? t1) : t1;
    if (t.length > BYLINE_MAX_CHARS) continue;
    const found = readMarked(t, line) ?? (JOB_TAIL.test(t) ? readMarked(t.replace(JOB_TAIL, ""), line) : undefined) ?? (GENRE_BEFORE_BY.test(t) ? readMarked(t.replace(GENRE_BEFORE_BY, "By "), line) : undefined);
    if (found) return found;
  }
  return undefined;
}

/** The writers' job after a comma at the byline's end ("April 16, 2024 By Anna Lind, Editor", "Anna Lind
 *  and Tom Berg, Staff Writers"), its opening words as co-writers' jobs have them (JOB_OPENER): read
 *  again without it when the byline was not read with it. */
const JOB_TAIL = new RegExp(String.raw`,\s+(?:${JOB_OPENER}\s+){0,2}(?:Writers?|Reporters?|Editors?|Correspondents?|Columnists?|Journalists?|Contributors?)$`);
/** The piece's kind before its by-word ("Analysis by Jane Doe, CNN", "Analysis by business reporter Jane
 *  Doe"): read again as the by-word's byline. */
const GENRE_BEFORE_BY = /^(?:analysis|news analysis|opinion|commentary|perspective|explainer|fact check)\s+by\s+/i;
/** The writer that one line's byline text names, by any of the marked forms above. */
function readMarked(t: string, line: SourceLine): BylineResult | undefined {
  const paired = t.includes(" | ") ? writersWithJobs(t) : undefined;
  if (paired) return { author: paired, line, consumeLine: true };
  const caps = BY_START.test(t) && !BY_ROLE.test(t) ? t.match(CAPS_NAME_CREDITED) : null;
  const m = (BY_START.test(t) ? t.match(BY_ROLE) ?? caps ?? (JOB_END.test(t) ? nameWithRole(t) : null) : null) ?? t.match(BY) ?? t.match(LABELLED) ?? t.match(INTERVIEWER) ?? t.match(GLUED_READ_TIME) ?? t.match(WITH_HANDLE) ?? (JOB_END.test(t) ? nameWithRole(t) : null) ?? (ASCII_ONLY.test(t) ? null : caselessByline(t)) ?? (pieceCount(t, 11) <= 10 ? t.match(BY_AT_END) : null) ?? datedByAtEnd(withoutMetaTail(t)) ?? t.match(DATED_BY_BEFORE_ON);
  // A wire's byline in capitals ("By JANE DOE and JOHN ROE Harbour Wire"): the names as the writers'
  // pages spell them, "Jane Doe", so that one writer has one page.
  if (m) return { author: m === caps ? titleCased(names(m[1]!)) : names(m[1]!), line, consumeLine: true };
  if (isEditorialBoard(t)) return { author: t, line, consumeLine: true };
  const blogger = bloggerName(t);
  if (blogger) return { author: blogger, line, consumeLine: true };
  return undefined;
}

const BY_PART_HINT = /\s[|/·•]\s+(?:by|von|par|por)\s/i;
const BY_INSIDE_PART = /\s(?:by|von|par|por)\s+\p{Lu}/u;
const META_LINE_MAX_CHARS = 300;
function bylineInPart(line: SourceLine): BylineResult | undefined {
  for (const p of line.text.split(PART_SEPARATOR)) {
    const found = p !== line.text && p.length <= BYLINE_MAX_CHARS && BY_INSIDE_PART.test(p) ? readMarked(p, line) : undefined;
    if (found) return { ...found, consumeLine: false };
  }
  return undefined;
}
const PART_SEPARATOR = /\s+[|/·•]\s+/;
