/**
 * What an article page tells machines: schema.org NewsArticle JSON-LD and OpenGraph tags. Pure; the
 * JSON is made safe to sit inside a <script> element here, not in the template.
 */

/** Google's documented limit for a NewsArticle headline. */
export const MAX_HEADLINE = 110;

export interface ArticleFacts {
  title: string;
  url: string;
  /** the date as written, and how it was found */
  date?: string;
  dateSource?: string;
  authors: string[];
  source?: string;
  section?: string;
  tags: string[];
  summary?: string;
  words: number;
  siteName: string;
  siteUrl: string;
}

/** An estimated date is not a publication date, so only dates the page stated are published. */
export const statedDate = (f: Pick<ArticleFacts, "date" | "dateSource">) => (f.date && f.dateSource !== "text" ? f.date : undefined);

/** text cut to at most `max` characters, with "…" when cut; cut between characters, never inside one
 *  (an emoji is two UTF-16 units, and half of one is a broken character). */
export function shortened(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}

export function newsArticle(f: ArticleFacts): Record<string, unknown> {
  const date = statedDate(f);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: shortened(f.title, MAX_HEADLINE),
    url: f.url,
    mainEntityOfPage: f.url,
    ...(date ? { [f.dateSource === "updated" ? "dateModified" : "datePublished"]: date } : {}),
    ...(f.authors.length ? { author: f.authors.map((name) => ({ "@type": "Person", name })) } : {}),
    ...(f.source ? { publisher: { "@type": "Organization", name: f.source } } : {}),
    ...(f.section ? { articleSection: f.section } : {}),
    ...(f.tags.length ? { keywords: f.tags } : {}),
    ...(f.summary ? { description: f.summary } : {}),
    wordCount: f.words,
    isPartOf: { "@type": "WebSite", name: f.siteName, url: f.siteUrl },
  };
}

/** JSON for a <script> element: "</script>" and "<!--" cannot appear, nor the JS-breaking U+2028/9. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** OpenGraph properties in order; values are escaped by the template like any other text. */
export function openGraph(f: ArticleFacts): { property: string; content: string }[] {
  const date = statedDate(f);
  return [
    { property: "og:type", content: "article" },
    { property: "og:title", content: f.title },
    { property: "og:url", content: f.url },
    { property: "og:site_name", content: f.siteName },
    ...(f.summary ? [{ property: "og:description", content: f.summary }] : []),
    ...(date ? [{ property: f.dateSource === "updated" ? "article:modified_time" : "article:published_time", content: date }] : []),
    ...(f.section ? [{ property: "article:section", content: f.section }] : []),
    ...f.authors.map((a) => ({ property: "article:author", content: a })),
    ...f.tags.map((t) => ({ property: "article:tag", content: t })),
  ];
}
