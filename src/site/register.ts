/**
 * The archive's collections and filters for Eleventy, in one place so .eleventy.ts only calls
 * registerArchive(). Turns Eleventy's collection items into plain ArticleInput and hands them to the
 * pure model; templates then only display.
 */
import { dayOf } from "./archive";
import { feedUpdated, jsonFeed, rfc3339, type FeedSite } from "./feeds";
import { buildModel, sitemapPaths, type ArchiveModel, type ArticleInput } from "./model";
import { absoluteUrl, asStrings } from "./text";

interface EleventyItem {
  url?: string | false;
  data: Record<string, any>;
}

const str = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v).trim() || undefined : undefined);

export function toInput(item: EleventyItem): ArticleInput {
  const d = item.data;
  const date = d.date instanceof Date ? dayOf(d.date) : str(d.date);
  const origin = d.origin && typeof d.origin === "object" && str(d.origin.file) ? { file: str(d.origin.file)!, ...(Number.isInteger(d.origin.part) ? { part: d.origin.part } : {}) } : undefined;
  return {
    url: String(item.url || ""),
    title: str(d.title) ?? "(untitled)",
    ...(date && dayOf(date) ? { date } : {}),
    ...(str(d.dateSource) ? { dateSource: str(d.dateSource) } : {}),
    ...(str(d.titleSource) ? { titleSource: str(d.titleSource) } : {}),
    authors: asStrings(d.author),
    ...(str(d.source) ? { source: str(d.source) } : {}),
    ...(str(d.section) ? { section: str(d.section) } : {}),
    tags: asStrings(d.tags),
    ...(str(d.summary) ? { summary: str(d.summary) } : {}),
    ...(origin ? { origin } : {}),
    text: typeof d.page?.rawInput === "string" ? d.page.rawInput : "",
  };
}

export function registerArchive(eleventyConfig: any, articlesGlob: string, site: { title: string; url: string; description: string; language: string }) {
  const prefix = () => String(eleventyConfig.pathPrefix ?? "/");
  const feedSite = (): FeedSite => ({ ...site, pathPrefix: prefix() });
  let model: ArchiveModel | undefined;

  eleventyConfig.addCollection("archive", (api: any): ArchiveModel => {
    const items: EleventyItem[] = api.getFilteredByGlob(articlesGlob);
    model = buildModel(items.filter((i) => i.url).map(toInput), { title: site.title, url: site.url, pathPrefix: prefix() });
    return model;
  });

  eleventyConfig.addFilter("sitemapUrls", (m: ArchiveModel) => sitemapPaths(m));
  eleventyConfig.addFilter("articleExtras", (url: string) => model?.extras[url]);
  eleventyConfig.addFilter("jsonFeed", (feed: any) => jsonFeed(feed, feedSite()));
  eleventyConfig.addFilter("feedUpdated", (feed: any) => new Date(feedUpdated(feed, model?.articles.find((a) => a.date)?.date)));
  // A Date for the RSS plugin's dateToRfc3339; a date written without a zone is taken as UTC.
  eleventyConfig.addFilter("asDate", (d: string) => new Date(rfc3339(d)));
  // Not the RSS plugin's absoluteUrl, which does not know the path prefix.
  eleventyConfig.addFilter("fullUrl", (path: string) => absoluteUrl(site.url, prefix(), path));
}
