import type { SourceLine } from "../model";
import { isPostMeta } from "./post-meta";
import { findDates, mayHoldDate } from "./parse-date";
import { capitalShare, endsLikeSentence, firstWords, fold, hasWideLetters, isLetterPoint, isProse, pieceCount, wordCount } from "../text";
import { DATE_START, DATE_WORDS, isDateLine, isTimeAgo } from "../date-words";

/** Headlines in the seeds and dev pages run 3–25 words; longer lines are paragraphs. */
export const TITLE_MIN_WORDS = 2;
export const TITLE_MAX_WORDS = 30;
/** A derived title keeps this many words of the first sentence: long enough to tell articles apart. */
export const DERIVED_TITLE_WORDS = 12;
/** Section labels ("Politics", "World News") are one to three words right above the title. */
const SECTION_MAX_WORDS = 3;
/** Each line between a candidate and the body start costs this much of its score: the headline is
 *  usually the nearest title-like line above the text, below the site's menus. */
const DISTANCE_COST = 0.02;

export interface TitleResult {
  title: string;
  titleSource: "dump" | "derived";
  section?: string;
  /** lines that became metadata (removed from the article) */
  consumed: { line: SourceLine; reason: string }[];
}

export const isTitleLike = (t: string): boolean => {
  const n = wordCount(t);
  // No tabs: a page's text has them between a table's cells (a calendar's row of days, a results list).
  return n >= TITLE_MIN_WORDS && n <= TITLE_MAX_WORDS && !(endsLikeSentence(t) && /\.["'”’]?$/.test(t)) && !/[,;:|]$/.test(t) && !/^[@#©]|https?:|www\./i.test(t) && !t.includes("\t");
};

/** Lines that look like a title but are a byline, a date, a caption credit, a counter or a widget. */
const NOT_A_TITLE = /^(?:you are here|by\s|von\s|par\s|image|photo|picture|credit|source|getty|afp|ap photo|reuters\/|(?:last )?updated|published|posted|share|follow|watch|listen|sign (?:in|up)|subscribe|log ?in|\d+\s*(?:min|minutes?|hours?|days?)\b)|\b(?:copyright|all rights reserved|getty images|playback|javascript|cookies?)\b|(?<!Ã)©|\s(?:foto|bild|photo)\s*:\s*\S|\((?:[^()]*\/[^()]*|[^()]*(?:credit|photo|image|getty|reuters|afp|ap)\b[^()]*)\)\s*$/i;
/** A post's tags or a menu in a row ("Elon Musk, News, Twitter, X", "Deutsch · English (US) · Türkçe ·
 *  Español"): four items or more, none longer than two words. A headline that lists things has a
 *  longer item, or a verb ("…, Uganda win Youth Awards"). */
const TAG_LIST_MIN_ITEMS = 4;
const isTagList = (t: string): boolean => {
  const items = t.split(/,|\s[·|•]\s/);
  return items.length >= TAG_LIST_MIN_ITEMS && items.every((item) => wordCount(item, 3) >= 1 && wordCount(item, 3) <= 2);
};
/** A byline or a date right under a line is the strongest sign that the line is the headline. */
/** "By" and its translations before a name, in any case: sites print user names ("von eseppelt · 31.
 *  Oktober 2023"), and a sentence that opens with "By" is prose, which anchors a headline too. */
const BYLINE_START = /^(?:by|von|par|por|door)\s+\p{L}/iu;
const DATE_LABEL = /^(?:published|posted|updated|veröffentlicht|publié)\b/i;
const isBylineOrDate = (t: string): boolean => BYLINE_START.test(t) || DATE_LABEL.test(t) || isPostMeta(t);
/** The sweet spot for headline length in words; outside it a line is less and less likely a headline.
 *  Menu entries and section labels are 1–3 words, so short lines start low. */
const IDEAL_WORDS: [number, number] = [5, 16];
const SHORT_LINE_SCORE = [0, 0.1, 0.15, 0.3, 0.6];
/** Each word past the sweet spot costs this much: a 20-word line is more often the dek under the title. */
const LONG_LINE_DECAY = 0.1;
/** What a date inside a headline-like line costs of its length-and-casing score. */
const DATED_TITLE_FACTOR = 0.6;
/** A 2–3 word line of capitalised words right above a date is a byline without "By", not a title. */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u;
/** Headlines summarise the lede: the share of a candidate's content words found in the text's opening
 *  is worth up to this much. Content words = 4+ letters, which skips most function words in the
 *  European languages of the dev pages. */
const LEDE_OVERLAP_WEIGHT = 0.8;
const LEDE_WORDS = 250;
const OVERLAP_FULL_WORDS = 12;

/** The "now" for reading a date that opens a line: any fixed day will do, as only dates with their
 *  day, month and year written are kept; a fixed one lets the date parser's cache answer again. */
const ANY_DAY = new Date(0);
/** How much a head line looks like the article's headline (0 = not at all). */
export function titleScore(text: string, distance: number, lede: ReadonlySet<string> = new Set()): number {
  if (!isTitleLike(text) || NOT_A_TITLE.test(text) || isPostMeta(text) || isTagList(text) || isTimeAgo(text)) return 0;
  const words = wordCount(text);
  // A date line is not a headline; a headline may carry a date ("Opening Bell 11.18.19") but pays for it.
  let dated = 1;
  if ((DATE_WORDS.test(text) && words < 12) || (/\b(?:19|20)\d{2}\b/.test(text) && words <= 4)) {
    const rest = text.replace(new RegExp(DATE_WORDS.source, "gi"), " ").replace(/\b(?:19|20)\d{2}\b|\d+/g, " ");
    if (DATE_START.test(text) || wordCount(rest) < 2) return 0;
    dated = DATED_TITLE_FACTOR;
  } else if (DATE_START.test(text) && mayHoldDate(text) && findDates(text, ANY_DAY)[0]?.index === 0) {
    // A line that opens with a full date the cheap test missed is a date line too, in any language and
    // however glued ("22. Dezember 201922. Dezember 2019 von Jane Doe": the date twice, the writer).
    return 0;
  }
  const length = words < IDEAL_WORDS[0] ? SHORT_LINE_SCORE[words]! : words > IDEAL_WORDS[1] ? Math.max(0.2, 1 - (words - IDEAL_WORDS[1]) * LONG_LINE_DECAY) : 1;
  const shouting = isShouting(text) ? 0.5 : 1;
  const casing = 0.6 + capitalShare(text) * 0.4;
  const own = contentWords(text);
  // Share of the line's content words found in the lede, discounted for long lines: a dek repeats
  // the lede at length, a headline in a few words.
  const overlap = own.size ? ([...own].filter((w) => lede.has(w)).length / own.size) * Math.min(1, OVERLAP_FULL_WORDS / words) : 0;
  return Math.max(0, length * casing * shouting * dated + overlap * LEDE_OVERLAP_WEIGHT - distance * DISTANCE_COST);
}

/** The first n words of the lines' text, reading only as many lines as it takes. */
function openingWords(lines: readonly SourceLine[], n: number): string {
  const texts: string[] = [];
  let left = n;
  for (const l of lines) {
    if (left <= 0) break;
    const words = wordCount(l.text);
    texts.push(words <= left ? l.text : firstWords(l.text, left));
    left -= words;
  }
  return texts.join(" ");
}

/** More than 8 letters (UTF-16 units, as a string's length counts them) and none that upper-casing
 *  would change: "BREAKING NEWS TODAY". Stops at the first lowercase letter, so most lines cost a few
 *  characters. */
export function isShouting(text: string): boolean {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i)!;
    const width = point > 0xffff ? 2 : 1;
    if (isLetterPoint(point)) {
      const ch = String.fromCodePoint(point);
      if (ch.toUpperCase() !== ch) return false;
      units += width;
    }
    i += width - 1;
  }
  return units > 8;
}

/** Words of 4+ letters, cut to their first 6 (a cheap stem), lowercase. One scan over the text: the
 *  same with a \p{L} pattern cost a few percent of the normaliser's time. */
export function contentWords(text: string): Set<string> {
  const lower = text.toLowerCase();
  // Text with ASCII letters only: the native expression reads it several times faster than the scan.
  if (!hasWideLetters(text)) return new Set((lower.match(ASCII_CONTENT_WORD) ?? []).map((w) => w.slice(0, 6)));
  const words = new Set<string>();
  let start = -1;
  let letters = 0;
  for (let i = 0; i <= lower.length; i++) {
    const point = i < lower.length ? lower.codePointAt(i)! : -1;
    if (point >= 0 && isLetterPoint(point)) {
      if (start < 0) start = i;
      letters++;
      if (point > 0xffff) i++;
      continue;
    }
    if (start >= 0 && letters >= 4) words.add(lower.slice(start, Math.min(i, start + 6)));
    start = -1;
    letters = 0;
  }
  return words;
}

const ASCII_CONTENT_WORD = /[a-z]{4,}/g;

/** A line that marks the end of a headline block: a byline, a date line, or the dek under it. */
function anchorsTitle(next: SourceLine | undefined): boolean {
  if (!next) return false;
  const t = next.text;
  return isBylineOrDate(t) || (DATE_WORDS.test(t) && wordCount(t) <= 12) || isProse(t) || wordCount(t) >= DEK_MIN_WORDS || (wordCount(t) >= DEK_SENTENCE_CASE_MIN_WORDS && capitalShare(t) < 0.5);
}
/** A line this long under a headline is its dek, punctuated or not; in sentence case, from 8 words. */
const DEK_MIN_WORDS = 12;
const DEK_SENTENCE_CASE_MIN_WORDS = 8;
/** Bonus for a candidate directly above a byline, date or dek (or right above the text). Labels of one
 *  or two words ("Top Stories") sit above such lines too, so the bonus needs three words. */
const ANCHOR_BONUS = 0.5;
/** A "By …" line right under a candidate of headline length is the page's own byline (teaser cards
 *  carry none): worth as much again. The line above a byline may be the dek; the headline-over-dek
 *  check below sees to a short one, and a long one does not get the bonus. */
const BYLINE_BONUS = 0.5;
const ANCHOR_MIN_WORDS = 3;

/** A headline is printed again elsewhere on the page (share buttons, breadcrumbs, "Related" cards):
 *  a candidate found inside another line of the dump is worth this much more. */
const REPEATED_BONUS = 0.4;
const REPEATED_MIN_WORDS = 4;

/** The headline: the best title-like line in the head above the body. */
export function extractTitle(headLines: readonly SourceLine[], body: readonly SourceLine[], page: readonly SourceLine[] = []): TitleResult {
  const consumed: TitleResult["consumed"] = [];
  // A headline phrased as a question ("…; time to be careful?") reads as a short sentence and can open
  // the located text: it is still a candidate when prose follows it. An exclamation ("Python 3.6.0 is
  // now available!") is taken only when the head has no headline at all: sub-headings shout too.
  const first = body[0];
  const head = opensAsHeadline(body, QUESTION_END) ? [...headLines, first!] : headLines;
  let best = -1;
  let bestScore = 0;
  const lede = contentWords(openingWords(body.filter((l) => l !== first || head === headLines), LEDE_WORDS));
  const joined: JoinedPage = { page };
  head.forEach((l, i) => {
    // A name over the date line ("Publish date:" may stand between) is the byline, not the headline.
    if ((isDateLine(head[i + 1]?.text ?? "") || isDateLine(head[i + 2]?.text ?? "")) && PERSON_NAME.test(l.text)) return;
    let s = titleScore(l.text, head.length - 1 - i, lede);
    if (s > 0 && wordCount(l.text) >= ANCHOR_MIN_WORDS && (anchorsTitle(head[i + 1]) || anchorsTitle(head[i + 2]) || i === head.length - 1)) s += ANCHOR_BONUS;
    if (s > 0 && wordCount(l.text) >= ANCHOR_MIN_WORDS && wordCount(l.text) <= IDEAL_WORDS[1] && BYLINE_START.test(head[i + 1]?.text ?? "")) s += BYLINE_BONUS;
    if (s > 0 && wordCount(l.text) >= REPEATED_MIN_WORDS && printedElsewhere(joined, l)) s += REPEATED_BONUS;
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  });
  // Headline, then dek, then byline: when the winner sits right on the byline and the line above it is
  // a headline too (not a breadcrumb trail), the winner is the dek.
  const over = head[best - 1];
  if (over && isBylineOrDate(head[best + 1]?.text ?? "") && wordCount(over.text) >= IDEAL_WORDS[0] && !BREADCRUMB.test(over.text) && titleScore(over.text, 0, lede) > 0) best--;
  if (best < 0 && opensAsHeadline(body, EXCLAMATION_END)) return { title: first!.text, titleSource: "dump", consumed: [{ line: first!, reason: "title (moved to front matter)" }] };
  if (best < 0) return { title: deriveTitle(body), titleSource: "derived", consumed };
  const title = head[best]!;
  consumed.push({ line: title, reason: "title (moved to front matter)" });
  const above = head[best - 1];
  let section: string | undefined;
  // A label right above the headline is its section, unless it ends a run of labels: then it is
  // the last entry of the site's menu.
  if (isLabel(above) && !isLabel(head[best - 2])) {
    section = above!.text;
    consumed.push({ line: above!, reason: "section label (moved to front matter)" });
  }
  return { title: withoutBreadcrumb(title.text, head), titleSource: "dump", section, consumed };
}

const STARTS_CAPITAL = /^\p{Lu}/u;
/** A trail's separators, spaced ("Home » Blog", "Home / Essays"), and its first crumb: the home page,
 *  perhaps after a label ("Browse: Home", "Durchsuchen: Home"). */
const TRAIL_SEPARATOR = /\s+[»›>/]\s+/;
const HOME_CRUMB = /(?:^|:\s*)(?:home|startseite|accueil|inicio|início|home ?page)$/i;
/** A breadcrumb trail: "Home » Politics", "Resort › Blog" (separators between spaces: German and French
 *  quotes are the same signs, written against the words). */
const BREADCRUMB = /\s[»›>]\s|^home\b/i;
/** A breadcrumb or kicker of at most this many words can run into the headline ("Home Holidays
 *  Homemade Spiced Pear Jam…" over "HOMEMADE SPICED PEAR JAM…"). */
const BREADCRUMB_MAX_WORDS = 4;

/** The headline without the path run into it, when the head prints the headline again on its own
 *  (often shouted): the candidate ends with that other line, which starts like a headline, a few words
 *  after a start. The words are the candidate's, so its casing is kept. */
function withoutBreadcrumb(title: string, head: readonly SourceLine[]): string {
  // A whole trail that won for want of a better line ("Home » Blog » The Headline", "Browse: Home /
  // Essays / The Headline"): its last crumb is the page's own title.
  const crumbs = title.split(TRAIL_SEPARATOR);
  const last = crumbs[crumbs.length - 1]!;
  if (crumbs.length >= 2 && HOME_CRUMB.test(crumbs[0]!) && /\p{L}/u.test(last) && wordCount(last) <= TITLE_MAX_WORDS) return last;
  const words = title.split(/\s+/);
  const key = fold(title);
  for (const l of head) {
    const n = pieceCount(l.text);
    if (n < ANCHOR_MIN_WORDS || n >= words.length || words.length - n > BREADCRUMB_MAX_WORDS || !STARTS_CAPITAL.test(l.text)) continue;
    const other = fold(l.text);
    if (key.endsWith(` ${other}`)) return words.slice(-n).join(" ");
  }
  return title;
}

// The helpers below are module-level, not closures made per call: tsx keeps function names, and
// naming a fresh closure costs a property definition each time.

const QUESTION_END = /\?["'”’]?$/;
const EXCLAMATION_END = /!["'”’]?$/;
/** The located text opens with a headline-like line (ending as `ends` says) and goes on after it. */
function opensAsHeadline(body: readonly SourceLine[], ends: RegExp): boolean {
  const first = body[0];
  return !!first && body.length > 1 && isTitleLike(first.text) && wordCount(first.text) <= IDEAL_WORDS[1] && ends.test(first.text);
}

const isLabel = (l: SourceLine | undefined): boolean => !!l && wordCount(l.text) <= SECTION_MAX_WORDS && !isProse(l.text) && /^\p{Lu}/u.test(l.text) && !/\d/.test(l.text);

/** The page's text in one string, built on first use, so that each candidate is one native search. */
interface JoinedPage {
  page: readonly SourceLine[];
  text?: string;
  starts?: number[];
}
function printedElsewhere(joined: JoinedPage, l: SourceLine): boolean {
  if (joined.text === undefined) Object.assign(joined, joinLines(joined.page));
  for (let k = joined.text!.indexOf(l.text); k >= 0; k = joined.text!.indexOf(l.text, k + 1)) {
    if (joined.page[lineIndexAt(joined.starts!, k)]!.no !== l.no) return true;
  }
  return false;
}

function joinLines(lines: readonly SourceLine[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.text.length + 1;
  }
  return { text: lines.map((l) => l.text).join("\n"), starts };
}

/** The index of the line holding offset k (binary search over the lines' start offsets). */
function lineIndexAt(starts: readonly number[], k: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** No stated title: the opening words of the first paragraph, marked as derived. */
export function deriveTitle(lines: readonly SourceLine[]): string {
  const first = lines.find((l) => isProse(l.text)) ?? lines[0];
  if (!first) return "Untitled";
  // Without its dateline ("Kyiv – "): the place is not what the article is about.
  const text = first.text.replace(/^\p{Lu}[\p{L}.' ]{1,40}\s[–—-]\s+/u, "");
  const sentence = text.split(/(?<=[.!?])\s/)[0] ?? text;
  const cut = sentence.split(/\s+/).slice(0, DERIVED_TITLE_WORDS).join(" ");
  return wordCount(sentence) <= DERIVED_TITLE_WORDS ? sentence.replace(/[.!?]+$/, "") : `${cut.replace(/[,;:–—-]+$/, "")}…`;
}
