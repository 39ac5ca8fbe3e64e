import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { decodeDump, toLines } from "../src/decode";
import { explainLines } from "../src/explain";
import { normalizeDump } from "../src/pipeline";

/**
 * Every rule's fixture cases: tests/fixtures/<rule-id>/<case>/{input.txt,expected.md}. The whole
 * normaliser runs on input.txt and must produce expected.md exactly (articles joined in order).
 * For a junk rule, the case must also show that rule at work in the removal report, so a fixture
 * cannot pass while its rule does nothing.
 */
const ROOT = join(import.meta.dirname, "fixtures");
const REFERENCE = new Date("2026-01-01T00:00:00Z");

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((rule) =>
    readdirSync(join(ROOT, rule.name), { withFileTypes: true })
      .filter((c) => c.isDirectory())
      .map((c) => ({ rule: rule.name, name: c.name, dir: join(ROOT, rule.name, c.name) })),
  );

describe("rule fixtures", () => {
  test("every rule folder has at least one case", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  test.each(cases)("$rule / $name", ({ rule, dir }) => {
    expect(existsSync(join(dir, "input.txt")), `${dir}/input.txt`).toBe(true);
    const result = normalizeDump("input.txt", readFileSync(join(dir, "input.txt")), { reference: REFERENCE });
    const expected = readFileSync(join(dir, "expected.md"), "utf8");
    expect(result.markdown.join("\n")).toBe(expected);
    if (rule.startsWith("remove-")) expect(result.removals.map((r) => r.rule)).toContain(rule);
    // Nothing leaves silently: every line is in an article or in the removal report.
    const decoded = decodeDump(readFileSync(join(dir, "input.txt")));
    if (decoded.ok) expect(explainLines(toLines(decoded.text), result).filter((l) => l.fate.startsWith("dropped"))).toEqual([]);
  });
});
