import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import * as pagefind from "pagefind";
import { RunError } from "./errors";

export interface SiteBuildOptions {
  /** final output folder, swapped in only when everything succeeded */
  outDir: string;
  pathPrefix?: string;
  configPath?: string;
  quiet?: boolean;
  /** test hook: a step that runs after indexing and before the swap */
  beforeSwap?: (stagingDir: string) => void | Promise<void>;
}

export interface SiteBuildSummary {
  pages: number;
  indexedPages: number;
  outDir: string;
}

/**
 * Eleventy, then Pagefind, into a fresh staging folder next to the output; the staging folder replaces
 * the output only when both succeeded, so a failed build leaves the previous site as it was.
 */
export async function buildSite(opts: SiteBuildOptions): Promise<SiteBuildSummary> {
  const outDir = resolve(opts.outDir);
  const staging = `${outDir}.staging-${process.pid}-${Date.now()}`;
  mkdirSync(dirname(outDir), { recursive: true });
  try {
    const log = (s: string) => opts.quiet || console.error(s);
    log(`build: rendering pages with Eleventy into ${staging}`);
    let written: unknown[];
    try {
      const elev = new Eleventy("content", staging, { configPath: opts.configPath ?? ".eleventy.ts", pathPrefix: opts.pathPrefix, quietMode: true });
      written = ((await elev.write()) as { results?: unknown[] } | unknown[]) as unknown[];
    } catch (e) {
      throw new RunError("Eleventy could not render the site", "the message above names the template or content file; fix or remove it and build again", { cause: e });
    }
    const pages = countHtml(staging);
    log(`build: indexing ${pages} page(s) with Pagefind`);
    const indexed = await indexSite(staging);
    await opts.beforeSwap?.(staging);
    swapIn(staging, outDir);
    void written;
    return { pages, indexedPages: indexed, outDir };
  } finally {
    if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  }
}

async function indexSite(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new RunError(`Pagefind could not start: ${errors.join("; ")}`, "reinstall with npm ci (Pagefind ships its binary as an npm package)");
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new RunError(`Pagefind could not index ${dir}: ${added.errors.join("; ")}`, "check that the pages were rendered");
    const w = await index.writeFiles({ outputPath: join(dir, "pagefind") });
    if (w.errors.length) throw new RunError(`Pagefind could not write its index: ${w.errors.join("; ")}`, "check free disk space and permissions");
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** Replace outDir with staging using renames, so the old site is gone only once the new one is in place. */
function swapIn(staging: string, outDir: string) {
  const old = `${outDir}.old-${process.pid}-${Date.now()}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  if (existsSync(old)) rmSync(old, { recursive: true, force: true });
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".html")).length;
}
