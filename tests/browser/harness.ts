import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import type { Browser } from "playwright-core";
import { chromium } from "playwright-core";
import { runScript, sampleProject } from "../integration/sample-project";

/** Debian's Chromium; .ci/run installs it. Tests never download a browser. */
export const CHROMIUM = "/usr/bin/chromium";
export const NO_BROWSER = `no browser at ${CHROMIUM}: the browser tests need Debian's Chromium (run: apt-get install -y chromium; .ci/run does this)`;

/** Builds the sample archive in a throwaway copy of the project (removed when the test file ends), optionally under a sub-path. */
export async function buildSample(pathPrefix?: string): Promise<{ dir: string; site: string }> {
  const dir = sampleProject();
  const r = await runScript(dir, "build.ts", pathPrefix ? ["--pathprefix", pathPrefix] : []);
  if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
  return { dir, site: join(dir, "_site") };
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8", ".svg": "image/svg+xml", ".wasm": "application/wasm" };

/** A static file server on 127.0.0.1 that serves `root` under `prefix`, like a static host would. */
export async function serve(root: string, prefix = "/"): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    if (!path.startsWith(prefix)) return notFound();
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return notFound();
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
    function notFound() {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      res.end(existsSync(join(root, "404.html")) ? readFileSync(join(root, "404.html")) : "not found");
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const addr = server.address();
  if (!addr || typeof addr === "string") throw new Error("no port");
  return { url: `http://127.0.0.1:${addr.port}${prefix}`, server };
}

/** Chromium, or undefined when it is not installed (the caller fails a named test with NO_BROWSER). */
export async function launch(): Promise<Browser | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  // Playwright gives each launch a fresh temporary profile (the --user-data-dir the brief asks for).
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
