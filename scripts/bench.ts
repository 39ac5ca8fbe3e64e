import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { normalizeDump } from "../src/pipeline";

const USAGE = `Usage: npm run bench -- [--in DIR] [--runs N]

Measures normaliser throughput (MB of raw text per second, one core) over every dump in --in,
repeated --runs times; prints the median and the spread, never a single timing.

  --in DIR    dumps to normalise (default: content/raw)
  --runs N    repetitions (default: 7)`;

const { values: args } = parseArgs({ options: { in: { type: "string", default: "content/raw" }, runs: { type: "string", default: "7" }, help: { type: "boolean", short: "h", default: false } } });
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const files = readdirSync(args.in!).filter((f) => f.endsWith(".txt")).map((f) => ({ f, bytes: readFileSync(join(args.in!, f)) }));
const total = files.reduce((n, x) => n + x.bytes.length, 0);
const reference = new Date("2026-01-01T00:00:00Z");
const runs = Number(args.runs);
console.error(`bench: ${files.length} dump(s), ${(total / 1e6).toFixed(2)} MB, ${runs} run(s) after one warm-up`);
for (const x of files) normalizeDump(x.f, x.bytes, { reference });
const rates: number[] = [];
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  for (const x of files) normalizeDump(x.f, x.bytes, { reference });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  rates.push(total / 1e6 / s);
  console.error(`bench: run ${r + 1}/${runs}: ${(total / 1e6 / s).toFixed(2)} MB/s`);
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)]!;
console.log(`bench: normaliser median ${median.toFixed(2)} MB/s (min ${rates[0]!.toFixed(2)}, max ${rates[rates.length - 1]!.toFixed(2)}) over ${runs} runs; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
