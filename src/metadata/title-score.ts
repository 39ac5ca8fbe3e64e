import { DATE_START, DATE_WORDS, isTimeAgo, MORE_PUBLISHED_LABELS, SPACED_BAR } from "../date-words";
import { capitalShare, endsLikeSentence, beyondLatin1, isLetterPoint, UNSPACED_MAX_PIECES, UNSPACED_SCRIPT, wordCount } from "../text";
import { findDates, mayHoldDate } from "./parse-date";
import { isPostMeta } from "./post-meta";
/** A date's label ("Beitrag vom", "Artikel vom", "Stand vom") has two words; a headline that ends with
 *  its day has more ("Einladung zum Sommerfest am 14. Juli 2019"). */
const DATE_LABEL_MAX_WORDS = 2;
/** Every date in a line, to blank them out (DATE_WORDS finds the first). */
const ALL_DATE_WORDS = new RegExp(DATE_WORDS.source, "gi");

/* How much a line of the head looks like the article's headline, by its own words: length, casing,
 * dates, what it shares with the text's opening. Where it stands (over a byline, printed twice) is
 * extract-title's part. */

/** Headlines in the seeds and dev pages run 3–25 words; longer lines are paragraphs. */
export const TITLE_MIN_WORDS = 2;
export const TITLE_MAX_WORDS = 30;
/** Each line between a candidate and the body start costs this much of its score: the headline is
 *  usually the nearest title-like line above the text, below the site's menus. */
const DISTANCE_COST = 0.02;

/** A line of Chinese or Japanese (a few spaced pieces at most) counts a word for every two characters,
 *  about a word's length there: by its spaces, a headline was one or two words, a menu entry's length. */
const UNSPACED_CHARS_PER_WORD = 2;
export const titleWords = (t: string): number => {
  const n = wordCount(t);
  return n <= UNSPACED_MAX_PIECES && UNSPACED_SCRIPT.test(t) ? Math.round(t.length / UNSPACED_CHARS_PER_WORD) : n;
};

/** Greek writes its question mark as a semicolon, and sites type it so: "…Τέλος στα υδροφόρα πλοία;" is
 *  a headline's question. */
const GREEK_QUESTION = /\p{Script=Greek}[»"”’)]?;$/u;
export const isTitleLike = (t: string): boolean => {
  const n = titleWords(t);
  // No tabs: a page's text has them between a table's cells (a calendar's row of days, a results list).
  return n >= TITLE_MIN_WORDS && n <= TITLE_MAX_WORDS && !(endsLikeSentence(t) && /\.["'”’]?$/.test(t)) && !(/[,;:|·•]$/.test(t) && !GREEK_QUESTION.test(t)) && !/^[@#©]|https?:|www\./i.test(t) && !t.includes("\t");
};

/** Lines that look like a title but are a byline, a date, a caption credit, a counter or a widget, an
 *  event's place ("Ort: …") or a keyword line. The widgets' words are whole words: "Listening to a
 *  glacier break", "Watchdog fines …", "Following the storm, …" and "Sources say …" are headlines. A
 *  notice about cookies or JavaScript says what to do with them ("Manage cookies", "JavaScript is
 *  disabled"); a headline may name them ("Browser drops third-party cookies by default"). A reading
 *  time anywhere makes a meta line ("Niveau : intermédiaire · 8 min de lecture"). A headline may open
 *  with a by-word that credits nobody: "By the numbers: …", "Von Erststimme bis Überhangmandat: …". */
const NOT_A_TITLE = new RegExp(String.raw`^(?:you are here|当前位置|您的位置|你的位置|目前位置|現在位置|现在位置|字号|字體|字体|(?:analysis|opinion|commentary|story|video|perspective)?\s?by\s(?!the\s)|von\s(?![^:]{1,60}\sbis\s)|par\s|(?:propos\s+)?recueillis\s+par\s|por\s|(?:written|created|erstellt|ort|wo|where|location|venue|lieu)\s*:|(?:keywords?|tags?|mots?-clés?|schlagw(?:ö|o)rte?)\s*[:>]|(?:(?:images?|photos?|photograph(?:s|y)|pictures?|credits?)(?=\s*(?:[:|/©(]|$|…|\.\.\.|by\b|credit\b|courtesy\b))|source|getty|afp)(?![a-zà-öø-ÿ])|ap photo|reuters\/|(?:last )?updated|[（(]?(?:最終更新|更新日|更新时间|更新時間|수정)|(?:published|posted)(?![a-zà-öø-ÿ])|posté(?:e)? le|mis en ligne|veröffentlicht|erstellt am|aktualisiert|zuletzt aktualisiert|mis à jour|modifié le|aggiornato|atualizado|actualizado|bijgewerkt|eine? (?:artikel|beitrag|bericht|kommentar|kolumne|reportage) von|door\s|(?:provided by|bereitgestellt von|fourni par|proporcionado por|fornito da|aangeboden door|geleverd door)\s|publié|publicado|pubblicato|gepubliceerd|geplaatst|${MORE_PUBLISHED_LABELS}|(?:share|follow|watch|listen|sign (?:in|up)|subscribe|log ?in)(?![a-zà-öø-ÿ])|\d+\s*(?:min|minutes?|hours?|days?)\b)|\b(?:copyright|all rights reserved|getty images|playback)\b|\b\d+\s*min(?:ute)?s?\.?\s+(?:read|de lecture|di lettura|de lectura|de leitura|leestijd)\b|\b(?:lesezeit|lesedauer|temps de lecture|reading time|leestijd)\s*:?\s*\d|\b(?:enable|uses?|accept(?: all)?|allow|manage|about)\s+(?:our\s+)?(?:javascript|cookies?)\b|\b(?:javascript|cookies?)\s+(?:is\s+)?(?:settings|policy|preferences|consent|notice|disabled|required)\b|(?<!Ã)©|\s(?:foto|bild|photo)\s*:\s*\S|\((?:[^()]*\/[^()]*|[^()]*(?:credit|photo|image|getty|reuters|afp|ap)\b[^()]*)\)\s*$`, "i");
/** A site's menu flattened into one line: "Menu Home News Business Sport", "Accueil Actualités Société
 *  Sport Culture". Its first entry names it (not "Home": "Home Office Announces …" is a headline); the
 *  rest are capitalised words only. */
const MENU_ROW = /^(?:Menu|Menü|MENU|Startseite|Accueil|Inicio|Início)(?:\s+\p{Lu}[\p{L}&'’.-]*){3,}$/u;
/** A link to the previous post: "← Older post's title", "« vorschau: …" (a French quote opens with a
 *  capital: "« Il y a … »"). Case-sensitive, unlike the expression above. */
const PREVIOUS_POST = /^(?:←|[«‹]\s*\p{Ll})/u;
/** A weekday's name of a word or two and its comma before the date, in any language: "Thứ ba, 10/12/2024,
 *  16:45", "Senin, 09 Sep 2024 15:22 WIB". A headline does not open so. */
const WEEKDAY_LEAD = /^\p{L}+(?: \p{L}+)?,\s*(?=\d)/u;
const CLOCK = /\b\d{1,2}[:h]\d{2}\b/;
const HOUR_WORD = /\b(?:h|uhr|heures?|horas?|ore)\b/gi;
const PLACE_MAX_WORDS = 3;
/** A post's tags or a menu in a row ("Anna Lind, News, Ferries, Island", "Deutsch · English (US) ·
 *  Svenska · Español"): four items or more, none longer than two words. A headline that lists things
 *  has a longer item, or a verb ("…, Uganda win Youth Awards"). */
const TAG_LIST_MIN_ITEMS = 4;
const TAG_SEPARATOR = new RegExp(`,|${SPACED_BAR.source}`);
const isTagList = (t: string): boolean => {
  if (!TAG_SEPARATOR.test(t)) return false;
  const items = t.split(TAG_SEPARATOR);
  return items.length >= TAG_LIST_MIN_ITEMS && items.every((item) => wordCount(item, 3) >= 1 && wordCount(item, 3) <= 2);
};
/** The sweet spot for headline length in words; outside it a line is less and less likely a headline.
 *  Menu entries and section labels are 1–3 words, so short lines start low. */
export const IDEAL_WORDS: [number, number] = [5, 16];
/** A headline's length for the headline-dek-byline step: the ideal words, or fewer long ones (German
 *  compounds: "Stadtbibliothek Grünau verlängert Öffnungszeiten", four words, 48 characters); a menu's
 *  entry of three or four words is shorter. */
const COMPOUND_HEADLINE_MIN_CHARS = 35;
const COMPOUND_HEADLINE_MIN_WORDS = 3;
export const isHeadlineLength = (t: string): boolean => wordCount(t, IDEAL_WORDS[0]) >= IDEAL_WORDS[0] || (t.length >= COMPOUND_HEADLINE_MIN_CHARS && wordCount(t, COMPOUND_HEADLINE_MIN_WORDS) >= COMPOUND_HEADLINE_MIN_WORDS);
const SHORT_LINE_SCORE = [0, 0.1, 0.15, 0.3, 0.6];
/** Each word past the sweet spot costs this much: a 20-word line is more often the dek under the title. */
const LONG_LINE_DECAY = 0.1;
/** The casing factor of a line without a capital letter (others get 0.6 to 1). */
const LOWERCASE_TITLE_CASING = 0.3;
/** The casing factor of a line in a script without case: between sentence case (about 0.7) and title
 *  case (about 0.9). */
const CASELESS_CASING = 0.8;
const CASED_LETTER = /[\p{Lu}\p{Ll}]/u;
/** What a date inside a headline-like line costs of its length-and-casing score. */
const DATED_TITLE_FACTOR = 0.6;
/** Headlines summarise the lede: the share of a candidate's content words found in the text's opening
 *  is worth up to this much. Content words = 4+ letters, which skips most function words in the
 *  European languages of the dev pages. */
const LEDE_OVERLAP_WEIGHT = 0.8;
const OVERLAP_FULL_WORDS = 12;
/** Below this many words a line gets a share of the overlap by its length (see titleScore). Three: at
 *  five, the dev date set's short headlines ("No more Chernobyls", "Terms of Service") lost to menu
 *  entries; at three, a bare name still loses to the headline over it. */
const SHORT_OVERLAP_WORDS = 3;
/** The "now" for reading a date that opens a line: any fixed day will do, as only dates with their
 *  day, month and year written are kept; a fixed one lets the date parser's cache answer again. */
const ANY_DAY = new Date(0);

/** The words of a date after its label: "August 9, 2017, 14:05 PM" and the like. */
const LABELLED_DATE_MAX_WORDS = 6;
/** A label names a date ("Date of Last Revision", "Stand"), or is a word or three ("更新日") before a
 *  value with a year's digits; a headline of four words or more before an event's date ("Announcing Open
 *  Workshop Night: Saturday, June 14, 2025") is no label, nor a short one before a figure ("Timetable
 *  bug: 50 instead of 5", "Stage 9: 5 things we learned"). */
const LABEL_MAX_WORDS = 3;
const DATE_LABEL_WORD = /\b(?:date|dated|revision|revised|updated?|modified|published|posted|stand|datum|aktualisiert|fecha|data)\b/i;
const isDateLabel = (label: string, value: string): boolean => DATE_LABEL_WORD.test(label) || (wordCount(label, LABEL_MAX_WORDS + 1) <= LABEL_MAX_WORDS && mayHoldDate(value));
/** How much a head line looks like the article's headline (0 = not at all). */
/** A gallery's or a video's kicker before the headline, "PHOTOS: Harvest festival fills the harbour",
 *  "WATCH: …": the headline after it is judged as a headline ("Photo: Anna Lind / Agency" is a credit:
 *  few words, or a slash). */
const KICKER_PREFIX = /^(?:photos|pictures|in pictures|gallery|watch|video|listen)\s*:\s*/i;
const KICKED_HEADLINE_MIN_WORDS = 5;
const kicked = (text: string): string | undefined => {
  const m = KICKER_PREFIX.exec(text);
  const rest = m && text.slice(m[0].length);
  return rest && !/[/©|]/.test(rest) && titleWords(rest) >= KICKED_HEADLINE_MIN_WORDS ? rest : undefined;
};

export function titleScore(text: string, distance: number, lede: ReadonlySet<string> = new Set()): number {
  const headline = kicked(text);
  if (headline) return titleScore(headline, distance, lede);
  if (!isTitleLike(text) || DASH_START.test(text) || isBarRow(text) || SCORE_TICKER.test(text) || SCORERS.test(text) || TIME_AGO_END.test(text) || RATING.test(text) || NOT_A_TITLE.test(text) || MENU_ROW.test(text) || PREVIOUS_POST.test(text) || isPostMeta(text) || isTagList(text) || isTimeAgo(text)) return 0;
  const words = titleWords(text);
  // A label and its date ("Date of Last Revision: August 9, 2017", "Stand: 12.03.2020") is a date line.
  // (The full-width colon of Chinese and Japanese labels, "更新日：2025/04/10", has no space after it.)
  const colon = text.indexOf(": ");
  const wide = colon < 0 ? text.indexOf("：") : -1;
  const value = colon > 0 ? text.slice(colon + 2) : wide > 0 ? text.slice(wide + 1).trimStart() : "";
  if (value && DATE_START.test(value) && wordCount(value, LABELLED_DATE_MAX_WORDS + 1) <= LABELLED_DATE_MAX_WORDS && isDateLabel(text.slice(0, colon > 0 ? colon : wide), value)) return 0;
  // A date line is not a headline; a headline may carry a date ("Opening Bell 11.18.19") but pays for it.
  const weekday = WEEKDAY_LEAD.exec(text);
  if (weekday && mayHoldDate(text) && findDates(text, ANY_DAY)[0]?.index === weekday[0].length) return 0;
  let dated = 1;
  if ((DATE_WORDS.test(text) && words < 12) || (/\b(?:19|20)\d{2}\b/.test(text) && words <= 4)) {
    const rest = text.replace(ALL_DATE_WORDS, " ").replace(/\b(?:19|20)\d{2}\b|\d+/g, " ");
    if (DATE_START.test(text) || wordCount(rest) < 2) return 0;
    // A place over its date and hour ("A Coruña 03/11/2024 14:05 h"): a dateline, not a headline that
    // carries a date ("Opening Bell 11.18.19" has no hour).
    if (CLOCK.test(text) && wordCount(rest.replace(HOUR_WORD, " "), PLACE_MAX_WORDS + 1) <= PLACE_MAX_WORDS) return 0;
    if (isNameAndDate(text)) return 0;
    dated = DATED_TITLE_FACTOR;
  } else if (mayHoldDate(text) && (DATE_START.test(text) || words < 12)) {
    // A date the cheap test missed (in another language, or glued) is read in full: a line that opens
    // with it ("22. Dezember 201922. Dezember 2019 von Jane Doe": the date twice, the writer) or sets it
    // apart ("Jane Doe | lundi 9 décembre 2019 à 09h08") is a date line, not a headline.
    const d = findDates(text, ANY_DAY)[0];
    if ((d && (d.index === 0 || SPACED_BAR.test(text))) || EAST_ASIAN_DATE_START.test(text)) return 0;
    // …and so is a label of a word or two over the date that ends the line ("Beitrag vom 21. März 2026").
    if (d && d.end >= text.trimEnd().length && wordCount(text.slice(0, d.index), DATE_LABEL_MAX_WORDS + 1) <= DATE_LABEL_MAX_WORDS) return 0;
    if (d) dated = DATED_TITLE_FACTOR;
  }
  const length = words < IDEAL_WORDS[0] ? SHORT_LINE_SCORE[words]! : words > IDEAL_WORDS[1] ? Math.max(0.2, 1 - (words - IDEAL_WORDS[1]) * LONG_LINE_DECAY) : 1;
  const shouting = isShouting(text) ? 0.5 : 1;
  // Not one capital or figure: a menu's crumb or a tag ("kolumnen anna lind"); a headline starts
  // with one.
  // A script without case (Chinese, Arabic…) says nothing by it: a figure opening a piece there made one
  // headline look twice as capitalised as the next.
  const casing = !CASED_LETTER.test(text) ? CASELESS_CASING : /[\p{Lu}\d]/u.test(text) || !/\p{Ll}/u.test(text) ? 0.6 + capitalShare(text) * 0.4 : LOWERCASE_TITLE_CASING;
  const own = contentWords(text);
  // Share of the line's content words found in the lede, discounted for long lines: a dek repeats
  // the lede at length, a headline in a few words.
  // A line of two words gets a share of it by its length: a name the text opens with ("Anna
  // Lind" over "Anna Lind was 17 when …") is a caption's or a byline's, and matched in full.
  const overlap = own.size ? ([...own].filter((w) => lede.has(w)).length / own.size) * Math.min(1, OVERLAP_FULL_WORDS / words, words / SHORT_OVERLAP_WORDS) : 0;
  return Math.max(0, length * casing * shouting * dated + overlap * LEDE_OVERLAP_WEIGHT - distance * DISTANCE_COST);
}

/** A score ticker's entry: a match's state before the score ("FT Harbourside 2-1 Kestrel Town", "HT …",
 *  "LIVE 67' …", a live page's "FT: …"), the minute in brackets after it ("TSV Nord – SC Süd 0:0
 *  (23.)"), or the two sides and the score or a "v" alone (a scoreboard over the report, a fixtures
 *  widget's next match: "Atlético Ribera 2 - 1 CD Portuaria", "Millbrook Athletic v Harbour City"). A
 *  results headline, "Harbourside 2-1 Kestrel: late winner", says more, and a vote's tally is followed
 *  by what it was for ("Senate Votes 51-49 To Confirm Judge"). A result's row that ends in two sets'
 *  scores or more ("[3] Tom Hale (GBR) d. Jan Berg (SWE) 6-3 6-4", "… 6-7(4) 7-6(9) 7-5") too. */
const SCORE_TICKER = /(?:\s\d{1,2}-\d{1,2}(?:\(\d{1,2}\))?){2,}$|^(?:FT|HT|AET|FT\/AET|LIVE(?:\s+\d{1,3}')?|\d{1,3}')(?::\s*|\s+)\S.*\s\d{1,2}\s?[-–:]\s?\d{1,2}(?:\s|$)|\s\d{1,2}\s?[-–:]\s?\d{1,2}\s*\(\d{1,3}\.?'?\)$|^\p{Lu}[\p{L}\d.'’&-]*(?:\s+[\p{L}\d.'’&-]+){0,4}\s+(?:\d{1,3}\s?[-–:]\s?\d{1,3}|vs?\.?)\s+(?!(?:To|For|In|On|At|As|Of|And|Over|After|With|From|By|The|An?)\s)\p{Lu}[\p{L}\d.'’&-]*(?:\s+[\p{L}\d.'’&-]+){0,4}$/u;
/** A scoreboard's scorers under their label, each with the minute in brackets ("Buts : Kéita (34e), Le
 *  Gall (90e+2) …", "Goals: Lind (23'), Berg (67')", "Tore: 1:0 Lind (12.)"), or its ground and crowd
 *  ("Stade de la Garenne – 4 318 spectateurs", "Hollin Park · Att: 4,211", "Attendance: 4,211"). */
const SCORERS = /^(?:goals?|scorers?|buts?|buteurs?|tore|torschützen|goles|goleadores|reti|marcatori|doelpunten)\s?:\s.*\(\d{1,3}(?:e|'|’|\.|\s?min)?(?:\s?\+\s?\d{1,2})?\)|\s[–—-]\s\d[\d\s.,\u202f]*\s(?:spectateurs|spectators|zuschauer(?:innen)?|espectadores|spettatori|toeschouwers)$|(?:^|\s[·•|–—-]\s)(?:att(?:endance)?|crowd|zuschauer|spectateurs|affluence|asistencia|público|spettatori)\s?[:.]\s?\d[\d\s.,\u202f]*$/iu;
/** A table's row with bars between its cells and a figure in one ("Orvo Sport 3 | 279 € | 14 Tage | 2,0"):
 *  three cells or more. A headline and the site's name have one bar between them. */
const isBarRow = (text: string): boolean => text.split(" | ").length >= 3 && /\d/.test(text);
/** A review's rating ("★★★½ (out of four)", "Rating: 3 of 4 stars", "Bewertung: ★★★★☆", "Note : 15/20",
 *  "3.5 out of 4 stars", "4 van 5 sterren"). */
const RATING = /[★☆]|^(?:rating|score|verdict|our rating|bewertung|wertung|unsere wertung|note|notre note)\s*[:：]?\s*\d|\b\d(?:[.,]\d)?\s*(?:out of|of|von|sur|van|de|su|\/)\s*(?:\d{1,3}|four|five|ten)(?:\s*(?:stars?|sternen?|étoiles?|sterren|estrellas|stelle))?\s*\)?$/i;
/** A stamp of how long ago, after its label ("Prices checked 3 hours ago", "Updated 2 days ago"). */
const TIME_AGO_END = /^(?:\S+\s+){0,3}\d{1,3}\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago$/i;

/** A line that opens with a dash is a list's item, a quote's turn or a Korean headline's sub-headlines
 *  ("- 시, 친환경 유람선 3척 도입"), never the headline; nor one that opens with a plus, a review's pro
 *  ("+ Quiet in eco mode"). */
const DASH_START = /^[-–—+]\s/;

/** A Japanese, Chinese or Korean date line ("2025年3月12日 14時30分", "2025년 4월 3일"), which the English
 *  parser the title stage asks does not read. */
const EAST_ASIAN_DATE_START = /^\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]/;

/** The writer's name and the date, perhaps with its hour ("Anna Lind Jun 23, 2025", "Anna Lind, 3 March
 *  2025 14:05"): a byline, which shares the caption's credit with the text and so scored as its headline. */
const NAME_BEFORE_DATE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}[\s,|·•–—-]*$/u;
const TIME_AFTER_DATE = /^[\s,|·•]*(?:\d{1,2}[:.]\d{2}\b.{0,12})?$/;
function isNameAndDate(text: string): boolean {
  const d = findDates(text, ANY_DAY)[0];
  // A month's name: a column's name over its issue's numbers ("Opening Bell 11.18.19") is a headline.
  return !!d && d.index > 0 && /\p{L}/u.test(text.slice(d.index, d.end)) && NAME_BEFORE_DATE.test(text.slice(0, d.index)) && TIME_AFTER_DATE.test(text.slice(d.end));
}

/** More than 8 letters with case (UTF-16 units, as a string's length counts them) and none that
 *  upper-casing would change: "BREAKING NEWS TODAY". Stops at the first lowercase letter, so most lines
 *  cost a few characters. Scripts without case (Arabic, Hebrew, Devanagari, CJK, Hangul) never shout:
 *  their every headline had counted as shouted and lost half its score to the site's breadcrumb. */
export function isShouting(text: string): boolean {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i)!;
    const width = point > 0xffff ? 2 : 1;
    if (isLetterPoint(point)) {
      const ch = String.fromCodePoint(point);
      const upper = ch.toUpperCase();
      if (upper !== ch) return false;
      if (ch.toLowerCase() !== upper) units += width;
    }
    i += width - 1;
  }
  return units > 8;
}

/** Words of 4+ letters, cut to their first 6 (a cheap stem), lowercase. One scan over the text: the
 *  same with a \p{L} pattern cost a few percent of the normaliser's time. */
export function contentWords(text: string): Set<string> {
  const lower = text.toLowerCase();
  // Text with ASCII and Latin-1 letters only: the native expression reads it several times faster than
  // the scan.
  if (!beyondLatin1(text)) return new Set((lower.match(LATIN_1_CONTENT_WORD) ?? []).map((w) => w.slice(0, 6)));
  const words = new Set<string>();
  let start = -1;
  let letters = 0;
  for (let i = 0; i <= lower.length; i++) {
    const point = i < lower.length ? lower.codePointAt(i)! : -1;
    if (point >= 0 && isLetterPoint(point)) {
      if (start < 0) start = i;
      letters++;
      if (point > 0xffff) i++;
      continue;
    }
    if (start >= 0 && letters >= 4) words.add(lower.slice(start, Math.min(i, start + 6)));
    start = -1;
    letters = 0;
  }
  return words;
}

/** Latin-1's lowercase letters (and ª, º, which have no case), as lowercasing leaves them. */
const LATIN_1_CONTENT_WORD = /[a-zªµºß-öø-ÿ]{4,}/g;
