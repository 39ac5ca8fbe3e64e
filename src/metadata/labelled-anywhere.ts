import type { SourceLine } from "../model";
import { wordCount } from "../text";
import { datesIn, HAS_DIGITS, type DateContext, type DateResult } from "./dates-in";
import { matchesOf } from "../matches";

/* The date extractors' last resort before the prose: a publication label, or a blog's footer sentence
 * about the post, anywhere in the dump (see extract-date for the labels near the headline). */

/** "by <name> on", "von <name> am" between a label and its date: a name of one to four words. */
export const BY_NAME_ON = /^(?:by|von|par|por|da|door)\s+\S+(?:\s+\S+){0,3}?\s+(?:on|am|le|el|il|op)\s+(?=\S)/iu;
/** Last resort before the prose: a publication label anywhere in the dump ("Veröffentlicht: 07.11.2023"
 *  in a sidebar under the text), but not a teaser card's (`isCardDate`, from extract-date). Updated-labels
 *  are not used here: alone, they are not the first date. */
export function labelledAnywhere(lines: readonly SourceLine[], ctx: DateContext, isCardDate: (lines: readonly SourceLine[], k: number) => boolean = () => false): DateResult | undefined {
  for (const [k, line] of lines.entries()) {
    if (!HAS_DIGITS.test(line.text) || !PUBLISHED_HINT.test(line.text)) continue;
    // A card's date under its headline, in a run of cards ("Weitere Meldungen" / headline /
    // "Veröffentlicht am 21.11.2025" / headline / …): another article's label.
    if (isCardDate(lines, k)) continue;
    // Every label on the line: "erstellt von Anna — veröffentlicht 28.01.2022" dates the second.
    for (const m of matchesOf(PUBLISHED_ANYWHERE, line.text)) {
      if (!isLabelAt(line.text, m.index!)) continue;
      const rest = line.text.slice(m.index! + m[0].length).replace(BY_NAME_ON, "");
      const d = datesIn(rest, ctx)[0];
      // A stamp that is only its label and date ("Published by Island Gazette on Mar. 21, 2024.", an
      // obituary platform's under every notice) is metadata wherever it stands, not the text's end.
      if (d && d.index <= 12) return { date: d.iso, dateSource: "published", line, consumeLine: m.index === 0 && d.index === 0 && STAMP_END.test(rest.slice(d.end)) };
      const sameDay = !d && sameDayAt(line.text.slice(0, m.index!), rest, ctx);
      if (sameDay) return { date: sameDay, dateSource: "published", line, consumeLine: false };
    }
    // A blog's footer sentence about the post: its one date is when it was posted, however many
    // categories stand between the label and the date.
    const footer = ENTRY_FOOTER.exec(line.text);
    const f = footer && datesIn(footer[0], ctx)[0];
    if (f) return { date: f.iso, dateSource: "published", line, consumeLine: false };
  }
  return undefined;
}
const STAMP_END = /^\.?\s*$/;
/** A label with only a time after it takes its day from the date before it on the line: "Updated March
 *  12, 2026 — 2.05pm, first published at 6.40am" was published that day at 6.40am. */
function sameDayAt(before: string, rest: string, ctx: DateContext): string | undefined {
  const time = TIME_ONLY.exec(rest);
  const day = time && datesIn(before, ctx).at(-1);
  return day ? datesIn(`${day.iso.slice(0, 10)} ${time[1]}`, ctx)[0]?.iso : undefined;
}
const TIME_ONLY = /^(?:at\s+)?(\d{1,2}[.:]\d{2}\s?(?:[ap]\.?m\.?)?)(?![\d.:])/i;
/** A label opens its line or a part of it ("… — veröffentlicht 28.01.2022", "Anna Lind | Published …"),
 *  or stands on a short line; inside a sentence ("The design statement, first published on 12 May 2019,
 *  lists …", "The results were published on 2 June 2025.") it dates what the sentence reports. */
const LABEL_LINE_MAX_WORDS = 12;
const isLabelAt = (text: string, at: number): boolean =>
  at === 0 || /[|·•—–\-/(:]\s*$/.test(text.slice(Math.max(0, at - 3), at)) || SITE_NOTE.test(text.slice(0, at)) || wordCount(text, LABEL_LINE_MAX_WORDS + 1) <= LABEL_LINE_MAX_WORDS;
/** …except the site's own note on the story: "This story was originally published on Sept. 30, 2024,
 *  and has been updated …". */
const SITE_NOTE = /^(?:this|the) (?:story|article|post|piece|report|interview|column) (?:was |has been )?(?:originally |first )?$/i;
/** A plain search every label above contains, tried first: the full expression is case-insensitive in
 *  Unicode mode, which costs several times more on every line of the dump. */
const PUBLISHED_HINT = /publi|pubbl|post|ffentlicht|ersch|submit|speich|verfass|erstellt|eingestellt|geplaatst|stand\s*:|mis en ligne|cette entrée|esta entrada|dit bericht|dit artikel|cet article|ce billet|este artículo/i;
/** A character that does not end the sentence: a full stop after a digit is part of a date ("27. November"),
 *  and so is one after a month's abbreviation ("Mar. 6, 2025"). */
const SENTENCE_ON = String.raw`(?:[^.!?]|(?<=\d|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.)`;
/** The first sentence of a blog's footer about the post: "This entry was posted in News on March
 *  4, 2019 by admin.", "Dieser Eintrag wurde veröffentlicht in Politik am 8. Oktober 2014 von …",
 *  "Der Beitrag wurde am Dienstag, den 5. März 2019 um 09:40 Uhr veröffentlicht und …", "<Title>
 *  wurde am 12. April 2011 um 08:05 Uhr gepostet …", "Cette entrée a été publiée dans …", "Esta entrada
 *  fue publicada en …", "Dit bericht is geplaatst in …", "Posted in News on …", "Publié dans … le …". The wording is the blog software's, never the
 *  article's: "The study was published in Nature on …" does not open like this. */
const ENTRY_FOOTER = new RegExp(String.raw`^(?:this (?:entry|post) was posted\b${SENTENCE_ON}*|(?:cette entrée|cet article|ce billet) a été publiée?\b${SENTENCE_ON}*|(?:esta entrada|este artículo) fue publicad[ao]\b${SENTENCE_ON}*|(?:dit bericht|dit artikel) (?:is|werd) geplaatst\b${SENTENCE_ON}*|(?:posted|published|publiée?|publicad[ao]|pubblicat[ao]|geplaatst|veröffentlicht) (?:in|dans|en|im)\s${SENTENCE_ON}{1,100}|(?:dieser|der) (?:eintrag|beitrag|artikel) wurde\b${SENTENCE_ON}*|${SENTENCE_ON}{1,120}\bwurde am\b${SENTENCE_ON}{1,80}\b(?:veröffentlicht|gepostet))`, "iu");
const PUBLISHED_ANYWHERE = /\b(?:published|first published|posted|submitted|publication date|date published|veröffentlicht|publiziert|erschienen|erscheinungsdatum|gespeichert|verfasst|erstellt|stand(?=\s*:)|publié(?:e)?|mis en ligne|date de publication|publicado|fecha de publicación|data de publicação|pubblicato|data di pubblicazione|gepubliceerd|publicatiedatum|geplaatst|gepostet|eingestellt)(?![\p{L}\p{N}])\s*(?:on|am|le|el|il|op)?\s*:?/giu;

/** A forum thread's head, its starter over the day it was started ("Thread starter Anna" / "Start date
 *  Sep 18, 2020"), as forum software prints it over the first post: the thread is dated by that post,
 *  whichever reply the text was taken from. "Start date" alone is a course's or a job's. */
export function threadStart(lines: readonly SourceLine[], ctx: DateContext): DateResult | undefined {
  for (const [k, line] of lines.entries()) {
    if (k === 0 || !HAS_DIGITS.test(line.text) || !THREAD_STARTER.test(lines[k - 1]!.text)) continue;
    const m = THREAD_START.exec(line.text);
    const d = m && datesIn(line.text.slice(m[0].length), ctx)[0];
    if (d && d.index === 0) return { date: d.iso, dateSource: "published", line, consumeLine: false };
  }
  return undefined;
}
const THREAD_STARTER = /^(?:thread starter|discussion starter|auteur de la discussion|autor del tema|ersteller)(?![\p{L}])/iu;
const THREAD_START = /^(?:start date|date de début|fecha de inicio|erstellt am)\s*:?\s*/iu;
