import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import yaml from "js-yaml";
import { MAX_DUMP_BYTES } from "../../src/decode";
import type { NormalizedDump } from "../../src/pipeline";
import { slugify } from "../../src/slug";
import { RunError } from "./errors";
import { BATCH_BYTES, BATCH_DUMPS, normalizeBatch } from "./normalize-batch";
import { startProgress } from "./progress";

export const MANIFEST_NAME = ".normalize-manifest.json";
export const REPORT_NAME = "normalize-report.json";
/** Raw dump file endings we read; anything else in the input folder is reported and skipped. */
const DUMP_EXTENSIONS = [".txt", ".text"];

export interface NormalizeDirOptions {
  inDir: string;
  outDir: string;
  reportPath?: string;
  reference?: Date;
  quiet?: boolean;
}

export interface NormalizeDirSummary {
  dumps: number;
  articles: number;
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  keptEdits: string[];
  warnings: string[];
  linesRemoved: number;
  reportPath: string;
}

interface Manifest {
  version: 1;
  inDir?: string;
  files: Record<string, { sha256: string; origin: string }>;
}

const sha256 = (s: string | Buffer) => createHash("sha256").update(s).digest("hex");

/** Normalise every dump in inDir into outDir, never overwriting a file a person has edited. */
export function normalizeDir(opts: NormalizeDirOptions): NormalizeDirSummary {
  const inDir = resolve(opts.inDir);
  const outDir = resolve(opts.outDir);
  if (!existsSync(inDir) || !statSync(inDir).isDirectory()) {
    throw new RunError(`input folder ${opts.inDir} does not exist or is not a folder`, "put your raw dumps (.txt) in it, or pass --in DIR");
  }
  if (isInside(outDir, inDir) || isInside(inDir, outDir)) {
    throw new RunError(`output folder ${opts.outDir} overlaps the input folder ${opts.inDir}`, "raw dumps are never modified: choose an --out folder outside --in");
  }
  mkdirSync(outDir, { recursive: true });
  const manifestPath = join(outDir, MANIFEST_NAME);
  const manifest = readManifest(manifestPath);
  const files = listDumps(inDir);
  const warnings: string[] = files.skipped.map((f) => `${f.rel}:0: skipped: ${f.why} [read]`);
  const summary: NormalizeDirSummary = { dumps: files.dumps.length, articles: 0, created: 0, updated: 0, unchanged: 0, deleted: 0, keptEdits: [], warnings, linesRemoved: 0, reportPath: opts.reportPath ?? join(outDir, REPORT_NAME) };
  const next: Manifest = { version: 1, inDir, files: {} };
  const names: Names = { taken: new Set(), onDisk: new Map() };
  const report: unknown[] = [];
  const progress = opts.quiet ? { tick() {}, stop() {} } : startProgress("normalize", files.dumps.length);

  // Dumps are read one by one and normalised in batches (see BATCH_DUMPS); what each one gave is
  // written, warned about and reported in the input's order, as if one at a time.
  let pending: { rel: string; bytes?: Buffer; skipped?: string }[] = [];
  let pendingBytes = 0;
  const flush = () => {
    const toRun = pending.filter((p) => p.bytes);
    const results = normalizeBatch(toRun.map((p) => ({ file: p.rel.split(sep).join("/"), bytes: p.bytes! })), opts.reference);
    let done = 0;
    for (const { rel, skipped } of pending) {
      progress.tick(rel);
      if (skipped) {
        warnings.push(skipped);
        continue;
      }
      const result = results[done++]!;
      // A bug in a rule must not cost the user the rest of the archive: report it against the file.
      if (result instanceof Error) warnings.push(`${rel}:0: the normaliser failed on this dump and skipped it: ${result.message} [pipeline]`);
      else writeResult(rel, result);
    }
    pending = [];
    pendingBytes = 0;
  };
  const writeResult = (rel: string, result: NormalizedDump) => {
    for (const m of result.messages) warnings.push(`${rel}:${m.line}: ${m.reason} [${m.rule}]`);
    summary.linesRemoved += result.removals.length;
    const written: { part: number; title: string; path: string }[] = [];
    result.articles.forEach((a, k) => {
      const origin = `${rel}#${a.part}`;
      const md = result.markdown[k]!;
      const path = choosePath(outDir, folderOf(a.meta.date), slugify(a.meta.title, origin), { file: rel.split(sep).join("/"), part: a.part, md }, manifest, names);
      written.push({ part: a.part, title: a.meta.title, path });
      summary.articles++;
      writeArticle(outDir, path, md, origin, manifest, next, summary);
    });
    report.push({ file: rel, encoding: result.encoding, articles: written, removed: result.removals, messages: result.messages });
  };
  for (const rel of files.dumps) {
    try {
      // Checked before reading, so a multi-gigabyte file renamed .txt costs nothing.
      const size = statSync(join(inDir, rel)).size;
      if (size > MAX_DUMP_BYTES) pending.push({ rel, skipped: `${rel}:0: skipped: file is ${size} bytes, over the ${MAX_DUMP_BYTES}-byte limit for one dump (split it into one file per page) [decode]` });
      else {
        const bytes = readFileSync(join(inDir, rel));
        pending.push({ rel, bytes });
        pendingBytes += bytes.length;
      }
    } catch (e) {
      pending.push({ rel, skipped: `${rel}:0: skipped: cannot read it: ${(e as Error).message} [read]` });
    }
    if (pending.length >= BATCH_DUMPS || pendingBytes >= BATCH_BYTES) flush();
  }
  flush();
  progress.stop();

  // Articles this input no longer produces: delete ours, keep anything a person touched.
  if (manifest.inDir === inDir) {
    for (const [path, entry] of Object.entries(manifest.files)) {
      if (next.files[path]) continue;
      if (!isInside(resolve(outDir, path), outDir)) {
        warnings.push(`${MANIFEST_NAME}:0: lists ${JSON.stringify(path)}, which is outside the output folder; left alone [normalize]`);
        continue;
      }
      const abs = safeJoin(outDir, path);
      if (!existsSync(abs)) continue;
      if (sha256(readFileSync(abs)) === entry.sha256) {
        rmSync(abs);
        summary.deleted++;
      } else {
        summary.keptEdits.push(path);
        warnings.push(`${path}:0: its dump no longer produces this article, but you edited it, so it was kept [normalize]`);
      }
    }
  }
  writeAtomic(manifestPath, JSON.stringify(next, null, 1) + "\n");
  writeAtomic(summary.reportPath, JSON.stringify({ input: opts.inDir, output: opts.outDir, dumps: report }, null, 1) + "\n");
  return summary;
}

function writeArticle(outDir: string, path: string, md: string, origin: string, old: Manifest, next: Manifest, s: NormalizeDirSummary) {
  const abs = safeJoin(outDir, path);
  const hash = sha256(md);
  if (existsSync(abs)) {
    const current = sha256(readFileSync(abs));
    if (current === hash) {
      s.unchanged++;
      next.files[path] = { sha256: hash, origin };
      return;
    }
    if (old.files[path]?.sha256 !== current) {
      // Not what we last wrote: a person edited it (or made it). Theirs wins; we keep tracking our hash
      // of it so the file stays "edited" on later runs.
      s.keptEdits.push(path);
      s.warnings.push(`${path}:0: edited by hand since it was generated; kept your version (delete it to regenerate) [normalize]`);
      next.files[path] = old.files[path] ?? { sha256: hash, origin };
      return;
    }
    s.updated++;
  } else s.created++;
  mkdirSync(dirname(abs), { recursive: true });
  writeAtomic(abs, md);
  next.files[path] = { sha256: hash, origin };
}

/** Where an article goes by its date: YYYY/MM, or undated. Anything but a plain ISO date is undated,
 *  so a date can never become a path of its own. */
function folderOf(date: string | undefined): string {
  const m = date?.match(/^(\d{4})-(\d{2})(?:-|$)/);
  return m ? `${m[1]}/${m[2]}` : "undated";
}

/**
 * `folder/slug.md`, with -2, -3… when the name is taken: by another article of this run, or by a file
 * that is not this article's (a file someone put there, or another dump's article that a person
 * edited). Names are compared case-insensitively, as macOS and Windows file systems do, so two
 * articles never share a file there either.
 */
function choosePath(outDir: string, folder: string, slug: string, mine: { file: string; part: number; md: string }, old: Manifest, names: Names): string {
  for (let n = 1; ; n++) {
    const path = `${folder}/${n === 1 ? slug : `${slug}-${n}`}.md`;
    if (names.taken.has(path.toLowerCase())) continue;
    const onDisk = existingName(outDir, path, names);
    if (onDisk === undefined || (onDisk === path && mayWrite(join(outDir, path), path, mine, old))) {
      names.taken.add(path.toLowerCase());
      return path;
    }
  }
}

/** The names this run has chosen (lowercase), and the files each output folder held when the run first
 *  looked into it (lowercase name → name on disk). Files the run writes are in `taken` before they
 *  exist, so a folder is listed once: listing it for every article was quadratic (4,000 dumps into
 *  one folder took 9 s, against 1 s for 1,000). */
interface Names {
  taken: Set<string>;
  onDisk: Map<string, Map<string, string>>;
}

/** Whether the file at `path` is this article's to update (or to keep as the person's edit of it). */
function mayWrite(abs: string, path: string, mine: { file: string; part: number; md: string }, old: Manifest): boolean {
  if (!lstatSync(abs).isFile()) return false;
  const text = readFileSync(abs, "utf8");
  const tracked = old.files[path];
  if (tracked) return tracked.origin === `${mine.file}#${mine.part}` || tracked.sha256 === sha256(text);
  if (sha256(text) === sha256(mine.md)) return true;
  // Not in the manifest (lost or deleted): ours only if its front matter says it came from this dump part.
  const origin = originOf(text);
  return origin?.file === mine.file && origin.part === mine.part;
}

function originOf(text: string): { file?: unknown; part?: unknown } | undefined {
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/);
  try {
    // js-yaml's load builds plain data only; never gray-matter here, which would run ---js front matter.
    const data = m ? (yaml.load(m[1]!) as { origin?: { file?: unknown; part?: unknown } } | null) : null;
    return data?.origin;
  } catch {
    return undefined;
  }
}

/** The name a file has on disk when one matches `path` case-insensitively in its folder. */
function existingName(outDir: string, path: string, names: Names): string | undefined {
  const folder = dirname(path);
  let listing = names.onDisk.get(folder);
  if (!listing) {
    const dir = join(outDir, folder);
    listing = new Map();
    // Two names that differ only in case (possible on Linux): the first listed answers, as before.
    for (const n of existsSync(dir) ? readdirSync(dir) : []) if (!listing.has(n.toLowerCase())) listing.set(n.toLowerCase(), n);
    names.onDisk.set(folder, listing);
  }
  const hit = listing.get(path.slice(folder.length + 1).toLowerCase());
  return hit === undefined ? undefined : `${folder}/${hit}`;
}

/** Join and check the result stays inside `root`: a generated name can never write elsewhere. */
export function safeJoin(root: string, rel: string): string {
  const abs = resolve(root, rel);
  if (!isInside(abs, root)) throw new RunError(`refusing to write ${rel}: it resolves outside ${root}`, "this is a bug in the path builder; please report it");
  // A symbolic link inside the output folder (a folder linked elsewhere) must not carry writes out of it.
  const parent = nearestExisting(dirname(abs));
  if (!isInside(realpathSync(parent), realpathSync(root))) {
    throw new RunError(`refusing to write ${rel}: ${relative(root, parent) || "."} is a link to a folder outside ${root}`, "replace the link with a real folder");
  }
  return abs;
}

function nearestExisting(dir: string): string {
  while (!existsSync(dir)) dir = dirname(dir);
  return dir;
}

function isInside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === "" || (!r.startsWith("..") && !r.startsWith(sep) && !/^[a-zA-Z]:/.test(r));
}

/** Write via a temporary file and a rename, so a crash never leaves half a file; an identical file is
 *  left untouched, so a run with nothing new changes nothing (not even modification times). */
function writeAtomic(path: string, data: string) {
  if (existsSync(path) && readFileSync(path, "utf8") === data) return;
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

function readManifest(path: string): Manifest {
  if (!existsSync(path)) return { version: 1, files: {} };
  try {
    const m = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    return m && m.files ? m : { version: 1, files: {} };
  } catch (e) {
    throw new RunError(`cannot read ${path}`, "it records which articles were generated; delete it only if you have no hand edits to protect", { cause: e });
  }
}

function listDumps(inDir: string): { dumps: string[]; skipped: { rel: string; why: string }[] } {
  const dumps: string[] = [];
  const skipped: { rel: string; why: string }[] = [];
  for (const e of readdirSync(inDir, { withFileTypes: true, recursive: true })) {
    if (e.isDirectory() || e.name.startsWith(".")) continue;
    const rel = relative(inDir, join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
    // Links and special files (a FIFO would block the read forever) are named and skipped, never followed.
    if (!e.isFile()) skipped.push({ rel, why: `not a regular file (${e.isSymbolicLink() ? "a symbolic link" : "a device, socket or pipe"}); links are not followed` });
    else if (!DUMP_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) skipped.push({ rel, why: `not a text dump (expected ${DUMP_EXTENSIONS.join(" or ")})` });
    else dumps.push(rel);
  }
  return { dumps: dumps.sort(), skipped: skipped.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)) };
}

