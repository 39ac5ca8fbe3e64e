import type { SourceLine } from "../model";
import { WRITER_LABEL } from "./bare-names";

// What stands beside a name on the page and tells whether it is the writer's: a label over it (a
// by-word alone, a picture's credit, another hand's "Edited by"), or a platform's follow button or
// reading time under it.

/** A picture's credit label alone on its line ("Image copyright", "Image source", "Photograph:"): the
 *  name under it is the photographer's or agency's. */
const PICTURE_CREDIT_LABEL = /^(?:(?:image|picture|photo|media)\s+(?:copyright|source|credit)s?|photograph|photo|credit)\s*:?$/i;
/** …or a publication's label, its name under it (Medium's "Published in" / "Slow Build"), or another
 *  hand's ("Edited by", "Reviewed by", "Fact checked by" over a name beside the writer's), or a wire's
 *  over the company whose release it carries ("NEWS PROVIDED BY"). */
export const NOT_A_WRITER_LABEL = new RegExp(`${PICTURE_CREDIT_LABEL.source}|^published in$|^(?:edited|(?:medically |expert[- ])?reviewed|fact[- ]?checked|verified|illustrated|produced|photos?|photographs?|(?:news )?(?:provided|distributed|issued)) by\\s*:?$`, "i");
/** A by-word or a writer's label alone on its line, the writer's name under it. */
const BY_WORD_ALONE = /^(?:by|authors|von|par|por|door|text|texto|testo)\s*:?$/i;
export const isSplitByLabel = (t: string): boolean => BY_WORD_ALONE.test(t) || WRITER_LABEL.test(t);
/** A separator alone on its line, as platforms set a dot between the name and its follow button ("Anna
 *  Lind" / "·" / "Follow"): nothing stands there. */
const SEPARATOR_ALONE = /^[·•|–—]$/;
/** The line after (step 1) or before (step -1) lines[i] on the page as dumped, or in `lines` without a
 *  page; blank lines and lone separators skipped. */
function besideOnPage(lines: readonly SourceLine[], i: number, page: readonly SourceLine[] | undefined, step: 1 | -1): SourceLine | undefined {
  const at = page ? page.indexOf(lines[i]!) : -1;
  const on = at < 0 ? lines : page!;
  let k = (at < 0 ? i : at) + step;
  while (k >= 0 && k < on.length && (on[k]!.text === "" || SEPARATOR_ALONE.test(on[k]!.text))) k += step;
  return on[k];
}
export const nextOnPage = (lines: readonly SourceLine[], i: number, page: readonly SourceLine[] | undefined) => besideOnPage(lines, i, page, 1);
export const prevOnPage = (lines: readonly SourceLine[], i: number, page: readonly SourceLine[] | undefined) => besideOnPage(lines, i, page, -1);

/** A platform's follow button under the writer's name (Medium, Substack), or her handle ("@annalind"):
 *  the name is the byline, however far the date. */
export const FOLLOW_BUTTON = /^(?:follow|folgen|suivre|seguir|segui|volgen)$|^@[\w.]{2,30}$/i;
/** …or the reading time alone under it, as reader modes print it under the name ("7–9 minutes") and
 *  blogs do ("5 min read", "Lesezeit: 4 Min."). */
export const READ_TIME_ALONE = /^(?:(?:\d{1,3}\s?[–-]\s?)?\d{1,3}\s?(?:min(?:ute)?s?|minuten|minutos|minuti)\.?(?:\s(?:read|de lecture|de lectura|di lettura|lesezeit))?|(?:lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura|tempo di lettura)\s?:?\s?\d{1,3}\s?min(?:\.|utes?|uten|utos|uti)?)$/i;
