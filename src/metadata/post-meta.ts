import { mayHoldDate } from "./parse-date";

/** A blog post's meta line under its headline: the date (WordPress themes print it twice, published
 *  and updated, glued: "2. Februar 20202. Februar 2020"), the writer, the categories and the comment
 *  count ("… Jane Doe 1 Kommentar Politik", "… 0 Comment"). The count is what marks the line: a
 *  headline or a sentence does not end in one, and a teaser's count carries no year. */
const COUNT = String.raw`\d{1,5}\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)\b`;
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
 *  permalink." Its parts, when the line is one. */
const ENTRY_FOOTER = /^This (?:entry|post) was posted in .{1,200}?(?: and tagged (.{1,300}?))?(?: on [^.]{4,40}?)?(?: by ([^.]{2,60}))?\.\s*Bookmark the permalink\.?$/;
export function entryFooter(text: string): { tags?: string; by?: string } | undefined {
  const m = text.endsWith("permalink.") ? ENTRY_FOOTER.exec(text) : null;
  return m ? { tags: m[1], by: m[2] } : undefined;
}
