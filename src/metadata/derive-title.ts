import type { SourceLine } from "../model";
import { isProse, wordCount } from "../text";

/** A derived title keeps this many words of the first sentence: long enough to tell articles apart. */
const DERIVED_TITLE_WORDS = 12;

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
