/**
 * The archive's shape, computed from the articles' front matter: newest first, grouped by year and
 * month, undated ones apart. Pure, so Eleventy's collections and the tests share one definition.
 */

export interface ArchiveItem {
  data: { date?: unknown; title?: unknown; dateSource?: unknown };
  url?: string | false;
}

export interface Period<T> {
  key: string;
  year: string;
  month?: string;
  items: T[];
}

/** The day an article carries, as written ("2025-10-17T02:25" → "2025-10-17"); undefined when undated. */
export function dayOf(date: unknown): string | undefined {
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
  const m = typeof date === "string" ? date.match(/^(\d{4}-\d{2}-\d{2})/) : null;
  return m ? m[1] : undefined;
}

const titleOf = (i: ArchiveItem) => String(i.data.title ?? "");
/** Sort key: the date as written when it is a string (keeps a stated time), else its day. */
const sortKey = (i: ArchiveItem) => (typeof i.data.date === "string" ? i.data.date : dayOf(i.data.date) ?? "");

/** Dated articles newest first (ties by title, so the order never depends on file-system order). */
export function datedNewestFirst<T extends ArchiveItem>(items: readonly T[]): T[] {
  return items
    .filter((i) => dayOf(i.data.date))
    .sort((a, b) => sortKey(b).localeCompare(sortKey(a)) || titleOf(a).localeCompare(titleOf(b)));
}

export function undated<T extends ArchiveItem>(items: readonly T[]): T[] {
  return items.filter((i) => !dayOf(i.data.date)).sort((a, b) => titleOf(a).localeCompare(titleOf(b)));
}

export function byYear<T extends ArchiveItem>(items: readonly T[]): Period<T>[] {
  return group(datedNewestFirst(items), (d) => d.slice(0, 4)).map(([key, its]) => ({ key, year: key, items: its }));
}

export function byMonth<T extends ArchiveItem>(items: readonly T[]): Period<T>[] {
  return group(datedNewestFirst(items), (d) => d.slice(0, 7)).map(([key, its]) => ({ key, year: key.slice(0, 4), month: key.slice(5, 7), items: its }));
}

function group<T extends ArchiveItem>(sorted: readonly T[], keyOf: (day: string) => string): [string, T[]][] {
  const map = new Map<string, T[]>();
  for (const i of sorted) {
    const k = keyOf(dayOf(i.data.date)!);
    if (!map.has(k)) map.set(k, []);
    map.get(k)!.push(i);
  }
  return [...map.entries()];
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function monthName(month: string | undefined): string {
  return MONTHS[Number(month) - 1] ?? "";
}

/** "14 December 2025"; a stated time is not shown in lists. */
export function readableDate(date: unknown): string {
  const d = dayOf(date);
  if (!d) return "Undated";
  return `${Number(d.slice(8, 10))} ${monthName(d.slice(5, 7))} ${d.slice(0, 4)}`;
}

/** How the date was found, in words a reader understands. */
export function dateProvenance(source: unknown): string {
  switch (source) {
    case "metadata":
      return "from the page's metadata";
    case "published":
      return "as published";
    case "updated":
      return "last updated; first publication not shown";
    case "dateline":
      return "from the dateline";
    case "text":
      return "estimated from the text";
    default:
      return "";
  }
}
