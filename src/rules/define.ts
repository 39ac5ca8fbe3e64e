import type { LineMark, LineRule, SourceLine } from "../model";

/** A rule that removes every line that matches on its own, with no need to look at neighbours. */
export function lineMatchRule(id: string, reason: string, matches: (text: string) => boolean): LineRule {
  return {
    id,
    apply(lines: readonly SourceLine[]): LineMark[] {
      const marks: LineMark[] = [];
      lines.forEach((l, index) => {
        if (matches(l.text)) marks.push({ index, reason });
      });
      return marks;
    },
  };
}

/** Marks for lines from..to (inclusive of from, exclusive of to). */
export function markRange(from: number, to: number, reason: string): LineMark[] {
  const marks: LineMark[] = [];
  for (let i = from; i < to; i++) marks.push({ index: i, reason });
  return marks;
}
