import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { clearCaches, normalizeDump, normalizeDumps } from "../src/pipeline";
import { findEntities } from "../src/site/entities";
import { buildModel } from "../src/site/model";
import { BATCH_DUMPS } from "./lib/normalize-batch";
import { HOSTILE_ARTICLES, HOSTILE_SHAPES, MANY_DUMPS, smallDump } from "./lib/hostile-dumps";
import { normalizeDir } from "./lib/normalize-dir";
import { syntheticArticles } from "./lib/synthetic-archive";

const USAGE = `Usage: npm run bench -- [--in DIR] [--runs N]

Measures, on one core, each repeated --runs times after a warm-up (the normaliser's short passes
three times as often), and prints medians and spreads (never a single timing: the machines are shared):
  - normaliser throughput in MB of raw text per second over every dump in --in, once warmed up (the
    steady state of a long run over many dumps: each pass starts with the caches emptied, so the
    same dumps count as new ones), in batches as the normalize command runs, and one dump at a
    time; and the first, cold pass on its own;
  - how the normaliser's time grows on hostile shapes of input (one huge word, a page of headers):
    each at two sizes, four times apart (about 4x as long is linear, 16x quadratic), and of the
    archive model and of the normalize command over many dumps (written to a temporary folder);
  - the archive model (listings, names, related articles) for 3,000 synthetic articles.

  --in DIR    dumps to normalise (default: content/raw)
  --runs N    repetitions (default: 7)`;

const { values: args } = parseArgs({ options: { in: { type: "string", default: "content/raw" }, runs: { type: "string", default: "7" }, help: { type: "boolean", short: "h", default: false } } });
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench: Unexpected --runs "${args.runs}", expected a whole number of at least 1`);
  process.exit(2);
}

/** Warm-up before timing: the JIT compiles the hot code over the first few passes (on the samples, pass
 *  times fall by a third over the first five), so at least this many passes and this long. */
const WARM_UP_PASSES = 3;
const WARM_UP_MS = 1500;

/** Seconds one call of fn takes. */
function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** A fixed piece of plain arithmetic, timed beside the normaliser: on the shared machines the same
 *  loop takes anywhere from 1× to 6× its quiet time from one second to the next, and its spread says
 *  how much of the normaliser's spread is the machine's. */
const REFERENCE_ADDS = 2e7;
let sink = 0;
function referenceLoop(): void {
  let s = 0;
  for (let i = 0; i < REFERENCE_ADDS; i++) s = (s + i) | 0;
  sink ^= s;
}

/** A pass over the samples takes tens of milliseconds, so one burst of load on the shared machine can
 *  spoil all of a few runs: the normaliser gets this many times --runs (each run still one pass), and
 *  its median moves less from one bench to the next. */
const NORMALISER_RUNS_FACTOR = 3;
/** Progress lines for runs this short would drown the summary: one line every this many runs. */
const PROGRESS_EVERY = 7;

/** Median and spread of `count` timings of fn, in seconds, after a warm-up; `beside` is timed right
 *  before each run. */
function measure(label: string, fn: () => void, warmUp = { passes: 1, ms: 0 }, beside?: number[], count = runs): number[] {
  const started = Date.now();
  for (let n = 0; n < warmUp.passes || Date.now() - started < warmUp.ms; n++) fn();
  const times: number[] = [];
  for (let r = 0; r < count; r++) {
    if (beside) beside.push(time(referenceLoop));
    times.push(time(fn));
    if (count <= PROGRESS_EVERY || (r + 1) % PROGRESS_EVERY === 0 || r + 1 === count) console.error(`bench: ${label}: run ${r + 1}/${count}: ${times[times.length - 1]!.toFixed(3)} s`);
  }
  return times.sort((a, b) => a - b);
}
const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;

const files = readdirSync(args.in!).filter((f) => f.endsWith(".txt")).map((f) => ({ f, bytes: readFileSync(join(args.in!, f)) }));
const mb = files.reduce((n, x) => n + x.bytes.length, 0) / 1e6;
const reference = new Date("2026-01-01T00:00:00Z");
console.error(`bench: ${files.length} dump(s), ${mb.toFixed(2)} MB, ${runs} run(s) after a warm-up of ${WARM_UP_PASSES}+ passes and ${WARM_UP_MS / 1000}+ s`);
// Each pass starts with empty caches, as a pass over dumps never seen before does: otherwise the dates
// read in the previous pass of these same dumps would be remembered (on the samples that alone made
// a pass about 12% faster).
// The normalize command reads dumps in batches (normalizeDumps, stage by stage across a batch); the
// bench does the same, and also times one dump at a time for comparison.
const inputs = files.map((x) => ({ file: x.f, bytes: x.bytes }));
const normalizeAll = () => {
  clearCaches();
  for (let i = 0; i < inputs.length; i += BATCH_DUMPS) normalizeDumps(inputs.slice(i, i + BATCH_DUMPS), { reference });
};
const normalizeEach = () => {
  clearCaches();
  for (const x of files) normalizeDump(x.f, x.bytes, { reference });
};
const cold = time(normalizeAll);
const loops: number[] = [];
const norm = measure("normaliser", normalizeAll, { passes: WARM_UP_PASSES, ms: WARM_UP_MS }, loops, runs * NORMALISER_RUNS_FACTOR);
const each = measure("normaliser, one dump at a time", normalizeEach, { passes: WARM_UP_PASSES, ms: 0 }, undefined, runs * NORMALISER_RUNS_FACTOR);
loops.sort((a, b) => a - b);
console.log(`bench: normaliser median ${(mb / median(norm)).toFixed(2)} MB/s (slowest run ${(mb / norm[norm.length - 1]!).toFixed(2)}, fastest ${(mb / norm[0]!).toFixed(2)}) over ${norm.length} runs of ${mb.toFixed(2)} MB, in batches of up to ${BATCH_DUMPS} dumps as \`normalize\` runs; one dump at a time ${(mb / median(each)).toFixed(2)} MB/s; first (cold) pass ${(mb / cold).toFixed(2)} MB/s`);
const ms = (x: number) => `${(x * 1000).toFixed(0)} ms`;
console.log(`bench: machine check: a fixed loop timed before each run took median ${ms(median(loops))} (fastest ${ms(loops[0]!)}, slowest ${ms(loops[loops.length - 1]!)}); a wide spread means a busy machine, and the fastest run is then the better guide.`);

/** Tries at each size of a hostile shape; the fastest counts (a burst of load only ever slows a try). */
const HOSTILE_TRIES = 3;
/** Growth past this for 4x the input is flagged: linear work gives about 4, quadratic 16. */
const HOSTILE_MAX_GROWTH = 8;
/** How much longer a run takes on the second of two sizes than on the first (the fastest of
 *  HOSTILE_TRIES each). `prepare` builds the input for a size, untimed, and returns the timed run. */
function growth(name: string, sizes: readonly [number, number], prepare: (size: number) => () => void) {
  const fastest = (size: number) => {
    const run = prepare(size);
    let best = Infinity;
    for (let r = 0; r < HOSTILE_TRIES; r++) best = Math.min(best, time(run));
    return best;
  };
  const [a, b] = sizes.map(fastest) as [number, number];
  console.error(`bench: hostile input: ${name}: ${ms(a)} -> ${ms(b)} (${(b / a).toFixed(1)}x)`);
  return { name, growth: b / a, seconds: b };
}
const site = { title: "S", url: "https://x.org", pathPrefix: "/" };
/** The normalize command over a folder of many small dumps, in a temporary folder removed after. */
function manyDumps() {
  const tmp = mkdtempSync(join(tmpdir(), "bench-many-"));
  try {
    return growth("normalize command: many dumps into one folder", MANY_DUMPS, (count) => {
      const dir = join(tmp, `in-${count}`);
      mkdirSync(dir);
      for (let k = 0; k < count; k++) writeFileSync(join(dir, `d${k}.txt`), smallDump(k));
      return () => {
        rmSync(join(tmp, "out"), { recursive: true, force: true });
        normalizeDir({ inDir: dir, outDir: join(tmp, "out"), reference, quiet: true });
      };
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
const hostile = [
  ...HOSTILE_SHAPES.map((shape) => growth(`normaliser: ${shape.name}`, shape.sizes, (size) => {
    const bytes = new TextEncoder().encode(shape.make(size));
    return () => {
      clearCaches();
      normalizeDump("hostile.txt", bytes, { reference });
    };
  })),
  ...HOSTILE_ARTICLES.map((shape) => growth(`archive model: ${shape.name}`, shape.sizes, (size) => {
    const text = shape.make(size);
    return () => void buildModel([{ url: "/a/", title: "T", date: "2020-01-01", authors: [], tags: [], text }], site);
  })),
  manyDumps(),
].sort((x, y) => y.growth - x.growth);
const worst = hostile[0]!;
const slowest = [...hostile].sort((x, y) => y.seconds - x.seconds)[0]!;
const flagged = hostile.filter((h) => h.growth > HOSTILE_MAX_GROWTH);
console.log(`bench: hostile input: 4x the input took at most ${worst.growth.toFixed(1)}x as long (${worst.name}; linear is about 4x, quadratic 16x); slowest ${ms(slowest.seconds)} (${slowest.name})${flagged.length ? `; GROWS FASTER THAN THE INPUT: ${flagged.map((h) => h.name).join(", ")}` : ""}`);

const articles = syntheticArticles(3000);
const model = measure("archive model", () => void buildModel(articles, site));
const names = measure("names", () => void findEntities(articles.map((a) => a.text)));
console.log(`bench: archive model for 3,000 articles median ${median(model).toFixed(2)} s; names alone ${median(names).toFixed(2)} s`);
console.log(`bench: heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
