import type { LineMark, LineRule, SourceLine } from "../model";
import { isProse, wordCount } from "../text";

/** A press release's media contacts and its wire's credit of the issuer: "Media Contact:", "Investor
 *  Relations:", "Pressekontakt:", "Contact presse :" with the name, job, e-mail and phone lines under
 *  it (or on its own line), "SOURCE Harbour Health" and "View original content …". They are the
 *  distributor's furniture, not the release: its text and its "About <Company>" boilerplate stay.
 *  Removed where they stand, as a box of prose after them (the boilerplate, forward-looking statements)
 *  had kept them inside the text. */
const CONTACT_LABEL = /^(?:(?:media|press|investor|investors|news media|editorial|public)\s+(?:relations\s+)?(?:contacts?|inquiries|enquiries|relations)|for (?:more|further) information(?:,? (?:please )?contact)?|for media inquiries(?:,? (?:please )?contact)?|pressekontakt|medienkontakt|kontakt für (?:die )?medien|contacts? presse|relations presse|contacto de prensa|contactos? para (?:medios|prensa)|contatti stampa|ufficio stampa|perscontact|contact)\s*:\s*/i;
/** The plain "Contact:" names no press office: its line needs an address or a number to be one. */
const PLAIN_CONTACT = /^contact\s*:/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?:\+?\d[\d\s().-]{6,}\d)/;
/** A label's line is short: the label and a name, an address, a number. */
const LABEL_LINE_MAX_CHARS = 200;
/** The name, job, company, e-mail and phone under the label: short lines, no sentence among them. */
const VALUE_MAX_WORDS = 8;
const VALUE_MAX_LINES = 6;
/** "SOURCE Harbour Health": the wire's credit, in capitals, then the issuer's name. */
const SOURCE_LINE = /^SOURCE\s+\p{Lu}[^.!?]{1,80}$/u;
const VIEW_ORIGINAL = /^View original content\b/;
const REASON = "press release's media contact or distributor's credit";

const isValueLine = (t: string): boolean => t !== "" && wordCount(t, VALUE_MAX_WORDS + 1) <= VALUE_MAX_WORDS && (EMAIL.test(t) || PHONE.test(t) || !isProse(t));

/** A value under the label, not the heading of the release's next part: "About Harbour Health" (its
 *  boilerplate's), or a short line over a paragraph ("Forward-Looking Statements"). */
const ABOUT = /^(?:About|Über|À propos|Acerca|Sobre|Informazioni su|Over)\s/;
const isUnderLabel = (t: string, next: string): boolean => isValueLine(t) && !ABOUT.test(t) && (EMAIL.test(t) || PHONE.test(t) || !isProse(next));

function contactLabel(t: string): boolean {
  // Plain tests first: a colon near the start, and a short line.
  const colon = t.indexOf(":");
  if (colon < 0 || colon > 48 || t.length > LABEL_LINE_MAX_CHARS) return false;
  const m = CONTACT_LABEL.exec(t);
  if (!m) return false;
  const value = t.slice(m[0].length);
  return PLAIN_CONTACT.test(t) ? EMAIL.test(value) || PHONE.test(value) : value === "" || isValueLine(value) || EMAIL.test(value) || PHONE.test(value);
}

export const removePressContact: LineRule = {
  id: "remove-press-contact",
  apply(lines: readonly SourceLine[]): LineMark[] {
    const marks: LineMark[] = [];
    for (let i = 0; i < lines.length; i++) {
      const t = lines[i]!.text;
      if (t.startsWith("SOURCE ") ? SOURCE_LINE.test(t) : t.startsWith("View ") && VIEW_ORIGINAL.test(t)) {
        marks.push({ index: i, reason: REASON });
        continue;
      }
      if (!contactLabel(t)) continue;
      marks.push({ index: i, reason: REASON });
      for (let j = i + 1; j < lines.length && j <= i + VALUE_MAX_LINES && isUnderLabel(lines[j]!.text, lines[j + 1]?.text ?? ""); j++, i++) marks.push({ index: j, reason: REASON });
    }
    return marks;
  },
};
