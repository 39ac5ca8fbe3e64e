import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { tempDir } from "./temp-dirs";
import { MANIFEST_NAME, normalizeDir } from "../../scripts/lib/normalize-dir";
import { MAX_DUMP_BYTES } from "../../src/decode";

const BODY = "The roof of the old town hall has been repaired after last winter's storms damaged it.\n\nThe building reopens to visitors on Monday.\n";
const dump = (title: string) => `${title}\n\n${BODY}`;

function setup(dumps: Record<string, string | Uint8Array> = { "a.txt": dump("Town Hall Roof Repaired") }) {
  const root = tempDir("normalize-edges-");
  mkdirSync(join(root, "raw"));
  for (const [name, content] of Object.entries(dumps)) writeFileSync(join(root, "raw", name), content);
  return { root, inDir: join(root, "raw"), outDir: join(root, "out"), quiet: true };
}
/** Every file under a folder with its bytes' hash and modification time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const p = join(e.parentPath, e.name);
    out[relative(dir, p)] = `${createHash("sha256").update(readFileSync(p)).digest("hex")} ${statSync(p).mtimeMs}`;
  }
  return out;
}
const article = (o: { outDir: string }, path = "undated/town-hall-roof-repaired.md") => join(o.outDir, path);
const mdFiles = (dir: string) => Object.keys(snapshot(dir)).filter((p) => p.endsWith(".md")).sort();

describe("normalizeDir: nothing lost, nothing overwritten", () => {
  test("should change no file at all (content or time) when run again on the same input", () => {
    const o = setup({ "a.txt": dump("Town Hall Roof Repaired"), "b.txt": dump("Harbour Wall Rebuilt"), "bad.txt": new Uint8Array([0x89, 0x50, 0, 0, 0, 0, 0]) });
    normalizeDir(o);
    const before = snapshot(o.root);
    const s = normalizeDir(o);
    expect(snapshot(o.root)).toEqual(before);
    expect([s.created, s.updated, s.unchanged, s.deleted]).toEqual([0, 0, 2, 0]);
  });

  test("should never modify raw dumps of any kind", () => {
    const o = setup({ "a.txt": dump("Town Hall Roof Repaired"), "cp1252.txt": new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x0a, ...new TextEncoder().encode(BODY)]), "bin.txt": new Uint8Array([0, 1, 2, 3, 0, 0, 0, 0]), "notes.md": "# not a dump" });
    const before = snapshot(o.inDir);
    normalizeDir(o);
    writeFileSync(join(o.inDir, "a.txt"), dump("Town Hall Roof Repaired At Last"));
    const changed = snapshot(o.inDir);
    normalizeDir(o);
    rmSync(join(o.inDir, "a.txt"));
    normalizeDir(o);
    expect(snapshot(o.inDir)).toEqual(Object.fromEntries(Object.entries(changed).filter(([k]) => k !== "a.txt")));
    expect(Object.keys(before).sort()).toEqual(Object.keys(changed).sort());
  });

  test("should keep an edited article when the manifest was lost", () => {
    const o = setup();
    normalizeDir(o);
    const edited = readFileSync(article(o), "utf8").replace("repaired after", "repaired, finally, after");
    writeFileSync(article(o), edited);
    rmSync(join(o.outDir, MANIFEST_NAME));
    writeFileSync(join(o.inDir, "a.txt"), dump("Town Hall Roof Repaired").replace("Monday", "Tuesday"));
    const s = normalizeDir(o);
    expect(readFileSync(article(o), "utf8")).toBe(edited);
    expect(s.keptEdits).toEqual(["undated/town-hall-roof-repaired.md"]);
    expect(mdFiles(o.outDir)).toEqual(["undated/town-hall-roof-repaired.md"]);
  });

  test("should keep an edited article whose dump was deleted, on this run and every later one", () => {
    const o = setup();
    normalizeDir(o);
    writeFileSync(article(o), readFileSync(article(o), "utf8") + "\nMy note.\n");
    rmSync(join(o.inDir, "a.txt"));
    expect(normalizeDir(o).keptEdits).toEqual(["undated/town-hall-roof-repaired.md"]);
    normalizeDir(o);
    expect(readFileSync(article(o), "utf8")).toContain("My note.");
  });

  test("should write beside a file it did not make instead of overwriting it", () => {
    const o = setup();
    mkdirSync(join(o.outDir, "undated"), { recursive: true });
    writeFileSync(article(o), "---\ntitle: Mine\n---\nA page I wrote myself.\n");
    const s = normalizeDir(o);
    expect(readFileSync(article(o), "utf8")).toBe("---\ntitle: Mine\n---\nA page I wrote myself.\n");
    expect(readFileSync(article(o, "undated/town-hall-roof-repaired-2.md"), "utf8")).toContain("reopens to visitors");
    expect(s.created).toBe(1);
    expect(normalizeDir(o).unchanged).toBe(1);
  });

  test("should treat a name differing only in case as taken", () => {
    const o = setup();
    mkdirSync(join(o.outDir, "undated"), { recursive: true });
    writeFileSync(join(o.outDir, "undated/Town-Hall-Roof-Repaired.md"), "someone else's file\n");
    normalizeDir(o);
    expect(mdFiles(o.outDir)).toEqual(["undated/Town-Hall-Roof-Repaired.md", "undated/town-hall-roof-repaired-2.md"]);
  });

  test("should give titles equal after Unicode normalisation separate files", () => {
    const o = setup({ "a.txt": dump("Café Reopens Downtown"), "b.txt": dump("Cafe\u0301 Reopens Downtown"), "c.txt": dump("ＣＡＦＥ Reopens Downtown") });
    normalizeDir(o);
    expect(mdFiles(o.outDir)).toEqual(["undated/cafe-reopens-downtown-2.md", "undated/cafe-reopens-downtown-3.md", "undated/cafe-reopens-downtown.md"]);
  });
});

describe("normalizeDir: every write stays inside the output folder", () => {
  test.each([
    ["../../../../tmp/escape"], ["..\\..\\..\\Windows\\System32\\evil"], ["/etc/passwd"], ["C:\\Windows\\win.ini"], ["CON"], ["nul.txt"], ["LPT1"],
    ["%2e%2e%2f%2e%2e%2fetc"], ["\u202Egnp.exe"], ["....//....//"], ["🙂🙂🙂"], ["a".repeat(500)], ["~/.ssh/authorized_keys"], [".."],
  ])("should keep the article from title %j inside the output folder", (title) => {
    const o = setup({ "a.txt": dump(title) });
    const outside = snapshot(o.root);
    normalizeDir(o);
    const after = snapshot(o.root);
    const added = Object.keys(after).filter((p) => !(p in outside));
    expect(added.length).toBeGreaterThan(0);
    for (const p of added) expect(p.startsWith(`out/`), p).toBe(true);
    for (const p of mdFiles(o.outDir)) expect(p).toMatch(/^(undated|\d{4}\/\d{2})\/[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?(?:-\d+)?\.md$/);
  });

  test("should refuse to write through a folder linked outside the output folder", () => {
    const o = setup();
    const elsewhere = tempDir("normalize-elsewhere-");
    mkdirSync(o.outDir);
    symlinkSync(elsewhere, join(o.outDir, "undated"));
    expect(() => normalizeDir(o)).toThrow(/link to a folder outside/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  test("should leave alone a manifest entry that points outside the output folder", () => {
    const o = setup();
    normalizeDir(o);
    const victim = join(o.root, "victim.md");
    writeFileSync(victim, "keep me\n");
    const m = JSON.parse(readFileSync(join(o.outDir, MANIFEST_NAME), "utf8"));
    m.files["../victim.md"] = { sha256: createHash("sha256").update("keep me\n").digest("hex"), origin: "x.txt#1" };
    writeFileSync(join(o.outDir, MANIFEST_NAME), JSON.stringify(m));
    const s = normalizeDir(o);
    expect(readFileSync(victim, "utf8")).toBe("keep me\n");
    expect(s.warnings.join("\n")).toMatch(/outside the output folder/);
  });
});

describe("normalizeDir: odd input files are named and skipped", () => {
  test.each([
    ["a binary file", "photo.txt", () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0]), /photo\.txt:0: .*binary/],
    ["an empty file", "empty.txt", () => new Uint8Array(), /empty\.txt:0: empty dump/],
    ["a file that is not a dump", "page.html", () => "<p>x</p>", /page\.html:0: skipped: not a text dump/],
    ["damaged UTF-8", "broken.txt", () => new Uint8Array([...new TextEncoder().encode("Zürich title\nsecond line "), 0xff]), /broken\.txt:0: file is UTF-8 with invalid bytes \(first on line 2\)/],
  ])("should report %s by name and still write the other articles", (_n, name, content, warning) => {
    const o = setup({ "a.txt": dump("Town Hall Roof Repaired"), [name]: content() });
    const s = normalizeDir(o);
    expect(s.warnings.join("\n")).toMatch(warning);
    expect(mdFiles(o.outDir)).toEqual(["undated/town-hall-roof-repaired.md"]);
  });

  test("should skip a file over the size limit without reading it", () => {
    const o = setup();
    writeFileSync(join(o.inDir, "huge.txt"), "");
    truncateSync(join(o.inDir, "huge.txt"), MAX_DUMP_BYTES + 1); // sparse: no disk space used
    const s = normalizeDir(o);
    expect(s.warnings.join("\n")).toMatch(new RegExp(`huge\\.txt:0: skipped: file is ${MAX_DUMP_BYTES + 1} bytes, over the`));
    expect(s.articles).toBe(1);
  });

  test("should name a symbolic link and not follow it", () => {
    const o = setup();
    const secret = join(o.root, "secret.txt");
    writeFileSync(secret, dump("Secret Outside Dump"));
    symlinkSync(secret, join(o.inDir, "link.txt"));
    const s = normalizeDir(o);
    expect(s.warnings.join("\n")).toMatch(/link\.txt:0: skipped: not a regular file \(a symbolic link\)/);
    expect(mdFiles(o.outDir)).toEqual(["undated/town-hall-roof-repaired.md"]);
  });
});
