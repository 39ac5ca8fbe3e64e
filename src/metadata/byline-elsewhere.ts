import type { SourceLine } from "../model";
import { isDateLine } from "../date-words";
import { withOtherMonths } from "./other-months";
import { entryFooter } from "./post-meta";
import { NAMES } from "./extract-byline";
import { ACCOUNT_WORDS, BYLINE_MAX_CHARS, NAME } from "./byline-words";
import { names } from "./byline-names";
import { isJobLine, isNameWithAffiliation, isPersonAlone, WRITER_LABEL } from "./bare-names";
import { isCopyrightFooter } from "../prose-value";
import { isRightsAlone } from "./extract-source";

/* The writer named elsewhere on the page, when no byline stands under the headline: a bio at the end
 * of the text, a blog platform's byline under the post, a labelled byline in an author box, or the
 * agency a wire story's dateline credits. */

/** The writer's bio at the end of the text: "Jane Doe (@janedoe) is a senior writer at …", "John Roe is
 *  the restaurant critic for …", "Jane Doe covers business for the Ledger. Contact her at …". A name of
 *  two words or more, "is a/an/the", at most four more words, and a writing job (or what the writer
 *  covers, for whom, and how to reach them): an article that describes someone's job names them by
 *  surname after the first mention, and a company ("News Corp is a network of …") has no such job. */
const BIO = new RegExp(String.raw`^(${NAME})(?:\s*\(@\w+\))?\s+(?:is\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:reporter|writer|editor|contributor|correspondent|columnist|journalist|critic|blogger)(?![\p{L}])|covers\s[^.]{3,80}\sfor\s(?:the\s)?\p{Lu}[^.]*\.\s+(?:Reach|Contact|Email|E-mail|Follow)\s)`, "u");
/** The bio closes the text (its last few lines), or stands under it after the share bar and a few
 *  "more stories" links (the first ten lines below it: one dev page has it sixth). */
/** A bio is a sentence or two (on the dev pages most run to about 320 characters); a longer line is a
 *  paragraph about someone. */
const BIO_MAX_CHARS = 480;
export const BIO_TEXT_LINES = 3;
export const BIO_BELOW_LINES = 10;

/** The author named by a writer's bio among these lines (the end of the text), when no byline did. */
export function authorFromBio(lines: readonly SourceLine[]): string | undefined {
  for (const line of lines) {
    const m = line.text.length > BIO_MAX_CHARS ? null : BIO.exec(line.text);
    if (m) return m[1];
  }
  return undefined;
}

/** The byline a blog platform prints under the post instead of above it, in its translations: Blogger's
 *  "Posted by Jane Doe at 9:41 PM", "Eingestellt von Jane Doe um 21:41", "Publié par Jane Doe à 21:41",
 *  with or without the time; and a local paper's "Report by Jane Doe" under its text. Only a time or a
 *  date may follow the name: "Posted by Jane Doe on her blog, the photo …" is a sentence. A blogger's
 *  first name alone needs the time after it ("Posted by Anna at 9:14 PM"); a site account's is nobody's. */
const POSTED_AT = String.raw`\s+(?:at|on|um|am|à|le|en|a\s+las|alle|il|op|às|em)\s+`;
/** …or two first names joined ("Posted by Jess & Ollie at 10:15 PM", a couple's blog), or the blog's user
 *  name in lowercase ("Posté par lucie_en_balade à 10:15"). */
const POSTED_BY_BELOW = new RegExp(String.raw`^(?:[Pp]osted\s+by|[Rr]eport(?:ed)?\s+by|[Ee]ingestellt\s+von|[Pp]ublié\s+par|[Pp]osté\s+par|[Pp]ublicado\s+por|[Pp]ubblicato\s+da|[Gg]eplaatst\s+door|[Pp]ostado\s+por)\s+(${NAMES}|(?:\p{Lu}[\p{L}'’-]+(?:\s*(?:&|and|und|et)\s+\p{Lu}[\p{L}'’-]+)?|[\p{Ll}\d_.-]{3,30})(?=${POSTED_AT}))(?:${POSTED_AT}(.+))?$`, "u");
const ACCOUNT = new RegExp(`^(?:${ACCOUNT_WORDS})$`, "i");
/** A user name in lowercase is read as written: names() would part "lucie_en_balade" at its "en". */
const HANDLE = /^[\p{Ll}\d_.-]+$/u;
/** The meta line's counters and category after the time, each after a separator ("at 11:42 PM |
 *  Comments (4) | TrackBack (1)", "à 10:15 - Bretagne - Commentaires [2]"): the time is the first part. */
const META_PART_SEPARATOR = /\s+[|·•–—-]\s+/;
/** An old blog theme's line under the post, its categories, then the writer and the time after a dash:
 *  "Filed under: Harbour news, Corrections — Anna Lind @ 3:12 pm". */
const FILED_UNDER_BY = new RegExp(String.raw`^[Ff]iled [Uu]nder:?\s.{1,150}?\s[—–-]\s+(${NAMES}|[\p{Ll}\d_.-]{3,30})\s+@\s+\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?$`, "u");

/** …and the writer's credit closing a magazine's or a regional paper's text: "Text: Jane Doe", "Texte :
 *  Jane Doe", "Das Interview führte Jane Doe.", "Das Gespräch führte …", "Die Fragen stellte …", "Propos
 *  recueillis par Jane Doe", a broadcaster's "Ein Beitrag von Jane Doe und John Roe", "Un reportage de
 *  Jane Doe", a blog's "Written by Jane Doe" ("Escrito por …", "Geschrieben von …"), perhaps with her job
 *  after a comma ("…, coordinadora de Ciencias") or the photographer's ("Words: Jane Doe / Photos: John
 *  Roe", "Text: Jane Doe · Fotos: John Roe"). */
const CREDIT_BELOW = new RegExp(String.raw`^(?:[Tt]ext[eo]?\s*:|[Bb]ericht\s*:|(?:[Ee]in(?:e)?\s+)?(?:Beitrag|Bericht|Reportage|Film)\s+von|(?:[Uu]n\s+)?(?:reportage|sujet)\s+(?:de|réalisé par)|[Tt]esto\s*:|[Ww]ords\s*:|[Dd]as\s+(?:[Ii]nterview|Gespräch)\s+führten?|[Dd]ie\s+Fragen\s+stellten?|(?:[Pp]ropos\s+)?[Rr]ecueillis?\s+par|[Ii]nterview\s*:|(?:[Ww]ritten|[Ss]tory|[Rr]eported)\s+by|[Ee]scrito\s+por|[Ss]critto\s+da|[Gg]eschrieben\s+von|[ÉéEe]crit\s+par|[Gg]eschreven\s+door)\s*(${NAMES})(?:,\s+\p{L}[^,.!?]{2,60})?(?:\s*[/|·•]\s*(?:[Pp]hotos?|[Ff]otos?|[Pp]ictures|[Bb]ilder?|[Ii]mages?)\s*:\s*\S.{0,60})?$`, "u");

const WHOLE_NAMES = new RegExp(String.raw`^${NAMES}$`, "u");
const WIRE_CREDIT_MAX_CHARS = 240;

/** The writer named by a blog platform's byline under the post, or a credit under the text (the end of
 *  the text and what follows). */
export function authorFromPostFooter(lines: readonly SourceLine[]): string | string[] | undefined {
  return footerByline(lines)?.author;
}
/** …with the line it was read from, and whether that line is only the byline (no sentence around it). */
/** A wire story's credit under its text: "Reporting by Anna Lind in Oslo and Tom Berg in Milan; Editing by
 *  …" (perhaps in brackets): the reporters, not the editors, each without the place she filed from. */
const WIRE_REPORTING = /^\(?(?:[Rr]eporting|[Rr]eported)\s+by\s+([^;()]{3,160}?)(?:;|\s+[Ee]diting\s+by|\)|$)/;
const FILED_IN = /\s+in\s+\p{Lu}[\p{L} .'’-]*$/u;
/** The reporters a wire's credit under the text names, when nothing else named a writer: the line stays
 *  in the text, as wire copy prints it (and an agency in the dateline, "OSLO (Reuters) -", names the
 *  author before it: the agency is who the wire credits). */
export function wireReportersIn(lines: readonly SourceLine[]): string | string[] | undefined {
  for (const line of lines) {
    const reporters = line.text.length > WIRE_CREDIT_MAX_CHARS ? undefined : wireReporters(line.text);
    if (reporters) return reporters.length === 1 ? reporters[0]! : reporters;
  }
  return undefined;
}
function wireReporters(text: string): string[] | undefined {
  const m = WIRE_REPORTING.exec(text);
  if (!m) return undefined;
  const people = m[1]!.split(/,\s*|\s+and\s+/).map((p) => p.replace(FILED_IN, "").trim());
  return people.length > 0 && people.every((p) => WHOLE_NAMES.test(p)) ? people : undefined;
}

/** The date after the name, its month in the page's language or not ("le 3 mai 2024", "am 3. Mai 2024"). */
const isDateAfterName = (t: string): boolean => isDateLine(t) || isDateLine(withOtherMonths(t));

export function footerByline(lines: readonly SourceLine[]): { author: string | string[]; line: SourceLine; whole: boolean } | undefined {
  for (const line of lines) {
    const m = line.text.length > BYLINE_MAX_CHARS ? null : POSTED_BY_BELOW.exec(line.text) ?? FILED_UNDER_BY.exec(line.text);
    if (m && (m[2] === undefined || isDateAfterName(m[2].split(META_PART_SEPARATOR)[0]!)) && !ACCOUNT.test(m[1]!)) return { author: HANDLE.test(m[1]!) ? m[1]! : names(m[1]!), line, whole: true };
    const credit = line.text.length > BYLINE_MAX_CHARS ? null : CREDIT_BELOW.exec(line.text.replace(/\.$/, ""));
    if (credit) return { author: names(credit[1]!), line, whole: true };
    // …or by WordPress's sentence under the post ("… by Anna Lind. Bookmark the permalink.").
    const by = entryFooter(line.text)?.by;
    if (by && WHOLE_NAMES.test(by)) return { author: names(by), line, whole: false };
  }
  return undefined;
}

/** A labelled byline ("Author: Jane Doe", "AI Journalist: Jane Doe", "Текст: …", "Penulis: …") anywhere on the page, when the
 *  lines under the headline had none: the author-box rule removes the label line with its one-line
 *  bio, and a label at the end of the text names the writer as well. The colon and a whole line of
 *  two or more names are needed here: a menu's "Author Services Center" and an interview's "Reporter:
 *  Thanks." name nobody. */
const ROLE_LABELLED = new RegExp(String.raw`^(?:AI\s+)?(?:[Aa]uthor|[Jj]ournalist|[Rr]eporter|[Ww]riter|[Cc]orrespondent|[Aa]utor(?:in|ka)?|[Aa]uteur|[Ff]orfatter|[Ff]örfattare|[Yy]azar|Автор|Текст|[Tt]ext|[Tt]ekst|[Pp]enulis|[Ss]zerző|Συντάκτ(?:ης|ρια))\s*:\s*(${NAME})\s*$`, "u");
/** The letters the labels above start with: most lines of a page start otherwise. */
const ROLE_INITIALS = new Set([..."AaJjRrWwCcFfYyАТTtPpSsΣ"].map((c) => c.charCodeAt(0)));
/** …or the label alone, the name on the line under it (an author box under the text: "Written by" / "Jane
 *  Doe" / her bio). */
const LABEL_ALONE_MAX_CHARS = 20;
const PERSON_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u;
export function authorFromLabel(page: readonly SourceLine[]): string | string[] | undefined {
  for (const [k, line] of page.entries()) {
    const t = line.text;
    if (t.length <= LABEL_ALONE_MAX_CHARS && WRITER_LABEL.test(t)) {
      const next = page.slice(k + 1).find((l) => l.text !== "");
      if (next && PERSON_LINE.test(next.text)) return next.text;
    }
    if (t.length > BYLINE_MAX_CHARS || !ROLE_INITIALS.has(t.charCodeAt(0)) || !t.includes(":")) continue;
    const m = ROLE_LABELLED.exec(t);
    if (m) return names(m[1]!);
  }
  return undefined;
}

/** A wire story's dateline credits the agency: "WASHINGTON (Reuters) - …", "NEW YORK (AP) — …". The
 *  place in capitals, the credit of one to four words in brackets, a dash. */
const AGENCY_DATELINE = /^\p{Lu}[\p{Lu} .,'’-]{1,40}\s\((\p{Lu}[\p{L}\d.&-]*(?:\s[\p{L}\d.&-]+){0,3})\)\s*[-–—]\s/u;

/** The agency a wire story's dateline credits, among these lines (the start of the text). */
export function agencyFromDateline(lines: readonly SourceLine[]): string | undefined {
  for (const line of lines) {
    const m = AGENCY_DATELINE.exec(line.text);
    if (m) return m[1];
  }
  return undefined;
}

/** The writer's name alone under the text, as regional papers sign their stories: right over the site's
 *  copyright line ("Giulia Rossi" / "© RIPRODUZIONE RISERVATA"), a paywall's box perhaps between the text
 *  and the name; or right under the last paragraph, over the writer's job ("Redakteur Lokales") or over
 *  a box a junk rule took ("À découvrir aussi"), not over more lines kept. With her newsroom after a comma
 *  there ("Sophie Lind, HTV Studio Nord"), as a broadcaster signs. */
const SIGNATURE_BELOW_LINES = 8;
export function signatureUnder(body: readonly SourceLine[], tail: readonly SourceLine[], page: readonly SourceLine[]): { line: SourceLine; name: string } | undefined {
  for (const l of tail.slice(0, SIGNATURE_BELOW_LINES)) {
    const name = signedName(l.text);
    const at = page.indexOf(l);
    const under = page[at + 1]?.text ?? "";
    if (name && at >= 0 && (isCopyrightFooter(under) || isRightsAlone(under))) return { line: l, name };
  }
  const line = tail[0];
  const last = body[body.length - 1];
  const name = line && signedName(line.text);
  if (!line || !last || !name) return undefined;
  const at = page.indexOf(line);
  const under = page[at + 1];
  return at > 0 && page[at - 1] === last && under && (isJobLine(under.text) || !tail.includes(under)) ? { line, name } : undefined;
}
/** A name in words of lower case too ("Jean DUPONT", not a button's "ZUR STARTSEITE"), and no forum
 *  post's greeting ("Gruß Micha", "Cheers Tom"). */
const SIGN_OFF = /^(?:gruß|grüße|grüsse|lg|vg|mfg|cheers|regards|thanks|danke|best|bises|cordialement|saluti|ciao|saludos|groetjes|groeten)(?![\p{L}])/iu;
function signedName(t: string): string | undefined {
  if (!/\p{Ll}/u.test(t) || SIGN_OFF.test(t)) return undefined;
  if (isPersonAlone(t)) return t;
  const comma = t.indexOf(", ");
  return comma > 0 && isNameWithAffiliation(t) && isPersonAlone(t.slice(0, comma)) ? t.slice(0, comma) : undefined;
}
