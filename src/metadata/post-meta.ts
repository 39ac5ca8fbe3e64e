import { mayHoldDate } from "./parse-date";

/** A blog post's meta line under its headline: the date (WordPress themes print it twice, published
 *  and updated, glued: "2. Februar 20202. Februar 2020"), the writer, the categories and the comment
 *  count ("… Jane Doe 1 Kommentar Politik", "… 0 Comment"). The count is what marks the line: a
 *  headline or a sentence does not end in one, and a teaser's count carries no year. */
/** The word that names the comments, in the dev pages' languages. */
export const COMMENT_WORD = "comments?|kommentare?|commentaires?|comentarios?|commenti|reacties";
export const COUNT = String.raw`\d{1,5}\s+(?:${COMMENT_WORD})\b`;
const COMMENT_COUNT = new RegExp(String.raw`(?:^|[\s|·•/])${COUNT}`, "i");
/** Longer than the meta lines of the dev pages (up to ~110 characters with the date twice). */
const POST_META_MAX_CHARS = 200;

export const isPostMeta = (text: string): boolean => text.length <= POST_META_MAX_CHARS && mayHoldDate(text) && COMMENT_COUNT.test(text);
/** The count closing a meta line, with the separator before it: "… by Jane Doe — 3 Comments". */
const COMMENT_COUNT_TAIL = new RegExp(String.raw`\s*[|·•/–—-]?\s*${COUNT}\s*$`, "i");
/** A byline read from a meta line ends before its count: "Posted on … by Jane Doe — 3 Comments" names
 *  Jane Doe as "Posted on … by Jane Doe" does. */
export const withoutCountTail = (text: string): string => (isPostMeta(text) ? text.replace(COMMENT_COUNT_TAIL, "") : text);
/** The meta line without its count, whose number would read as a time ("Juli 12, 2017 0 Kommentare"). */
export const withoutCommentCount = (text: string): string => text.replace(COMMENT_COUNT, " ");

/** WordPress's older themes' sentence under the post, which names its tags and its writer: "This entry was
 *  posted in Tutorials and tagged esp32, greenhouse on March 4, 2019 by Anna Lind. Bookmark the
 *  permalink.", in the translations WordPress ships ("Dieser Eintrag wurde veröffentlicht in … und
 *  verschlagwortet mit … von Anna Lind. Setze ein Lesezeichen auf den Permalink.", "Ce contenu a été
 *  publié dans …, avec comme mot(s)-clé(s) …. Vous pouvez le mettre en favoris avec ce permalien."), and
 *  the first default theme's, whose categories are all it files the post under ("This entry was posted
 *  on Tuesday, March 3rd, 2009 at 10:15 am and is filed under Soil, Tools. You can follow any responses
 *  to this entry through the RSS 2.0 feed. …"). Its parts, when the line is one. */
const ENTRY_FOOTERS = [
  /^This (?:entry|post) was posted in .{1,200}?(?: and tagged (?<tags>.{1,300}?))?(?: on [^.]{4,40}?)?(?: by (?<by>[^.]{2,60}))?\.\s*Bookmark the permalink\.?$/,
  /^Dieser (?:Eintrag|Beitrag) wurde (?:am [^.]{4,40}? )?veröffentlicht in .{1,200}?(?: und verschlagwortet mit (?<tags>.{1,300}?))?(?: von (?<by>[^.]{2,60}))?\.\s*(?:Setze ein Lesezeichen auf den Permalink|Permanenter Link zum Eintrag|Lesezeichen auf den Permalink setzen)\.?$/,
  /^Ce contenu a été publié dans .{1,200}?(?:, avec comme mot\(s\)-clé\(s\) (?<tags>.{1,300}?))?(?:,? par (?<by>[^.]{2,60}))?\.\s*Vous pouvez (?:le|la) mettre en favoris avec ce permalien\.?$/,
  /^This (?:entry|post) was posted on [^.]{4,60}? and is filed under (?<tags>.{1,200}?)\.\s*You can follow any responses to this entry through the RSS 2\.0 feed\b.{0,200}$/,
];
/** The sentence's first words, as plain tests before the expressions: most lines open otherwise. */
const ENTRY_FOOTER_STARTS = ["This entry was posted", "This post was posted", "Dieser Eintrag wurde", "Dieser Beitrag wurde", "Ce contenu a été publié"];
export function entryFooter(text: string): { tags?: string; by?: string } | undefined {
  if (!ENTRY_FOOTER_STARTS.some((s) => text.startsWith(s))) return undefined;
  for (const footer of ENTRY_FOOTERS) {
    const m = footer.exec(text);
    if (m) return { tags: m.groups?.tags, by: m.groups?.by };
  }
  return undefined;
}
