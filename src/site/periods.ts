/**
 * Year, month and day listings with links to the adjacent non-empty period. Articles inside a period
 * run oldest first, so a period's page 2 keeps its articles when newer periods are added: URLs are
 * the date itself plus a page number, and only a back-filled article can move one. Pure.
 */
import { monthName } from "./archive";
import { paginate, type Link, type Listing, type ListingKind } from "./listing";

export interface Dated {
  /** "2025-11-06" */
  day: string;
  /** the date as written, which may carry a time; sorts within a day */
  sortKey: string;
  title: string;
}

type Level = "year" | "month" | "day";

const KEY_LENGTH: Record<Level, number> = { year: 4, month: 7, day: 10 };

export function periodUrl(key: string): string {
  return `/${key.replace(/-/g, "/")}/`;
}

export function periodTitle(key: string): string {
  const [y, m, d] = key.split("-");
  if (d) return `${Number(d)} ${monthName(m)} ${y}`;
  if (m) return `${monthName(m)} ${y}`;
  return y!;
}

export function oldestFirst<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.title.localeCompare(b.title));
}

/** Every period of one level, oldest first, with its articles. */
export function periodsOf<T extends Dated>(items: readonly T[], level: Level): { key: string; items: T[] }[] {
  const map = new Map<string, T[]>();
  for (const i of oldestFirst(items)) {
    const k = i.day.slice(0, KEY_LENGTH[level]);
    if (!map.has(k)) map.set(k, []);
    map.get(k)!.push(i);
  }
  return [...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, its]) => ({ key, items: its }));
}

const link = (key: string): Link => ({ url: periodUrl(key), title: periodTitle(key) });

const count = (n: number) => `${n} article${n === 1 ? "" : "s"}`;

export function periodListings<T extends Dated>(items: readonly T[]): Listing<T>[] {
  const out: Listing<T>[] = [];
  for (const level of ["year", "month", "day"] as const) {
    const periods = periodsOf(items, level);
    periods.forEach((p, i) => {
      const parent = level === "year" ? undefined : p.key.slice(0, KEY_LENGTH[level === "day" ? "month" : "year"]);
      out.push(
        ...paginate({
          kind: level as ListingKind,
          title: periodTitle(p.key),
          description: `${count(p.items.length)}, oldest first.`,
          baseUrl: periodUrl(p.key),
          items: p.items,
          prevPeriod: i > 0 ? link(periods[i - 1]!.key) : undefined,
          nextPeriod: i < periods.length - 1 ? link(periods[i + 1]!.key) : undefined,
          up: parent ? link(parent) : { url: "/archive/", title: "Archive" },
          notes: [],
        }),
      );
    });
  }
  return out;
}
