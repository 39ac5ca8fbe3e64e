import type { SourceLine } from "../model";
import { pieceCount, wordCount } from "../text";
import { isDateLine } from "../date-words";
import { isOutlet, isRole } from "./byline-names";
import { NAME_PARTICLES } from "./byline-words";

/** Bylines without a by-word: a name alone on its line, or several joined by "and". */

/** A line that is only a person's name: 2–3 capitalised words, no digits or symbols; the newsroom or
 *  the writer's university may follow after a comma ("Jane Doe, Business Desk", "Jane Doe, University
 *  of Harbourtown"), as on a By-line, or after a bullet ("Jane Doe • The Harbour Press"; after a bar,
 *  "Storm Hits Harbour | Harbour Times" is a headline and the site's name). An academic title may lead
 *  ("Dr. Anna Lind", "Prof. Dr. Anna Lind", "Dr. med. Anna Lind"), as on a By-line, and the wire service may close it ("Jane Doe,
 *  The Harbour Sentinel (TNS)"). */
export const BARE_NAME = /^(?:(?:Dr|Prof|PD|Mag|Ing)\.\s+(?:(?:med|phil|jur|rer\. nat)\.\s+)?){0,2}\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|de|der|den|da|di|del|dos|das|ter|ten|zu)\s+){0,2}(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,2}(?:(?:,|\s+[•·])\s+\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|de|di|du|der|für)\s+)?\p{Lu}[\p{L}'’.&-]*){0,2})?(?:\s+\(\p{Lu}{2,5}\))?$/u;
/** A name with its newsroom or university after a comma ("Jane Doe, University of Harbourtown"), or with
 *  a paper of a longer name ("Jane Doe, The Sutter Creek Gazette"): an outlet's words, four or five. */
export const isNameWithAffiliation = (t: string): boolean => (t.includes(",") || t.includes("•") || t.includes("·")) && (BARE_NAME.test(t) || isNameWithOutlet(t));
const OUTLET_MAX_WORDS = 5;
const isNameWithOutlet = (t: string): boolean => {
  const comma = t.indexOf(", ");
  if (comma < 0) return false;
  const outlet = t.slice(comma + 2);
  return BARE_NAME.test(t.slice(0, comma)) && isOutletName(outlet);
};
/** A paper's name alone: a few capitalised words, one of them an outlet's ("The Harbour Daily Ledger";
 *  "The" alone makes no paper of "The Harbour Deal Falls Short"). */
export const isOutletName = (t: string): boolean => CAPITALISED_WORDS.test(t) && wordCount(t, OUTLET_MAX_WORDS + 1) <= OUTLET_MAX_WORDS && isOutlet(t.replace(LEADING_THE, ""));
const LEADING_THE = /^the\s+/i;
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*)*$/u;
/** Two or more people on their own line, the last joined by "and" in the dev pages' languages ("Anna
 *  Lind and Tomas Reyes", "Anna Lind, Jonas Berg und Tomas Reyes", Dutch "en", Portuguese "e"): each a bare name of two or three
 *  words, so that a menu's "Arts and Culture" is none. A word run into the next one after three small
 *  letters ("LindHarbour") is a name the layout glued to its newsroom; "McKay" and "MacLeod" are names. */
const BARE_WORD = String.raw`(?![\p{L}'’-]*\p{Ll}{3}\p{Lu})\p{Lu}[\p{L}'’-]+`;
/** …with the small words of family names between ("Thijs van Dommelen", "Anna de la Cruz"). */
const NAME_PARTICLE = String.raw`(?:(?:${NAME_PARTICLES})\s+)`;
const BARE_PERSON = String.raw`${BARE_WORD}(?:\s+${NAME_PARTICLE}{0,2}(?:\p{Lu}\.|${BARE_WORD})){1,2}`;
/** A live page's note after each name, "Jane Doe (now) and John Roe (earlier)", is the names' too. */
const LIVE_NOTE = String.raw`(?:\s\((?:now|earlier|before|later|jetzt|vorher|zuvor|maintenant|avant|ahora|antes)\))?`;
const BARE_NAMES = new RegExp(String.raw`^${BARE_PERSON}${LIVE_NOTE}(?:,\s+${BARE_PERSON}${LIVE_NOTE})*\s+(?:and|und|et|y|e|en|&)\s+${BARE_PERSON}${LIVE_NOTE}$`, "u");
/** A line of two or more bare names, which no headline is when a date stands beside it. */
export const isBareNames = (t: string): boolean => t.length <= BARE_NAMES_MAX_CHARS && NAMES_JOINED.test(t) && BARE_NAMES.test(t);
/** Four names of three long words and their joiners; and the joiner as a plain search first: the names'
 *  lookaheads cost on every line the title stage reads. */
const BARE_NAMES_MAX_CHARS = 160;
const NAMES_JOINED = / (?:and|und|et|y|e|en|&) /;

/** A match report's byline, the writer at the ground: "Tom Hale at the Quayside Stadium", "Anna Lind at
 *  Harbour Park". The ground's last word tells it from a headline ("Protest Erupts at the Town Hall" has
 *  none of them). */
const NAME_AT_VENUE = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+at\s+(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}\s+(?:Stadium|Park|Arena|Ground|Field|Oval|Road|Lane|Centre|Center|Circuit|Dome|Bowl|Gardens?|Stadion|Racecourse|Velodrome)$/u;
export const nameAtVenue = (t: string): string | undefined => NAME_AT_VENUE.exec(t)?.[1];
/** A correspondent's byline with the place she files from, "Tom Hale in Port Kastel": by its form a
 *  headline in title case too ("Protests Grow in Hong Kong"), so read only where a byline stands (over
 *  the date, under a longer headline or dek). */
const NAME_IN_PLACE = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;
export const nameInPlace = (t: string): string | undefined => NAME_IN_PLACE.exec(t)?.[1];

/** A writer's post spelt out on its own line under the name, as opinion pages print it: "Professor of
 *  Marine Biology at the University of Harbourton", "Catedrática de Hidrología en la Universidad de
 *  …". It opens with an academic's or an expert's post (a newsroom job is read with the name, see
 *  NAME_WITH_ROLE) and is no sentence; such a line is neither the headline nor a section. Brazilian
 *  portals print a contributor's so ("Colaboração para o NotíciaBR, em Porto Feliz"). */
const POST_START = /^(?:colabora(?:ção|ción|zione) (?:para|con|per)\s|(?:(?:senior|associate|assistant|visiting|emeritus|adjunct|principal|distinguished)\s+)?(?:professor(?:in)?|professora|profesora?|professeure?|catedrátic[oa]|lecturer|researcher|research\s+fellow|fellow|investigador(?:a)?|chercheu(?:r|se)|dozent(?:in)?|director(?:a)?|directeur|directrice|direktor(?:in)?|dean|decan[oa]|economist|economista|économiste|ökonom(?:in)?)(?![\p{L}]))/iu;
/** A post with its field and institution runs to a dozen words or so; more is a sentence. */
const POST_MAX_WORDS = 16;
export const isWritersPost = (t: string): boolean => t.length <= POST_MAX_CHARS && !/[.!?]$/.test(t) && POST_START.test(t) && pieceCount(t, POST_MAX_WORDS + 1) <= POST_MAX_WORDS;
/** Sixteen long words: a plain bound before the expression, which every head line meets. */
const POST_MAX_CHARS = 200;

/** Two capitalised words that are a button or a tab, not a person: "Print Recipe", "Box Score", "Jump
 *  to Recipe", "Read More", "Report Abuse", "Social Sharing", "Apple Podcasts", a font-size widget's "Font Size" / "Abc Small", "Google News". */
const BUTTON_WORDS = /^(?:Print|Save|Jump|Report|Share|Read|Sign|Log|Watch|Listen|Follow|Subscribe|Download|View|Show|Load|See|Open|Close|Skip|Back|Go|Font|Abc|Text Size|Google News)\b|\b(?:Recipe|Score|Stats|Comments?|Menu|Videos?|Photos?|Gallery|Newsletter|Podcasts?|Results?|Standings|Schedule|Highlights|Releases?|Advisories|Sharing)$/;
/** A press release's label over its date and headline: "FOR IMMEDIATE RELEASE", "Media Advisory". */
export const RELEASE_LABEL = /^(?:for immediate release|immediate release|(?:news|press|media) release|media advisory)\s*:?$/i;
/** …and in the dev pages' other languages, a label too, never a writer. (Not read as RELEASE_LABEL is, for
 *  the headline under it: these are as often a site menu's entry, or set under the headline.) */
const RELEASE_LABEL_OTHER = /^(?:communiqué de presse|pressemitteilung|pressemeldung|medienmitteilung|comunicado de (?:prensa|imprensa)|comunicato stampa|persbericht)\s*:?$/i;
/** A desk's or category's name, every word of it a section's word ("Local News", "World Sport",
 *  "Uncategorized"): it files the story, it did not write it. An outlet's own word makes a credit
 *  ("Sky News"). */
const DESK_NAME = /^(?:(?:Local|Regional|State|City|National|International|World|Breaking|Latest|Top|General|Community|Business|Sports?|Politics|Opinion|Entertainment|Lifestyle|Health|Science|Tech(?:nology)?|Weather|Crime|Education|Features?|Arts?|Culture|Travel|Food|Obituaries|Editorials?|Economy|Money|Markets|Environment|Life|Style|Events|Blog|News|Stories|Uncategori[sz]ed|Lokales|Politik|Wirtschaft|Kultur|Panorama|Nachrichten|Actualités|Société|Politique|Économie|Monde|Noticias|Deportes|Cultura|Economía|Notizie|Cronaca|Nieuws|Binnenland|Buitenland)(?:\s+(?:&|and|und|et|y|e)\s+|\s+|$))+$/;
export const isDeskName = (t: string): boolean => DESK_NAME.test(t);
export const isButtonOrLabel = (t: string): boolean => BUTTON_WORDS.test(t) || RELEASE_LABEL.test(t) || RELEASE_LABEL_OTHER.test(t) || DESK_NAME.test(t);

/** Writers stacked over the date, each on a line of their own with their job under the name ("Anna
 *  Lind" / "Health correspondent" / "Tomas Berg" / "Data reporter" / date): all of them, when the name
 *  at i is one of two or more. */
const JOB_LINE = /^(?:[\p{L}-]+\s+){0,3}(?:reporter|correspondent|writer|editor|columnist|contributor|producer|photographer|journalist|journalistin|meteorologist|anchor|presenter|moderator|moderatorin|maintainer|developer|engineer|designer|co-founder|founder|core team|advocate|[\p{L}-]*(?:redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?)|journaliste|rédact(?:eur|rice)|periodista)$/iu;
/** The writer's job on a line of its own, under the name over the date or on an author card ("Data
 *  reporter", "Staff Writer", "Medizinredakteurin"). */
export const isJobLine = (t: string | undefined): boolean => !!t && t.length <= JOB_LINE_MAX_CHARS && JOB_ENDINGS.some((e) => endsWithCaseless(t, e)) && JOB_LINE.test(t);
const JOB_LINE_MAX_CHARS = 60;
/** The programme that pays for a local reporter, printed under her name in place of a job: Canada's
 *  "Local Journalism Initiative" (in French, "Initiative de journalisme local"), "Report for America
 *  corps member". */
const REPORTING_PROGRAMME = /^(?:local journalism initiative(?: reporter)?|initiative de journalisme local|report for america(?: corps member)?)$/i;
export const isReportingProgramme = (t: string): boolean => REPORTING_PROGRAMME.test(t);
/** The jobs' last letters, as plain tests before the expression: most lines end otherwise. */
const JOB_ENDINGS = ["er", "or", "ist", "ent", "eur", "in", "iste", "ista", "ice", "am", "ate"];
const endsWithCaseless = (t: string, e: string): boolean => t.length >= e.length && t.slice(-e.length).toLowerCase() === e;
const STACK_REACH = 4;
export function stackedNames(lines: readonly SourceLine[], i: number): string[] | undefined {
  const isName = (t: string): boolean => BARE_NAME.test(t) && !t.includes(",") && !isButtonOrLabel(t) && !JOB_LINE.test(t);
  // Each name with its job under it: a name over a bare capitalised line is as often the writer over
  // the paper ("Anna Lind" / "Harbour Courier-Journal").
  const isPair = (k: number): boolean => k >= 0 && k + 1 < lines.length && isName(lines[k]!.text) && JOB_LINE.test(lines[k + 1]!.text);
  const at = isPair(i) ? i : isPair(i - 1) ? i - 1 : -1;
  if (at < 0) return undefined;
  let from = at;
  while (from - 2 >= 0 && from > at - STACK_REACH && isPair(from - 2)) from -= 2;
  let to = at;
  while (to + 2 < lines.length && to < at + STACK_REACH && isPair(to + 2)) to += 2;
  // The same name twice (an avatar's caption over the byline) is one writer.
  const found = [...new Set(lines.slice(from, to + 2).map((l) => l.text).filter(isName))];
  return found.length > 1 ? found : undefined;
}

/** A person's name alone on its line: no button, label, outlet, role or job. */
export const isPersonAlone = (t: string): boolean => BARE_NAME.test(t) && !t.includes(",") && !isButtonOrLabel(t) && !isOutlet(t) && !isRole(t) && !isJobLine(t);

/** Co-writers stacked without their jobs, the date under the last ("Anna Lind" / "Tomas Berg" / "3. März
 *  2025, 15:14"): all of them. A name over its paper ("Anna Lind" / "Harbour Courier-Journal") is one
 *  writer's byline. Three names at most: more capitalised lines in a row are a menu's. */
const STACKED_NAMES_MAX = 3;
/** …perhaps with the place they filed from between them and the date ("Anna Lind" / "Tomas Berg" / "Rio
 *  Claro do Sul" / "25.mar.2025 às 14h32", as Brazilian papers print it): capitalised words and the
 *  short words of a place's name. */
const FILED_FROM = /^\p{Lu}[\p{L}'’.-]+(?:[\s-]+(?:\p{Lu}[\p{L}'’.-]+|\p{Ll}{1,3})){0,4}$/u;
/** (A line printed again elsewhere on the page is no co-writer: the place a writer filed from is the
 *  page's kicker over the headline too, "Villaseca del Río" / headline / "Lucía Ferrándiz" /
 *  "Villaseca del Río" / the date.) */
export function stackedBareNames(lines: readonly SourceLine[], i: number, page: readonly SourceLine[] = lines): string[] | undefined {
  const isName = (k: number): boolean => k >= 0 && k < lines.length && isPersonAlone(lines[k]!.text);
  if (!isName(i)) return undefined;
  let from = i;
  while (from > i - STACKED_NAMES_MAX + 1 && isName(from - 1)) from--;
  let to = i;
  while (to < from + STACKED_NAMES_MAX - 1 && isName(to + 1)) to++;
  const under = lines[to + 1]?.text ?? "";
  const dated = isDateLine(under) || (FILED_FROM.test(under) && isDateLine(lines[to + 2]?.text ?? ""));
  if (from === to || isName(to + 1) || isName(from - 1) || !dated) return undefined;
  const stack = lines.slice(from, to + 1);
  const elsewhere = (l: SourceLine) => page.some((p) => p.text === l.text && !stack.includes(p));
  const found = [...new Set(stack.filter((l) => !elsewhere(l)).map((l) => l.text))];
  return found.length > 1 ? found : undefined;
}

/** A writer's label alone on its line, the name on the line under it: "Written by", "This article was
 *  written by", "Words by", "Author", "Geschrieben von" (an author box, or a byline split in two). */
export const WRITER_LABEL = /^(?:(?:(?:this|the) (?:article|story|post|piece) (?:was|is) )?written by|words by|author|autor(?:in)?|auteur|geschrieben von|verfasst von)\s*:?$/i;

/** A joiner alone on its line between co-writers ("Alice Kim" / "and" / "Ben Ortiz"), as newsletter
 *  platforms and national papers print them: see co-writers.ts. */
export const JOINER_LINE = /^(?:and|und|et|y|e|en|&)$/;
