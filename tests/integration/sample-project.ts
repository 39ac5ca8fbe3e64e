import { cpSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { spawn } from "node:child_process";
import { tempDir } from "./temp-dirs";

export const ROOT = resolve(import.meta.dirname, "../..");

/** A throwaway copy of the project (sample dumps, pages, layouts, config) sharing code and node_modules,
 *  so a test can build a whole archive without touching the working tree; removed when the test file ends. */
export function sampleProject(): string {
  const dir = tempDir("archive-test-");
  for (const p of ["content/raw", "content/_data", "content/pages", "content/assets", "layouts", ".eleventy.ts"]) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  for (const p of ["node_modules", "src", "scripts", "package.json"]) symlinkSync(join(ROOT, p), join(dir, p));
  return dir;
}

/** Runs one of the project's scripts the way npm would, in `cwd`. */
export function runScript(cwd: string, script: string, args: string[] = []): Promise<RunResult> {
  return runNode(cwd, [join(ROOT, "scripts", script), ...args]);
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A TypeScript file run through tsx, asynchronously: a test worker blocked in spawnSync for a whole
 *  build cannot answer vitest, which fails the run ("Timeout calling onTaskUpdate") on a slow machine. */
export function runNode(cwd: string, args: string[]): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), ...args], { cwd, env: { ...process.env, FORCE_COLOR: "0" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", fail);
    child.on("close", (status) => done({ status, stdout, stderr }));
  });
}
