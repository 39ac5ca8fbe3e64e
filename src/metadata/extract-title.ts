import type { SourceLine } from "../model";
import { endsLikeSentence, isProse, wordCount, wordsOf } from "../text";

/** Titles in the seeds and dev pages run 3–25 words; a first line outside that is a label or a paragraph. */
export const TITLE_MIN_WORDS = 2;
export const TITLE_MAX_WORDS = 30;
/** A derived title keeps this many words of the first sentence: long enough to tell articles apart. */
export const DERIVED_TITLE_WORDS = 12;
/** Section labels ("Politics", "World News") are one to three words above the title. */
const SECTION_MAX_WORDS = 3;
/** How many lines above the body we look through for the title. */
const HEAD_WINDOW = 8;

export interface TitleResult {
  title: string;
  titleSource: "dump" | "derived";
  section?: string;
  /** indices of lines that became metadata (removed from the body) */
  consumed: { index: number; reason: string }[];
}

export const isTitleLike = (t: string): boolean => {
  const n = wordCount(t);
  return n >= TITLE_MIN_WORDS && n <= TITLE_MAX_WORDS && !(endsLikeSentence(t) && /\.["'”’]?$/.test(t)) && !/[,;:]$/.test(t);
};

/** Finds the title at the head of an article: the first title-like line before the body starts. */
export function extractTitle(lines: readonly SourceLine[]): TitleResult {
  const consumed: TitleResult["consumed"] = [];
  let section: string | undefined;
  for (let i = 0; i < Math.min(lines.length, HEAD_WINDOW); i++) {
    const t = lines[i]!.text;
    if (isProse(t)) break;
    if (section === undefined && i === 0 && wordCount(t) <= SECTION_MAX_WORDS && isTitleLike(lines[i + 1]?.text ?? "") && !isProse(lines[i + 1]?.text ?? "")) {
      section = t;
      consumed.push({ index: i, reason: "section label (moved to front matter)" });
      continue;
    }
    if (isTitleLike(t)) {
      consumed.push({ index: i, reason: "title (moved to front matter)" });
      return { title: t, titleSource: "dump", section, consumed };
    }
  }
  return { title: deriveTitle(lines), titleSource: "derived", section, consumed };
}

/** No stated title: the opening words of the first paragraph, marked as derived. */
export function deriveTitle(lines: readonly SourceLine[]): string {
  const first = lines.find((l) => isProse(l.text)) ?? lines[0];
  if (!first) return "Untitled";
  const sentence = first.text.split(/(?<=[.!?])\s/)[0] ?? first.text;
  const words = wordsOf(sentence);
  return words.length <= DERIVED_TITLE_WORDS ? sentence.replace(/[.!?]+$/, "") : `${words.slice(0, DERIVED_TITLE_WORDS).join(" ")}…`;
}
