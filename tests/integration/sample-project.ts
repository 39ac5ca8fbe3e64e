import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";

export const ROOT = resolve(import.meta.dirname, "../..");

/** A throwaway copy of the project (sample dumps, pages, layouts, config) sharing code and node_modules,
 *  so a test can build a whole archive without touching the working tree. */
export function sampleProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "archive-test-"));
  for (const p of ["content/raw", "content/_data", "content/pages", "content/assets", "layouts", ".eleventy.ts"]) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  for (const p of ["node_modules", "src", "scripts", "package.json"]) symlinkSync(join(ROOT, p), join(dir, p));
  return dir;
}

/** Runs one of the project's scripts the way npm would, in `cwd`. */
export function runScript(cwd: string, script: string, args: string[] = []) {
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "scripts", script), ...args], { cwd, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
