import type { SourceLine } from "../model";
import { bracketLinks, capitalShare, CASELESS, letterCase, LOWER, splitSentences, wordCount } from "../text";
import { asksForComments } from "../rules/remove-engagement-prompt";
import { seamsOf } from "./find-seams";
import { matchesOf } from "../matches";
import { splitGluedButton } from "./glued-buttons";

/**
 * Stage 1b: open the seams that a scraper closed. Content-farm pages lose the line breaks between a
 * heading and its paragraph ("…of PokrovskThe recent capture…", "…Wider Offensivethe success…"), flatten
 * lists into " * " runs, and run promo boxes ("Did You Know? …") into the text. Each seam becomes a line
 * break here, with the original line number kept, so every later stage sees one block per line.
 * Runs before splitting because a glued headline is also how the next article starts.
 */

/** A glued heading is a headline-case run of 3–20 words (the seeds' glued headings are 3–14 words;
 *  two-word runs are where brand names live: "How Whats|App…", "Why Mac|Book…"). */
const HEADING_MIN_WORDS = 3;
const HEADING_MAX_WORDS = 20;
/** Headline case: more than half the words capitalised ("Analyzing the Battle for Pokrovsk: Tactics and
 *  Challenges" is 0.67, the seeds' lowest 0.6; prose runs 0.1–0.3). */
const HEADING_MIN_CAPITALS = 0.5;
/** What follows a heading seam must read as a sentence (at least 4 lowercase words among its first
 *  12: names and dates capitalise the rest) or be another glued heading; a headline-case remainder
 *  means the seam was inside a brand name ("New Mac|Book Pro"). */
const SENTENCE_LOOK_WORDS = 12;
const SENTENCE_MIN_LOWER = 4;
/** Phrases that open a promo box, an SEO note or a reader prompt inside running text. The promo is
 *  the phrase and the one sentence after it (questions: the run of questions after it). */
const CUES = [
  "did you know\\?",
  "wussten sie schon\\?",
  "le saviez-vous ?\\?",
  "pro tip:",
  "key terms driving searches include:?",
  "related searches include:?",
  "relevant searches:",
  "related searches:",
  "keywords:",
  "frequently asked questions",
  "what factors do you believe",
  "what are your thoughts",
  "what do you think",
  "share your thoughts",
  "share your opinions?",
  "let us know in the comments",
];
/** Furniture labels glued to the end of the last paragraph ("…threatened by Newer Posts Adblock Detected |"). */
const GLUED_LABELS = ["newer posts", "older posts", "adblock detected"];
// Cues open a sentence (line start, or after a sentence end); glued labels can stand anywhere.
const CUE = new RegExp(`(?:(?<=^|[.!?…]["'”’)]*\\s+)(?:${CUES.join("|")})|(?<=\\S\\s+)(?:${GLUED_LABELS.join("|")}))`, "gi");
/** A flattened list: " * item * item" — at least two markers on the line. */
// A marker is a star after a word, with or without one space between, and a space after it. Written
// star first, with the word checked by lookbehind: the plain form (/(?<=\S)\s?\*\s+(?=\S)/) makes
// the engine try every position of the line, and costs 5-7x as much on lines with a star. A star
// glued to a word of lowercase letters is German's gender star ("inter* Personen"), not a marker: the
// first item glued to its heading follows a capitalised word ("Neutral Ground* Reduced Tensions").
export const FLAT_BULLET = /(?:\s\*(?<=\S\s\*)|\*(?<=[^\s\p{Ll}]\p{Ll}*\*))\s+(?=\S)/gu;
const MIN_FLAT_ITEMS = 2;

export function unglueLines(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const l of lines) {
    // A program's line is no glued text: "getX()" is not "get" glued to "X".
    if (l.code !== undefined) out.push(l);
    else for (const unmarked of splitGluedButton(l.text)) for (const piece of splitAll(unmarked)) out.push({ no: l.no, text: piece });
  }
  return out;
}

/** All seams of one line, applied until none is left. */
/** Shorter lines cannot hold a heading (3+ words) glued to a block. */
const MIN_GLUED_CHARS = 25;

export function splitAll(text: string): string[] {
  // A table's row with its first cell empty, its tab kept by toLines: cells, nothing glued.
  if (text.charCodeAt(0) === 9) return [text];
  if (text.length < MIN_GLUED_CHARS) return text.trim() === "" ? [] : [text.trim()];
  const out: string[] = [];
  for (const a of splitCues(text).flatMap(splitCommentPrompt)) {
    for (const b of splitFlatList(a)) {
      for (const c of splitGlue(b)) {
        const piece = c.trim();
        if (piece !== "") out.push(piece);
      }
    }
  }
  return out;
}

/** "… the conflict. Did You Know? The Donbas … conflict. The Wider …" → the promo on a line of its own;
 *  an empty image token likewise, so the empty-image rule can remove and report it. */
/** The cue expression's two sides as plain tests, which cost a third less than it (or than any one
 *  expression for the words in it): its lookbehinds make the engine try every position of the line,
 *  while these only stop at a sentence stop or at the labels' words. */
const CUE_AT_START = new RegExp(`^(?:${CUES.join("|")})`, "i");
const CUE_AFTER_STOP = new RegExp(`[.!?…]["'”’)]*\\s+(?:${CUES.join("|")})`, "i");
const GLUED_LABEL = new RegExp(GLUED_LABELS.join("|"), "i");
const mayHaveCue = (text: string): boolean => CUE_AT_START.test(text) || CUE_AFTER_STOP.test(text) || GLUED_LABEL.test(text);

function splitCues(text: string): string[] {
  if (text.includes("![")) {
    const cuts = emptyImages(text);
    if (cuts.length) return cutAt(text, cuts).flatMap((p) => (p.includes("![") ? [p] : splitCues(p)));
  }
  if (!mayHaveCue(text)) return [text];
  const cuts = new Set<number>();
  let ends: PromoEnds | undefined;
  for (const m of matchesOf(CUE, text)) {
    const at = m.index!;
    if (at > 0) cuts.add(at);
    ends ??= promoEnds(text);
    const end = ends.after(at + m[0].length);
    if (end < text.length) cuts.add(end);
  }
  return cutAt(text, [...cuts]);
}

/** Where the empty images in text start and end. */
export const emptyImages = (text: string): number[] => bracketLinks(text, "![").flatMap(([start, , end]) => [start, end]);

/** Where a promo that starts at a position ends: after its first sentence, or after a run of questions
 *  (reader prompts come as several: "What factors …? how might …?"). The sentence ends are found once
 *  per line and each one's promo end once, from the last: a line of many cues ("What do you think?"
 *  again and again) would otherwise read the run of questions again from each cue. */
export interface PromoEnds {
  after(from: number): number;
}
const PROMO_STOP = /[.!?…]["'”’)]*\s+(?=\S)/g;
export function promoEnds(text: string): PromoEnds {
  const stops: number[] = [];
  const ends: number[] = [];
  PROMO_STOP.lastIndex = 0;
  for (let m = PROMO_STOP.exec(text); m; m = PROMO_STOP.exec(text)) {
    stops.push(m.index);
    ends.push(m.index + m[0].length);
  }
  // A question's promo runs on through the questions right after it.
  const promoEnd = [...ends];
  for (let k = stops.length - 2; k >= 0; k--) {
    if (text[stops[k]!] === "?" && text[stops[k + 1]!] === "?") promoEnd[k] = promoEnd[k + 1]!;
  }
  let k = 0;
  return {
    // Cues come in order along the line, so the first stop at or after `from` is found moving forward.
    after(from: number): number {
      while (k < stops.length && stops[k]! < from) k++;
      return k < stops.length ? promoEnd[k]! : text.length;
    },
  };
}

/** A paragraph that closes by asking readers to comment ("… doit relier Clapiers à Lavérune. Racontez-moi
 *  en commentaire."): the prompt on a line of its own, so that removing it leaves the writer's text. The
 *  questions to the reader right before it go with it ("Have you hiked there? Tell me in the comments
 *  below!"); the text after it stays. */
function splitCommentPrompt(text: string): string[] {
  // (asksForComments looks for the comment word's letters first: most lines end here at that search.)
  if (!asksForComments(text)) return [text];
  const sentences = splitSentences(text);
  const prompt = sentences.findIndex((s, k) => k > 0 && asksForComments(s));
  if (prompt < 0) return [text];
  let from = prompt;
  while (from > 0 && sentences[from - 1]!.trimEnd().endsWith("?")) from--;
  // Questions and the prompt make the whole line: the rule removes it as it is.
  if (from === 0 && prompt === sentences.length - 1) return [text];
  return [sentences.slice(0, from).join(""), sentences.slice(from, prompt + 1).join(""), sentences.slice(prompt + 1).join("")].filter((p) => p.trim() !== "");
}

/** "discussion: * Ceasefire Negotiations: … * Territorial Disputes: …" → one line per item. */
/** A product between figures ("5 * 60 * 1000", "288 * 7 wake-ups"): the line's stars are operators. */
const PRODUCT = /\d\s?\*\s?\d/;
function splitFlatList(text: string): string[] {
  if (!text.includes("*") || (text.match(FLAT_BULLET) ?? []).length < MIN_FLAT_ITEMS || PRODUCT.test(text)) return splitIntroducedList(text);
  const [lead, ...items] = text.split(FLAT_BULLET);
  return [lead!, ...items.map((i) => `* ${i}`)].filter((p) => p.trim() !== "" && p.trim() !== "*");
}

/** A list flattened with "•" or " - " markers after the colon that introduces it ("Die wichtigsten
 *  Punkte: - Bahnhof bis Universität - Uferstraße", "Key facts: • 3 km of new lanes • 400 racks"). Only
 *  after a colon, and only when every item has two words or more (and, after a dash, opens with a capital
 *  or a figure): "•" and " - " also part a byline ("Anna Lind • 3 min read") and a sentence ("he said:
 *  - we will …"). */
const INTRODUCED_LIST = /^([^•]*?:)\s+([-•])\s+\S/;
const LIST_ITEM_MIN_WORDS = 2;
const ITEM_START = /^[\p{Lu}\d]/u;
function splitIntroducedList(text: string): string[] {
  const m = (text.includes(": •") || text.includes(": -")) ? INTRODUCED_LIST.exec(text) : null;
  if (!m) return [text];
  const items = text.slice(m[1]!.length).split(m[2] === "•" ? /\s+•\s+/ : /\s+-\s+/).map((i) => i.replace(/^[-•]\s+/, "").trim()).filter(Boolean);
  if (items.length < MIN_FLAT_ITEMS || items.some((i) => wordCount(i, LIST_ITEM_MIN_WORDS) < LIST_ITEM_MIN_WORDS || (m[2] === "-" && !ITEM_START.test(i)))) return [text];
  return [m[1]!, ...items.map((i) => `* ${i}`)];
}

/** Heading glued to what follows: "…PokrovskThe recent…", "…RelationsU.S. President…", "…Offensivethe success…". */
function splitGlue(text: string): string[] {
  // One pass over the seams with the sentence ends computed once: linear in the line's length.
  const seams = seamsOf(text);
  if (seams.length === 0) return [text];
  const ends = sentenceEnds(text);
  const cuts: number[] = [];
  let e = 0;
  let lastCut = 0;
  for (const at of seams) {
    while (e < ends.length && ends[e]! <= at) e++;
    const from = Math.max(e > 0 ? ends[e - 1]! : 0, lastCut);
    if (at - from > HEADING_MAX_CHARS) continue;
    const raw = text.slice(from, at);
    if (!isHeadingRun(raw.trim()) || !isNoName(text, raw, at) || !continuesAsBlock(text.slice(at, at + LOOKAHEAD_CHARS), 0)) continue;
    // The heading starts where the sentence before it ended: "…the conflict. Potential for a Wider Offensive".
    cuts.push(from + raw.length - raw.trimStart().length, at);
    lastCut = at;
  }
  return cutAt(text, cuts);
}


function findGlue(text: string, depth = 0): number {
  const ends = sentenceEnds(text);
  let e = 0;
  for (const at of seamsOf(text)) {
    while (e < ends.length && ends[e]! <= at) e++;
    const from = e > 0 ? ends[e - 1]! : 0;
    // What follows a seam is judged on its opening only: a sentence or the next glued heading.
    if (at - from <= HEADING_MAX_CHARS && isHeadingRun(text.slice(from, at).trim()) && isNoName(text, text.slice(from, at), at) && (depth > 2 || continuesAsBlock(text.slice(at, at + LOOKAHEAD_CHARS), depth))) return at;
  }
  return -1;
}
/** Enough text after a seam for a heading (≤20 words) and the first words of the next block. */
const LOOKAHEAD_CHARS = 400;
/** Longer than any heading run: skip measuring it. */
const HEADING_MAX_CHARS = 200;

/** A sentence end; a full stop after a lone capital or a title ("U.S.", "Mr.") does not end one. */
const SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|No|Gen|Sen|Rep|Gov))[.!?…]["'”’)]*(?:\s+|$)/u;

/** Where each sentence of `text` ends (the position after its stop and spaces), in order. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  SENTENCE_ENDS.lastIndex = 0;
  for (let m = SENTENCE_ENDS.exec(text); m; m = SENTENCE_ENDS.exec(text)) ends.push(m.index + m[0].length);
  return ends;
}
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, "gu");

/** After a real seam comes a sentence, or another heading glued to something. */
function continuesAsBlock(rest: string, depth: number): boolean {
  const lower = rest.split(/\s+/, SENTENCE_LOOK_WORDS).filter((w) => /^\p{Ll}/u.test(w)).length;
  // A paragraph opens with a sentence of some length; "Book Pro. While it…" after "16-inch Mac" does not.
  const first = rest.match(SENTENCE_END) ? rest.slice(0, rest.search(SENTENCE_END)) : rest;
  if (lower >= SENTENCE_MIN_LOWER && wordCount(first) >= FIRST_SENTENCE_MIN_WORDS) return true;
  return findGlue(rest, depth + 1) > 0;
}
const FIRST_SENTENCE_MIN_WORDS = 4;


function isHeadingRun(run: string): boolean {
  if (run.length > HEADING_MAX_CHARS) return false;
  const n = wordCount(run);
  if (n < HEADING_MIN_WORDS || n > HEADING_MAX_WORDS) return false;
  // The last word is cut at the seam ("Offensive" of "Offensivethe"), so judge the run as written.
  return capitalShare(run) > HEADING_MIN_CAPITALS;
}

/** A seam after a short run is more often inside a name written in camel case ("Shares of Astra|Zeneca
 *  rose", "Traders at Grain|Link said", "Running the Black|Magic test": a sentence's opening words read
 *  as a headline) than after a glued heading. Under four words, the run must be capitalised throughout
 *  ("Diplomatic Efforts Intensify|President…") or the text after the seam must open with a word that
 *  opens sentences ("Who We Are|The company…"). Never inside brackets or a tag ("(North|Line) —",
 *  "/Newswire|Hub/ --", "@Harbour|Post"). */
const SHORT_RUN_WORDS = 4;
const SENTENCE_OPENER = /^(?:The|An?|This|These|Those|That|There|In|On|At|As|After|Before|While|When|Despite|Following|Since|Although|However|For|With|It|He|She|They|We|I|Our|His|Her|Their|Its|Der|Die|Das|Eine?|Les?|La|Une?|El|Los|Las|Il|Lo|Gli|Het|Een)\b/;
const TAG_MARK = /[/@#]$/;
const TAG_MAX_LETTERS = 40;
/** A name's last part in camel case, a short word the sentence goes on after in lowercase ("on
 *  Whats|App for updates", "Alliance Swiss|Pass a annoncé", "BlaBla|Car"): a glued heading is followed by
 *  a sentence, and a sentence that opens with a word this short opens with one of SENTENCE_OPENER's or
 *  of these. */
const CAMEL_TAIL = /^\p{Lu}\p{Ll}{1,3}(?=\s+\p{Ll})/u;
const MORE_SHORT_OPENERS = /^(?:But|And|Yet|So|No|Now|Why|How|Who|What|All|One|Two|Some|Many|Most|Mr|Ms|Mrs|Dr)\b/;
function isNoName(text: string, run: string, at: number): boolean {
  if (unclosed(run, "(", ")") || unclosed(run, "[", "]")) return false;
  const after = text.slice(at, at + 12);
  if (CAMEL_TAIL.test(after) && !SENTENCE_OPENER.test(after) && !MORE_SHORT_OPENERS.test(after)) return false;
  // The word the seam is in, read back a name's length at most (a line of words glued into one has a
  // seam in every word, and reading each one's whole run back would be quadratic).
  let start = at;
  while (start > 0 && at - start < TAG_MAX_LETTERS && letterCase(text.charCodeAt(start - 1)) <= CASELESS) start--;
  if (TAG_MARK.test(text.slice(Math.max(0, start - 1), start))) return false;
  const trimmed = run.trim();
  // "Offensive|the success": names do not run into a lowercase word.
  if (letterCase(text.charCodeAt(at)) === LOWER || wordCount(trimmed) >= SHORT_RUN_WORDS || capitalShare(trimmed) === 1) return true;
  return SENTENCE_OPENER.test(text.slice(at, at + 12));
}
const unclosed = (s: string, open: string, close: string): boolean => s.lastIndexOf(open) > s.lastIndexOf(close);

function cutAt(text: string, cuts: number[]): string[] {
  const sorted = [...new Set(cuts)].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const c of sorted) {
    out.push(text.slice(last, c));
    last = c;
  }
  out.push(text.slice(last));
  return out;
}
