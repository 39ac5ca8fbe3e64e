import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runScript } from "../integration/sample-project";
import { buildSample, launch, NO_BROWSER, serve } from "./harness";

/** Markup that runs script if any page, feed or search result fails to escape it. */
const EVIL = `</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2"> & "quotes"`;

let browser: Browser | undefined;
let server: { url: string; server: Server };
let site: string;
const slug = "hostile";

beforeAll(async () => {
  const { dir } = await buildSample();
  mkdirSync(join(dir, "content/articles/2025/12"), { recursive: true });
  const fm = [
    "---",
    `title: ${JSON.stringify(`Pokrovsk ${EVIL}`)}`,
    'date: "2025-12-20"',
    "dateSource: published",
    `author: ${JSON.stringify(`Ann ${EVIL}`)}`,
    `source: ${JSON.stringify(`Src ${EVIL}`)}`,
    `summary: ${JSON.stringify(EVIL)}`,
    // "archive" and "all" are also collection names; permalink and layout are Eleventy's, not the article's.
    `tags: [${JSON.stringify(`Tag ${EVIL}`)}, "archive", "all"]`,
    "permalink: /evil/index.html",
    "layout: false",
    "---",
    `Pokrovsk text ${EVIL.replace(/[<>]/g, "")} and more words.`,
  ].join("\n");
  writeFileSync(join(dir, `content/articles/2025/12/${slug}.md`), fm);
  const r = await runScript(dir, "build.ts", ["--skip-normalize"]);
  if (r.status !== 0) throw new Error(r.stderr);
  site = join(dir, "_site");
  server = await serve(site);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

async function visit(path: string, ready?: (p: Page) => Promise<unknown>) {
  if (!browser) throw new Error(NO_BROWSER);
  const p = await (await browser.newContext()).newPage();
  await p.goto(`${server.url}${path}`);
  await ready?.(p);
  const pwned = await p.evaluate(() => (window as unknown as { pwned?: number }).pwned);
  const injected = await p.locator("body img[src=x]").count();
  await p.context().close();
  return { pwned, injected };
}

describe("hostile article metadata", () => {
  test.each(["", `articles/2025/12/${slug}/`, "2025/12/", "tags/", "authors/", "sources/"])("should show /%s without running the article's markup", async (path) => {
    expect(await visit(path)).toEqual({ pwned: undefined, injected: 0 });
  });

  test("should show search results without running the article's markup", async () => {
    const r = await visit("search/?q=Pokrovsk", (p) => p.locator("[data-results] li").first().waitFor());
    expect(r).toEqual({ pwned: undefined, injected: 0 });
  });

  test("should keep the article at its own URL, in the article layout, whatever its front matter says", () => {
    expect(existsSync(join(site, "evil"))).toBe(false);
    const html = readFileSync(join(site, `articles/2025/12/${slug}/index.html`), "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('class="site-header"');
    expect(readFileSync(join(site, "index.html"), "utf8")).toContain(`/articles/2025/12/${slug}/`);
  });

  test("should keep the JSON-LD a single valid script holding the title as text", () => {
    const html = readFileSync(join(site, `articles/2025/12/${slug}/index.html`), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBe(1);
    expect(JSON.parse(scripts[0]![1]!).headline).toBe(`Pokrovsk ${EVIL}`);
  });

  test("should keep the feeds well-formed, with the title as text", () => {
    const atom = readFileSync(join(site, "feed.xml"), "utf8");
    expect(atom).not.toContain("<script>");
    expect(atom).toContain("&lt;/script&gt;&lt;script&gt;window.pwned=1");
    const json = JSON.parse(readFileSync(join(site, "feed.json"), "utf8"));
    expect(json.items.map((i: { title: string }) => i.title)).toContain(`Pokrovsk ${EVIL}`);
  });
});
