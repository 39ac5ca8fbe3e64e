import { classifyLines } from "./classify";
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
  for (const segment of splitDump(unglueLines(toLines(decoded.text)))) {
    const cleaned = classifyLines(segment.lines, LINE_RULES);
    removals.push(...cleaned.removals);
    const parts = { ...articleParts(cleaned.kept, cleaned.walls, segment.title, cleaned.gaps), page: segment.lines };
    const { meta, consumed } = extractMetadata(parts, { reference: options.reference, language, dayFirst });
    const used = new Set(consumed.map((c) => c.line));
    for (const c of consumed) removals.push({ line: c.line.no, text: c.line.text, rule: c.rule, reason: c.reason });
    for (const [lines, where] of [[parts.before, "above"], [parts.head, "above"], [parts.tail, "below"]] as const) {
      for (const l of lines) if (!used.has(l)) removals.push({ line: l.no, text: l.text, rule: "remove-page-chrome", reason: `page furniture ${where} the article text` });
    }
    const body = parts.body.filter((l) => !used.has(l));
    const deduped = dedupeBlocks(rebuildBlocks(body), meta.title);
    removals.push(...deduped.removals);
    if (deduped.blocks.length === 0) {
      messages.push({ line: segment.lines[0]?.no ?? 0, rule: "pipeline", reason: `no article text left in "${meta.title}" after cleaning; nothing written for it` });
      continue;
    }
    articles.push({ part: articles.length + 1, meta, blocks: deduped.blocks });
  }
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
