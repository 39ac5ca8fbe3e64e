import type { LineMark, LineRule } from "../model";

/** The site's standing footer lines under every article: correction and tip-off instructions, the print
 *  edition's note, copyright
 *  and rights lines, a market-data site's note that its quotes are delayed by so many minutes. They name
 *  the site, never the story, and the article does not go on past them (a copyright line with its year
 *  is the page's footer; "© Getty Images" under a photo is not). */
const FOOTER = /^(?:to (?:suggest|report|submit) a correction\b.*|(?:you can also )?highlight the text and press ctrl ?\+ ?enter\b.*|spotted (?:a|an) (?:mistake|error|typo)\??.*|(?:©|\(c\)|copyright\b)\s*\d{4}.{0,120}|have a (?:news )?tip\??.{0,80}|(?:[-–•*]\s*)?(?:stock )?quotes (?:are )?delayed (?:by )?(?:at least )?\d+ minutes\b.*)$/iu;
/** "… All rights reserved." ends a short line; the length and the plain search first keep the
 *  expression, which tries 80 starting points, off every other line. */
const RIGHTS_RESERVED = /^.{0,80}\ball rights reserved\.?$/iu;
/** The longest line it can match, in UTF-16 units (an astral character is two). */
const RIGHTS_RESERVED_MAX_CHARS = 2 * 80 + "all rights reserved.".length;
/** The print edition's note under the online text: "A version of this article appears in print on …,
 *  Section A, Page 1 …", "Published in the print edition of March 30, 2025", "This article appeared in
 *  the print edition …". */
const PRINT_EDITION = /^(?:a version of this (?:article|story|review|column) (?:appears|appeared) in print\b|(?:this (?:article|story) (?:was )?)?(?:first )?(?:published|appeared) in (?:the )?print(?: edition)?\b|this (?:article|story) appeared in (?:the )?[\p{L} ]{0,30}print edition\b)/iu;
const PRINT_EDITION_MAX_CHARS = 300;
const isFooter = (t: string) => FOOTER.test(t) || (t.length <= PRINT_EDITION_MAX_CHARS && PRINT_EDITION.test(t)) || (t.length <= RIGHTS_RESERVED_MAX_CHARS && /rights reserved/i.test(t) && RIGHTS_RESERVED.test(t));

export const removeSiteFooter: LineRule = {
  id: "remove-site-footer",
  apply(lines) {
    const marks: LineMark[] = [];
    lines.forEach((l, index) => {
      if (isFooter(l.text)) marks.push({ index, reason: "site footer (corrections, copyright)", wall: true });
    });
    return marks;
  },
};
