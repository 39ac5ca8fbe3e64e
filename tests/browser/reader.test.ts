import { readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join, relative } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import matter from "gray-matter";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSample, launch, NO_BROWSER, serve } from "./harness";

let browser: Browser | undefined;
let root: { url: string; server: Server };
let sub: { url: string; server: Server };
let dir: string;
let site: string;

beforeAll(async () => {
  const a = await buildSample();
  const b = await buildSample("/sub/");
  dir = a.dir;
  site = a.site;
  root = await serve(a.site);
  sub = await serve(b.site, "/sub/");
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  root?.server.close();
  sub?.server.close();
});

/** Articles whose Markdown names Pokrovsk: what a search for it must return. */
function pokrovskArticles(): { url: string; year?: string }[] {
  const base = join(dir, "content/articles");
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => /Pokrovsk/.test(matter(readFileSync(f, "utf8")).content))
    .map((f) => ({ url: `/${f.slice(join(dir, "content").length + 1).replace(/\.md$/, "")}/`, year: String(matter(readFileSync(f, "utf8")).data.date ?? "").slice(0, 4) || undefined }));
}

async function page(): Promise<Page> {
  if (!browser) throw new Error(NO_BROWSER);
  // axe needs a page from an explicit context
  return (await browser.newContext()).newPage();
}

const resultUrls = async (p: Page) => (await p.locator("[data-results] h2 a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).sort();

describe("the archive in a browser", () => {
  test("should have Chromium to run in", () => {
    if (!browser) console.error(`SKIPPING NOTHING — FAILING: ${NO_BROWSER}`);
    expect(browser, NO_BROWSER).toBeDefined();
  });

  test("should go from the home page's chart to a month, an article and a topic", async () => {
    const p = await page();
    await p.goto(root.url);
    const bar = p.locator(".chart svg a").first();
    const month = await bar.getAttribute("href");
    expect(month).toMatch(/^\/\d{4}\/\d{2}\/$/);
    await bar.click();
    await expect.poll(() => new URL(p.url()).pathname).toBe(month);
    await p.locator(".article-list a").first().click();
    expect(new URL(p.url()).pathname).toMatch(/^\/articles\/\d{4}\/\d{2}\/[a-z0-9-]+\/$/);
    const title = await p.locator("h1").textContent();
    const ld = JSON.parse((await p.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.headline).toBe(title!.trim().slice(0, 110));
    const topic = p.locator(".article-footer .names a, .article-footer .tags a").first();
    const topicName = (await topic.textContent())!;
    await topic.click();
    expect(await p.locator("h1").textContent()).toBe(topicName);
    expect(await p.locator(".article-list a", { hasText: title!.trim() }).count()).toBe(1);
    await p.context().close();
  });

  test("should search for Pokrovsk, filter by year and keep the search through a reload", async () => {
    const expected = pokrovskArticles();
    expect(expected.length).toBeGreaterThan(0);
    const p = await page();
    await p.goto(`${root.url}search/`);
    await p.fill("#q", "Pokrovsk");
    await p.press("#q", "Enter");
    await expect.poll(() => resultUrls(p)).toEqual(expected.map((e) => e.url).sort());
    expect(new URL(p.url()).searchParams.get("q")).toBe("Pokrovsk");
    await expect.poll(() => p.locator("[data-results] .meta").first().textContent()).toMatch(/\d{4}|Undated/);

    const year = expected.find((e) => e.year)!.year!;
    await p.selectOption("#filter-year", year);
    const inYear = expected.filter((e) => e.year === year).map((e) => e.url).sort();
    await expect.poll(() => resultUrls(p)).toEqual(inYear);
    expect(new URL(p.url()).searchParams.get("year")).toBe(year);

    await p.reload();
    expect(await p.inputValue("#q")).toBe("Pokrovsk");
    expect(await p.inputValue("#filter-year")).toBe(year);
    await expect.poll(() => resultUrls(p)).toEqual(inYear);

    await p.selectOption("#sort", "newest");
    await expect.poll(() => new URL(p.url()).searchParams.get("sort")).toBe("newest");
    await p.context().close();
  });

  test("should search and link correctly when deployed under a sub-path", async () => {
    const p = await page();
    await p.goto(`${sub.url}search/?q=Pokrovsk`);
    await expect.poll(async () => (await resultUrls(p)).length).toBe(pokrovskArticles().length);
    expect((await resultUrls(p)).every((u) => u.startsWith("/sub/articles/"))).toBe(true);
    await p.locator("[data-results] h2 a").first().click();
    await expect.poll(() => p.locator("h1").count()).toBe(1);
    expect(await p.title()).not.toMatch(/Not found/);
    expect(await p.locator("link[rel=stylesheet]").getAttribute("href")).toBe("/sub/assets/style.css");
    await p.context().close();
  });
});

describe("feeds", () => {
  test("should serve every Atom feed (site-wide and per tag) as well-formed XML a browser can parse", async () => {
    const feeds = readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.name === "feed.xml").map((e) => relative(site, join(e.parentPath, e.name)));
    expect(feeds).toContain("feed.xml");
    expect(feeds.some((f) => f.startsWith("tags/"))).toBe(true);
    const p = await page();
    await p.goto(root.url);
    const counts = new Map<string, number>();
    for (const path of feeds) {
      const r = await p.evaluate(async (url) => {
        const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), "application/xml");
        return { error: doc.querySelector("parsererror")?.textContent ?? null, root: doc.documentElement.localName, entries: Array.from(doc.querySelectorAll("entry > title"), (t) => t.textContent) };
      }, `${root.url}${path}`);
      expect(r.error, path).toBeNull();
      expect(r.root).toBe("feed");
      counts.set(path, r.entries.length);
    }
    // A tag whose articles are all undated has a valid, empty feed (its entries come with dated articles).
    expect(counts.get("feed.xml")).toBeGreaterThan(0);
    expect([...counts].some(([path, n]) => path.startsWith("tags/") && n > 0)).toBe(true);
    await p.context().close();
  });
});

/** One page of every type. */
const PAGE_TYPES = ["", "archive/", "undated/", "tags/", "people/", "places/", "organisations/", "sources/", "authors/", "search/?q=Pokrovsk", "404.html"];

describe("accessibility (axe, WCAG 2 A and AA)", () => {
  test("should report a violation on a page that has one (the check can fail)", async () => {
    const p = await page();
    await p.setContent('<!doctype html><html><body><img src="x.png"><a href="/"></a></body></html>');
    const r = await new AxeBuilder({ page: p }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(r.violations.map((v) => v.id)).toEqual(expect.arrayContaining(["image-alt", "link-name"]));
    await p.context().close();
  });

  test.each([...PAGE_TYPES, "FIRST:/\\d{4}/$", "FIRST:/\\d{4}/\\d{2}/$", "FIRST:/\\d{4}/\\d{2}/\\d{2}/$", "FIRST:^/articles/", "FIRST:^/tags/.+/", "FIRST:^/people/.+/", "FIRST:^/places/.+/", "FIRST:^/sources/.+/", "FIRST:^/authors/.+/"])("should have no violations on %s", async (path) => {
    const p = await page();
    let target = path;
    if (path.startsWith("FIRST:")) {
      // The first link on the site whose path matches: the sample's own year, article, tag...
      const re = new RegExp(path.slice(6));
      await p.goto(`${root.url}sitemap.xml`);
      const locs = (await p.content()).match(/<loc>[^<]+<\/loc>/g) ?? [];
      const hit = locs.map((l) => new URL(l.slice(5, -6)).pathname).find((u) => re.test(u));
      expect(hit, `a page matching ${re}`).toBeDefined();
      target = hit!.slice(1);
    }
    for (const scheme of ["light", "dark"] as const) {
      await p.emulateMedia({ colorScheme: scheme });
      await p.goto(`${root.url}${target}`);
      if (target.startsWith("search")) await p.locator("[data-results] li").first().waitFor();
      const r = await new AxeBuilder({ page: p }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(r.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
    await p.context().close();
  });
});
