import type { ArticleMeta, SourceLine } from "../model";
import { extractByline } from "./extract-byline";
import { extractDate } from "./extract-date";
import { extractSource } from "./extract-source";
import { extractTags } from "./extract-tags";
import { extractTitle } from "./extract-title";

export interface Consumed {
  index: number;
  rule: string;
  reason: string;
}

/**
 * Stage 5: read the metadata from an article's kept lines. Lines that were only metadata (the title,
 * a byline, a "Published:" line, a keyword list) leave the body and are reported as moved, with the
 * extractor's id as the rule.
 */
export function extractMetadata(lines: readonly SourceLine[], reference?: Date): { meta: ArticleMeta; consumed: Consumed[] } {
  const consumed: Consumed[] = [];
  const t = extractTitle(lines);
  for (const c of t.consumed) consumed.push({ ...c, rule: "extract-title" });
  const meta: ArticleMeta = { title: t.title, titleSource: t.titleSource, tags: [] };
  if (t.section) meta.section = t.section;

  const by = extractByline(lines);
  if (by) {
    meta.author = by.author;
    if (by.consumeLine) consumed.push({ index: by.index, rule: "extract-byline", reason: "byline (moved to front matter: author)" });
  }
  const d = extractDate(lines, reference);
  if (d) {
    meta.date = d.date;
    meta.dateSource = d.dateSource;
    if (d.consumeLine) consumed.push({ index: d.index, rule: "extract-date", reason: "date line (moved to front matter: date)" });
  }
  const tags = extractTags(lines);
  if (tags) {
    meta.tags = tags.tags;
    consumed.push({ index: tags.index, rule: "extract-tags", reason: "keyword line (moved to front matter: tags)" });
  }
  const src = extractSource(lines);
  if (src) {
    meta.source = src.source;
    consumed.push({ index: src.index, rule: "extract-source", reason: "publisher disclaimer (moved to front matter: source)" });
  }
  return { meta, consumed };
}
