import { parseOptions, runCommand } from "./lib/cli";
import { UsageError } from "./lib/errors";
import { normalizeDir } from "./lib/normalize-dir";
import { buildSite } from "./lib/site-build";

const USAGE = `Usage: npm run build -- [--in DIR] [--out DIR] [--pathprefix /sub/path/] [--skip-normalize] [--strict]

Normalises the raw dumps, renders the archive with Eleventy and indexes it with Pagefind.
The new site replaces the output folder only when every step succeeded.

  --in DIR          raw dumps (default: content/raw)
  --out DIR         the static site (default: _site), ready to upload to any static host
  --pathprefix P    deploy under a sub-path, e.g. /archive/ for https://example.org/archive/
  --skip-normalize  render the Markdown already in content/articles as it is
  --strict          exit 3 when there were warnings (the site is still built)
  -h, --help        this text

Exit status: 0 built, 3 built with warnings (--strict only), 1 could not build
(the previous site is left as it was), 2 bad options.`;

async function main(argv: string[]): Promise<number> {
  const args = parseOptions(argv, {
    in: { type: "string", default: "content/raw" },
    out: { type: "string", default: "_site" },
    pathprefix: { type: "string" },
    "skip-normalize": { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.pathprefix !== undefined && !/^\/([\w.~-]+\/)*$/.test(args.pathprefix)) {
    throw new UsageError(`Unexpected --pathprefix "${args.pathprefix}", expected a path like /archive/ (starting and ending with /)`);
  }
  const started = Date.now();
  let warnings = 0;
  if (!args["skip-normalize"]) {
    console.error(`build: normalising dumps from ${args.in}`);
    const n = normalizeDir({ inDir: args.in!, outDir: "content/articles" });
    for (const w of n.warnings) console.error(`warning: ${w}`);
    warnings += n.warnings.length;
    console.error(`build: ${n.dumps} dump(s) → ${n.articles} article(s) (${n.created} new, ${n.updated} updated, ${n.keptEdits.length} kept with your edits)`);
  }
  const s = await buildSite({ outDir: args.out!, pathPrefix: args.pathprefix });
  warnings += s.warnings.length;
  console.log(`build: ${s.pages} page(s) written to ${args.out}, ${s.indexedPages} indexed for search, ${warnings} warning(s), in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return args.strict && warnings ? 3 : 0;
}

runCommand("build", USAGE, () => main(process.argv.slice(2)));
