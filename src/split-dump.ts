import type { Segment, SourceLine } from "./model";
import { capitalShare, wordsOf } from "./text";

/**
 * Stage 2: one dump → one segment per article. Content farms glue several generated articles into one
 * page; each starts with its title followed by a "Table of Contents" widget, often glued to the end of
 * the previous article's last line ("…in the conflict Trump and Putin Schedule New TalksTable of Contents").
 */
const TOC_MARKER = /(.*?)\s*Table of Contents\s*$/i;
/** Titles seen after the TOC cue are 4–20 words; more means we would swallow the previous paragraph. */
const GLUED_TITLE_MAX_WORDS = 20;
/** A title written in headline case has at least this share of capitalised words. */
const GLUED_TITLE_MIN_CAPITALS = 0.5;

export function splitDump(lines: readonly SourceLine[]): Segment[] {
  const starts: { at: number; split?: { before: string; title: string } }[] = [{ at: 0 }];
  lines.forEach((l, i) => {
    const m = l.text.match(TOC_MARKER);
    if (!m) return;
    const before = m[1]!.trim();
    if (before === "") {
      // "Title\nTable of Contents": the article starts at the line above (unless that is the dump's start).
      if (i >= 1 && starts[starts.length - 1]!.at < i - 1) starts.push({ at: i - 1 });
      return;
    }
    const { head, title } = splitGluedTitle(before);
    if (head === "" && starts[starts.length - 1]!.at === i) return;
    starts.push({ at: i, split: { before: head, title } });
  });
  const segments: Segment[] = [];
  starts.forEach((s, k) => {
    const end = starts[k + 1]?.at ?? lines.length;
    const segLines: SourceLine[] = [];
    const first = lines[s.at]!;
    if (s.split) {
      segLines.push({ no: first.no, text: s.split.title }, { no: first.no, text: "Table of Contents" });
    } else segLines.push(first);
    segLines.push(...lines.slice(s.at + 1, end));
    const next = starts[k + 1];
    if (next?.split && next.split.before) segLines.push({ no: lines[next.at]!.no, text: next.split.before });
    segments.push({ lines: segLines });
  });
  return segments.filter((s) => s.lines.some((l) => l.text.trim() !== ""));
}

/** "…important role in the conflict Trump and Putin Schedule New Talks" → the earliest capitalised word
 *  from which the rest reads as a headline. */
export function splitGluedTitle(text: string): { head: string; title: string } {
  const tokens = text.split(/(\s+)/);
  const wordStarts: number[] = [];
  let offset = 0;
  for (const t of tokens) {
    if (t.trim() && /^\p{Lu}/u.test(t)) wordStarts.push(offset);
    offset += t.length;
  }
  for (const start of wordStarts) {
    const tail = text.slice(start);
    const n = wordsOf(tail).length;
    if (n <= GLUED_TITLE_MAX_WORDS && capitalShare(tail) >= GLUED_TITLE_MIN_CAPITALS && !/[.!?]\s/.test(tail)) {
      return { head: text.slice(0, start).trim(), title: tail.trim() };
    }
  }
  return { head: "", title: text };
}
