import type { Block, SourceLine } from "../model";
import { maxOf } from "../arrays";

/**
 * Pipe tables as scrapers flatten them: rows padded with runs of empty cells, a delimiter row as wide
 * as the padding, and the last row cut off mid-cell. We keep the header's width, drop the empty padding,
 * keep every row, and mark the table truncated when a row never closed or came up short.
 */
export function rebuildTable(lines: readonly SourceLine[]): Block {
  const parsed = lines.map((l) => ({ cells: cellsOf(l.text), closed: /\|\s*$/.test(l.text) }));
  const isDelimiter = (cells: string[]) => cells.length > 0 && cells.every((c) => /^:?-{1,}:?$/.test(c) || c === "");
  const rows: string[][] = [];
  let truncated = false;
  for (const p of parsed) {
    if (isDelimiter(p.cells)) continue;
    const cells = trimEmptyTail(p.cells);
    if (cells.length === 0) continue;
    rows.push(p.closed ? cells : [...cells.slice(0, -1), `${cells[cells.length - 1]} …`]);
    if (!p.closed) truncated = true;
  }
  // Rows narrower than the header lost their last cells to the scraper: pad them with "…" so the
  // table stays rectangular and the gap is visible rather than silently filled.
  const width = maxOf(rows.map((r) => r.length), 0);
  const fitted = rows.map((r) => [...r, ...Array<string>(width - r.length).fill("…")]);
  if (rows.some((r) => r.length !== width)) truncated = true;
  return { kind: "table", text: "", line: lines[0]!.no, endLine: lines[lines.length - 1]!.no, rows: fitted, truncated };
}

function cellsOf(text: string): string[] {
  return text.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
}

function trimEmptyTail(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === "") end--;
  return cells.slice(0, end);
}

/** Cells of a row written with bars between them but none at its ends ("4 | Castlebrook | 16 | 29"), as
 *  a table's innerText comes out of some sites; 0 when the line has no such bars. */
const barCellCount = (text: string): number => (text.includes(" | ") && !text.startsWith("|") ? text.split("|").length : 0);
/** Rows of a table written that way: three rows or more of one width, three cells or more (a byline
 *  "Anna Lind | Staff writer" or a menu "Home | News" is one line, and narrower). */
const MIN_BAR_ROWS = 3;
const MIN_BAR_CELLS = 3;
/** How many lines from `from` on are rows of one such table (0 when fewer than MIN_BAR_ROWS). */
export function barRows(texts: readonly string[], from: number): number {
  const cells = barCellCount(texts[from] ?? "");
  if (cells < MIN_BAR_CELLS) return 0;
  let j = from;
  while (j < texts.length && barCellCount(texts[j]!) === cells) j++;
  return j - from >= MIN_BAR_ROWS ? j - from : 0;
}
export function barTable(lines: readonly SourceLine[]): Block {
  const rows = lines.map((l) => l.text.split("|").map((c) => c.trim()));
  return { kind: "table", text: "", line: lines[0]!.no, endLine: lines[lines.length - 1]!.no, rows, truncated: false };
}
