import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import * as pagefind from "pagefind";
import { contentWarnings } from "./eleventy-hardening";
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

/** How often, and for how long at most, a failed build waits for Eleventy's passthrough copy to stop
 *  writing into the staging folder before removing it: Eleventy does not cancel the copy when rendering
 *  fails, and removing the folder under it crashed the process. The copy of the site's few assets takes
 *  well under a second; five seconds covers a slow disk without making a failed build feel stuck. */
const SETTLE_POLL_MS = 150;
const SETTLE_MAX_MS = 5000;

export interface SiteBuildSummary {
  pages: number;
  indexedPages: number;
  outDir: string;
  /** content files left out or cut down while rendering, as `file:line: reason [rule]` */
  warnings: string[];
}

/**
 * Eleventy, then Pagefind, into a fresh staging folder next to the output; the staging folder replaces
 * the output only when both succeeded, so a failed build leaves the previous site as it was.
 */
export async function buildSite(opts: SiteBuildOptions): Promise<SiteBuildSummary> {
  const outDir = resolve(opts.outDir);
  const staging = `${outDir}.staging-${process.pid}-${Date.now()}`;
  mkdirSync(dirname(outDir), { recursive: true });
  removeStale(outDir);
  let settle = false;
  try {
    const log = (s: string) => opts.quiet || console.error(s);
    log(`build: rendering pages with Eleventy into ${staging}`);
    let written: unknown[];
    try {
      const elev = new Eleventy("content", staging, { configPath: opts.configPath ?? ".eleventy.ts", pathPrefix: opts.pathPrefix, quietMode: true });
      written = ((await elev.write()) as { results?: unknown[] } | unknown[]) as unknown[];
    } catch (e) {
      settle = true;
      throw new RunError("Eleventy could not render the site", "the message above names the template or content file; fix or remove it and build again", { cause: e });
    }
    const pages = countHtml(staging);
    log(`build: indexing ${pages} page(s) with Pagefind`);
    const indexed = await indexSite(staging);
    await opts.beforeSwap?.(staging);
    swapIn(staging, outDir);
    void written;
    return { pages, indexedPages: indexed, outDir, warnings: [...contentWarnings] };
  } finally {
    if (settle) await settled(staging);
    if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  }
}

/** Resolves once nothing has been added to `dir` for one poll, or after SETTLE_MAX_MS. */
async function settled(dir: string) {
  const size = () => (existsSync(dir) ? readdirSync(dir, { recursive: true }).length : 0);
  let last = -1;
  for (let waited = 0; waited < SETTLE_MAX_MS; waited += SETTLE_POLL_MS) {
    const now = size();
    if (now === last) return;
    last = now;
    await new Promise((r) => setTimeout(r, SETTLE_POLL_MS));
  }
}

/** Staging and old folders left by a build that was killed (its process is gone). */
function removeStale(outDir: string) {
  const dir = dirname(outDir);
  const pattern = new RegExp(`^${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(?:staging|old)-(\\d+)-\\d+$`);
  for (const name of readdirSync(dir)) {
    const pid = Number(name.match(pattern)?.[1]);
    if (!pid || isAlive(pid) || !statSync(join(dir, name)).isDirectory()) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
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

/** Replace outDir with staging using renames, so the old site is gone only once the new one is in place;
 *  if the second rename fails, the old site is put back. */
function swapIn(staging: string, outDir: string) {
  const old = `${outDir}.old-${process.pid}-${Date.now()}`;
  const hadOld = existsSync(outDir);
  if (hadOld) renameSync(outDir, old);
  try {
    renameSync(staging, outDir);
  } catch (e) {
    if (hadOld) renameSync(old, outDir);
    throw new RunError(`could not move the new site into ${outDir}; the previous site is unchanged`, "check permissions on the output folder and its parent", { cause: e });
  }
  if (hadOld) rmSync(old, { recursive: true, force: true });
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".html")).length;
}
