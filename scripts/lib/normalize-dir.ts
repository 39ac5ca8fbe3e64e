import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { normalizeDump, type NormalizedDump } from "../../src/pipeline";
import { slugify } from "../../src/slug";
import { RunError } from "./errors";
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
  const warnings: string[] = files.skipped.map((f) => `${f}: skipped: not a text dump (expected ${DUMP_EXTENSIONS.join(" or ")})`);
  const summary: NormalizeDirSummary = { dumps: files.dumps.length, articles: 0, created: 0, updated: 0, unchanged: 0, deleted: 0, keptEdits: [], warnings, linesRemoved: 0, reportPath: opts.reportPath ?? join(outDir, REPORT_NAME) };
  const next: Manifest = { version: 1, inDir, files: {} };
  const taken = new Set<string>();
  const report: unknown[] = [];
  const progress = opts.quiet ? { tick() {}, stop() {} } : startProgress("normalize", files.dumps.length);

  for (const rel of files.dumps) {
    progress.tick(rel);
    let result: NormalizedDump;
    try {
      result = normalizeDump(rel.split(sep).join("/"), readFileSync(join(inDir, rel)), { reference: opts.reference });
    } catch (e) {
      // A bug in a rule must not cost the user the rest of the archive: report it against the file.
      warnings.push(`${rel}:0: the normaliser failed on this dump and skipped it: ${(e as Error).message} [pipeline]`);
      continue;
    }
    for (const m of result.messages) warnings.push(`${rel}:${m.line}: ${m.reason} [${m.rule}]`);
    summary.linesRemoved += result.removals.length;
    const written: { part: number; title: string; path: string }[] = [];
    result.articles.forEach((a, k) => {
      const folder = a.meta.date ? `${a.meta.date.slice(0, 4)}/${a.meta.date.slice(5, 7)}` : "undated";
      const path = uniquePath(folder, slugify(a.meta.title, `${rel}#${a.part}`), taken);
      const md = result.markdown[k]!;
      written.push({ part: a.part, title: a.meta.title, path });
      summary.articles++;
      writeArticle(outDir, path, md, `${rel}#${a.part}`, manifest, next, summary);
    });
    report.push({ file: rel, encoding: result.encoding, articles: written, removed: result.removals, messages: result.messages });
  }
  progress.stop();

  // Articles this input no longer produces: delete ours, keep anything a person touched.
  if (manifest.inDir === inDir) {
    for (const [path, entry] of Object.entries(manifest.files)) {
      if (next.files[path]) continue;
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

/** `folder/slug.md`, with -2, -3… when another article of this run already has that name. Compared
 *  case-insensitively, as macOS and Windows file systems do. */
function uniquePath(folder: string, slug: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const path = `${folder}/${n === 1 ? slug : `${slug}-${n}`}.md`;
    if (!taken.has(path.toLowerCase())) {
      taken.add(path.toLowerCase());
      return path;
    }
  }
}

/** Join and check the result stays inside `root`: a generated name can never write elsewhere. */
export function safeJoin(root: string, rel: string): string {
  const abs = resolve(root, rel);
  if (!isInside(abs, root)) throw new RunError(`refusing to write ${rel}: it resolves outside ${root}`, "this is a bug in the path builder; please report it");
  return abs;
}

function isInside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === "" || (!r.startsWith("..") && !r.startsWith(sep) && !/^[a-zA-Z]:/.test(r));
}

function writeAtomic(path: string, data: string) {
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

function listDumps(inDir: string): { dumps: string[]; skipped: string[] } {
  const dumps: string[] = [];
  const skipped: string[] = [];
  for (const e of readdirSync(inDir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || e.name.startsWith(".")) continue;
    const rel = relative(inDir, join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
    (DUMP_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x)) ? dumps : skipped).push(rel);
  }
  return { dumps: dumps.sort(), skipped: skipped.sort() };
}

