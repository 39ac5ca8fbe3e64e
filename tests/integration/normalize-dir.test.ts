import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { tempDir } from "./temp-dirs";
import { normalizeDir } from "../../scripts/lib/normalize-dir";

const DUMP = "Town Hall Roof Repaired\n\nThe roof of the old town hall has been repaired after last winter's storms damaged it.\n\nThe building reopens to visitors on Monday.\n";

function setup() {
  const root = tempDir("normalize-dir-");
  mkdirSync(join(root, "raw"));
  writeFileSync(join(root, "raw/a.txt"), DUMP);
  return { root, inDir: join(root, "raw"), outDir: join(root, "out"), quiet: true };
}
const file = (root: string) => join(root, "out/undated/town-hall-roof-repaired.md");

describe("normalizeDir", () => {
  test("should change no file when run twice on the same input", () => {
    const o = setup();
    const first = normalizeDir(o);
    expect(first.created).toBe(1);
    const before = readFileSync(file(o.root), "utf8");
    const second = normalizeDir(o);
    expect([second.created, second.updated, second.unchanged]).toEqual([0, 0, 1]);
    expect(readFileSync(file(o.root), "utf8")).toBe(before);
  });

  test("should keep a hand-edited article when its dump changes", () => {
    const o = setup();
    normalizeDir(o);
    const edited = readFileSync(file(o.root), "utf8").replace("repaired after", "repaired, at last, after");
    writeFileSync(file(o.root), edited);
    writeFileSync(join(o.inDir, "a.txt"), DUMP.replace("Monday", "Tuesday"));
    const s = normalizeDir(o);
    expect(readFileSync(file(o.root), "utf8")).toBe(edited);
    expect(s.keptEdits).toEqual(["undated/town-hall-roof-repaired.md"]);
    expect(s.warnings.join("\n")).toMatch(/edited by hand/);
  });

  test("should update an untouched article when its dump changes", () => {
    const o = setup();
    normalizeDir(o);
    writeFileSync(join(o.inDir, "a.txt"), DUMP.replace("Monday", "Tuesday"));
    expect(normalizeDir(o).updated).toBe(1);
    expect(readFileSync(file(o.root), "utf8")).toContain("Tuesday");
  });

  test("should keep an edited article whose dump was removed, and delete an untouched one", () => {
    const o = setup();
    writeFileSync(join(o.inDir, "b.txt"), DUMP.replace("Town Hall Roof Repaired", "Harbour Wall Rebuilt"));
    normalizeDir(o);
    writeFileSync(file(o.root), readFileSync(file(o.root), "utf8") + "\nMy note.\n");
    writeFileSync(join(o.inDir, "a.txt"), "");
    writeFileSync(join(o.inDir, "b.txt"), "");
    const s = normalizeDir(o);
    expect(readFileSync(file(o.root), "utf8")).toContain("My note.");
    expect(s.deleted).toBe(1);
  });

  test("should never modify the raw dumps", () => {
    const o = setup();
    normalizeDir(o);
    expect(readFileSync(join(o.inDir, "a.txt"), "utf8")).toBe(DUMP);
  });

  test("should report an empty dump by name and go on", () => {
    const o = setup();
    writeFileSync(join(o.inDir, "empty.txt"), "");
    const s = normalizeDir(o);
    expect(s.articles).toBe(1);
    expect(s.warnings.some((w) => w.startsWith("empty.txt:"))).toBe(true);
  });
});
