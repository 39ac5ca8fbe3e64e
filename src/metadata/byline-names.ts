/* Who among the names a byline lists is a person: the newsroom, the outlet, a job or a degree credited
 * beside the writer is no second author. */

/** The byline's list cut at its joiners, less what is credited beside the writers. */
export function names(list: string): string | string[] {
  // Joiners are whole words: \b knows ASCII letters only, and "Renée" ended in the Portuguese "e".
  const all = list.split(/\s*(?:,|(?<=\s)[•·](?=\s)|&|(?<![\p{L}\p{N}])(?:and|und|et|y|e|en|och|og)(?![\p{L}\p{N}]))\s*/u).map((s) => s.trim().replace(GLUED_ROLE, "").replace(/\s*\(\p{Ll}+\)$/u, "")).filter(Boolean);
  // "By Jane Doe, Globe Staff", "By Jane Doe, Senior Reporter": the newsroom she writes for, or her
  // job, not a second author. A company's legal form after its comma is its name's ("Harbour Bio, Inc.").
  if (all.length === 2 && LEGAL_FORM.test(all[1]!)) return list.trim();
  const people = all.length > 1 ? all.filter((n) => !NEWSROOM_STAFF.test(n) && !ROLE.test(n) && !OUTLET.test(n)) : all;
  const kept = people.length ? people : all;
  return kept.length === 1 ? kept[0]! : kept;
}
/** A company's legal form: "Inc.", "Ltd", "LLC", "GmbH", "S.A.". */
const LEGAL_FORM = /^(?:inc|ltd|llc|llp|plc|corp|co|gmbh|ag|s\.?a|n\.?v|b\.?v|s\.?p\.?a|s\.?r\.?l|ab|oy|asa|se|pty ltd)\.?$/i;
/** "Globe Staff", "University Communications", "Press Office", "University of Harbourtown": a newsroom's
 *  staff, an office or the writer's university, not a
 *  second author. (A desk is credited beside the writer, "Anna Lind, Harbour Desk", as a newsroom is.) */
const NEWSROOM_STAFF = /\s(?:staff|communications|office)$|^(?:university|universität|université|universidad|università|institute|college)\b|\b(?:university|institute|college)$/i;
/** A news outlet or agency credited beside the writers: "By Jane Doe, Associated Press", "Por Fernanda
 *  Lins, Portal Cerrado", "By Jane Doe, The Harbour Times". Its words name a paper, a broadcaster or a
 *  portal, which no person's name holds; or it opens with "The" ("By Jane Doe, The Exchange"), as no
 *  person's name does. */
export const isOutlet = (t: string): boolean => OUTLET.test(t);
export const isRole = (t: string): boolean => ROLE.test(t);
const OUTLET = /^(?:the\s+)?(?:associated press|agence france-presse|reuters|afp|ap|bloomberg)$|^the\s|(?<![\p{L}])(?:times|post|herald|journal|jornal|gazette|gazeta|gazzetta|tribune|tribuna|news|notícias|noticias|notizie|nieuws|nachrichten|press|presse|daily|diário|diario|portal|radio|rádio|tv|zeitung|magazine|revista|rivista|media|mídia|courier|correio|corriere|chronicle|crónica|observer|telegraph|express|standard|online|agency|agencia|agência|agenzia|agentur|redação|redacción|rédaction|redazione|redaktion|giornale|quotidiano|krant|dagblad|omroep|ledger|wire|sentinel|examiner|inquirer|enquirer|monitor|dispatch|bulletin|register|record|globe|beacon|mercury|advocate|review|weekly|leader|networks?)(?![\p{L}])/iu;
/** A job title in place of a name: a few capitalised words ending in a newsroom's job, an office's (an
 *  NGO's or a company's post is signed "Anna Lind, Volunteer Coordinator") or an expert's ("Certified
 *  Sleep Science Coach", "Registered Dietitian"), or a degree or a credential ("MD", "PhD", "RN", "CFA", "CPA"). */
const ROLE = /^(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Reporter|Editor|Correspondent|Writer|Columnist|Contributor|Journalist|Photographer|Photojournalist|Producer|Videographer|Coordinator|Officer|Director|Manager|Assistant|Intern|Coach|Trainer|Specialist|Expert|Consultant|Analyst|Scientist|Researcher|Nutritionist|Dietitian|Therapist|Pharmacist|Physician|Nurse|Educator|Redakteur(?:in)?|Korrespondent(?:in)?|Fotograf(?:in)?)$|^(?:MD|M\.D\.|PhD|Ph\.D\.|DO|RN|RD|RDN|MS|MSc|MPH|MBA|CPT|CSCS|LCSW|CFA|CFP|CFP®|CPA|ChFC|CLU|CAIA|FRM|EA|JD|J\.D\.|Esq\.?)$/u;
/** "Jane DoeContributor", "Jane DoeLive and breaking news reporter": the job glued to the name by the
 *  page's layout. */
const GLUED_ROLE = /(?<=\p{Ll})(?:Contributor|Correspondent|Reporter|Editor|Columnist|Live|Senior|Chief|Staff|Deputy|Political)$/u;

