import type { LineRule, Removal, SourceLine } from "./model";

export interface Classified {
  kept: SourceLine[];
  removals: Removal[];
  /** kept lines that come right after a removed end-of-article marker */
  walls: Set<SourceLine>;
  gaps: Map<SourceLine, number>;
  /** kept lines that a removed line names (see LineMark.names) */
  named: Set<SourceLine>;
}

/**
 * Stage 3: run the line rules in order. Each rule sees only the lines earlier rules kept, so a rule can
 * rely on its neighbours being real text (an "Advertisement" label between two halves of a paragraph
 * is already gone when the teaser rule looks for runs of headlines).
 */
export function classifyLines(lines: readonly SourceLine[], rules: readonly LineRule[]): Classified {
  return classifySegments([lines], rules)[0]!;
}

/** classifyLines for each of several articles (a batch's, see normalizeDumps), rule by rule across all
 *  of them: a rule's code is then still in the processor's caches for the next article. */
export function classifySegments(segments: readonly (readonly SourceLine[])[], rules: readonly LineRule[]): Classified[] {
  const states = segments.map((lines) => {
    const nonEmpty = lines.filter((l) => l.text !== "");
    return { nonEmpty, kept: nonEmpty, removals: [] as Removal[], walls: new Set<SourceLine>(), inText: new Set<SourceLine>(), named: new Set<SourceLine>() };
  });
  for (const rule of rules) {
    for (const state of states) state.kept = applyRule(rule, state.kept, state.removals, state.walls, state.inText, state.named);
  }
  return states.map(({ nonEmpty, kept, removals, walls, inText, named }) => {
    removals.sort((a, b) => a.line - b.line);
    return { kept, removals, walls, gaps: gapsBefore(nonEmpty, kept, inText), named };
  });
}

/** One rule over the lines kept so far: records what it removes and moves walls on; returns what stays. */
function applyRule(rule: LineRule, kept: SourceLine[], removals: Removal[], walls: Set<SourceLine>, inText: Set<SourceLine>, named: Set<SourceLine>): SourceLine[] {
  const marks = rule.apply(kept);
  if (marks.length === 0) return kept;
  for (const m of marks) {
    if (m.inText && kept[m.index]) inText.add(kept[m.index]!);
    if (m.names !== undefined && kept[m.names]) named.add(kept[m.names]!);
  }
  const dropped = new Map<number, string>();
  // Code the text shows is kept whole: its short lines look like labels, buttons and menus to the rules.
  for (const m of marks) if (!dropped.has(m.index) && kept[m.index] && kept[m.index]!.code === undefined) dropped.set(m.index, m.reason);
  // The first line that stays at or after each index, filled in from the end once a wall has to move
  // (looking it up line by line would be quadratic on a page of nothing but removed walls).
  let nextStay: Int32Array | undefined;
  const stayingFrom = (i: number): SourceLine | undefined => {
    if (!nextStay) {
      nextStay = new Int32Array(kept.length + 1);
      nextStay[kept.length] = kept.length;
      for (let k = kept.length - 1; k >= 0; k--) nextStay[k] = dropped.has(k) ? nextStay[k + 1]! : k;
    }
    return kept[nextStay[Math.min(i, kept.length)]!];
  };
  for (const m of marks) {
    if (!m.wall || kept[m.index]?.code !== undefined) continue;
    const next = stayingFrom(m.index + 1);
    if (next) walls.add(next);
  }
  for (const [index, reason] of dropped) {
    const l = kept[index]!;
    removals.push({ line: l.no, text: l.text, rule: rule.id, reason });
    // A wall line removed by a later rule passes its wall on to the next line that stays.
    if (walls.delete(l)) {
      const next = stayingFrom(index + 1);
      if (next) walls.add(next);
    }
  }
  return kept.filter((_, i) => !dropped.has(i));
}

/** For each kept line, how many lines the rules removed right before it (when any), not counting the
 *  text's own furniture (see LineMark.inText), such as a product card's price and button. */
function gapsBefore(lines: readonly SourceLine[], kept: readonly SourceLine[], inText: ReadonlySet<SourceLine>): Map<SourceLine, number> {
  const stays = new Set(kept);
  const gaps = new Map<SourceLine, number>();
  let gap = 0;
  for (const l of lines) {
    if (!stays.has(l)) {
      if (!inText.has(l) && !l.card) gap++;
    } else {
      if (gap > 0) gaps.set(l, gap);
      gap = 0;
    }
  }
  return gaps;
}
