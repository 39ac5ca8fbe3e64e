import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

const made: string[] = [];
// Registered once per test file (each file runs in its own module scope), so no test has to remember it.
afterAll(removeTempDirs);

/** A fresh folder under the system's temp folder, removed when the test file ends (even if a test failed). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes the folders made so far; links inside them (to node_modules, src) are removed, not followed. */
export function removeTempDirs() {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}
