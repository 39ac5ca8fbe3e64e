import type { SourceLine } from "../model";
import { findDates, mayHoldDate, statesPeriod } from "./parse-date";
import { datesIn, withTimeOf, type DateContext, type DateResult } from "./dates-in";
import { BY_NAME_ON } from "./labelled-anywhere";
import { textCue } from "./text-cue";
import { dateBadge } from "./date-badge";
import { isProse, wordCount } from "../text";
import { isPostMeta, withoutCommentCount } from "./post-meta";
import { dateAfterCredits, isLifespan, isTimeAgo, publishedOfPair, withoutMiddleCredits, WEEKDAYS_WRITTEN_OUT, MORE_PUBLISHED_LABELS, MORE_UPDATED_LABELS, VALIDITY } from "../date-words";
import { inPostList, isCardDate } from "./card-dates";
import { isEventDateRow, opensSection, statesDayPeriod } from "../card-stamp";
import { nameBesideDate } from "./name-beside-date";
import { BODY_LEAD_LINES, datelineDate, LONGEST_DATE_CHARS, opensWithDate } from "./dateline";
export { isCardDateLine } from "./card-dates";

/** Labels that introduce a publication date, in the languages of the dev pages. "Updated" labels come
 *  second: the archive sorts by first publication. A label ends where no letter follows: \b knows only
 *  ASCII letters, and after "publié" it never matched; a figure may follow at once, as a layout glues
 *  the label to the time beside it ("Updated16:05, 19 OCT 2024"). */
export const PUBLISHED = new RegExp(String.raw`^(?:published|posted|submitted|issued|date issued|first published|publication date|date|datum|veröffentlicht|publiziert|erschienen|gespeichert|verfasst|erstellt|eingestellt|stand|publié(?:e)?|posté(?:e)?|soumis|mis en ligne|publicado|publicada|postado|pubblicato|pubblicata|gepubliceerd|geplaatst|${MORE_PUBLISHED_LABELS})(?!\p{L})[^\p{L}\p{N}]*(?:on|am|le|el|il|op)?\s*`, "iu");
const UPDATED = new RegExp(String.raw`^(?:updated|last updated|last modified|modified|(?:page )?last reviewed|reviewed on|zuletzt geprüft|zuletzt (?:aktualisiert|geändert|bearbeitet)(?: am)?|letzte (?:aktualisierung|änderung)|geändert(?: am)?|dernière (?:mise à jour|modification)|modifié(?:e)?(?: le)?|última (?:actualización|modificación)|ultimo aggiornamento|aktualisiert|mis à jour|actualizado|atualizado|última atualização|aggiornato|modificato(?: il)?|bijgewerkt|laatst bijgewerkt(?: op)?|laatste update|gewijzigd(?: op)?|act\.|${MORE_UPDATED_LABELS})(?!\p{L})[^\p{L}\p{N}]*(?:on|am|le|el|il|op)?\s*`, "iu");
/** Whether a line opens with an update's label ("Updated 2 hours ago", "Aktualisiert: …"). */
export const isUpdateLabelled = (text: string): boolean => UPDATED.test(text);
/** Whether a line part is a publication or update label and nothing else ("Publicado", "Mis à jour"):
 *  a date's label, never a writer's name. */
export const isDateLabel = (text: string): boolean => (PUBLISHED.exec(text) ?? UPDATED.exec(text))?.[0].length === text.length;
/** A byline date line has little else on it ("By Jane Doe | Nov. 19, 2019 8:03 am ET"). */
const DATE_LINE_MAX_EXTRA_CHARS = 40;
const DATE_LINE_MAX_CHARS = 100;
/** How far after an "Updated" label its date may start (past a time and zone written first). */
const UPDATED_DATE_MAX_OFFSET = 30;
/** Words and signs a date phrase is made of, in the dev pages' languages (for the pre-check only). */
const DATE_TOKENS = /\d+(?:st|nd|rd|th|er|e|º|ª)?|[.,:/|–—-]|\b(?:[ap]\.?m\.?|at|on|um|uhr|le|de|del|du|am|h|gmt|utc|cet|cest|edt|est|pst|pdt|ist|et|pt|bst)\b|\b(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim)\p{L}*|\b(?:jan|feb|f[ée]v|m[äa]r|apr|avr|abr|ma[iy]|mei|mag|jun|juin|giu|jul|juil|lug|aug|ao[ûu]|ago|sep|set|o[ck]t|out|ott|nov|d[eé][cz]|dic|ene|gen|jän)\p{L}*|(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)\p{L}*|[年月日時分]/giu;


export type { DateContext, DateResult };

/** The article's publication date, from the head (title, byline, date lines) and the body's first lines;
 *  failing that, from a phrase in the text that ties a date to the time of writing. */
/** What the date stage knows of the article beyond its dump: its headline's line, and whether the line
 *  under the headline gives its age ("vor 3 Stunden"), which leaves a plain date on the page the site's. */
export interface ArticleDateContext extends DateContext {
  titleLine?: SourceLine;
  aged?: boolean;
}

export function extractDate(head: readonly SourceLine[], body: readonly SourceLine[], ctx: ArticleDateContext): DateResult | undefined {
  // A dated section's date in the text's first lines is its event's ("12. Mai 2019" / "Stadtrat
  // beschließt Planung" / paragraph), not the article's.
  const near = [...head, ...body.slice(0, BODY_LEAD_LINES).filter((_, k) => !opensSection(body, k))];
  const published = labelled(near, PUBLISHED, ctx);
  if (published) return published;
  const updated = labelled(near, UPDATED, ctx);
  if (updated) {
    // "March 3, 2024" over "Updated: March 5, 2024": the plain date is when it was published.
    // (Not the update's own line read again past its dash: "Updated - May 10, 2025 12:02 am IST".)
    const plain = plainDateLine(near.filter((l) => l !== updated.line), ctx);
    if (plain && plain.date.slice(0, 10) <= updated.date.slice(0, 10)) return plain;
    // …and so is the text's dateline ("Last updated: April 8, 2025" over "Saltmere — April 7, 2025 — …").
    const dateline = datelineDate(body, ctx, () => plainDateLine(head, ctx));
    return dateline && dateline.date.slice(0, 10) <= updated.date.slice(0, 10) ? dateline : { ...updated, updated: true };
  }
  return datelineDate(body, ctx, () => plainDateLine(head, ctx)) ?? undatedLead(near, body, ctx);
}

/** No label and no dateline: a date line near the headline, or a phrase of the text. */
function undatedLead(near: readonly SourceLine[], body: readonly SourceLine[], ctx: ArticleDateContext): DateResult | undefined {
  // The article dated only "3 hours ago": a plain date on the page is the site header's clock, but not
  // the date written out right beside that age.
  return (ctx.aged || datedRelatively(near) ? dateBesideAge(near, ctx) : plainDateLine(near, ctx) ?? dateBadge(near, (text) => dateOnly(text, ctx))) ?? textCue(body, ctx);
}

/** The age and the date it stands for, on two lines one over the other ("Published 4h ago" / "Tue, 22
 *  Oct 2024 10:45"), as portals print the stamp and its full form: the date is the article's. */
function dateBesideAge(near: readonly SourceLine[], ctx: ArticleDateContext): DateResult | undefined {
  for (let k = 0; k < near.length; k++) {
    if (near[k]!.text.length > AGE_STAMP_MAX_CHARS || !isTimeAgo(near[k]!.text)) continue;
    const beside = [near[k + 1], near[k - 1]].find((l) => l && plainDateLine([l], ctx));
    if (beside) return plainDateLine([beside], ctx);
  }
  return undefined;
}
/** An age stamp is short ("Published 4h ago", "Publicado há 3 horas", "vor 3 Stunden"); a longer line
 *  is a sentence that opens with an age. */
export const AGE_STAMP_MAX_CHARS = 40;


/** Whether the article's own date is how long ago it was published ("Published 3 hours ago",
 *  "Veröffentlicht vor 2 Tagen", "Posted yesterday at 14:05"): then a plain date elsewhere on the page
 *  (above the menus: "Thursday, 13 November 2025", "Today's Paper | …") is the day the page was saved,
 *  which is not the article's. Only with a publication label: an update's "Updated 2 hours ago" beside
 *  the date line, or the ages of other stories in a list ("2 days ago"), leave the date line the
 *  article's. Today's hour is not such a stamp: the page's date is then the article's. */
export function datedRelatively(lines: readonly SourceLine[]): boolean {
  return lines.some((l) => {
    if (!ANY_DIGIT.test(l.text)) return false;
    const label = l.text.match(PUBLISHED)?.[0];
    if (!label) return false;
    const rest = l.text.slice(label.length);
    return isTimeAgo(rest) && !TODAY.test(rest);
  });
}
const ANY_DIGIT = /\d/;
const TODAY = /^(?:[·•]\s*)?(?:today|heute|aujourd['’]hui|hoy|oggi)\b/i;

/** A date, a dash and what happened: "15.09.2023 – Auftaktsieg …". */
const ENTRY_AFTER_DATE = /^\(?\d[^–—]{3,30}\s[–—-]\s+\p{L}/u;

/** The first line that opens with the label and a date right after it. */
function labelled(near: readonly SourceLine[], label: RegExp, ctx: DateContext): DateResult | undefined {
  for (const [k, line] of near.entries()) {
    // A row of credits before the labelled date ("By … | Reviewed by … | Last updated …"): its last part.
    const text = line.text.includes(" by ") ? dateAfterCredits(line.text) ?? line.text : line.text;
    const m = text.match(label);
    if (!m) continue;
    // A strip of cards over the article, each its labelled date over its headline; an event's box of
    // details ("Date: Saturday, October 18, 2025" over "Time: …", "Location: …"), when the event is.
    if (isCardDate(near, k, ctx) || isEventDateRow(near, k)) continue;
    // "Submitted by admin on Wed, 03/06/2019", "Gespeichert von anna am 6. Mai 2016": the poster's
    // name may stand between the label and the date.
    const rest = text.slice(m[0].length).replace(BY_NAME_ON, "");
    const d = datesIn(rest, ctx)[0];
    // "Updated 0339 GMT (1139 HKT) November 19, 2019": an update label may put the time first.
    if (d && d.index <= (label === UPDATED ? UPDATED_DATE_MAX_OFFSET : 3)) return { date: d.iso, dateSource: "published", line, consumeLine: text !== line.text || isOnlyDate(text, rest.length - d.end + m[0].length) || isLabelledDates(text, ctx) };
  }
  return undefined;
}

/** A line that is mostly a date, nearest the body first (the byline's date sits under the headline). */
function plainDateLine(near: readonly SourceLine[], ctx: ArticleDateContext): DateResult | undefined {
  for (let k = near.length - 1; k >= 0; k--) {
    const line = near[k]!;
    // A chronicle's entries, each dated by its own event ("15.09.2023 – Auftaktsieg …", "21.10.2023 – …").
    if (ENTRY_AFTER_DATE.test(line.text) && opensWithDate(line.text, ctx) && (opensWithDate(near[k + 1]?.text ?? "", ctx) || opensWithDate(near[k - 1]?.text ?? "", ctx))) continue;
    // The site header's clock at the top of the page, a weekday first ("Wednesday 20 November 2019"),
    // perhaps under a skip link or the logo: the day the page was saved. A blog prints its post's day
    // so too, but right over the post's title.
    if (line.no <= HEADER_CLOCK_LINES && HEADER_CLOCK.test(line.text) && (line.no === 1 || (ctx.titleLine !== undefined && near[k + 1] !== ctx.titleLine))) continue;
    const d = dateOnly(line.text, ctx);
    if (!d) continue;
    // A list of other posts, each with its date ("Sciopero del personale – 07/10/2022" under "Riunione
    // genitori – 12/10/2022"): the sidebar's dates, not the article's; an event's box of details.
    if (inPostList(near, k, ctx) || isEventDateRow(near, k)) continue;
    // Two date lines together, their labels unknown ("입력 2024.11.03 14:05" / "수정 2024.11.03
    // 16:20"): the earlier date is the first publication, the later one its update.
    // The post's meta line with its writer a line or two over a bare date ("13.10.2025 | Timo Reiser |
    // Herren" / "Kreisliga A, 9. Spieltag" / "So., 12.10.2025, 15:00 Uhr", a match's kick-off): the post's.
    const signed = nameBesideDate(line.text) === undefined ? [near[k - 1], near[k - 2]].find((l) => !!l && nameBesideDate(l.text) !== undefined && dateOnly(l.text, ctx) !== undefined) : undefined;
    const above = signed ?? [near[k - 1], near[k - 2]].find((l) => !!l && isEarlier(dateOnly(l.text, ctx), d));
    const at = above ?? line;
    const date = above ? dateOnly(above.text, ctx)! : d;
    return { date, dateSource: "published", line: at, consumeLine: isOnlyDate(at.text, 0) && datesIn(at.text, ctx).length > 0 && at.text.length <= DATE_LINE_MAX_CHARS };
  }
  return undefined;
}

/** …or shortened, with its stop or comma ("Tue, 18 Nov 2025", "Mo., 18.11.2025", "mar. 18 nov. 2025"). */
const WEEKDAYS_SHORTENED = "mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim";
const HEADER_CLOCK = new RegExp(`^(?:(?:${WEEKDAYS_WRITTEN_OUT})(?![\\p{L}])|(?:${WEEKDAYS_SHORTENED})[.,])`, "iu");
/** How far down the clock may sit: under a skip link, the logo, a login link or two (the invented pages
 *  of an audit put it on the second and third lines; a dev page's Blogger date header, right over the
 *  post's title, on the fourth). */
const HEADER_CLOCK_LINES = 5;

/** Whether date a comes before date b: by the minute when both state a time, else by the day. */
const isEarlier = (a: string | undefined, b: string): boolean => !!a && (a.length > 10 && b.length > 10 ? a < b : a.slice(0, 10) < b.slice(0, 10));

/** Labels of when an event the article announces takes place ("Termin: 08.05.2020, 19 Uhr", "When: …",
 *  an obituary's "Visitation: …", "Funeral Service: …", "Trauerfeier: …"): that is the event's date, not
 *  the article's. Only with the colon, which makes the word a label. */
const EVENT_LABEL = /^(?:(?:nächster|nächste|next|prochain|prochaine|próximo|prossimo)\s+)?(?:termine?|wann|beginn|einlass|veranstaltungs(?:datum|termin)|event date|date of (?:the )?event|event|when|doors(?: open)?|quand|rendez-vous|cuándo|fecha del evento|quando|visitation|viewing|calling hours|wake|(?:funeral|memorial|graveside|committal)(?: service| mass)?|services?|celebration of life|interment|burial|mass of christian burial|trauerfeier|beisetzung|beerdigung|trauergottesdienst|requiem|obsèques|funérailles|inhumation|veillée|velatorio|sepelio|misa funeral|funerale|esequie|camera ardente)\s*:/iu;
/** A site's clock: "Heute ist Freitag, 22. März 2024", "Today is …"; and a ticker's "+++ 14.03.2024: …". */
const CLOCK_OR_TICKER = /^(?:heute ist|today is|aujourd['’]hui(?:,)? nous sommes|hoy es|oggi è|\+\+\+)/iu;

/** A video's own stamp ("Uploaded Nov 14, 2019", "Premiered …", "Aired …"): the clip's day. */
const VIDEO_STAMP = /^(?:uploaded|premiered|streamed live|aired|recorded)\b/i;

/** What a period needs between its dates (a dash, a word for "to"): a plain test before the parse. */
const PERIOD_HINT = /[–—-]|\b(?:bis|to|until|through|au|al)\b/i;

/** Three cells or more, tab-separated. */
const TABLE_ROW = /\t[^\t]*\S[^\t]*\t/;
/** Two words or more, then the date in brackets at the end of the line. */
const datedTitle = (part: string, dateAt: number): boolean => {
  const open = part.lastIndexOf("(");
  return open > 0 && dateAt > open && part.endsWith(")") && wordCount(part.slice(0, open), 2) >= 2;
};
/** Bylines join their parts with separators: "Von Jan Kupitz | Oct 24, 2023 | Zuletzt geändert: …". */
const SEPARATORS = /\s+(?:[|/•·⋅]|\/\/)\s+|\s+[–—-]\s+|^[•·⋅]\s+| {2,}/;

/** The date of a line that is a date and little else, or of its first separated part that is. */
export function dateOnly(line: string, ctx: DateContext): string | undefined {
  if (line.length > DATE_LINE_MAX_CHARS * 2 || !mayHoldDate(line)) return undefined;
  // "By Nora Fielding | Reviewed by Owen Pratt, CFA | Last updated March 3, 2025": as with one credit.
  const credits = line.includes(" by ") ? withoutMiddleCredits(line) : undefined;
  if (credits) return dateOnly(credits, ctx);
  // "Tue Nov 12, 2024 11:42 PM Last update on: Wed Nov 13, 2024 12:05 AM": the first, as in a row of two.
  const published = publishedOfPair(line);
  if (published) return dateOnly(published, ctx);
  const postMeta = isPostMeta(line);
  const text = postMeta ? withoutCommentCount(line) : line;
  // A row of a table (innerText puts a tab between cells): a listing's date, not the page's. A deadline
  // or an offer's term on the line: the date is theirs. (An event's own date and hours are the date
  // the dev set's reference gives an event page: "Mittwoch, 20. Februar 2019, 14:45 Uhr bis 15:45 Uhr".)
  if (TABLE_ROW.test(text) || VALIDITY.test(text)) return undefined;
  // Split at its dash, a period's end date would stand alone on its part.
  if (PERIOD_HINT.test(text) && (isLifespan(text) || statesDayPeriod(text) || statesPeriod(text, ctx.reference, ctx.language, ctx.dayFirst))) return undefined;
  // Bylines join their parts with separators; a slash straight after a year does too
  // ("October 12, 2018/0 Comments/in Promotion"), unlike the slashes inside 11/19/2019.
  for (const part of [text, ...text.split(SEPARATORS), ...text.split(/(?<=\b(?:19|20)\d{2})\s*\/\s*/)]) {
    // "— Name (@handle) September 27, 2020" dates an embedded post, not the article.
    if (part.length > DATE_LINE_MAX_CHARS || UPDATED.test(part) || EVENT_LABEL.test(part) || part.includes("(@") || CLOCK_OR_TICKER.test(part) || VIDEO_STAMP.test(part)) continue;
    // Longest date phrase ("Wednesday, 20 November 2019 11:42 AM GMT+1") is ~45 characters.
    if (part.length > DATE_LINE_MAX_EXTRA_CHARS + LONGEST_DATE_CHARS) continue;
    // Cheap bound before chrono: what is left once every date-like word is gone must fit the extra.
    if (part.replace(DATE_TOKENS, "").replace(/\s{2,}|[^\S ]/g, " ").trim().length > DATE_LINE_MAX_EXTRA_CHARS) continue;
    const d = datesIn(part, ctx)[0];
    // "Harbour notes (April 2nd 2018)": a post's title with its date in brackets, a teaser.
    if (d && datedTitle(part, d.index)) continue;
    if (d && part.length - (d.end - d.index) <= DATE_LINE_MAX_EXTRA_CHARS) return d.iso;
  }
  // A post's meta line carries more than a byline (categories, the count), but only its own date.
  if (postMeta) {
    const dates = datesIn(text, ctx);
    if (dates.length > 0 && dates.every((d) => d.iso.slice(0, 10) === dates[0]!.iso.slice(0, 10))) return dates[0]!.iso;
  }
  return undefined;
}

/** A date alone in the dump's first lines is the site header's "today" (the day the page was saved)
 *  as often as the article's: on the dev date set, the last resort below took two wrong dates there
 *  and no right one. */
const SITE_HEADER_LINES = 3;
/** Very last resort: the first line anywhere above the text's end that is a date and little else.
 *  Comment and teaser dates come after the text, so the first one is the article's more often than
 *  not (measured on the dev date set: it adds about three right dates for each wrong one). */
export function firstDateLine(lines: readonly SourceLine[], ctx: DateContext): DateResult | undefined {
  for (const [k, line] of lines.entries()) {
    if (line.no <= SITE_HEADER_LINES) continue;
    const d = dateOnly(line.text, ctx);
    if (d && !inPostList(lines, k, ctx) && !isEventDateRow(lines, k)) return { date: d, dateSource: "published", line, consumeLine: false };
  }
  return undefined;
}

const isOnlyDate = (text: string, extra: number) => extra <= DATE_LINE_MAX_EXTRA_CHARS && (!/[.!?]$/.test(text) || endsOnDateStop(text) || READING_TIME_END.test(text));
/** A reading time set apart after the date, its minutes abbreviated ("9. Januar 2024 | Lesezeit: 5
 *  Min."): the stop is the abbreviation's, not a sentence's. */
const READING_TIME_END = /[|·•]\s*[\p{L} ]{0,20}:?\s*\d{1,3}\s*min\.$/iu;
/** Croatian, Serbian and Hungarian end a date with the full stop of an ordinal ("3. veljače 2025.",
 *  "2025. november 12."), Lithuanian with the abbreviated day ("12 d."): no sentence ends there when the
 *  line opens with the date, a label or a weekday. */
const DATE_STOP_END = /^(?:\p{L}+[:,]\s*)?\d[^!?]*(?:\d|\sd)\.$/u;
/** The longest of these lines: a Lithuanian date ("2025 m. lapkričio 12 d.", five words); a label or a
 *  weekday and a Croatian or Hungarian date make four. A sentence with a date is longer. */
const DATE_STOP_MAX_WORDS = 5;
const endsOnDateStop = (text: string): boolean => DATE_STOP_END.test(text) && wordCount(text, DATE_STOP_MAX_WORDS + 1) <= DATE_STOP_MAX_WORDS;

/** "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019": every separated part is a
 *  labelled date and little else, so the whole line is metadata. */
function isLabelledDates(text: string, ctx: DateContext): boolean {
  if (text.length > DATE_LINE_MAX_CHARS * 2) return false;
  return text.split(SEPARATORS).every((part) => {
    const rest = part.replace(PUBLISHED, "").replace(UPDATED, "");
    const d = findDates(rest, ctx.reference, ctx.language, ctx.dayFirst)[0];
    return !!d && rest.length - (d.end - d.index) <= DATE_LINE_MAX_EXTRA_CHARS;
  });
}
