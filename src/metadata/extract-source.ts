import type { SourceLine } from "../model";
import { isProse, pieceCount } from "../text";
import { isPictureCopyright } from "../picture-credit";

export interface SourceResult {
  source: string;
  line: SourceLine;
}

/** Disclaimers that name the publication: "… not necessarily those of Kyiv Post.", "… reflect those of
 *  the Harbour Times." The publication name is 1–5 capitalised words. */
const OUTLET = String.raw`((?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4})`;
const DISCLAIMER = new RegExp(String.raw`not necessarily (?:reflect )?(?:those|the views?|the opinions?) of\s+(?:the\s+)?${OUTLET}\s*\.?$`, "u");

/** How footers state the reserved rights, in the dev pages' languages. */
const RIGHTS_PHRASES = "all rights reserved|alle rechte|tous droits|droits réservés|todos los derechos|derechos reservados|tutti i diritti|diritti riservati|riproduzione riservata|alle rechten|todos os direitos|direitos reservados|wszelkie prawa|všetky práva|všechna práva|sva prava|minden jog|alle rettigheder|alla rättigheter|kaikki oikeudet|toate drepturile|tüm hakları|все права|усі права|всі права";

/** How a footer's line ends when it states the reserved rights: "… All rights reserved.", "Todos los
 *  derechos reservados.", "Alle Rechte vorbehalten.", "Tous droits réservés.". Not the Italian agencies' "RIPRODUZIONE
 *  RISERVATA", which ends their photos' captions too. */
const RIGHTS_RESERVED_END = /\b(?:all rights reserved|derechos reservados|rechte vorbehalten|droits réservés|diritti riservati|direitos reservados|rechten voorbehouden|prawa zastrzeżone)\.?\s*$/iu;
/** The reserved rights alone on their line, the site's footer under a story ("© RIPRODUZIONE RISERVATA",
 *  "All rights reserved."), not a picture's credit. */
const RIGHTS_ALONE = /^(?:©\s*)?(?:riproduzione riservata|all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados)\.?(?:\s*©)?$/i;
export const isRightsAlone = (t: string): boolean => RIGHTS_ALONE.test(t);
/** Longer than any ending above with its stop and spaces: only the line's last characters are read. */
const RIGHTS_END_CHARS = 30;
/** What every ending above holds, as a plain search first: most short lines hold none of them. */
const RIGHTS_HINT = /serv|behalt|behoud|zastrze/i;
export const endsWithReservedRights = (t: string): boolean => {
  const tail = t.length > RIGHTS_END_CHARS ? t.slice(-RIGHTS_END_CHARS) : t;
  return RIGHTS_HINT.test(tail) && RIGHTS_RESERVED_END.test(tail);
};

/** A copyright footer: its marks ("©", "(c)", "Copyright", also together: "© Copyright"), the years
 *  and a "by", then the holder's name, which is most often the publisher's. */
const FOOTER = /^(?:(?:©|\(c\)|copyright\b)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[,.]?\s*)?(?:by\s+)?(.+)/iu;
/** The holder's name ends at its sentence, a separator, a comma or a bracket ("Gannett Co., Inc.",
 *  "Faro de Vigo, S.A.", "… | Impressum", "Al Example (www.example.com)"), a year, or where the
 *  reserved rights are stated ("KBS Example All Rights Reserved"), or where a sentence about it goes
 *  on ("The Harbour Deal is a registered trademark of …"). */
const NAME_END = new RegExp(String.raw`\.\s|\.$|,\s|\s[|/–—·-]\s|\s\(|\s(?:19|20)\d{2}\b|\s(?:${RIGHTS_PHRASES})\b|\s(?:is|are|ist|est|es|è|é)\s`, "iu");
/** The longest publisher names of the dev pages have six words ("Bundesamt für Sicherheit in der
 *  Informationstechnik"); past that, a footer runs on into its links. */
const MAX_NAME_WORDS = 6;
/** A name opens with a capital ("Bundesministerium für Arbeit und Soziales"), or is a domain
 *  ("kath.net"), or a lowercase brand before a capitalised word ("dfv Mediengruppe"); one lowercase
 *  word is the footer's own wording ("© since 2010 …", "Copyright text"). */
const NAME_START = /^(?:\p{Lu}|[\p{Ll}\d-]+\.\p{L}{2,}|\p{Ll}\S*\s+\p{Lu})/u;
/** What a footer holds where a name should be, when it has none: the rights alone ("© 2023 All rights
 *  reserved"), a date ("© Thu Dec 10 2020 …"), the site's software ("Theme … by", "Powered by …"), a
 *  picture's credit label ("© Foto: …"), the footer's links to its terms ("Copyright Policy"), or a
 *  pronoun that opens the site's sentence about itself ("© 2024 We are …"). */
const NOT_A_NAME = new RegExp(String.raw`^(?:${RIGHTS_PHRASES}|policy|notice|information|infringement|terms|claims?|(?:mon|tue|wed|thu|fri|sat|sun)\b|theme\b|powered\b|design\b|website\b|(?:foto|photo|bild|image|picture)s?\b|bildrechte\b|(?:we|wir|nous|i)$)`, "i");
/** Without the sign, "(c)" opens a list item ("(c) The council shall …") and "Copyright" a sentence
 *  ("Copyright Office officials said …"): they make a footer only with a year after them or the
 *  reserved rights on the line, or, for the word, a few words that are no sentence ("Copyright
 *  Example Business Journal", "copyright Example 2019 - ISSN …", or the footer's "Copyright Policy"
 *  link). Footers without the sign are short. */
const FOOTER_MAX_CHARS = 250;
const YEAR_AFTER_MARKS = /^(?:(?:\(c\)|copyright\b)\s*)+(?:19|20)\d{2}\b/i;
const RIGHTS = new RegExp(String.raw`\b(?:rights reserved|${RIGHTS_PHRASES})\b`, "i");
const WORD_FORM_MAX_WORDS = 6;
/** What a name does not end with once cut to its words: a preposition or article the cut stopped at,
 *  an ampersand ("GmbH & Co"). */
const DANGLING = /\s+(?:in|of|or|for|and|und|für|der|die|des|de|du|la|le|by|et|y|e|di|del|da|van|von|&(?:\s+Co)?)$/i;

/** Each pattern with a plain test that every line it matches passes: most lines fail that test, and
 *  the unanchored disclaimer pattern would otherwise read every character of every paragraph. */
const PATTERNS: { mayMatch: (text: string) => boolean; read: (text: string) => string | undefined }[] = [
  { mayMatch: (t) => t.includes("not necessarily"), read: (t) => cutName(t.match(DISCLAIMER)?.[1]) },
  { mayMatch: (t) => /^[©(cC]/.test(t), read: footerHolder },
  // The rights stated first, the sign and the holder after them ("Todos los derechos reservados © 2024 Example").
  { mayMatch: (t) => t.length <= FOOTER_MAX_CHARS && t.includes("©") && RIGHTS_FIRST.test(t), read: (t) => footerHolder(t.slice(t.indexOf("©"))) },
];
const RIGHTS_FIRST = new RegExp(String.raw`^(?:${RIGHTS_PHRASES})\b[^©]{0,20}©`, "iu");

/** Whether a line opens with a copyright footer's marks and is one (see FOOTER_MAX_CHARS above for
 *  the lines without the sign that are not); it may still name no one ("© 2024 All rights reserved"). */
export function isCopyrightLine(text: string): boolean {
  // The first character first ("©", "(", "c"): the expression is case-insensitive, which costs more,
  // and this runs on every short line of the page.
  const c = text.charCodeAt(0);
  return (c === 0xa9 || c === 0x28 || (c | 0x20) === 0x63) && footerMatch(text) !== undefined;
}

const PHOTOGRAPHER_OVER_AGENCY = /\S\/\S/;
function footerMatch(text: string): RegExpMatchArray | undefined {
  const m = text.match(FOOTER);
  // A picture's credit, its photographer over the agency ("© Jane Doe/Harbour Agency", "© picture
  // alliance/dpa"), holds the picture's rights, not the page's.
  if (m && PHOTOGRAPHER_OVER_AGENCY.test(text) && isPictureCopyright(text)) return undefined;
  if (!m || m[0].includes("©")) return m ?? undefined;
  if (text.length > FOOTER_MAX_CHARS) return undefined;
  if (YEAR_AFTER_MARKS.test(text) || RIGHTS.test(text)) return m;
  const fewWords = /^copyright\b/i.test(text) && pieceCount(m[1]!.trim(), WORD_FORM_MAX_WORDS + 1) <= WORD_FORM_MAX_WORDS && !isProse(text);
  return fewWords ? m : undefined;
}

function footerHolder(text: string): string | undefined {
  const m = footerMatch(text);
  const name = m && cutName(m[1]);
  return name && NAME_START.test(name) && !NOT_A_NAME.test(name) && !OWNER_DESCRIPTION.test(name) ? name : undefined;
}
/** The owner described, not the site named ("© 2022 a Harbour Media business", "ein Unternehmen der
 *  …"): the article in lowercase, unlike "The Harbour Times". */
const OWNER_DESCRIPTION = /^(?:an?|eine?|une?)\s/;

/** A name read up to where it ends, at most MAX_NAME_WORDS words. */
const DOTTED_FORM = /(?:^|\s)\p{L}\.\p{L}$/u;
/** Company forms written with several dots or a slash ("Sp. z o.o.", "s.r.o.", "d.o.o.", "Kft.",
 *  "A/S"): the name ends before them, where the cut at a full stop below would leave a piece
 *  ("Gazeta Portowa Sp"). */
const DOTTED_COMPANY = /\s(?:sp\.\s?z\s?o\.\s?o\.?|spol\.\s?s\s?r\.\s?o\.?|s\.\s?r\.\s?o\.?|d\.\s?o\.\s?o\.?|a\.\s?s\.|kft\.?|zrt\.?|nyrt\.?|a\/s)(?=[\s,.]|$)/iu;
function cutName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const company = DOTTED_COMPANY.exec(raw);
  if (company) raw = raw.slice(0, company.index);
  let name = raw.split(NAME_END)[0]!.trim().split(/\s+/).slice(0, MAX_NAME_WORDS).join(" ").replace(/[.,:;]+$/, "");
  while (DANGLING.test(name)) name = name.replace(DANGLING, "");
  // A legal form written with dots keeps its last one ("Example e.V.", "Example S.A.").
  if (DOTTED_FORM.test(name) && raw.includes(`${name}.`)) name += ".";
  return name || undefined;
}

export function extractSource(lines: readonly SourceLine[]): SourceResult | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.text;
    for (const { mayMatch, read } of PATTERNS) {
      const source = mayMatch(text) ? read(text) : undefined;
      if (source) return { source, line: lines[i]! };
    }
  }
  return undefined;
}

/** A portal's credit to the outlet whose story it shows, over the headline ("Provided by Harbour
 *  Times", "Bereitgestellt von …", "Fourni par …"): that outlet is the story's source, not the portal
 *  whose copyright closes the page. */
const PROVIDER = /^(?:provided by|bereitgestellt von|fourni par|proporcionado por|fornito da|aangeboden door|geleverd door)\s+(\S.{1,60})$/iu;
/** The provider's name alone under its credit (the portal prints its logo's text there too). */
export const isProviderUnderCredit = (t: string, above: string | undefined): boolean => !!above && above.endsWith(t) && PROVIDER.exec(above)?.[1] === t;
export function providerCredit(page: readonly SourceLine[], before: number): string | undefined {
  for (const l of page) {
    if (l.no >= before) return undefined;
    const m = PROVIDER.exec(l.text);
    if (m) return cutName(m[1]);
  }
  return undefined;
}
