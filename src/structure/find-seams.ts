import { beyondLatin1, CASELESS, letterCase, LOWER, UPPER } from "../text";

/* Where a scraper may have glued a heading to the text after it: the positions in a line where a
 * word runs into a capital ("PokrovskThe", "NATOTrump") or into a lowercase starter ("Offensivethe").
 * unglue-lines decides which of them are real, from the words around. */

/** Words that start a paragraph in lowercase right after a glued heading ("Offensivethe success").
 *  Only words that no common word ends with ("its" would cut "Limits", "while" "Meanwhile"). */
const LOWER_STARTERS = ["the", "this", "these", "those", "president", "despite", "following", "since"];
/** Lowercase letters after the capital of a word glued to a starter: 3+, and the capital within the 30
 *  characters before the seam that seamsOf looks at ("Offensive|the"). */
const STARTER_WORD_MIN = 3;
const STARTER_WORD_MAX = 29;

/** Seams, found in two steps: candidates (the character before a possible seam), then the left
 *  context that makes them real:
 *  - lower|Upper ("PokrovskThe"), also after a closing bracket or double quote, and lower|U.S.
 *    ("RelationsU.S."); an apostrophe is not a seam ("O’Brien", "S’Klallam");
 *  - ACRONYM|Capitalised ("NATOTrump");
 *  - Word|lowercase starter ("Offensivethe").
 *  Letters outside the Basic Multilingual Plane count as neither case. */
export function seamsOf(text: string, candidatesOf = candidateReader(text)): number[] {
  const seams: number[] = [];
  const candidates = candidatesOf(text);
  for (const i of candidates) {
    const c = text.charCodeAt(i);
    const here = letterCase(c);
    const next = caseAt(text, i + 1);
    const at = i + 1;
    if (here === UPPER && next === UPPER) {
      if (caseAt(text, at - 2) === UPPER && caseAt(text, at - 3) === UPPER) seams.push(at);
    } else if (next === UPPER) {
      if ((c === RIGHT_PAREN || c === RIGHT_DOUBLE_QUOTE || (caseAt(text, at - 2) === LOWER && (lettersBefore(text, at, GLUED_WORD_MIN_LETTERS) >= GLUED_WORD_MIN_LETTERS || ARTICLE_AFTER.test(text.slice(at, at + ARTICLE_MAX_CHARS))))) && !NAME_PREFIX.test(text.slice(Math.max(0, at - 8), at)) && !SITE_NAME_AFTER.test(text.slice(at, at + SITE_NAME_MAX_CHARS))) seams.push(at);
    } else if (STARTER_WORD.test(text.slice(Math.max(0, at - STARTER_WORD_MAX - 1), at))) seams.push(at);
  }
  return seams;
}
/** A word glued to a capital is a heading's last word only from five letters on ("Focus|Despite",
 *  "Risks|Trump" in the seeds); shorter, it is the first half of a name written in camel case
 *  ("Java|Script", "Tik|Tok", "Air|Pods", "Soft|Bank", "Web|App"). Likewise a glued acronym needs
 *  three capitals ("NATO|Trump", not "JP|Morgan"). */
const GLUED_WORD_MIN_LETTERS = 5;
/** …nor is a site's name in camel case before its domain ("KabarPesisir.id", "HarbourNews.com"), as
 *  portals print it in a dateline ("TANJUNG SARI, KabarPesisir.id – …"). */
const SITE_NAME_AFTER = /^\p{Lu}[\p{L}\d]*\.(?:com|net|org|id|co|de|fr|es|it|nl|be|at|ch|pl|ro|ru|ua|in|my|sg|ph|ng|za|au|ca|uk|io|tv|news|info)\b/u;
const SITE_NAME_MAX_CHARS = 40;
/** …unless an article opens the text after it: a name's second half is not one ("Über uns|Die
 *  Kirche …", "About Us|The company …"). */
const ARTICLE_AFTER = /^(?:The|An?|Die|Der|Das|Eine?|Les?|La|Une?|El|Los|Las|Il|Lo|Gli|Het|Een)\s/;
const ARTICLE_MAX_CHARS = 5;
/** Letters right before `at`, counted up to `max` (words glued into one, "HarbourHarbour…", have a
 *  candidate in every word, and counting each one's whole run back would be quadratic). */
function lettersBefore(text: string, at: number, max: number): number {
  let n = 0;
  while (n < max && at - n - 1 >= 0 && letterCase(text.charCodeAt(at - n - 1)) <= CASELESS) n++;
  return n;
}
const STARTER_WORD = new RegExp(`\\p{Lu}\\p{Ll}{${STARTER_WORD_MIN},}$`, "u");
const RIGHT_PAREN = 0x29;
const RIGHT_DOUBLE_QUOTE = 0x201d;

/** Lines whose letters are all ASCII or Latin-1 (the accented letters of the western European
 *  languages; typographic quotes and dashes are not letters) get their candidates from plain native
 *  expressions; others are read character by character. (Both give the same seams: a property test
 *  checks it.) */
const candidateReader = (text: string): ((text: string) => number[]) => (beyondLatin1(text) ? candidateSeams : latinCandidateSeams);
const LATIN_1_END = 0x100;
/** The letters of one case in ASCII and Latin-1, as a class's ranges (letterCase decides, so the
 *  expressions below and the character loop agree on every letter). */
function latinClass(kind: number): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
  let out = "";
  for (let c = 0; c < LATIN_1_END; c++) {
    if (letterCase(c) !== kind) continue;
    let end = c;
    while (end + 1 < LATIN_1_END && letterCase(end + 1) === kind) end++;
    out += end > c ? `${hex(c)}-${hex(end)}` : hex(c);
    c = end;
  }
  return out;
}
const LATIN_UPPER = `[${latinClass(UPPER)}]`;
const LATIN_LOWER = `[${latinClass(LOWER)}]`;

// Without lookaheads, which cost several times more per character: a case change, or a run of
// capitals ending in a lowercase letter (whose candidate is the last capital but one). The run is
// read 16 capitals at most: a longer one still matches, from 16 capitals before its end, with the same
// candidate and end, while an unbounded run is retried from each of its letters (quadratic: a line of
// 160,000 capitals took 40 s). A loop over the characters instead costs a tenth more on every page.
export const LATIN_CASE_SEAMS = new RegExp(`[${latinClass(LOWER)})”]${LATIN_UPPER}|${LATIN_UPPER}{2,16}${LATIN_LOWER}`, "g");
/** A capitalised word running into a starter: the last letter before the starter is the candidate.
 *  Only such seams pass the test in seamsOf (a capital and 3+ lowercase letters in the 30 characters
 *  before the starter), and starting from the capital, which few positions hold, scans a line three
 *  times faster than trying the starters after every lowercase letter. */
const LATIN_STARTER_SEAMS = new RegExp(`${LATIN_UPPER}${LATIN_LOWER}{${STARTER_WORD_MIN - 1},${STARTER_WORD_MAX - 1}}${LATIN_LOWER}(?=(?:${LOWER_STARTERS.join("|")})\\s)`, "g");

/** Candidates in a line of ASCII and Latin-1 letters. */
export function latinCandidateSeams(text: string): number[] {
  const out: number[] = [];
  // exec loops, not matchAll: no iterator and match arrays per line, a third less time here.
  LATIN_CASE_SEAMS.lastIndex = 0;
  for (let m = LATIN_CASE_SEAMS.exec(text); m; m = LATIN_CASE_SEAMS.exec(text)) {
    const i = m[0].length === 2 ? m.index : m.index + m[0].length - 3;
    if (isCandidateSeam(text, i)) out.push(i);
  }
  const cases = out.length;
  LATIN_STARTER_SEAMS.lastIndex = 0;
  for (let m = LATIN_STARTER_SEAMS.exec(text); m; m = LATIN_STARTER_SEAMS.exec(text)) out.push(m.index + m[0].length - 1);
  return cases === out.length || cases === 0 ? out : out.sort((a, b) => a - b);
}

/** Positions just before a candidate seam, in any script. Every candidate has a capital after it, or
 *  a lowercase letter before a starter's initial: one case look-up per character finds them, and
 *  only those positions get the full test (a third of the time of testing every position). A starter
 *  counts only after a capitalised word of STARTER_WORD_MIN–MAX letters, the test seamsOf applies to
 *  it in the end: the run of lowercase letters since a capital is counted on the way. */
export function candidateSeams(text: string): number[] {
  const out: number[] = [];
  // The final test reads an astral letter as one code point; these lines get every starter candidate.
  const astral = ASTRAL.test(text);
  let here = letterCase(text.charCodeAt(0));
  let run = here === UPPER ? 0 : -1;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i + 1);
    const next = letterCase(c);
    const afterWord = astral || (run >= STARTER_WORD_MIN && run <= STARTER_WORD_MAX);
    if ((next === UPPER || (here === LOWER && afterWord && STARTER_INITIAL_CODES.includes(c))) && isCandidateSeam(text, i)) out.push(i);
    run = next === UPPER ? 0 : next === LOWER && run >= 0 ? run + 1 : -1;
    here = next;
  }
  return out;
}
const ASTRAL = /[\uD800-\uDFFF]/;

/** Letter case at text[i]. A module-level function, not a closure per call: tsx keeps function names,
 *  and naming a fresh closure costs more than the whole test on the per-character path. */
const caseAt = (text: string, i: number): number => letterCase(text.charCodeAt(i));

function isCandidateSeam(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const here = letterCase(c);
  const next = caseAt(text, i + 1);
  const opens = (here === LOWER || c === RIGHT_PAREN || c === RIGHT_DOUBLE_QUOTE) && next === UPPER && (caseAt(text, i + 2) === LOWER || (text.charCodeAt(i + 2) === 0x2e && caseAt(text, i + 3) === UPPER));
  const acronym = here === UPPER && next === UPPER && caseAt(text, i + 2) === LOWER && caseAt(text, i + 3) === LOWER;
  return opens || acronym || (here === LOWER && STARTER_INITIALS.includes(text[i + 1]!) && startsLowerStarter(text, i + 1));
}

const STARTER_INITIALS = [...new Set(LOWER_STARTERS.map((w) => w[0]!))].join("");
const STARTER_INITIAL_CODES = [...STARTER_INITIALS].map((ch) => ch.charCodeAt(0));
function startsLowerStarter(text: string, at: number): boolean {
  for (const w of LOWER_STARTERS) if (text.startsWith(w, at) && /\s/.test(text[at + w.length] ?? "")) return true;
  return false;
}

/** Surnames written in camel case are not seams: McDonald, MacArthur, FitzGerald, DeSantis, LaGuardia. */
const NAME_PREFIX = /(?:^|[^\p{L}])(?:Mc|Mac|Fitz|De|Di|Da|Du|Le|La|Van|Von|St)$/u;
