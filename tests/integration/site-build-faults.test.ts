import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { runNode, runScript, sampleProject } from "./sample-project";

/** Every file of a folder with the hash of its bytes: equal snapshots mean a byte-identical folder. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out[relative(dir, join(e.parentPath, e.name))] = createHash("sha256").update(readFileSync(join(e.parentPath, e.name))).digest("hex");
  }
  return out;
}
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith("_site."));

/** Runs buildSite with a beforeSwap step, in the project copy, the way the build script would. */
function buildWithHook(dir: string, hook: string) {
  writeFileSync(join(dir, "fault.ts"), `import { rmSync, writeFileSync } from "node:fs";\nimport { buildSite } from "./scripts/lib/site-build";\nawait buildSite({ outDir: "_site", quiet: true, beforeSwap: ${hook} });\n`);
  return runNode(dir, ["fault.ts"]);
}

let dir: string;
let good: Record<string, string>;

beforeAll(async () => {
  dir = sampleProject();
  const first = await runScript(dir, "build.ts");
  if (first.status !== 0) throw new Error(first.stderr);
  good = snapshot(join(dir, "_site"));
});

describe("a build that fails leaves the previous site byte-identical", () => {
  test("should keep the site when a step after indexing fails", async () => {
    const r = await buildWithHook(dir, `(s) => { writeFileSync(s + "/index.html", "half-built"); throw new Error("injected failure after indexing"); }`);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/injected failure after indexing/);
    expect(snapshot(join(dir, "_site"))).toEqual(good);
    expect(leftovers(dir)).toEqual([]);
  });

  test("should put the previous site back when the new one cannot be moved in", async () => {
    const r = await buildWithHook(dir, `(s) => rmSync(s, { recursive: true })`);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/could not move the new site into .*_site; the previous site is unchanged/);
    expect(snapshot(join(dir, "_site"))).toEqual(good);
    expect(leftovers(dir)).toEqual([]);
  });

  test("should keep the site, name the template and exit 1 when Eleventy fails", async () => {
    writeFileSync(join(dir, "content/pages/broken.njk"), "---\npermalink: /broken/\n---\n{% if %}\n");
    try {
      const r = await runScript(dir, "build.ts", ["--skip-normalize"]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/Eleventy could not render the site/);
      expect(r.stderr).toMatch(/broken\.njk/);
      expect(r.stderr).not.toMatch(/Node\.js v\d+/); // no crash from Eleventy's copy running on
      expect(snapshot(join(dir, "_site"))).toEqual(good);
      expect(leftovers(dir)).toEqual([]);
    } finally {
      writeFileSync(join(dir, "content/pages/broken.njk"), "---\npermalink: false\n---\n");
    }
  });

  test.each([
    ["a JavaScript data file", "undated/undated.11tydata.js", (m: string) => `require("node:fs").writeFileSync(${JSON.stringify(m)}, "x");\nmodule.exports = {};\n`],
    ["a folder data file", "undated/undated.json", () => '{ "permalink": "/hijack/" }\n'],
  ])("should refuse %s planted among the articles before Eleventy loads it", async (_n, path, content) => {
    const marker = join(dir, "pwned-data-file");
    const file = join(dir, "content/articles", path);
    writeFileSync(file, content(marker));
    try {
      const r = await runScript(dir, "build.ts", ["--skip-normalize"]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`content/articles/${path}: a data or code file among the generated articles`);
      expect(existsSync(marker)).toBe(false);
      expect(snapshot(join(dir, "_site"))).toEqual(good);
    } finally {
      rmSync(file);
    }
  });

  test("should build with warnings and exit 3 under --strict, 0 without", async () => {
    const file = join(dir, "content/articles/undated/reserved-tag.md");
    writeFileSync(file, "---\ntitle: Reserved Tag\ntags: [constructor]\n---\n\nText.\n");
    try {
      const strict = await runScript(dir, "build.ts", ["--skip-normalize", "--strict"]);
      expect(strict.status, strict.stderr).toBe(3);
      expect(strict.stderr).toMatch(/reserved-tag\.md:1: ignored in its front matter: tag "constructor"/);
      expect(existsSync(join(dir, "_site/articles/undated/reserved-tag/index.html"))).toBe(true);
      expect((await runScript(dir, "build.ts", ["--skip-normalize"])).status).toBe(0);
    } finally {
      rmSync(file);
    }
    const r = await runScript(dir, "build.ts", ["--skip-normalize"]);
    expect(r.status).toBe(0);
    good = snapshot(join(dir, "_site"));
  });

  test("should clear the staging folder of a build that was killed", async () => {
    mkdirSync(join(dir, "_site.staging-4194305-1"), { recursive: true });
    writeFileSync(join(dir, "_site.staging-4194305-1/index.html"), "stale");
    const r = await runScript(dir, "build.ts", ["--skip-normalize"]);
    expect(r.status, r.stderr).toBe(0);
    expect(leftovers(dir)).toEqual([]);
  });
});
