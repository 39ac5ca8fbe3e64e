import { readdirSync, readFileSync } from "node:fs";
import { existsSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { HtmlValidate } from "html-validate";
import { beforeAll, describe, expect, test } from "vitest";
import { buildSample } from "../browser/harness";

const builds: Record<string, string> = {};
const PREFIXES = ["/", "/sub/"];

beforeAll(async () => {
  for (const prefix of PREFIXES) builds[prefix] = (await buildSample(prefix === "/" ? undefined : prefix)).site;
});

const files = (site: string, ext: string) => readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(ext)).map((e) => join(e.parentPath, e.name));

/** Every href/src in a page, resolved against the page's own URL as a browser would. */
function links(site: string, prefix: string, file: string): string[] {
  const html = readFileSync(file, "utf8");
  const pageUrl = new URL(`${prefix}${relative(site, file).replace(/index\.html$/, "")}`, "http://archive.test");
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")).filter((h) => !/^(https?:|mailto:|data:)/.test(h) || h.startsWith("http://archive.test")).map((h) => new URL(h, pageUrl).pathname);
}

function resolves(site: string, prefix: string, path: string): boolean {
  if (!path.startsWith(prefix)) return false;
  const f = join(site, decodeURIComponent(path.slice(prefix.length)));
  return existsSync(f) && (statSync(f).isFile() || existsSync(join(f, "index.html")));
}

describe.each(PREFIXES)("the generated site deployed at %s", (prefix) => {
  test("should have every internal link and asset resolve to a file", () => {
    const site = builds[prefix]!;
    const broken: string[] = [];
    let count = 0;
    for (const f of files(site, ".html")) for (const l of links(site, prefix, f)) {
      count++;
      if (!resolves(site, prefix, l)) broken.push(`${relative(site, f)} → ${l}`);
    }
    expect(count).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });

  test("should link the feeds, sitemap and robots.txt to absolute URLs under the prefix", () => {
    const site = builds[prefix]!;
    const feed = JSON.parse(readFileSync(join(site, "feed.json"), "utf8"));
    expect(feed.items.length).toBeGreaterThan(0);
    for (const i of feed.items) expect(i.url).toMatch(new RegExp(`^https://example\\.org${prefix}articles/`));
    const sitemap = readFileSync(join(site, "sitemap.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>https:\/\/example\.org([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBe(files(site, ".html").filter((f) => !f.endsWith("404.html")).length);
    for (const l of locs) expect(resolves(site, prefix, l), l).toBe(true);
    expect(readFileSync(join(site, "robots.txt"), "utf8")).toContain(`Sitemap: https://example.org${prefix}sitemap.xml`);
    expect(readFileSync(join(site, "feed.xml"), "utf8")).toMatch(/^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  });
});

describe("html-validate", () => {
  test("should find no errors in any generated page", async () => {
    // Stylistic presets left out; SRI only matters for other origins' files, and the site loads none.
    const validator = new HtmlValidate({ extends: ["html-validate:standard", "html-validate:document"], rules: { "require-sri": ["error", { target: "crossorigin" }] } });
    const site = builds["/"]!;
    const pages = files(site, ".html");
    expect(pages.length).toBeGreaterThan(40);
    const errors: string[] = [];
    for (const f of pages) {
      const r = await validator.validateString(readFileSync(f, "utf8"), f);
      for (const res of r.results) for (const m of res.messages) errors.push(`${relative(site, f)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    console.log(`html-validate: ${pages.length} pages checked, ${errors.length} errors`);
    expect(errors).toEqual([]);
  });

  test("should report errors on a broken page (the check can fail)", async () => {
    const r = await new HtmlValidate({ extends: ["html-validate:standard", "html-validate:document"] }).validateString("<!doctype html><html lang=en><head><title>x</title></head><body><p><div></p></body></html>");
    expect(r.valid).toBe(false);
  });
});
