/**
 * "Related articles": the articles sharing the most tags and named people, places and organisations.
 * Pure; features are opaque strings ("tag:nato", "place:pokrovsk").
 */

/** A shared tag was chosen by an editor; a shared name was found by a heuristic: trust tags more. */
export const TAG_WEIGHT = 2;
export const ENTITY_WEIGHT = 1;
/** Two shared names, or one shared tag, before two articles count as related: one name in common
 *  (say, both mention Moscow) links half the archive. */
export const MIN_RELATED_SCORE = 2;
/** A feature in more than this share of the articles (Ukraine in a Ukraine-war archive) relates
 *  everything to everything, so it is ignored once the archive has a few articles. */
export const UBIQUITOUS_SHARE = 0.6;
export const MIN_ARTICLES_FOR_UBIQUITY = 5;
export const RELATED_COUNT = 5;

export interface Featured {
  tags: readonly string[];
  entities: readonly string[];
  /** sort key for ties: nearer in time first */
  sortKey: string;
  title: string;
}

export function relatedArticles<T extends Featured>(all: readonly T[], count = RELATED_COUNT): Map<T, T[]> {
  const df = new Map<string, number>();
  const features = all.map((a) => new Map<string, number>([...a.entities.map((e): [string, number] => [`e:${e}`, ENTITY_WEIGHT]), ...a.tags.map((t): [string, number] => [`t:${t}`, TAG_WEIGHT])]));
  for (const f of features) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const ubiquitous = (k: string) => all.length >= MIN_ARTICLES_FOR_UBIQUITY && df.get(k)! / all.length > UBIQUITOUS_SHARE;
  const out = new Map<T, T[]>();
  all.forEach((a, i) => {
    const scored: { b: T; score: number }[] = [];
    all.forEach((b, j) => {
      if (i === j) return;
      let score = 0;
      for (const [k, w] of features[i]!) if (features[j]!.has(k) && !ubiquitous(k)) score += w;
      if (score >= MIN_RELATED_SCORE) scored.push({ b, score });
    });
    scored.sort((x, y) => y.score - x.score || distance(a.sortKey, x.b.sortKey) - distance(a.sortKey, y.b.sortKey) || x.b.title.localeCompare(y.b.title));
    out.set(a, scored.slice(0, count).map((s) => s.b));
  });
  return out;
}

/** Days between two ISO dates; undated articles are far from everything. */
function distance(a: string, b: string): number {
  const t = (s: string) => Date.parse(s.slice(0, 10));
  const d = Math.abs(t(a) - t(b));
  return Number.isNaN(d) ? Number.MAX_SAFE_INTEGER : d;
}
