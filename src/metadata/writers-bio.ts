/** The byline writer's bio under the text, read once the byline is known (see extract-metadata). */
import type { SourceLine } from "../model";
import { wordCount } from "../text";
import { WRITER_LABEL } from "./bare-names";

/** A paragraph near the text's end that tells who the byline's writer is: "Anna Lind is a former head
 *  librarian …", "Anna Lind est pédiatre …", "Anna Lind ist Redakteurin …" (an opinion piece's or
 *  guest essay's note on its writer), "Anna Lind covers city hall for the Courier. Reach her at …" (a
 *  local paper's note on its reporter). A paragraph that names the writer and goes on otherwise is text.
 *  The page's own end matter may follow it ("Submit a letter to the editor …"). A one-word author is an
 *  agency or a pen name: "Reuters was unable to verify …" closes wire copy. */
const BIO_VERB = /^\s*(?:\([^)]{1,40}\)\s*)?(?:is|was|est|ist|war|es|fue|è|é|has been|has (?:covered|written|reported)|a été|covers|writes (?:about|for)|reports (?:on|for))\s/u;
/** A release's issuer credited as its author is described under the text as a company ("Veltrix
 *  Biosciences is a clinical-stage company based in …"): the release's own "About" paragraph, not a
 *  writer's bio. */
const ORGANISATION_BIO = /^\s*(?:is|ist|est|es|è)\s+(?:a|an|one of the|the|ein|eine|un|une|una|uno)\s(?:[\p{L}\d-]+\s){0,3}(?:company|companies|corporation|firm|organi[sz]ation|provider|group|institute|agency|foundation|association|network|platform|manufacturer|developer|bank|charity|unternehmen|konzern|anbieter|hersteller|verband|stiftung|entreprise|société|groupe|empresa|compañía|azienda|società)\b/iu;
/** How far from the end the bio may stand: under it, at most two lines of end matter (an invitation to
 *  write in, a republication note), as the opinion pages in the audits print them. */
const BIO_FROM_END_LINES = 3;
/** The writer's job on the card over the bio ("Senior political correspondent", "Senior Fellow, Energy
 *  Security Program"): a few words and no sentence. */
const CARD_JOB_MAX_WORDS = 8;
/** …each writer's, when the byline names several (their bios one under the other). */
export function writersBio(body: readonly SourceLine[], author: string | string[]): SourceLine[] {
  const found = new Set<SourceLine>();
  for (const name of Array.isArray(author) ? author : [author]) for (const l of writerBio(body, name)) found.add(l);
  return [...found];
}
function writerBio(body: readonly SourceLine[], name: string): SourceLine[] {
  if (!name || !name.includes(" ") || body.length < 3) return [];
  const firstName = name.slice(0, name.indexOf(" "));
  for (let i = body.length - 1; i >= Math.max(2, body.length - BIO_FROM_END_LINES); i--) {
    const t = body[i]!.text;
    // The bio opens with the name, or with the first name under the card ("Anna Lind" / "Senior
    // Editor" / "Anna has covered …"), which alone is no bio.
    const opener = t.startsWith(`${name} `) ? name : t.startsWith(`${firstName} `) ? firstName : undefined;
    if (!opener || !BIO_VERB.test(t.slice(opener.length)) || ORGANISATION_BIO.test(t.slice(opener.length))) continue;
    // The card over it: the name alone on its line, perhaps with the job under it.
    const [over, overThat] = [body[i - 1]!, body[i - 2]!];
    const card = over.text === name ? [over] : overThat.text === name && !/[.!?]$/.test(over.text) && wordCount(over.text, CARD_JOB_MAX_WORDS + 1) <= CARD_JOB_MAX_WORDS ? [overThat, over] : [];
    if (opener === firstName && card.length === 0) continue;
    const label = body[i - 1 - card.length];
    return [...(card.length > 0 && label && WRITER_LABEL.test(label.text) ? [label] : []), ...card, body[i]!];
  }
  // A platform's card without the name in its bio: the byline's name alone, and under it, closing the
  // text, a line of a bio's length ("Fotograf aus Kassel. Schreibt über analoge Fotografie …").
  // (A live page's last entry has its writer's name over its text too: the name signs other entries
  // there, and the entry speaks for the newsroom, "Welcome to our live coverage …".)
  const [card, bio] = body.slice(-2);
  if (card!.text !== name || OPENS_QUOTE.test(bio!.text) || isFirstPerson(bio!.text) || wordCount(bio!.text, CARD_BIO_MAX_WORDS + 1) > CARD_BIO_MAX_WORDS) return [];
  return body.filter((l) => l.text === name).length === 1 ? [card!, bio!] : [];
}
// "I" in its capital only: Italian's article "i" is lowercase.
const FIRST_PERSON = /\b(?:we|our|my|ich|wir|unser[ems]?|je|nous|notre|yo|nosotros|nuestr[oa]s?|noi|nostr[oa])\b/i;
const isFirstPerson = (t: string): boolean => /\bI\b/.test(t) || FIRST_PERSON.test(t);
/** A card's bio is a sentence or two (the audits' run to 20–40 words); a closing paragraph under a
 *  signature is longer as a rule. */
const CARD_BIO_MAX_WORDS = 50;
const OPENS_QUOTE = /^["“„«»‘'‹›]/;
