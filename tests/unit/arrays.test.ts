import { describe, expect, test } from "vitest";
import { maxOf, pushAll } from "../../src/arrays";
import { normalizeDump } from "../../src/pipeline";

/** More items than V8 takes as the arguments of one call (about 120,000). */
const MANY = 300_000;

describe("array helpers on hostile sizes", () => {
  test("should append more items than one call can take as arguments", () => {
    const target = [0];
    pushAll(target, new Array<number>(MANY).fill(1));
    expect(target.length).toBe(MANY + 1);
  });

  test.each([
    ["should find the largest of many numbers", Array.from({ length: MANY }, (_, i) => i % 1000), 999],
    ["should give the empty value for no numbers", [], -Infinity],
  ])("%s", (_n, numbers, max) => expect(maxOf(numbers)).toBe(max));

  test("should normalise a dump of 200,000 lines that are all removed, reporting each", () => {
    const bytes = new TextEncoder().encode(Array.from({ length: 200_000 }, () => "Share").join("\n"));
    const result = normalizeDump("d.txt", bytes, { reference: new Date("2026-01-01T00:00:00Z") });
    expect(result.articles).toEqual([]);
    expect(result.removals.length).toBe(200_000);
  });
});
