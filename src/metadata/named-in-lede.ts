/** A name the text's opening writes out, which a headline-scorer must not reward for its overlap with the lede. */
import { capitalShare, wordCount } from "../text";

/** A name in headline case that the text's opening writes out word for word ("School of Geography and
 *  Environment" over "Researchers in the School of Geography and Environment have …"): the section or
 *  institution the page belongs to, or a person's name, whose words are all in the lede because the
 *  lede names it; a headline summarises the lede in other words. Its overlap with the lede counts for
 *  nothing. Short lines only: six words hold the department and office names of an audit's invented
 *  university, council and NGO pages. */
const NAMED_MAX_WORDS = 6;
/** A menu's entries are one or two words; the names were three to six. */
const NAMED_MIN_WORDS = 3;
const NAMED_MIN_CAPITALS = 0.6;
const NAMED_MAX_CHARS = 80;
export const isNamedInLede = (text: string, opening: string): boolean =>
  text.length <= NAMED_MAX_CHARS && text.includes(" ") && wordCount(text, NAMED_MAX_WORDS + 1) <= NAMED_MAX_WORDS && wordCount(text, NAMED_MIN_WORDS) >= NAMED_MIN_WORDS && capitalShare(text) >= NAMED_MIN_CAPITALS && writtenOutIn(text.toLowerCase(), opening);
/** The lede may decline the name ("des Instituts für Küstenökologie" under "Institut für
 *  Küstenökologie"): each word may take an ending of up to two letters there. */
const INFLECTION_MAX_LETTERS = 2;
function writtenOutIn(name: string, opening: string): boolean {
  if (opening.includes(name)) return true;
  const words = name.split(/\s+/);
  // Each word is in the opening as written (the ending follows it): without that, no regular expression.
  if (!words.every((w) => opening.includes(w))) return false;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(escaped.join(`\\p{L}{0,${INFLECTION_MAX_LETTERS}}\\s+`), "u").test(opening);
}
