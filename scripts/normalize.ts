import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { toLines, decodeDump } from "../src/decode";
import { explainLines } from "../src/explain";
import { normalizeDump } from "../src/pipeline";
import { parseOptions, runCommand } from "./lib/cli";
import { RunError } from "./lib/errors";
import { normalizeDir } from "./lib/normalize-dir";

const USAGE = `Usage: npm run normalize -- [--in DIR] [--out DIR] [--report FILE] [--strict]
       npm run normalize -- --explain FILE

Rewrites every raw dump (.txt) in --in as one Markdown file per article in --out
(YYYY/MM/slug.md, or undated/slug.md). Raw dumps are never modified; an article
you edited by hand is never overwritten.

  --in DIR        raw dumps (default: content/raw)
  --out DIR       generated Markdown (default: content/articles)
  --report FILE   where to write the removal report (default: OUT/normalize-report.json)
  --explain FILE  print each line of one dump with its fate (kept, or removed by which rule)
  --strict        exit 3 when there were warnings
  -h, --help      this text

Exit status: 0 ran, 3 ran with warnings (--strict only), 1 could not run, 2 bad options.`;

function main(argv: string[]): number {
  const args = parseOptions(argv, {
    in: { type: "string", default: "content/raw" },
    out: { type: "string", default: "content/articles" },
    report: { type: "string" },
    explain: { type: "string" },
    strict: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.explain) return explain(args.explain);

  const started = Date.now();
  console.error(`normalize: reading dumps from ${args.in}, writing articles to ${args.out}`);
  const s = normalizeDir({ inDir: args.in!, outDir: args.out!, reportPath: args.report });
  for (const w of s.warnings) console.error(`warning: ${w}`);
  console.log(
    `normalize: ${s.dumps} dump(s) read, ${s.articles} article(s): ${s.created} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.deleted} deleted; ` +
      `${s.keptEdits.length} kept with your edits; ${s.linesRemoved} line(s) removed (see ${s.reportPath}); ${s.warnings.length} warning(s); ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return args.strict && s.warnings.length ? 3 : 0;
}

function explain(file: string): number {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new RunError(`cannot read ${file}`, "pass the path of a raw dump, e.g. --explain content/raw/000_example.txt", { cause: e });
  }
  const result = normalizeDump(basename(file), bytes);
  const decoded = decodeDump(bytes);
  for (const m of result.messages) console.error(`${file}:${m.line}: ${m.reason} [${m.rule}]`);
  if (!decoded.ok) return 0;
  for (const a of result.articles) console.log(`article ${a.part}: "${a.meta.title}"${a.meta.date ? ` (${a.meta.date}, ${a.meta.dateSource})` : " (undated)"}`);
  for (const l of explainLines(toLines(decoded.text), result)) {
    if (l.fate === "blank") continue;
    console.log(`${String(l.no).padStart(5)}  ${l.fate}\n       ${l.text.length > 160 ? `${l.text.slice(0, 157)}…` : l.text}`);
  }
  return 0;
}

runCommand("normalize", USAGE, () => main(process.argv.slice(2)));
