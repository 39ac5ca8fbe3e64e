// @ts-check
/**
 * The search page's state, kept in the URL (?q=…&year=…&sort=newest) so a search can be shared and
 * survives a reload. Pure functions, no DOM: unit-tested in tests/unit/search-state.test.ts.
 */

/** The filters the article pages declare with data-pagefind-filter. */
export const FILTERS = ["year", "source", "tag", "author"];
export const SORTS = ["relevance", "newest"];

/**
 * @typedef {{ q: string, sort: string, filters: Record<string, string> }} SearchState
 * @param {string} search location.search
 * @returns {SearchState}
 */
export function parseState(search) {
  const p = new URLSearchParams(search);
  /** @type {Record<string, string>} */
  const filters = {};
  for (const f of FILTERS) {
    const v = (p.get(f) ?? "").trim();
    if (v) filters[f] = v;
  }
  const sort = p.get("sort") ?? "";
  return { q: (p.get("q") ?? "").trim(), sort: SORTS.includes(sort) ? sort : "relevance", filters };
}

/** @param {SearchState} s @returns {string} "?q=…" or "" when there is nothing to keep */
export function stateToSearch(s) {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  for (const f of FILTERS) if (s.filters[f]) p.set(f, s.filters[f]);
  if (s.sort !== "relevance") p.set("sort", s.sort);
  const out = p.toString();
  return out ? `?${out}` : "";
}

/** @param {SearchState} s what to pass to pagefind.search(query, options) */
export function pagefindArgs(s) {
  return {
    // Pagefind lists everything matching the filters when the query is null.
    query: s.q || null,
    options: { filters: { ...s.filters }, ...(s.sort === "newest" ? { sort: { date: "desc" } } : {}) },
  };
}

/** @param {SearchState} s */
export const isEmpty = (s) => !s.q && Object.keys(s.filters).length === 0;

const ENTITIES = /** @type {Record<string, string>} */ ({ "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" });

/**
 * Pagefind's excerpt is HTML-escaped text with <mark> around the hits. Split it into plain-text pieces
 * so the page can show them with textContent, never innerHTML.
 * @param {string} excerpt
 * @returns {{ text: string, mark: boolean }[]}
 */
export function excerptParts(excerpt) {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const mark = part.startsWith("<mark>");
      const raw = mark ? part.slice(6, -7) : part;
      return { text: raw.replace(/<[^>]*>/g, "").replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e), mark };
    });
}
