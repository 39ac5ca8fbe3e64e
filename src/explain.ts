import type { NormalizedDump } from "./pipeline";

export interface LineFate {
  no: number;
  text: string;
  fate: string;
}

/** Each line of a dump with what became of it: which article kept it, or which rule removed it and why. */
export function explainLines(lines: readonly { no: number; text: string }[], result: NormalizedDump): LineFate[] {
  const removed = new Map<number, string[]>();
  for (const r of result.removals) removed.set(r.line, [...(removed.get(r.line) ?? []), `removed [${r.rule}] ${r.reason}`]);
  const kept = new Map<number, Set<number>>();
  for (const a of result.articles) {
    for (const b of a.blocks) for (let no = b.line; no <= (b.endLine ?? b.line); no++) kept.set(no, (kept.get(no) ?? new Set()).add(a.part));
  }
  return lines.map((l) => {
    const fates = [...(kept.has(l.no) ? [`kept in article ${[...kept.get(l.no)!].join(", ")}`] : []), ...(removed.get(l.no) ?? [])];
    return { no: l.no, text: l.text, fate: fates.length ? fates.join("; ") : l.text.trim() === "" ? "blank" : "dropped (no rule: report this as a bug)" };
  });
}
