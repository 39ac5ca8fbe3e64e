import { isDateLine, WEEKDAYS_WRITTEN_OUT } from "../date-words";
import { ACCOUNT_WORDS, CALENDAR_WORDS } from "./byline-words";

/* Bloggers' bylines: a first name or a user name beside the post's date, as personal blogs, old blog
 * themes and forums sign their posts. */

/** A blogger's first name alone between the by-word and the post's date or time, as personal blogs sign
 *  ("Posted by Oisín on 4 March 2025 in Travel", "Por Lucía | 3 de marzo de 2025", "Posted by Gwen at
 *  9:41 PM"); not a weekday or a month ("By Tuesday, 4 March …"). */
const FIRST_NAME_DATED = /^(?:[Pp]osted by|[Bb]y|BY|[Pp]or|[Pp]ublicado por|[Dd]oor|[Gg]eplaatst door|[Vv]on|[Pp]ar|[Pp]ublié par)\s+(\p{Lu}\p{Ll}{2,})\s*(?:[|·•,–—-]\s*|\s(?:on|am|le|el|il|op|at|om|um|às|a las|à)\s+)/u;
/** …or after the date: "Posted on February 9, 2025 by Oisín", "Publié le 9 février 2025 par Léa", or
 *  the blog's user name there in lowercase ("Posted on March 5, 2025 by annalindbakes", as hosted blogs
 *  print it). */
const FIRST_NAME_AFTER_DATE = /^(?:[Pp]osted|[Pp]ublished|[Vv]eröffentlicht|[Pp]ublié|[Pp]ublicado|[Pp]ubblicato|[Gg]eplaatst)\s+(?:on|am|le|el|il|op)?\s*(.+?)\s+(?:by|von|par|por|da|door)\s+(\p{Lu}\p{Ll}{2,}|[\p{Ll}\d_.-]{3,30})$/u;
/** …or the date first and the categories after the name, as old blog themes print the post's line:
 *  "Tue 03 Mar 2009 by annalind in Linux, Sysadmin", "Posted 24.03.2009 by Anna in Travel". */
const DATE_BY_IN = /^(.{6,40}?)\s+(?:by|von|par)\s+(\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|[\p{Ll}\d_.-]{3,30})(?:\s+(?:in|im|dans)\s+\S.{0,80})?$/u;
/** The date opens the line: a figure within its first three words ("Tue 03 Mar 2009", "24.03.2009"). */
const DATE_FIRST = /^(?:\p{L}+\.?,?\s+){0,2}\d/u;
/** The by-word inside the line, as a plain search before the expression's lazy scan. */
const BY_INSIDE = / (?:by|von|par) /;
const LEADING_POSTED = /^(?:posted|published|veröffentlicht|publié)(?:\s+on)?\s+/i;
/** A blogger's first name alone on the by-word's line ("by Helen", under the post's title). ("Posted by
 *  Vortex" alone is as often the site's account.) */
const BY_FIRST_NAME_ALONE = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar)\s+(\p{Lu}\p{Ll}{2,})$/u;
/** What follows the name: a date or a time, in any language ("4 March 2025 in Travel", "3 de marzo de
 *  2025", "9:41 PM"): a figure within two words, and a year or an hour. */
const isDatedRest = (t: string): boolean => /^(?:\p{L}+\.?,?\s+){0,2}\d/u.test(t) && /(?:19|20)\d{2}|\d{1,2}[:.]\d{2}/.test(t);
const NOT_A_FIRST_NAME = new RegExp(String.raw`^(?:${CALENDAR_WORDS}|${WEEKDAYS_WRITTEN_OUT}|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|avril|juin|juillet|août|octobre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|octubre|diciembre|noon|midnight|today|yesterday|heute|gestern|hoy|ayer|oggi|ieri|aujourd['’]hui|hier|vandaag|gisteren|${ACCOUNT_WORDS})$`, "iu");
/** "By admin - 2018-09-16": a site's user name (one word, any case) between "By" and a date; a forum
 *  post's head ("Beitrag von Kalle_H » Mo 4. Mär 2024, 19:32", "Post by …"). */
const BY_USER = /^(?:[Bb]y|BY|(?:[Bb]eitrag|[Pp]ost|[Mm]essage|[Mm]essaggio|[Mm]ensaje|[Bb]ericht)\s+(?:von|by|par|da|de|por|door))\s+([\p{L}\d_.-]{2,30})\s*[-–—|•·»]\s*/u;

/** The blogger's name on a post's line (see the expressions above), if it is one. */
export function bloggerName(t: string): string | undefined {
  const user = t.match(BY_USER);
  if (user && isDateLine(t.slice(user[0].length))) return user[1]!;
  const first = FIRST_NAME_DATED.exec(t);
  if (first && !NOT_A_FIRST_NAME.test(first[1]!) && isDatedRest(t.slice(first[0].length))) return first[1]!;
  const after = FIRST_NAME_AFTER_DATE.exec(t);
  if (after && !NOT_A_FIRST_NAME.test(after[2]!) && isDatedRest(after[1]!)) return after[2]!;
  const dated = BY_INSIDE.test(t) ? DATE_BY_IN.exec(t) : null;
  const date = dated?.[1]!.replace(LEADING_POSTED, "");
  if (dated && date && DATE_FIRST.test(date) && !/[|·•]/.test(date) && isDateLine(date) && !NOT_A_FIRST_NAME.test(dated[2]!)) return dated[2]!;
  const alone = BY_FIRST_NAME_ALONE.exec(t);
  if (alone && !NOT_A_FIRST_NAME.test(alone[1]!)) return alone[1]!;
  return undefined;
}
