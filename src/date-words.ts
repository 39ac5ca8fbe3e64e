import { anyCase } from "./any-case";
import { endsLikeSentence, wordCount } from "./text";

/* Cheap tests for dates written in a line, before (or instead of) a real parse: whether a line opens
 * with a date, holds one, or is a date line and little else. */

/** "Published" and "Updated" in the languages beyond the seven the rules were first written for
 *  (Nordic, Czech, Polish, Turkish, Russian, Ukrainian, Finnish, Romanian, Greek, Indonesian,
 *  Vietnamese, Korean, Chinese, Japanese, Hebrew, Arabic, Persian, Hindi, Croatian and Serbian,
 *  Slovak, Hungarian, Catalan, Lithuanian; and Dutch "aangepast", "gewijzigd"): labels of the page's own date, for the date stage, and
 *  never a writer's name, for the byline stage. Written as alternatives for an expression. Unknown,
 *  a page's two labelled lines were two plain date lines, and the one nearer the text, the update,
 *  was taken. */
export const MORE_PUBLISHED_LABELS = "publicerad|publiceret|publisert|publikováno|opublikowano|yayınlanma(?: tarihi)?|yayınlandı|опубликовано|опубліковано|julkaistu|publicat(?:ă)?|δημοσίευση|δημοσιεύθηκε|diterbitkan|dipublikasikan|ngày đăng|đăng(?: lúc| ngày)?|입력|등록|公開|公开|发布(?:时间|日期)?|發布(?:時間|日期)?|发表(?:时间)?|發表(?:時間)?|פורסם|تاريخ النشر|نشر(?: في)?|تاریخ انتشار|منتشر شده|प्रकाशित|प्रकाशन|objavljeno|publikované|uverejnené|közzétéve|publikálva|paskelbta|publikuota";
export const MORE_UPDATED_LABELS = "aangepast|gewijzigd|uppdaterad|opdateret|oppdatert|aktualizováno|aktualizacja|zaktualizowano|güncelleme|güncellendi|обновлено|оновлено|päivitetty|actualizat(?:ă)?|ενημερώθηκε|ενημέρωση|diperbarui|cập nhật|수정|업데이트|更新(?:时间|時間|日時|日期)?|עודכן|آخر تحديث|تحديث|آخرین به‌روزرسانی|به‌روزرسانی|अपडेटेड|अपडेट|अद्यतन|ažurirano|aktualizované|frissítve|actualitzat|atnaujinta";

/** English month and weekday abbreviations; a word starting with one of them may name a date. */
export const MONTHS_EN = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
export const WEEKDAYS_EN = "mon|tue|wed|thu|fri|sat|sun";
/** Weekdays written out, in English and the languages whose dates open with one ("Martedì 4 Febbraio
 *  2014", "Wednesday 20 November 2019"): for whole-word patterns. */
/** Weekdays written out in the languages the pages come in beyond those above (Nordic, Finnish, Polish,
 *  Czech, Turkish, Romanian, Hungarian, Croatian, Indonesian, Greek, Russian, Ukrainian): a capitalised
 *  word before a date there is no writer's name ("Tiistai 23.7.2024", "Tirsdag 23. juli 2024"). */
export const MORE_WEEKDAYS = "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pondělí|úterý|středa|čtvrtek|pátek|neděle|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|luni|marți|miercuri|joi|vineri|sâmbătă|duminică|hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap|ponedjeljak|utorak|srijeda|četvrtak|petak|subota|nedjelja|senin|selasa|rabu|kamis|jumat|sabtu|minggu|δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|п['’]ятниця|субота|неділя";
export const WEEKDAYS_WRITTEN_OUT = "(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira";
/** Text that opens with a date: a number, or a month or weekday word (any form that starts like the
 *  English one: "Juli", "Montag") followed by a day number, directly or after a month word. A word that
 *  only starts like one ("Mayor Approves…", "Marshall Islands…") is not followed by a number. */
export const DATE_START = new RegExp(`^(?:\\d|(?:${WEEKDAYS_EN})[a-z]*\\.?,?\\s+(?:\\d|(?:${MONTHS_EN})[a-z]*\\.?\\s+\\d)|(?:${MONTHS_EN})[a-z]*\\.?,?\\s+\\d)`, "i");
/** English month names as whole words ("Mar", "March", not "Marsh"). For case-insensitive patterns. */
export const MONTH_WORD_EN = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])";

/** A month name next to a day number, an ISO or numeric date, or a time: cheap evidence of a date.
 *  A day before a month word needs a year, a stop or the line's end after it: "3. Maria Sakkari" and
 *  "12 Marines Killed" are a list item and a headline, not dates. A numeric date keeps one separator:
 *  "7.5/10" is a rating. A time may carry its hour's letters ("21:03h", "18:41hs"). Brazilian papers join day, month and year with stops ("25.mar.2025"). */
export const DATE_WORDS = new RegExp(`\\b(?:${MONTHS_EN})[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\.?\\s+(?:${MONTHS_EN})[^\\s\\d,.|]*\\.?(?:\\s+\\d{2,4}\\b|\\s*[,.|]|\\s*$)|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}([./])\\d{1,2}\\1\\d{2,4}\\b|\\b\\d{1,2}\\.[a-z]{3}\\.\\d{4}\\b|\\b\\d{1,2}:\\d{2}(?:hs?)?\\b`, "i");
/** A stamp of how long ago, or of today's or yesterday's hour ("3 hours ago", "1 hr 22 min ago", "vor 2
 *  Stunden", "Gestern um 02:12", "Today at 10:05"), after a bullet or a publication label perhaps ("Last
 *  updated", "Article was updated"): a date that names no year. */
const AGO = /^(?:[·•]\s*)?(?:(?:(?:the )?(?:article|story|post|page) (?:was )?)?(?:last )?(?:published|posted|updated|veröffentlicht|erstellt|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato)\s*:?\s+)?(?:(?:yesterday|today|gestern|heute|hier|aujourd['’]hui|ayer|hoy|ieri|oggi),?\s+(?:at\s+|um\s+|à\s+|a las\s+|alle\s+)?\d{1,2}[:.h]\d{2}\b|(?:about |around |over |almost )?(?:\d+\s*(?:h|hrs?|hours?)\s+)?(?:\d+|an?)\s*(?:s|m|h|d|min|mins|minutes?|hrs?|hours?|days?|weeks?)\.?\s+ago\b|vor \d+\s*(?:sekunden|minuten|min\.?|stunden|std\.?|tagen|wochen)\b|il y a \d+\s*(?:secondes?|minutes?|min|heures?|h|jours?|semaines?)\b|hace \d+\s*(?:segundos?|minutos?|min|horas?|días?|semanas?)\b|há \d+\s*(?:segundos?|minutos?|min|horas?|h|dias?|semanas?)\b|\d+\s*(?:seconden|minuten|min|uur|dagen|weken)\s+geleden\b|\d+\s*(?:secondi|minuti|min|ore|giorni|settimane)\s+fa\b)/i;
export const isTimeAgo = (text: string): boolean => AGO.test(text);
/** Words a date line may have besides the date ("Updated", weekday, "By Jane Doe |"). */
const DATE_LINE_MAX_WORDS = 10;

/** A life's dates under an obituary's name, "March 3, 1941 – November 1, 2025": years a decade apart or
 *  more joined by a dash. The parser drops a date before 1990, so the period is not seen, and its end
 *  is the day of a death, not of the article. (A page's update is never years after its publication.) */
const LIFESPAN = /\b(1[89]\d{2}|20\d{2})\b[^–—-]{0,4}\s[–—-]\s[^–—-]{0,25}?\b(1[89]\d{2}|20\d{2})\b/;
const LIFESPAN_MIN_YEARS = 10;
export function isLifespan(text: string): boolean {
  const m = LIFESPAN.exec(text);
  return !!m && Number(m[2]) - Number(m[1]) >= LIFESPAN_MIN_YEARS;
}

/** A bar or dot between spaces: how bylines set their date apart and menus their entries. */
export const SPACED_BAR = /\s[|·•]\s/;
/** A date line, or a line of parts set apart so, one of which is a date line ("9. Januar 2024 |
 *  Lesezeit: 5 Min."): a header's stamp. */
export const isStampLine = (text: string): boolean => isDateLine(text) || (SPACED_BAR.test(text) && text.split(SPACED_BAR).some(isDateLine));

/** A line that is a date or a "3 hours ago" stamp and little else: article metadata, not text. */
export function isDateLine(text: string): boolean {
  // Every pattern above needs a digit: most lines have none, and that search is the cheapest.
  if (!/\d/.test(text)) return false;
  // The word count first: it stops after a few words (a long line's count is remembered from the
  // stages before), while the date expression scans a whole paragraph.
  if (AGO.test(text)) return true;
  if (wordCount(text, DATE_LINE_MAX_WORDS + 1) > DATE_LINE_MAX_WORDS) return withoutMiddleCredits(text) !== undefined || publishedOfPair(text) !== undefined;
  return (!endsLikeSentence(text) || (AM_PM_END.test(text) && DATE_START.test(text))) && !introducesWithTime(text) && DATE_WORDS.test(withoutDuration(text)) && !isLifespan(text);
}
/** A sentence that introduces a list under it and names the hour of its figures ("Among the closures
 *  reported as of 9:30 a.m.:"): its colon, and lowercase words a stamp has not ("Updated Dec. 4, 2024,
 *  at 9:47 a.m.:" has two, "Mis à jour le 12 mars à 14h20 :" three). On a local station's page it was
 *  read as a teaser card's stamp, and the text's list and last paragraphs were cut off under it. */
const INTRO_LOWERCASE_WORDS = 4;
const LOWERCASE_WORD = /(?:^|\s)\p{Ll}{2,}(?=[\s,:]|$)/gu;
const introducesWithTime = (text: string): boolean => text.endsWith(":") && (text.match(LOWERCASE_WORD)?.length ?? 0) >= INTRO_LOWERCASE_WORDS;
/** A published date and the update's on one line, each with its weekday and time ("Tue Nov 12, 2024
 *  11:42 PM Last update on: Wed Nov 13, 2024 12:05 AM", "Veröffentlicht am 12.03.2024, 10:35 Uhr,
 *  zuletzt aktualisiert am 13.03.2024, 08:00 Uhr"): too many words for one date line, but two of them. */
const UPDATE_LABEL_INSIDE = /\s(?:(?:last )?(?:updated?|modified)(?: on| at)?|mis à jour(?: le)?|(?:zuletzt )?aktualisiert(?: am)?|actualizado(?: el)?|aggiornato(?: il)?|atualizado(?: em)?|bijgewerkt(?: op)?)\s*:?\s+(?=\S)/i;
/** What every update label holds, as a plain search before the expression. */
const UPDATE_HINT = /pdate|odified|à jour|ktualisiert|ctualizado|ggiornato|tualizado|ijgewerkt/;
/** The published part of such a line ("Tue Nov 12, 2024 11:42 PM"); undefined for any other line. */
export function publishedOfPair(text: string): string | undefined {
  if (!UPDATE_HINT.test(text)) return undefined;
  const m = UPDATE_LABEL_INSIDE.exec(text);
  if (!m || m.index === 0) return undefined;
  const published = text.slice(0, m.index);
  return isDateLine(published) && isDateLine(text.slice(m.index + 1)) ? published : undefined;
}
/** A row of credits before the date, set apart by bars: "By Nora Fielding | Reviewed by Owen Pratt, CFA
 *  | Last updated March 3, 2025", or by dashes. Its words are the credits', not a sentence's. */
const CREDIT_PART = new RegExp(String.raw`^(?:${anyCase("by|reviewed by|medically reviewed by|clinically reviewed by|edited by|fact[- ]checked by|written by|reported by|updated by")})\s+\p{Lu}`, "u");
/** Such a row with only its first credit and its date ("By Nora Fielding | Last updated March 3, 2025"),
 *  read as a byline's date line is; undefined for any other line. */
export function withoutMiddleCredits(text: string): string | undefined {
  const last = dateAfterCredits(text);
  return last === undefined ? undefined : `${text.slice(0, text.indexOf(CREDIT_SEPARATORS.find((b) => text.includes(b))!))} | ${last}`;
}
/** The date part after such a row of credits ("Updated on October 27, 2026"); undefined for any other line. */
export function dateAfterCredits(text: string): string | undefined {
  // Set apart by bars, or by dashes or middle dots ("Medically reviewed by … — Written by … — Updated on …").
  const bar = CREDIT_SEPARATORS.find((b) => text.includes(b));
  if (!bar) return undefined;
  const parts = text.split(bar);
  const last = parts[parts.length - 1]!;
  return parts.length > 2 && parts.length <= CREDIT_PARTS_MAX && parts.slice(0, -1).every((p) => CREDIT_PART.test(p)) && isDateLine(last) ? last : undefined;
}
const CREDIT_PARTS_MAX = 4;
const CREDIT_SEPARATORS = [" | ", " — ", " – ", " · "];
/** A video's running time in brackets at the end of its caption ("… apologises (YouTube, 1:42)"): a
 *  length, not a time of day. */
const DURATION = /\((?:[^()]*,\s*)?\d{1,2}:\d{2}(?::\d{2})?\)\s*$/;
/** …or a video box's running time and source: "02:41 - Source: CNN". */
const VIDEO_SOURCE = /^\d{1,2}:\d{2}(?::\d{2})?\s+[-–—]\s+source:/i;
const withoutDuration = (text: string): string => (text.endsWith(")") ? text.replace(DURATION, "") : VIDEO_SOURCE.test(text) ? "" : text);
/** A time's "a.m."/"p.m." ends a date line ("November 8, 2023 at 6:09 p.m.") with a full stop that ends
 *  no sentence; a line that opens otherwise ("The polls close on May 5 at 8 p.m.") is a sentence. */
const AM_PM_END = /\d\s?[ap]\.\s?m\.$/i;

/** A date of validity or a deadline ("Lieferbar ab …", "Angebot gültig bis …", "Closing date: …",
 *  "Valable jusqu'au …"), a match's kick-off or a product's release ("Kick-off: 19:45, Tuesday 1 October
 *  2024", "Release date: …", "On sale: …", "Erscheint am …"), a film's, record's or programme's in a
 *  review's box ("Kinostart: 21.03.2024", "VÖ: 23.02.2024", "Premiere: …", "Airs: …"): when something can be had, must be done
 *  by or happens, not when the page was written, nor a teaser card's stamp inside the text (see
 *  locate-body). Nor when a forum's member signed up ("Registriert: Sa 12. Jan 2013", "Joined: …"). */
export const VALIDITY = /\b(?:lieferbar|verfügbar|erhältlich|gültig|bewerbungsschluss|anmeldeschluss|einsendeschluss|meldeschluss|frist|mindesthaltbar\w*|eintritt ab|date limite|valable|disponible|inscriptions?|deadline|closing date|available|valid (?:until|through|till)|expires?|offer ends|sale ends|bis zum|jusqu['’]au|à partir du|hasta el|válid[oa]|fecha límite|scadenza|valid[oa] fino|kick-?off|anstoß|anpfiff|coup d['’]envoi|release date|on sale|in stores|erscheint am|erscheinungstermin|verkaufsstart|marktstart|sortie le|date de sortie|kinostart|filmstart|im kino ab|in (?:cinemas|theaters|theatres)|(?:sortie )?en salles|vö|premieres?|première|uraufführung|ausstrahlung|sendetermin|airs|streaming ab|tv-start|registriert|joined|member since|mitglied seit|dabei seit|inscrit(?:e)? (?:le|depuis)|registrado|iscritto|lid sinds)(?![\p{L}])/iu;

/** A post's meta line, opening with its date label ("Published: Nov 3, 2024 · by … · This post may
 *  contain affiliate links."): the date stage reads it, so no junk rule takes it and it is no dek. */
export const META_LINE_START = /^(?:published|posted|updated|modified|last updated)\b/i;
