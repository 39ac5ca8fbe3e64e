/**
 * Grouping articles by a name they carry (a tag, an author, a source, a person): one group per slug, so
 * "NATO" and "Nato" share a page, shown under the spelling used most. Pure.
 */
import { slugify } from "./text";

export interface Group<T> {
  slug: string;
  name: string;
  /** other spellings that share the slug */
  variants: string[];
  items: T[];
}

export function groupByName<T>(items: readonly T[], namesOf: (item: T) => readonly string[]): Group<T>[] {
  const groups = new Map<string, { spellings: Map<string, number>; items: T[] }>();
  for (const item of items) {
    for (const name of new Set(namesOf(item))) {
      const slug = slugify(name);
      const g = groups.get(slug) ?? { spellings: new Map<string, number>(), items: [] as T[] };
      groups.set(slug, g);
      g.spellings.set(name, (g.spellings.get(name) ?? 0) + 1);
      if (!g.items.includes(item)) g.items.push(item);
    }
  }
  return [...groups.entries()]
    .map(([slug, g]) => {
      const spellings = [...g.spellings.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([s]) => s);
      return { slug, name: spellings[0]!, variants: spellings.slice(1), items: g.items };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
}
