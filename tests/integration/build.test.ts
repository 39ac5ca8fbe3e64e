import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import matter from "gray-matter";
import { beforeAll, describe, expect, test } from "vitest";
import { type RunResult, runScript, sampleProject } from "./sample-project";

let dir: string;
let build: RunResult;
const articles: { path: string; title: string; date?: string; summary?: string }[] = [];

const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

beforeAll(async () => {
  dir = sampleProject();
  build = await runScript(dir, "build.ts");
  for (const f of walk(join(dir, "content/articles")).filter((f) => f.endsWith(".md"))) {
    const { data } = matter(readFileSync(f, "utf8"));
    const raw = readFileSync(f, "utf8").match(/^date:\s*"?(\d{4}-\d{2}-\d{2})/m);
    articles.push({ path: relative(join(dir, "content"), f).replace(/\.md$/, ""), title: data.title, date: raw?.[1], summary: data.summary });
  }
});

describe("npm run build on the sample dumps", () => {
  test("should exit 0 and say what it did", () => {
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/build: \d+ page\(s\) written to _site, \d+ indexed for search/);
    expect(build.stderr).toMatch(/normalising dumps from content\/raw/);
  });

  test("should write articles from every sample dump", () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
    const origins = new Set(walk(join(dir, "content/articles")).filter((f) => f.endsWith(".md")).map((f) => matter(readFileSync(f, "utf8")).data.origin.file));
    expect(origins.size).toBe(readdirSync(join(dir, "content/raw")).length);
  });

  test("should write a page per article with its title", () => {
    for (const a of articles) {
      const page = join(dir, "_site", a.path, "index.html");
      expect(existsSync(page), page).toBe(true);
      expect(readFileSync(page, "utf8")).toContain(`<h1 data-pagefind-meta="title">${escapeHtml(a.title)}</h1>`);
    }
  });

  test("should show an article's dek above its text, where readers and the search index find it", () => {
    const withDek = articles.filter((a) => a.summary);
    expect(withDek.length).toBeGreaterThanOrEqual(1);
    for (const a of withDek) {
      const page = readFileSync(join(dir, "_site", a.path, "index.html"), "utf8");
      const body = page.slice(page.indexOf("data-pagefind-body"));
      expect(body).toContain(`<p class="dek">${escapeHtml(a.summary!).replace(/'/g, "&#39;")}</p>`);
    }
  });

  test("should write year, month and undated pages that list their articles", () => {
    expect(existsSync(join(dir, "_site/index.html"))).toBe(true);
    const dated = articles.filter((a) => a.date);
    expect(dated.length).toBeGreaterThan(0);
    for (const a of dated) {
      const [y, m] = a.date!.split("-");
      expect(readFileSync(join(dir, "_site", y!, "index.html"), "utf8")).toContain(`/${a.path}/`);
      expect(readFileSync(join(dir, "_site", y!, m!, "index.html"), "utf8")).toContain(`/${a.path}/`);
    }
    const undatedPage = readFileSync(join(dir, "_site/undated/index.html"), "utf8");
    for (const a of articles.filter((x) => !x.date)) expect(undatedPage).toContain(`/${a.path}/`);
  });

  test("should build a Pagefind index holding every article and nothing else", () => {
    const entry = JSON.parse(readFileSync(join(dir, "_site/pagefind/pagefind-entry.json"), "utf8"));
    const pages = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
    expect(pages).toBe(articles.length);
    // Fragments are Pagefind's per-page records: gzip, a signature, then JSON.
    const fragments = walk(join(dir, "_site/pagefind/fragment")).map((f) => JSON.parse(gunzipSync(readFileSync(f)).toString("utf8").replace(/^pagefind_dcd/, "")));
    expect(fragments.map((f) => f.url).sort()).toEqual(articles.map((a) => `/${a.path}/`).sort());
    expect(fragments.filter((f) => /Pokrovsk/.test(f.content)).length).toBeGreaterThanOrEqual(1);
    expect(fragments.every((f) => typeof f.meta.title === "string" && f.meta.title.length > 0)).toBe(true);
  });
});
