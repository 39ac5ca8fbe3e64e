import type { SourceLine } from "../model";
import { capitalShare, endsLikeSentence, isProse, wordCount, wordsOf } from "../text";

/** Headlines in the seeds and dev pages run 3–25 words; longer lines are paragraphs. */
export const TITLE_MIN_WORDS = 2;
export const TITLE_MAX_WORDS = 30;
/** A derived title keeps this many words of the first sentence: long enough to tell articles apart. */
export const DERIVED_TITLE_WORDS = 12;
/** Section labels ("Politics", "World News") are one to three words right above the title. */
const SECTION_MAX_WORDS = 3;
/** Each line between a candidate and the body start costs this much of its score: the headline is
 *  usually the nearest title-like line above the text, below the site's menus. */
const DISTANCE_COST = 0.04;

export interface TitleResult {
  title: string;
  titleSource: "dump" | "derived";
  section?: string;
  /** lines that became metadata (removed from the article) */
  consumed: { line: SourceLine; reason: string }[];
}

export const isTitleLike = (t: string): boolean => {
  const n = wordCount(t);
  return n >= TITLE_MIN_WORDS && n <= TITLE_MAX_WORDS && !(endsLikeSentence(t) && /\.["'”’]?$/.test(t)) && !/[,;:|]$/.test(t) && !/^[@#©]|https?:|www\./i.test(t);
};

/** Lines that look like a title but are a byline, a date, a caption credit or a counter. */
const NOT_A_TITLE = /^(?:by\s|von\s|par\s|image|photo|picture|credit|source|getty|afp|ap photo|reuters\/|updated|published|posted|\d+\s*(?:min|minutes?|hours?|days?)\b)|\b(?:copyright|all rights reserved)\b/i;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b/i;

/** How much a head line looks like the article's headline (0 = not at all). */
export function titleScore(text: string, distance: number): number {
  if (!isTitleLike(text) || NOT_A_TITLE.test(text)) return 0;
  const words = wordCount(text);
  if (MONTH.test(text) && words < 8) return 0;
  const length = words >= 4 ? 1 : 0.35;
  const casing = 0.5 + capitalShare(text) / 2;
  return Math.max(0, length * casing - distance * DISTANCE_COST);
}

/** The headline: the best title-like line in the head above the body. */
export function extractTitle(head: readonly SourceLine[], body: readonly SourceLine[]): TitleResult {
  const consumed: TitleResult["consumed"] = [];
  let best = -1;
  let bestScore = 0;
  head.forEach((l, i) => {
    const s = titleScore(l.text, head.length - 1 - i);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  });
  if (best < 0) return { title: deriveTitle(body), titleSource: "derived", consumed };
  const title = head[best]!;
  consumed.push({ line: title, reason: "title (moved to front matter)" });
  const above = head[best - 1];
  let section: string | undefined;
  if (above && wordCount(above.text) <= SECTION_MAX_WORDS && !isProse(above.text) && /^\p{Lu}/u.test(above.text) && !/\d/.test(above.text)) {
    section = above.text;
    consumed.push({ line: above, reason: "section label (moved to front matter)" });
  }
  return { title: title.text, titleSource: "dump", section, consumed };
}

/** No stated title: the opening words of the first paragraph, marked as derived. */
export function deriveTitle(lines: readonly SourceLine[]): string {
  const first = lines.find((l) => isProse(l.text)) ?? lines[0];
  if (!first) return "Untitled";
  const sentence = first.text.split(/(?<=[.!?])\s/)[0] ?? first.text;
  const words = wordsOf(sentence);
  return words.length <= DERIVED_TITLE_WORDS ? sentence.replace(/[.!?]+$/, "") : `${words.slice(0, DERIVED_TITLE_WORDS).join(" ")}…`;
}
