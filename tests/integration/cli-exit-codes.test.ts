import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { tempDir } from "./temp-dirs";
import { runScript } from "./sample-project";

/** Exit codes as the README documents them: 0 ran, 3 ran with warnings (--strict), 1 could not run, 2 bad usage. */
function project(withWarning: boolean) {
  const root = tempDir("cli-exit-");
  mkdirSync(join(root, "raw"));
  writeFileSync(join(root, "raw/a.txt"), "Town Hall Roof Repaired\n\nThe roof of the old town hall has been repaired after the storms.\n");
  if (withWarning) writeFileSync(join(root, "raw/empty.txt"), "");
  return root;
}

describe("normalize exit codes", () => {
  test.each([
    ["should exit 0 when all went well", false, ["--strict"], 0, /1 article\(s\)/],
    ["should exit 0 with warnings when not strict", true, [], 0, /empty\.txt:0: empty dump/],
    ["should exit 3 with warnings under --strict", true, ["--strict"], 3, /empty\.txt:0: empty dump/],
    ["should exit 2 on an unknown option", false, ["--frobnicate"], 2, /Unexpected option '--frobnicate'/],
    ["should exit 1 when the input folder is missing", false, ["--in", "nowhere"], 1, /input folder nowhere does not exist[\s\S]*hint:/],
    ["should exit 1 when the output overlaps the input", false, ["--out", "raw/out"], 1, /overlaps the input folder/],
  ])("%s", async (_n, warn, args, status, output) => {
    const root = project(warn);
    const r = await runScript(root, "normalize.ts", ["--in", "raw", "--out", "out", ...args]);
    expect(r.status, r.stderr).toBe(status);
    expect(r.stdout + r.stderr).toMatch(output);
  });
});

describe("build exit codes", () => {
  test.each([
    ["should exit 2 on an unknown option", ["--frobnicate"], /Unexpected option '--frobnicate'/],
    ["should exit 2 on a bad path prefix", ["--pathprefix", "../x"], /Unexpected --pathprefix/],
  ])("%s", async (_n, args, output) => {
    const r = await runScript(project(false), "build.ts", args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(output);
  });
});
