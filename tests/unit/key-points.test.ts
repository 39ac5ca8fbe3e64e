import { describe, expect, test } from "vitest";
import { isDatelineAlone } from "../../src/structure/key-points";

describe("isDatelineAlone", () => {
  test.each([
    ["Hamburg (ots) -", true],
    ["LONDON (Reuters) -", true],
    ["OMAHA, Neb. —", true],
    ["WASHINGTON --", true],
    ["Port Vesey, Harbour State (Harbour Ledger) —", true],
  ])("should take %j for a dateline alone over the text", (line, expected) => {
    expect(isDatelineAlone(line)).toBe(expected);
  });

  test.each([
    ["", "an empty line"],
    ["Hamburg (ots)", "the place without its dash"],
    ["Hamburg (ots) - Die Hafenbehörde meldet", "a dateline that opens its paragraph"],
    ["The council met again on Tuesday —", "a sentence broken at a dash"],
  ])("should not take %j (%s)", (line) => {
    expect(isDatelineAlone(line)).toBe(false);
  });
});
