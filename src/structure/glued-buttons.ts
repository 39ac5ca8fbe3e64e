import { GLUED_EDIT_MARKER } from "./wiki-furniture";

/* Buttons innerText glued to the line they stand beside: a wiki's edit link after a section's heading
 * ("History[edit]"), a platform's follow button after the writer's name ("Priya Shah·Follow"). Each goes
 * on a line of its own, so the rules can remove it as the button it is and the line is read alone. */

const GLUED_FOLLOW = /(?<=\p{L})\s*[·•]\s*(follow|folgen|suivre|seguir|segui|volgen)$/iu;

/** A name and its button: a longer line is a sentence that ends with the word. */
const GLUED_FOLLOW_MAX_CHARS = 60;

/** A line's text and its glued button apart; the line alone when it has none. */
export function splitGluedButton(text: string): string[] {
  const last = text.charCodeAt(text.length - 1);
  // "]" ends an edit link; a follow button stands on a short line with a dot: other lines are skipped
  // without a search.
  if (last === 93) {
    const m = GLUED_EDIT_MARKER.exec(text);
    return m ? [text.slice(0, m.index), m[1]!] : [text];
  }
  if (text.length > GLUED_FOLLOW_MAX_CHARS || (!text.includes("·") && !text.includes("•"))) return [text];
  const m = GLUED_FOLLOW.exec(text);
  return m ? [text.slice(0, m.index), m[1]!] : [text];
}
