/** JSON Feed 1.1 for an archive feed, built as an object and serialised here, never templated. Pure. */
import type { ArticleView, Feed } from "./model";
import { absoluteUrl } from "./text";

export interface FeedSite {
  title: string;
  description: string;
  url: string;
  pathPrefix: string;
  language: string;
}

export function jsonFeed(feed: Feed, site: FeedSite): string {
  const abs = (p: string) => absoluteUrl(site.url, site.pathPrefix, p);
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: feed.title,
      home_page_url: abs(feed.pageUrl),
      feed_url: abs(`${feed.path}.json`),
      description: site.description,
      language: site.language,
      items: feed.items.map((a: ArticleView) => ({
        id: abs(a.url),
        url: abs(a.url),
        title: a.title,
        content_text: a.excerpt,
        ...(a.date ? { date_published: rfc3339(a.date) } : {}),
        ...(a.authors.length ? { authors: a.authors.map((name) => ({ name })) } : {}),
        ...(a.tags.length ? { tags: a.tags } : {}),
      })),
    },
    null,
    2,
  );
}

/** "2025-12-14" or "2025-10-17T02:25" as RFC 3339; a date with no zone is taken as UTC. */
export function rfc3339(date: string): string {
  const m = date.match(/^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/);
  if (!m) return "1970-01-01T00:00:00Z";
  return `${m[1]}T${m[2] ?? "00:00"}${m[3] ?? ":00"}${m[4] ?? "Z"}`;
}

/** Atom needs an <updated> even for an empty feed: the newest entry, else the newest article anywhere. */
export function feedUpdated(feed: Feed, fallback: string | undefined): string {
  const d = feed.items[0]?.date ?? fallback;
  return d ? rfc3339(d) : "1970-01-01T00:00:00Z";
}
