import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { classifyLines } from "../../src/classify";
import type { LineMark, LineRule, Removal, SourceLine } from "../../src/model";
import { END_HEADER, HEADER, isHeadlineCard, removeRelatedTeasers } from "../../src/rules/remove-related-teasers";
import { isSectionAfterCards, isShortPhraseAfterCards } from "../../src/teaser-section";
import { firstOf } from "../../src/site/related";
import { linkTexts } from "../../src/site/text";
import { LATIN_CASE_SEAMS } from "../../src/structure/find-seams";
import { emptyImages, promoEnds } from "../../src/structure/unglue-lines";
import { isProse } from "../../src/text";

/** Code rewritten to stay linear on hostile input (a line of 160,000 capitals, a page of nothing but
 *  "More from …" headers), checked against the plain forms it replaced, which were quadratic there.
 *  How long they take is the bench's business (npm run bench prints the hostile-input growth). */
const RUNS = 2000;

const joined = (parts: string[]) => fc.array(fc.constantFrom(...parts), { maxLength: 40 }).map((p) => p.join(""));
const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ no: i + 1, text }));

/** Candidate and end of each case seam, as asciiCandidateSeams reads them. */
function caseSeams(re: RegExp, text: string): [number, number][] {
  return [...text.matchAll(re)].map((m) => [m[0].length === 2 ? m.index! : m.index! + m[0].length - 3, m.index! + m[0].length]);
}

/** The promo end as first written: a fresh search from each cue. */
function plainPromoEnd(text: string, from: number): number {
  const re = /[.!?…]["'”’)]*\s+(?=\S)/g;
  re.lastIndex = from;
  let m = re.exec(text);
  if (!m) return text.length;
  let end = m.index + m[0].length;
  while (text[m.index] === "?" && (m = re.exec(text)) && text[m.index] === "?") end = m.index + m[0].length;
  return end;
}

/** classifyLines' wall hand-over as first written: a walk to the next staying line for each wall. */
function plainClassify(all: SourceLine[], rules: LineRule[]) {
  let kept = all.filter((l) => l.text !== "");
  const removals: Removal[] = [];
  const walls = new Set<SourceLine>();
  for (const rule of rules) {
    const marks = rule.apply(kept);
    const dropped = new Map<number, string>();
    for (const m of marks) if (!dropped.has(m.index) && kept[m.index]) dropped.set(m.index, m.reason);
    for (const m of marks) {
      if (!m.wall) continue;
      let next = m.index + 1;
      while (dropped.has(next)) next++;
      if (kept[next]) walls.add(kept[next]!);
    }
    for (const [index, reason] of dropped) {
      const l = kept[index]!;
      removals.push({ line: l.no, text: l.text, rule: rule.id, reason });
      if (walls.delete(l)) {
        let next = index + 1;
        while (dropped.has(next)) next++;
        if (kept[next]) walls.add(kept[next]!);
      }
    }
    kept = kept.filter((_, i) => !dropped.has(i));
  }
  return { kept, walls, removals: removals.sort((a, b) => a.line - b.line) };
}

/** The teaser rule's loop as first written: each header walks its run, the dek test and the resume
 *  test read the lines again. */
function plainTeaserMarks(ls: SourceLine[]): LineMark[] {
  const marks: LineMark[] = [];
  let prose = 0;
  let markedUpTo = -1;
  const resumes = (i: number, j: number, before: number) => {
    // A small box (two or three cards) with three whole paragraphs in a row under it.
    if (j - i - 1 >= 2 && j - i - 1 <= 3 && [0, 1, 2].every((d) => j + d < ls.length && isProse(ls[j + d]!.text) && !/(?:…|\.\.\.)\s*$/.test(ls[j + d]!.text))) return true;
    let window = 0;
    for (let k = j; k < Math.min(ls.length, j + 6); k++) if (isProse(ls[k]!.text)) window++;
    if (window < 4) return false;
    let after = 0;
    for (let k = j; k < ls.length && after < before; k++) if (isProse(ls[k]!.text)) after++;
    return after >= before;
  };
  ls.forEach((l, i) => {
    if (isProse(l.text)) prose++;
    if (l.text.length > 80) return;
    const end = END_HEADER.test(l.text);
    if (!end && !HEADER.test(l.text)) return;
    let j = i + 1;
    while (j < ls.length && isHeadlineCard(ls[j]!.text)) j++;
    // A short heading under the cards over two whole paragraphs is the text's too.
    const twoParagraphs = [0, 1].every((d) => j + d < ls.length && isProse(ls[j + d]!.text) && !/(?:…|\.\.\.)\s*$/.test(ls[j + d]!.text));
    const section = j > i + 2 && j < ls.length && (!end || j - i - 2 <= 3) && isProse(ls[j]!.text) && (isSectionAfterCards(ls, i + 1, j - 1) || (isShortPhraseAfterCards(ls, i + 1, j - 1) && twoParagraphs));
    marks.push({ index: i, reason: "related-articles header", wall: end && prose >= 1 && !section && !resumes(i, j, prose) });
    if (prose < 1) return;
    const prev = ls[i - 1];
    if (prev && !isProse(prev.text) && ls.slice(i + 1, i + 3).some((n) => n.text === prev.text)) marks.push({ index: i - 1, reason: "related-article headline" });
    const last = section ? j - 1 : j;
    for (let k = Math.max(i + 1, markedUpTo + 1); k < last; k++) marks.push({ index: k, reason: "related-article headline" });
    markedUpTo = Math.max(markedUpTo, last - 1);
    // The box's header printed again under its cards closes it.
    const lastHeadline = j > i + 1 && !HEADER.test(ls[j - 1]!.text) && !END_HEADER.test(ls[j - 1]!.text) ? ls[j - 1]!.text : "";
    const dek = ls[j];
    if (lastHeadline && dek && dek.text.length <= 300 && ls.slice(Math.max(0, i - 1), j).filter((x) => x.text === lastHeadline).length > 1) marks.push({ index: j, reason: "related-article summary" });
  });
  return marks;
}

describe("scans rewritten to stay linear", () => {
  test("should find the case seams the unbounded run of capitals finds", () => {
    const plain = /[a-z)”][A-Z]|[A-Z]{2,}[a-z]/g;
    fc.assert(fc.property(joined(["A", "B", "a", "b", ")", "”", " ", ".", "AAAAAAAAAAAAAAAAAAAA", "aBCDEFGHIJKLMNOPQRSTUVWxyz"]), (s) => {
      expect(caseSeams(LATIN_CASE_SEAMS, s)).toEqual(caseSeams(plain, s));
    }), { numRuns: RUNS });
  });

  test("should cut the empty images the image expression finds", () => {
    fc.assert(fc.property(joined(["![", "]", "(", ")", "![](", "![](x)", "![alt](", "a", " ", "!", "[", "]("]), (s) => {
      const plain = [...s.matchAll(/!\[[^\]]*\]\([^)]*\)/g)].flatMap((m) => [m.index!, m.index! + m[0].length]);
      expect(emptyImages(s)).toEqual(plain);
    }), { numRuns: RUNS * 2 });
  });

  test("should reduce Markdown links and images to their text as the link expression does", () => {
    fc.assert(fc.property(joined(["[", "]", "(", ")", "![", "](", "![a](b)", "[x](y)", "!", "a", " ", "\\[", "\n"]), (s) => {
      expect(linkTexts(s)).toBe(s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1"));
    }), { numRuns: RUNS * 2 });
  });

  test("should pick the first items a stable sort puts first", () => {
    const items = fc.array(fc.nat(6), { maxLength: 40 }).map((vs) => vs.map((v, id) => ({ v, id })));
    fc.assert(fc.property(items, fc.nat(8), (xs, k) => {
      const byValue = (a: { v: number }, b: { v: number }) => a.v - b.v;
      expect(firstOf(xs, k, byValue)).toEqual([...xs].sort(byValue).slice(0, k));
    }), { numRuns: RUNS });
  });

  test("should end each promo where a fresh search from its cue ends it", () => {
    const text = joined(["? ", "?", ". ", "! ", "… ", "”", ")", " ", "  ", "\t", "a", "What? ", "x?” "]);
    fc.assert(fc.property(text, fc.array(fc.nat(60), { maxLength: 8 }), (s, offsets) => {
      const froms = [...new Set(offsets.map((o) => Math.min(o, s.length)))].sort((a, b) => a - b);
      const ends = promoEnds(s);
      expect(froms.map((f) => ends.after(f))).toEqual(froms.map((f) => plainPromoEnd(s, f)));
    }), { numRuns: RUNS });
  });

  test("should hand walls on to the lines that stay as the line-by-line walk does", () => {
    // Rules that mark lines by their text: "W" lines are walls, "D" lines are dropped by a later rule.
    // Walls are marked from the last line up: rules do not always mark in order.
    const walling: LineRule = { id: "wall", apply: (ls) => ls.flatMap((l, index) => (l.text.startsWith("W") ? [{ index, reason: "wall", wall: true }] : [])).reverse() };
    const dropping: LineRule = { id: "drop", apply: (ls) => ls.flatMap((l, index) => (l.text.includes("D") ? [{ index, reason: "drop" }] : [])) };
    const page = fc.array(fc.constantFrom("W", "WD", "D", "text", "more text", ""), { maxLength: 30 });
    fc.assert(fc.property(page, (texts) => {
      const all = lines(...texts);
      const fast = classifyLines(all, [walling, dropping]);
      const plain = plainClassify(all, [walling, dropping]);
      expect(fast.kept).toEqual(plain.kept);
      expect([...fast.walls].sort((a, b) => a.no - b.no)).toEqual([...plain.walls].sort((a, b) => a.no - b.no));
      expect(fast.removals).toEqual(plain.removals);
    }), { numRuns: RUNS });
  });

  test("should mark the teaser runs the header-by-header walk marks", () => {
    const prose = "The harbour reopened on Monday after a week of repairs to the quay.";
    // Few kinds of line, so that runs, repeated headlines above a header and equal amounts of prose
    // above and below one come up often.
    const line = fc.oneof({ arbitrary: fc.constant(prose), weight: 3 }, fc.constantFrom("Related", "More from Harbour News", "Harbour headline", "Published: 1 May 2020", "Short dek."));
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), (texts) => {
      const ls = lines(...texts);
      expect(removeRelatedTeasers.apply(ls)).toEqual(plainTeaserMarks(ls));
    }), { numRuns: RUNS * 5 });
  });
});
