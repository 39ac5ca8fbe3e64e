import { spawn } from "node:child_process";
import { join } from "node:path";
import { parseOptions, runCommand } from "./lib/cli";
import { UsageError } from "./lib/errors";
import { normalizeDir } from "./lib/normalize-dir";
import { buildSite } from "./lib/site-build";

const USAGE = `Usage: npm start -- [--port N]

Normalises the dumps, builds the site once (so search works), then runs Eleventy's dev server
with live reload on http://localhost:8080/. Edit layouts or articles and the page reloads.

  --port N    port for the dev server (default 8080)
  -h, --help  this text`;

async function main(argv: string[]): Promise<number> {
  const args = parseOptions(argv, { port: { type: "string", default: "8080" }, help: { type: "boolean", short: "h", default: false } });
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (!/^\d{2,5}$/.test(args.port!)) throw new UsageError(`Unexpected --port "${args.port}", expected a number such as 8080`);
  const n = normalizeDir({ inDir: "content/raw", outDir: "content/articles" });
  for (const w of n.warnings) console.error(`warning: ${w}`);
  await buildSite({ outDir: "_site" });
  console.error(`serve: starting Eleventy's dev server on port ${args.port} (Ctrl+C to stop)`);
  const child = spawn(process.execPath, [join("node_modules", "tsx", "dist", "cli.mjs"), join("node_modules", "@11ty", "eleventy", "cmd.cjs"), "--config=.eleventy.ts", "--serve", `--port=${args.port}`, "--incremental"], { stdio: "inherit" });
  return new Promise((res) => child.on("exit", (code) => res(code ?? 0)));
}

runCommand("serve", USAGE, () => main(process.argv.slice(2)));
