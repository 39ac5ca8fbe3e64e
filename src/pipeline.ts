import { classifySegments } from "./classify";
import { decodeDump, toLines } from "./decode";
import { dedupeBlocks } from "./dedupe";
import { extractAllMetadata } from "./metadata/extract-metadata";
import { detectLanguage } from "./language";
import { numericDayFirst } from "./date-order";
import { articleParts } from "./locate-body";
import type { Article, DumpResult, Message, Removal, Segment } from "./model";
import type { Language } from "./language";
import { renderArticle } from "./render";
import { clearDateCache } from "./metadata/parse-date";
import { LINE_RULES } from "./rules";
import { markProductCards, mayHoldCards } from "./product-cards";
import { splitDump } from "./split-dump";
import { rebuildBlocks } from "./structure/rebuild-blocks";
import { unglueLines } from "./structure/unglue-lines";
import { markCode, mayHoldCode } from "./structure/find-code";
import { clearWordCounts } from "./text";
import { pushAll } from "./arrays";

export interface NormalizeOptions {
  /** "now" for resolving dates written without a year; defaults to the current time */
  reference?: Date;
}

export interface NormalizedDump extends DumpResult {
  encoding?: string;
  /** one Markdown document per article, in `part` order */
  markdown: string[];
}

/** One dump: a batch of one (see normalizeDumps for the stages and their order). */
export function normalizeDump(file: string, bytes: Uint8Array, options: NormalizeOptions = {}): NormalizedDump {
  return normalizeDumps([{ file, bytes }], options)[0]!;
}

export interface DumpInput {
  /** the dump's name, as its articles' front matter will cite it */
  file: string;
  bytes: Uint8Array;
}

/** One dump's state between the stages below. */
interface Work {
  file: string;
  encoding?: string;
  messages: Message[];
  removals: Removal[];
  articles: Article[];
  language: Language;
  dayFirst?: boolean;
  segments: Segment[];
}

/**
 * The normaliser, stage by stage. The order matters:
 * 1. decode before anything: every later stage works on clean Unicode lines with their line numbers.
 * 1a. mark code blocks before ungluing, on the lines as written: a program's lines keep their
 *    indentation, and its brackets and dots are no glued seams.
 * 1b. unglue before splitting: a headline glued to the end of the previous article's text is also
 *    where the next article starts, and the seams (heading|text, " * " lists, promo boxes) must be line
 *    breaks before any rule can judge a line.
 * 2. split before cleaning, because a glued dump's "Table of Contents" widgets mark where articles
 *    start, and cleaning removes those widgets.
 * 3. classify (junk rules) before metadata, so the title search does not stop at a menu or a share
 *    button, and before structure, so a heading is judged by the real text around it.
 * 3b. locate the body after the junk rules (their labels would otherwise count as page furniture inside
 *    the text) and before metadata, which looks for the title and byline in the lines just above it.
 * 4. metadata before structure: title, byline and date lines leave the body first and cannot be taken
 *    for headings.
 * 5. dedupe after structure, because it compares whole blocks (a title printed again, a paragraph twice).
 * 6. render last: Markdown and front matter are output only.
 *
 * Several dumps are normalised at once, each stage over all of their articles before the next stage
 * rather than dump by dump and article by article: each stage's code is then still in the processor's
 * caches for the next article (code that runs a few times per dump, such as the date parser, costs
 * several times more when the other stages ran in between). The results are the same as one dump at
 * a time, in input order.
 */
export function normalizeDumps(inputs: readonly DumpInput[], options: NormalizeOptions = {}): NormalizedDump[] {
  const decoded = inputs.map((input) => decodeDump(input.bytes));
  const works: (Work | undefined)[] = decoded.map((d, k) => {
    if (!d.ok) return undefined;
    const messages: Message[] = d.notes.map((n) => ({ line: n.line, rule: "decode", reason: n.reason }));
    return { file: inputs[k]!.file, encoding: d.encoding, messages, removals: [], articles: [], language: detectLanguage(d.text), dayFirst: numericDayFirst(d.text), segments: [] };
  });
  works.forEach((w, k) => {
    const d = decoded[k]!;
    if (!w || !d.ok) return;
    const lines = toLines(d.text);
    if (mayHoldCode(d.text)) markCode(lines, () => d.text.split("\n"));
    const unglued = unglueLines(lines);
    // A deals post's product cards are marked before the junk rules, which remove the price and the
    // shop's button that show a card for what it is (see product-cards).
    if (mayHoldCards(d.text)) markProductCards(unglued);
    w.segments = splitDump(unglued);
  });
  // Every article of every dump, in order, with its dump's state.
  const all = works.flatMap((w) => (w ? w.segments.map((segment) => ({ w, segment })) : []));
  const cleaned = classifySegments(all.map(({ segment }) => segment.lines), LINE_RULES);
  const parts = all.map(({ segment }, k) => ({ ...articleParts(cleaned[k]!.kept, cleaned[k]!.walls, segment.title, cleaned[k]!.gaps, cleaned[k]!.named), page: segment.lines }));
  const extracted = extractAllMetadata(parts, all.map(({ w }) => ({ reference: options.reference, language: w.language, dayFirst: w.dayFirst })));
  const used = extracted.map(({ consumed }) => new Set(consumed.map((c) => c.line)));
  const rebuilt = parts.map((p, k) => rebuildBlocks(p.body.filter((l) => !used[k]!.has(l))));
  // Each article's removals are pushed together, in article order, as one dump at a time would.
  all.forEach(({ w, segment }, k) => {
    const { meta, consumed, messages } = extracted[k]!;
    pushAll(w.messages, messages);
    pushAll(w.removals, cleaned[k]!.removals);
    for (const c of consumed) w.removals.push({ line: c.line.no, text: c.line.text, rule: c.rule, reason: c.reason });
    for (const [lines, where] of [[parts[k]!.before, "above"], [parts[k]!.head, "above"], [parts[k]!.tail, "below"]] as const) {
      for (const l of lines) if (!used[k]!.has(l)) w.removals.push({ line: l.no, text: l.text, rule: "remove-page-chrome", reason: `page furniture ${where} the article text` });
    }
    // A derived title is the text's own opening: the paragraph it came from is no repeated title.
    const deduped = dedupeBlocks(rebuilt[k]!, meta.titleSource === "derived" ? undefined : meta.title);
    pushAll(w.removals, deduped.removals);
    // Section breaks alone ("* * *") are no text.
    if (deduped.blocks.every((b) => b.kind === "break")) {
      for (const b of deduped.blocks) w.removals.push({ line: b.line, text: segment.lines.find((l) => l.no === b.line)?.text ?? "", rule: "rebuild-blocks", reason: "section break with no text around it" });
      w.messages.push({ line: segment.lines[0]?.no ?? 0, rule: "pipeline", reason: `no article text left in "${meta.title}" after cleaning; nothing written for it` });
      return;
    }
    w.articles.push({ part: w.articles.length + 1, meta, blocks: deduped.blocks });
  });
  return works.map((work, k) => {
    const d = decoded[k]!;
    if (!d.ok) return { articles: [], removals: [], messages: [{ line: 0, rule: "decode", reason: `${d.reason} (${d.hint})` }], markdown: [] };
    const w = work!;
    if (w.articles.length === 0 && w.messages.every((m) => m.rule !== "pipeline")) w.messages.push({ line: 0, rule: "pipeline", reason: "empty dump: no text to normalise" });
    w.removals.sort((a, b) => a.line - b.line);
    return { articles: w.articles, removals: w.removals, messages: w.messages, encoding: w.encoding, markdown: w.articles.map((a) => renderArticle(a, w.file)) };
  });
}

/** Empties what the stages remember across dumps (dates read, long lines' word counts). Dumps of one
 *  site share lines, so a long run keeps them; a benchmark that normalises the same few dumps again
 *  and again empties them before each pass, or it would measure the memory, not the work. */
export function clearCaches(): void {
  clearDateCache();
  clearWordCounts();
}
