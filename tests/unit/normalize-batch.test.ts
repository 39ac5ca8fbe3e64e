import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { normalizeDump, normalizeDumps } from "../../src/pipeline";
import { LINE_RULES } from "../../src/rules";
import { normalizeBatch } from "../../scripts/lib/normalize-batch";

const REFERENCE = new Date("2026-01-01T00:00:00Z");
const FIXTURES = join(__dirname, "..", "fixtures");
/** Every fixture input: one-article and several-article dumps, clean and junk-laden. */
const inputs = readdirSync(FIXTURES).flatMap((rule) => readdirSync(join(FIXTURES, rule)).map((c) => ({ file: `${rule}/${c}.txt`, bytes: readFileSync(join(FIXTURES, rule, c, "input.txt")) })));
const enc = (text: string) => new TextEncoder().encode(text);

describe("normalizeDump", () => {
  test("should keep the paragraph a derived title came from", () => {
    const r = normalizeDump("x.txt", new TextEncoder().encode("港の工事は月曜日に終わり、フェリーが再び運航を始めたと町の担当者が話した。港の食堂も再開する予定だ。"), { reference: new Date("2026-01-01") });
    expect(r.articles[0]?.meta.titleSource).toBe("derived");
    expect(r.markdown[0]).toContain("港の食堂も再開する予定だ。");
  });
});

describe("normalizeDumps", () => {
  test("should give each dump what normalizing it alone gives", () => {
    expect(inputs.length).toBeGreaterThan(20);
    const together = normalizeDumps(inputs, { reference: REFERENCE });
    inputs.forEach((input, k) => expect(together[k]).toEqual(normalizeDump(input.file, input.bytes, { reference: REFERENCE })));
  });

  test("should report a dump it cannot decode in its place and go on with the others", () => {
    const [a, b] = normalizeDumps([{ file: "bad.txt", bytes: new Uint8Array([0xff, 0xfe, 0, 0, 1]) }, { file: "ok.txt", bytes: enc("A Harbour Budget Is Approved\n\nThe council approved the harbour budget on Tuesday after a long debate about costs.\n") }], { reference: REFERENCE });
    expect(a!.articles).toEqual([]);
    expect(a!.messages[0]!.rule).toBe("decode");
    expect(b!.articles).toHaveLength(1);
  });
});

describe("normalizeBatch", () => {
  const rule = LINE_RULES[0]!;
  const apply = rule.apply;
  afterEach(() => {
    rule.apply = apply;
  });

  test("should give a dump that breaks a rule its error and the others their articles", () => {
    rule.apply = (lines) => {
      if (lines.some((l) => l.text === "BREAKS THE RULE")) throw new Error("a rule's bug");
      return apply(lines);
    };
    const ok = (title: string) => enc(`${title}\n\nThe council approved the harbour budget on Tuesday after a long debate about costs.\n`);
    const results = normalizeBatch([{ file: "a.txt", bytes: ok("Harbour Budget Approved After Debate") }, { file: "b.txt", bytes: enc("BREAKS THE RULE\n") }, { file: "c.txt", bytes: ok("Ferry Timetable Cut For The Winter") }], REFERENCE);
    expect(results[1]).toBeInstanceOf(Error);
    expect((results[1] as Error).message).toBe("a rule's bug");
    expect(results[0]).toEqual(normalizeDump("a.txt", ok("Harbour Budget Approved After Debate"), { reference: REFERENCE }));
    expect(results[2]).not.toBeInstanceOf(Error);
  });
});
