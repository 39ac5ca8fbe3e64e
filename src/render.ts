import yaml from "js-yaml";
import type { Article, Block } from "./model";
import { maxOf, pushAll } from "./arrays";

/**
 * Stage 7: article → Markdown with YAML front matter. Front matter is built from an allow-list of keys
 * and written by js-yaml, never by pasting text into the header, so no dump can add `permalink`,
 * `layout` or any other key Eleventy would act on.
 */
export const FRONT_MATTER_KEYS = ["title", "titleSource", "date", "dateSource", "author", "source", "section", "tags", "summary", "origin"] as const;

export function renderArticle(article: Article, file: string): string {
  const m = article.meta;
  const data: Record<(typeof FRONT_MATTER_KEYS)[number], unknown> = {
    title: m.title,
    titleSource: m.titleSource === "derived" ? "derived" : undefined,
    date: m.date,
    dateSource: m.date ? m.dateSource : undefined,
    author: m.author,
    source: m.source,
    section: m.section,
    tags: m.tags,
    summary: m.summary,
    origin: { file, part: article.part },
  };
  const ordered = Object.fromEntries(FRONT_MATTER_KEYS.filter((k) => data[k] !== undefined).map((k) => [k, data[k]]));
  const header = yaml.dump(ordered, { lineWidth: -1, noRefs: true, quotingType: '"', forceQuotes: false, sortKeys: false });
  return `---\n${header}---\n\n${renderBlocks(article.blocks)}`;
}

export function renderBlocks(blocks: readonly Block[]): string {
  const out: string[] = [];
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1];
    const sameList = prev?.kind === "list-item" && b.kind === "list-item" && prev.ordered === b.ordered;
    if (out.length && !sameList) out.push("");
    switch (b.kind) {
      case "heading":
        out.push(`${"#".repeat(b.level ?? 2)} ${escapeInline(b.text)}`);
        break;
      case "list-item":
        // The source's own number: a list that goes on after a paragraph ("3. …") or counts down keeps it.
        out.push(`${b.ordered ? `${b.number ?? 1}.` : "-"} ${escapeInline(b.text)}`);
        break;
      case "quote":
        out.push(`> ${escapeInline(b.text)}`);
        break;
      case "table":
        pushAll(out, renderTable(b));
        break;
      case "break":
        out.push("* * *");
        break;
      case "code":
        pushAll(out, renderCode(b.text));
        break;
      default:
        out.push(b.strong ? `**${escapeInline(b.text)}**` : escapeBlockStart(escapeInline(b.text)));
    }
  });
  return out.join("\n") + "\n";
}

/** A fenced block, its fence longer than any run of backticks in the code, so the code cannot close it. */
function renderCode(code: string): string[] {
  const longest = maxOf((code.match(/`+/g) ?? []).map((run) => run.length), 0);
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [fence, code, fence];
}

function renderTable(b: Block): string[] {
  const rows = b.rows ?? [];
  if (rows.length === 0) return [];
  // An empty cell stays empty; a cell the source lost is "…" already (see rebuildTable).
  const cell = (c: string) => escapeInline(c).replace(/\|/g, "\\|");
  const line = (r: string[]) => `| ${r.map(cell).join(" | ")} |`;
  const lines = [line(rows[0]!), `|${rows[0]!.map(() => "---").join("|")}|`, ...rows.slice(1).map(line)];
  if (b.truncated) lines.push("", "_(The table is cut off in the source.)_");
  return lines;
}

/** Characters that would turn plain text into Markdown (emphasis, links, code, autolinks, entities). */
export function escapeInline(s: string): string {
  // Tested first: most text has none of these, and a replace that finds nothing costs half as much
  // again as the test.
  const escaped = MARKDOWN_CHAR.test(s) ? s.replace(MARKDOWN_CHARS, "\\$&") : s;
  return escaped.includes("&") ? escaped.replace(/&(?=#?[a-z0-9]+;)/gi, "\\&") : escaped;
}
const MARKDOWN_CHAR = /[\\`*_[\]<>~]/;
const MARKDOWN_CHARS = new RegExp(MARKDOWN_CHAR.source, "g");

/** A paragraph must not start like a heading, list, quote, rule, table or code block. */
function escapeBlockStart(s: string): string {
  if (!BLOCK_START.test(s)) return s;
  return s
    .replace(/^(\s*)([#>+\-=|])/, "$1\\$2")
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}
/** What either replace above looks for, as one test. */
const BLOCK_START = /^\s*(?:[#>+\-=|]|\d{1,9}[.)](?:\s|$))/;
