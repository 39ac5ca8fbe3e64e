import { classifySegments } from "./classify";
import { decodeDump, toLines } from "./decode";
import { dedupeBlocks } from "./dedupe";
import { extractMetadata } from "./metadata/extract-metadata";
import { detectLanguage, numericDayFirst } from "./language";
import { articleParts } from "./locate-body";
import type { Article, DumpResult, Message, Removal } from "./model";
import { renderArticle } from "./render";
import { clearDateCache } from "./metadata/parse-date";
import { LINE_RULES } from "./rules";
import { splitDump } from "./split-dump";
import { rebuildBlocks } from "./structure/rebuild-blocks";
import { unglueLines } from "./structure/unglue-lines";
import { clearWordCounts } from "./text";

export interface NormalizeOptions {
  /** "now" for resolving dates written without a year; defaults to the current time */
  reference?: Date;
}

export interface NormalizedDump extends DumpResult {
  encoding?: string;
  /** one Markdown document per article, in `part` order */
  markdown: string[];
}

/**
 * The normaliser, stage by stage. The order matters:
 * 1. decode before anything: every later stage works on clean Unicode lines with their line numbers.
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
 */
export function normalizeDump(file: string, bytes: Uint8Array, options: NormalizeOptions = {}): NormalizedDump {
  const decoded = decodeDump(bytes);
  if (!decoded.ok) {
    return { articles: [], removals: [], messages: [{ line: 0, rule: "decode", reason: `${decoded.reason} (${decoded.hint})` }], markdown: [] };
  }
  const messages: Message[] = decoded.notes.map((n) => ({ line: n.line, rule: "decode", reason: n.reason }));
  const removals: Removal[] = [];
  const articles: Article[] = [];
  const language = detectLanguage(decoded.text);
  const dayFirst = numericDayFirst(decoded.text);
  const segments = splitDump(unglueLines(toLines(decoded.text)));
  // Stage by stage over all of the dump's articles rather than article by article: a content farm's
  // dump holds several, and a stage's code is then still in the processor's caches for the next
  // article (the samples' six-article dump runs about a tenth faster so, paired runs in both orders).
  // Each article's removals are still pushed together, in article order, so the report is unchanged.
  const cleaned = classifySegments(segments.map((segment) => segment.lines), LINE_RULES);
  const parts = segments.map((segment, k) => ({ ...articleParts(cleaned[k]!.kept, cleaned[k]!.walls, segment.title, cleaned[k]!.gaps), page: segment.lines }));
  const extracted = parts.map((p) => extractMetadata(p, { reference: options.reference, language, dayFirst }));
  const used = extracted.map(({ consumed }) => new Set(consumed.map((c) => c.line)));
  const rebuilt = parts.map((p, k) => rebuildBlocks(p.body.filter((l) => !used[k]!.has(l))));
  segments.forEach((segment, k) => {
    const { meta, consumed } = extracted[k]!;
    removals.push(...cleaned[k]!.removals);
    for (const c of consumed) removals.push({ line: c.line.no, text: c.line.text, rule: c.rule, reason: c.reason });
    for (const [lines, where] of [[parts[k]!.before, "above"], [parts[k]!.head, "above"], [parts[k]!.tail, "below"]] as const) {
      for (const l of lines) if (!used[k]!.has(l)) removals.push({ line: l.no, text: l.text, rule: "remove-page-chrome", reason: `page furniture ${where} the article text` });
    }
    const deduped = dedupeBlocks(rebuilt[k]!, meta.title);
    removals.push(...deduped.removals);
    if (deduped.blocks.length === 0) {
      messages.push({ line: segment.lines[0]?.no ?? 0, rule: "pipeline", reason: `no article text left in "${meta.title}" after cleaning; nothing written for it` });
      return;
    }
    articles.push({ part: articles.length + 1, meta, blocks: deduped.blocks });
  });
  if (articles.length === 0 && messages.every((m) => m.rule !== "pipeline")) messages.push({ line: 0, rule: "pipeline", reason: "empty dump: no text to normalise" });
  removals.sort((a, b) => a.line - b.line);
  return { articles, removals, messages, encoding: decoded.encoding, markdown: articles.map((a) => renderArticle(a, file)) };
}

/** Empties what the stages remember across dumps (dates read, long lines' word counts). Dumps of one
 *  site share lines, so a long run keeps them; a benchmark that normalises the same few dumps again
 *  and again empties them before each pass, or it would measure the memory, not the work. */
export function clearCaches(): void {
  clearDateCache();
  clearWordCounts();
}
