/**
 * Listing pages: every page that shows a list of articles (a year, a month, a day, a tag, a person, a
 * source...) is one Listing, paginated here so the templates only display. Pure.
 */

/**
 * Articles per listing page. Twenty title-and-date rows is about two screens on a laptop and keeps a
 * page lighter than one long article; the home page shows the same number of latest articles.
 */
export const PAGE_SIZE = 20;

export interface Link {
  url: string;
  title: string;
}

export type ListingKind = "year" | "month" | "day" | "undated" | "tag" | "person" | "place" | "organisation" | "source" | "author";

export interface Listing<T> {
  kind: ListingKind;
  /** the thing listed ("2025", "Pokrovsk"); the page's h1 */
  title: string;
  /** one line under the heading */
  description: string;
  url: string;
  page: number;
  pages: number;
  items: T[];
  /** page N of this listing, for the numbered page links */
  pageLinks: { url: string; page: number; current: boolean }[];
  /** the adjacent period (or none), for year/month/day pages */
  prevPeriod?: Link;
  nextPeriod?: Link;
  /** the listing this one belongs to: a month's year, a tag's index */
  up?: Link;
  /** extra lines (spelling variants of a name) */
  notes: string[];
  /** Atom and JSON feed paths, when this listing has feeds */
  feed?: { atom: string; json: string };
}

export type ListingSpec<T> = Omit<Listing<T>, "url" | "page" | "pages" | "items" | "pageLinks"> & { baseUrl: string; items: readonly T[] };

/** "/2025/11/" page 1, "/2025/11/page/2/" page 2: page one keeps the short URL people share. */
export function pageUrl(baseUrl: string, page: number): string {
  return page <= 1 ? baseUrl : `${baseUrl}page/${page}/`;
}

export function paginate<T>(spec: ListingSpec<T>, size = PAGE_SIZE): Listing<T>[] {
  const { baseUrl, items, ...rest } = spec;
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => {
    const page = i + 1;
    return {
      ...rest,
      url: pageUrl(baseUrl, page),
      page,
      pages,
      items: items.slice(i * size, page * size),
      pageLinks: Array.from({ length: pages }, (_, j) => ({ url: pageUrl(baseUrl, j + 1), page: j + 1, current: j === i })),
    };
  });
}
