import type { LineMark, LineRule, SourceLine } from "../model";
import { markRange } from "./define";
import { REPORTED_SPEECH } from "../text";

/** A site's standing word on how it writes and checks its pages ("We have strict sourcing guidelines …
 *  by reading our editorial policy", "Our experts continually monitor the field, and we update our
 *  articles when new information becomes available", "Unsere Inhalte entsprechen unseren redaktionellen
 *  Richtlinien", "Découvrez notre charte éditoriale"), with the tab box that holds it under a health or
 *  review article ("How we reviewed this article:" over "Sources" and "History"): the same on every page
 *  of the site, never the article's. Said as such notes say it: the site in the first person beside its
 *  editorial policy, its sourcing rules, or its habit of updating its articles. */
const POLICY = /\b(?:editorial (?:polic(?:y|ies)|guidelines|standards|process)|sourcing (?:guidelines|standards|policy)|update (?:our|these|all our) (?:articles|content|pages) (?:when|as) new|redaktionelle[nr]? (?:richtlinien|leitlinien|standards|grundsätze)|charte (?:éditoriale|de déontologie)|politique éditoriale|política editorial|normas editoriales)\b/i;
const FIRST_PERSON = /\b(?:we|our|us|wir|unsere?[mnrs]?|uns|nous|notre|nos|nuestr[ao]s?|nosotros)\b/i;
/** A note is a sentence or three; a longer paragraph that names a policy is the article's own reporting
 *  (a story about a newspaper's guidelines). */
const NOTE_MAX_CHARS = 400;

/** The box's title: how the page itself was reviewed or sourced (not "How we tested", a review's own
 *  section). */
const BOX_TITLE = /^(?:how we (?:reviewed|fact[- ]?checked|sourced|researched) this (?:article|story|page|guide)|so haben wir (?:diesen artikel|diesen beitrag) (?:geprüft|recherchiert)|comment nous avons (?:vérifié|relu) cet article)\s*:?$/i;
/** The box's tabs under its title: a word or two each ("Sources", "History", "Quellen"). */
const TAB = /^\p{Lu}[\p{L}-]*(?:\s\p{L}+)?$/u;
const TABS_MAX = 4;

/** (An editor quoted on the paper's guidelines is the story: see REPORTED_SPEECH.) */
function isPolicyNote(text: string): boolean {
  return text.length <= NOTE_MAX_CHARS && POLICY.test(text) && FIRST_PERSON.test(text) && !REPORTED_SPEECH.test(text);
}

export const removeEditorialPolicy: LineRule = {
  id: "remove-editorial-policy",
  apply(lines: readonly SourceLine[]): LineMark[] {
    const marks: LineMark[] = [];
    for (let i = 0; i < lines.length; i++) {
      const t = lines[i]!.text;
      if (isPolicyNote(t)) marks.push({ index: i, reason: "site's note on its editorial policy" });
      else if (BOX_TITLE.test(t)) {
        let end = i + 1;
        while (end < lines.length && end - i <= TABS_MAX && TAB.test(lines[end]!.text)) end++;
        marks.push(...markRange(i, end, "site's box on how its articles are reviewed"));
        i = end - 1;
      }
    }
    return marks;
  },
};
