import type { SourceLine } from "../model";

export interface TagsResult {
  tags: string[];
  line: SourceLine;
}

/** "Keywords: a, b, c." / "Tags: a, b" lines left by CMS templates and SEO tools. */
const TAG_LINE = /^(?:keywords|tags|topics|schlagwörter|mots-clés|etiquetas)\s*:\s*(.+)$/iu;
/** A keyword is a short phrase; longer pieces mean the line was prose after all. */
const TAG_MAX_WORDS = 5;

export function extractTags(lines: readonly SourceLine[]): TagsResult | undefined {
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.text.match(TAG_LINE);
    if (!m) continue;
    const tags = m[1]!.replace(/[.*]+$/, "").split(/\s*[,;|]\s*/).map((t) => t.trim()).filter(Boolean);
    if (tags.length && tags.every((t) => t.split(/\s+/).length <= TAG_MAX_WORDS)) return { tags: [...new Set(tags)], line: lines[i]! };
  }
  return undefined;
}
