/**
 * The whole archive as the templates see it, computed once per build from the articles' front matter
 * and text: listings, indexes, per-article extras, chart and feeds. Pure.
 */
import { dateProvenance, dayOf, readableDate } from "./archive";
import { monthChart, type Chart } from "./chart";
import { findEntities, type EntityKind } from "./entities";
import { paginate, type Link, type Listing } from "./listing";
import { periodListings, periodTitle, periodUrl } from "./periods";
import { relatedArticles } from "./related";
import { newsArticle, openGraph, scriptJson, type ArticleFacts } from "./structured-data";
import { groupByName, type Group } from "./taxonomy";
import { absoluteUrl, plainText, readingMinutes, slugify, wordCount } from "./text";
import { pushAll } from "../arrays";

/** Items in each feed: enough for a reader who checks weekly, small enough to fetch often. */
export const FEED_SIZE = 50;
/** Words of article text used as a feed entry's summary when the article has none. */
export const EXCERPT_WORDS = 60;

export interface ArticleInput {
  url: string;
  title: string;
  date?: string;
  dateSource?: string;
  titleSource?: string;
  authors: string[];
  source?: string;
  section?: string;
  tags: string[];
  summary?: string;
  origin?: { file: string; part?: number };
  /** the Markdown body, used for reading time and names */
  text: string;
}

export interface ArticleView extends Omit<ArticleInput, "text"> {
  day?: string;
  sortKey: string;
  readableDate: string;
  provenance: string;
  words: number;
  minutes: number;
  excerpt: string;
}

export interface ArticleExtras {
  prev?: Link;
  next?: Link;
  related: ArticleView[];
  tags: Link[];
  authors: Link[];
  source?: Link;
  names: { kind: EntityKind; heading: string; links: Link[] }[];
  periods: Link[];
  minutes: number;
  /** the raw dump the article was cut from, served as plain text under /raw/ */
  origin?: { file: string; part?: number; url: string };
  canonical: string;
  jsonLd: string;
  openGraph: { property: string; content: string }[];
}

export interface IndexPage {
  url: string;
  title: string;
  description: string;
  entries: (Link & { count: number; variants: string[] })[];
}

export interface Feed {
  /** path without extension: "/feed" or "/tags/nato/feed" */
  path: string;
  title: string;
  /** the HTML page the feed mirrors */
  pageUrl: string;
  items: ArticleView[];
}

export interface ArchiveModel {
  articles: ArticleView[];
  chart: Chart;
  listings: Listing<ArticleView>[];
  indexes: IndexPage[];
  extras: Record<string, ArticleExtras>;
  feeds: Feed[];
  undatedCount: number;
  /** the search page's filters: names match the data-pagefind-filter attributes on article pages */
  facets: { name: string; label: string; values: string[] }[];
}

export interface SiteInfo {
  title: string;
  url: string;
  pathPrefix: string;
}

const KINDS: { kind: EntityKind; dir: string; heading: string; blurb: string }[] = [
  { kind: "person", dir: "people", heading: "People", blurb: "People named in more than one article (found automatically; spelling variants merged)." },
  { kind: "place", dir: "places", heading: "Places", blurb: "Places named in more than one article (found automatically; spelling variants merged)." },
  { kind: "organisation", dir: "organisations", heading: "Organisations", blurb: "Organisations named in more than one article (found automatically)." },
];

function view(a: ArticleInput): ArticleView {
  const { text, ...rest } = a;
  const words = wordCount(text);
  const day = dayOf(a.date);
  const excerptWords = plainText(text).split(/\s+/).filter(Boolean);
  return {
    ...rest,
    ...(day ? { day } : {}),
    sortKey: day ? a.date! : "",
    readableDate: readableDate(a.date),
    provenance: day ? dateProvenance(a.dateSource) : "",
    words,
    minutes: readingMinutes(words),
    excerpt: a.summary ?? excerptWords.slice(0, EXCERPT_WORDS).join(" ") + (excerptWords.length > EXCERPT_WORDS ? " …" : ""),
  };
}

const newestFirst = (a: ArticleView, b: ArticleView) => b.sortKey.localeCompare(a.sortKey) || a.title.localeCompare(b.title);
const count = (n: number) => `${n} article${n === 1 ? "" : "s"}`;
const toLink = (a: ArticleView): Link => ({ url: a.url, title: a.title });

export function buildModel(inputs: readonly ArticleInput[], site: SiteInfo): ArchiveModel {
  const views = inputs.map(view);
  const byInput = new Map(inputs.map((a, i) => [a, views[i]!]));
  const dated = views.filter((v) => v.day).sort(newestFirst);
  const undated = views.filter((v) => !v.day).sort((a, b) => a.title.localeCompare(b.title));
  const listings: Listing<ArticleView>[] = periodListings(dated.map((v) => ({ ...v, day: v.day! }))) as Listing<ArticleView>[];
  pushAll(listings, paginate({ kind: "undated", title: "Undated articles", description: `${count(undated.length)}: their dumps state no date and none could be estimated.`, baseUrl: "/undated/", items: undated, up: { url: "/archive/", title: "Archive" }, notes: [] }));

  const listed = [...dated, ...undated];
  const indexes: IndexPage[] = [];
  const linksOf = new Map<ArticleView, Map<string, Link[]>>(views.map((v) => [v, new Map()]));
  const addGroups = (dir: string, heading: string, blurb: string, kind: Listing<ArticleView>["kind"], groups: Group<ArticleView>[], withFeed = false) => {
    const entries = groups.map((g) => ({ url: `/${dir}/${g.slug}/`, title: g.name, count: g.items.length, variants: g.variants }));
    indexes.push({ url: `/${dir}/`, title: heading, description: blurb, entries });
    groups.forEach((g, i) => {
      const items = listed.filter((v) => g.items.includes(v));
      const feed = withFeed ? { atom: `/${dir}/${g.slug}/feed.xml`, json: `/${dir}/${g.slug}/feed.json` } : undefined;
      pushAll(listings, paginate({ kind, title: g.name, description: `${count(items.length)}, newest first.`, baseUrl: entries[i]!.url, items, up: { url: `/${dir}/`, title: heading }, notes: g.variants.length ? [`Also written: ${g.variants.join(", ")}.`] : [], ...(feed ? { feed } : {}) }));
      for (const v of items) linksOf.get(v)!.set(dir, [...(linksOf.get(v)!.get(dir) ?? []), { url: entries[i]!.url, title: g.name }]);
    });
    return groups;
  };
  const tagGroups = addGroups("tags", "Tags", "Topics the articles were tagged with.", "tag", groupByName(views, (v) => v.tags), true);
  addGroups("sources", "Sources", "The publications the articles come from.", "source", groupByName(views, (v) => (v.source ? [v.source] : [])));
  addGroups("authors", "Authors", "Who wrote the articles, as their bylines say.", "author", groupByName(views, (v) => v.authors));

  const entities = findEntities(inputs.map((a) => a.text));
  const entityKeys = new Map<ArticleView, string[]>(views.map((v) => [v, []]));
  for (const k of KINDS) {
    const ofKind = entities.filter((e) => e.kind === k.kind);
    const groups: Group<ArticleView>[] = ofKind.map((e) => ({ slug: slugify(e.name), name: e.name, variants: e.variants, items: e.articles.map((i) => views[i]!) }));
    addGroups(k.dir, k.heading, k.blurb, k.kind, dedupeSlugs(groups));
    for (const e of ofKind) for (const i of e.articles) entityKeys.get(views[i]!)!.push(`${k.kind}:${nameKeyOf(e.name)}`);
  }

  const related = relatedArticles(views.map((v) => ({ v, tags: v.tags.map(slugify), entities: entityKeys.get(v)!, sortKey: v.sortKey, title: v.title })));
  const relatedOf = new Map([...related].map(([k, list]) => [k.v, list.map((r) => r.v)]));
  const extras: Record<string, ArticleExtras> = {};
  inputs.forEach((a) => {
    const v = byInput.get(a)!;
    const i = dated.indexOf(v);
    const links = linksOf.get(v)!;
    const facts: ArticleFacts = { ...a, words: v.words, url: absoluteUrl(site.url, site.pathPrefix, a.url), siteName: site.title, siteUrl: absoluteUrl(site.url, site.pathPrefix, "/") };
    extras[a.url] = {
      // "previous" is older, as in a newspaper's back issues
      ...(i >= 0 && i < dated.length - 1 ? { prev: toLink(dated[i + 1]!) } : {}),
      ...(i > 0 ? { next: toLink(dated[i - 1]!) } : {}),
      related: relatedOf.get(v) ?? [],
      tags: links.get("tags") ?? [],
      authors: links.get("authors") ?? [],
      ...(links.get("sources")?.[0] ? { source: links.get("sources")![0] } : {}),
      names: KINDS.map((k) => ({ kind: k.kind, heading: k.heading, links: links.get(k.dir) ?? [] })).filter((n) => n.links.length),
      periods: v.day ? [v.day.slice(0, 4), v.day.slice(0, 7), v.day].map((k) => ({ url: periodUrl(k), title: periodTitle(k) })) : [{ url: "/undated/", title: "Undated" }],
      minutes: v.minutes,
      ...(a.origin ? { origin: { ...a.origin, url: `/raw/${encodeURIComponent(a.origin.file)}` } } : {}),
      canonical: facts.url,
      jsonLd: scriptJson(newsArticle(facts)),
      openGraph: openGraph(facts),
    };
  });

  const months = new Map<string, number>();
  for (const v of dated) months.set(v.day!.slice(0, 7), (months.get(v.day!.slice(0, 7)) ?? 0) + 1);
  const feeds: Feed[] = [
    { path: "/feed", title: site.title, pageUrl: "/", items: dated.slice(0, FEED_SIZE) },
    ...tagGroups.map((g) => ({ path: `/tags/${g.slug}/feed`, title: `${site.title}: ${g.name}`, pageUrl: `/tags/${g.slug}/`, items: dated.filter((v) => g.items.includes(v)).slice(0, FEED_SIZE) })),
  ];
  const names = (url: string) => indexes.find((i) => i.url === url)?.entries.map((e) => e.title) ?? [];
  const facets = [
    { name: "year", label: "Year", values: [...new Set(dated.map((v) => v.day!.slice(0, 4)))] },
    { name: "source", label: "Source", values: names("/sources/") },
    { name: "tag", label: "Tag", values: names("/tags/") },
    { name: "author", label: "Author", values: names("/authors/") },
  ];
  return { articles: listed, chart: monthChart(months), listings, indexes, extras, feeds, undatedCount: undated.length, facets };
}

const nameKeyOf = (name: string) => slugify(name);

/** Two entities of one kind whose names slug alike get distinct URLs rather than one overwriting the other. */
function dedupeSlugs<T>(groups: Group<T>[]): Group<T>[] {
  const seen = new Map<string, number>();
  return groups.map((g) => {
    const n = (seen.get(g.slug) ?? 0) + 1;
    seen.set(g.slug, n);
    return n === 1 ? g : { ...g, slug: `${g.slug}-${n}` };
  });
}

/** Every HTML page worth a crawler's visit: the fixed pages, articles, listings and indexes. */
export function sitemapPaths(m: ArchiveModel): string[] {
  return [...new Set(["/", "/archive/", "/search/", ...m.articles.map((a) => a.url), ...m.listings.map((l) => l.url), ...m.indexes.map((i) => i.url)])];
}
