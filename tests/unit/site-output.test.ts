import { describe, expect, test } from "vitest";
import { excerptParts, pagefindArgs, parseState, stateToSearch } from "../../src/site/client/search-state.js";
import { rfc3339 } from "../../src/site/feeds";
import { syntheticArticles } from "../../scripts/lib/synthetic-archive";
import { buildModel, sitemapPaths, type ArticleInput } from "../../src/site/model";
import { MAX_HEADLINE, newsArticle, openGraph, scriptJson } from "../../src/site/structured-data";

const facts = { title: "T", url: "https://x.org/a/", authors: ["A"], tags: ["t"], words: 10, siteName: "S", siteUrl: "https://x.org/" };

describe("structured data", () => {
  test("should never let a title close the script element", () => {
    const json = scriptJson(newsArticle({ ...facts, title: "</script><script>alert(1)</script> & <!--" }));
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json).headline).toBe("</script><script>alert(1)</script> & <!--");
  });

  test("should cut a long headline between characters, never inside an emoji", () => {
    const title = `${"a".repeat(MAX_HEADLINE - 2)}🚢🚢🚢`;
    const headline = newsArticle({ ...facts, title }).headline as string;
    expect(headline).toBe(`${"a".repeat(MAX_HEADLINE - 2)}🚢…`);
    // No lone half of a surrogate pair.
    expect(headline).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  test.each([
    ["published", "2025-01-02", true],
    ["dateline", "2025-01-02", true],
    ["text", "2025-01-02", false],
  ])("should state a date found as %s as published: %s", (dateSource, date, stated) => {
    expect("datePublished" in newsArticle({ ...facts, date, dateSource })).toBe(stated);
    expect(openGraph({ ...facts, date, dateSource }).some((p) => p.property === "article:published_time")).toBe(stated);
  });
  test("should state a page's last update as modified, not published", () => {
    const f = { ...facts, date: "2025-01-02", dateSource: "updated" };
    expect(newsArticle(f)).toMatchObject({ dateModified: "2025-01-02" });
    expect("datePublished" in newsArticle(f)).toBe(false);
    expect(openGraph(f).map((p) => p.property)).toContain("article:modified_time");
  });

  test.each([
    ["2025-12-14", "2025-12-14T00:00:00Z"],
    ["2025-10-17T02:25", "2025-10-17T02:25:00Z"],
    ["2025-10-17T02:25:09+02:00", "2025-10-17T02:25:09+02:00"],
  ])("should write %s in feeds as %s", (d, out) => expect(rfc3339(d)).toBe(out));
});

describe("search state in the URL", () => {
  test("should survive a round trip through the query string", () => {
    const s = { q: "Pokrovsk & co", sort: "newest", filters: { year: "2025", tag: "NATO" } };
    expect(parseState(stateToSearch(s))).toEqual(s);
  });

  test.each([
    ["", { q: "", sort: "relevance", filters: {} }],
    ["?q=%20x%20&sort=bogus&colour=red", { q: "x", sort: "relevance", filters: {} }],
  ])("should read %j safely", (search, state) => expect(parseState(search)).toEqual(state));

  test("should ask Pagefind for filtered, date-sorted results and for all results when there is no query", () => {
    expect(pagefindArgs({ q: "", sort: "newest", filters: { year: "2025" } })).toEqual({ query: null, options: { filters: { year: "2025" }, sort: { date: "desc" } } });
  });

  test("should split an excerpt into plain text, never markup", () => {
    expect(excerptParts("a &lt;b&gt; <mark>Pokrovsk</mark> &amp; <img src=x>c")).toEqual([
      { text: "a <b> ", mark: false },
      { text: "Pokrovsk", mark: true },
      { text: " & c", mark: false },
    ]);
  });
});

describe("the archive model", () => {
  const art = (url: string, over: Partial<ArticleInput> = {}): ArticleInput => ({ url, title: url, authors: [], tags: [], text: "Words here.", ...over });
  const m = buildModel(
    [art("/a/", { date: "2025-01-02", tags: ["NATO"], source: "Kyiv Post" }), art("/b/", { date: "2025-03-01", tags: ["Nato"] }), art("/u/", { tags: ["NATO"] })],
    { title: "S", url: "https://x.org", pathPrefix: "/sub/" },
  );

  test("should link articles to older and newer ones, leaving undated ones out", () => {
    expect([m.extras["/a/"]!.prev, m.extras["/a/"]!.next?.url, m.extras["/b/"]!.prev?.url, m.extras["/u/"]!.next]).toEqual([undefined, "/b/", "/a/", undefined]);
  });

  test("should make one tag page for both spellings, with a feed", () => {
    const tag = m.listings.filter((l) => l.kind === "tag");
    expect(tag.map((l) => [l.url, l.title, l.items.map((i) => i.url), l.feed?.atom])).toEqual([["/tags/nato/", "NATO", ["/b/", "/a/", "/u/"], "/tags/nato/feed.xml"]]);
  });

  test("should use the site's URL and path prefix in structured data", () => {
    expect(m.extras["/a/"]!.canonical).toBe("https://x.org/sub/a/");
  });

  test("should list every listing page once in the sitemap", () => {
    const paths = sitemapPaths(m);
    expect(new Set(paths).size).toBe(paths.length);
    for (const u of ["/", "/2025/01/02/", "/undated/", "/tags/", "/sources/kyiv-post/", "/u/"]) expect(paths).toContain(u);
  });
});

describe("the archive model on a large archive", () => {
  // Speed is measured by `npm run bench`; this checks the model stays right at that size.
  test("should page, group and relate 3,000 articles", () => {
    const inputs = syntheticArticles(3000);
    const m = buildModel(inputs, { title: "S", url: "https://x.org", pathPrefix: "/" });
    const years = m.listings.filter((l) => l.kind === "year");
    expect(new Set(years.map((l) => l.title)).size).toBe(15);
    expect(years.every((l) => l.items.length <= 20 && l.pages === 10)).toBe(true);
    expect(m.extras["/a/0/"]!.related.length).toBeGreaterThan(0);
  });
});
