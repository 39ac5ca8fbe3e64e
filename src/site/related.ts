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
  const features = all.map((a) => new Map<string, number>([...a.entities.map((e): [string, number] => [`e:${e}`, ENTITY_WEIGHT]), ...a.tags.map((t): [string, number] => [`t:${t}`, TAG_WEIGHT])]));
  // Only articles sharing a feature can score: walk each feature's articles instead of every pair.
  const holders = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const k of f.keys()) {
      const list = holders.get(k) ?? [];
      if (!list.length) holders.set(k, list);
      list.push(i);
    }
  });
  const ubiquitous = (k: string) => all.length >= MIN_ARTICLES_FOR_UBIQUITY && holders.get(k)!.length / all.length > UBIQUITOUS_SHARE;
  for (const k of [...holders.keys()]) if (ubiquitous(k)) holders.delete(k);
  const day = all.map((a) => Date.parse(a.sortKey.slice(0, 10)));
  const out = new Map<T, T[]>();
  const score = new Float64Array(all.length);
  all.forEach((a, i) => {
    const touched: number[] = [];
    for (const [k, w] of features[i]!)
      for (const j of holders.get(k) ?? []) {
        if (j === i) continue;
        if (score[j] === 0) touched.push(j);
        score[j]! += w;
      }
    const near = (j: number) => (Number.isNaN(day[i]!) || Number.isNaN(day[j]!) ? Number.MAX_SAFE_INTEGER : Math.abs(day[i]! - day[j]!));
    const before = (x: number, y: number) => score[y]! - score[x]! || near(x) - near(y) || all[x]!.title.localeCompare(all[y]!.title);
    out.set(a, firstOf(touched.filter((j) => score[j]! >= MIN_RELATED_SCORE), count, before).map((j) => all[j]!));
    for (const j of touched) score[j] = 0;
  });
  return out;
}

/** The first `count` items in the order `before` sorts them (a stable sort: ties keep their order),
 *  without sorting them all. A popular tag makes thousands of candidates for each article, and sorting
 *  them all for five made the archive's time grow with the square of its size (12,000 articles: 38 s). */
export function firstOf<T>(items: readonly T[], count: number, before: (x: T, y: T) => number): T[] {
  const top: T[] = [];
  if (count <= 0) return top;
  for (const item of items) {
    if (top.length === count && before(item, top[count - 1]!) >= 0) continue;
    // After every item it does not come before, so equal items keep their order.
    let at = top.length;
    while (at > 0 && before(item, top[at - 1]!) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > count) top.pop();
  }
  return top;
}
