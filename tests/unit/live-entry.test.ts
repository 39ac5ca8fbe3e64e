import { describe, expect, test } from "vitest";
import { ENTRY_TIME } from "../../src/live-entry";

describe("ENTRY_TIME", () => {
  test.each([
    ["17.41 GMT", true],
    ["09:30 Uhr", true],
    ["9:41 am", true],
    ["11:05 a.m. ET", true],
    ["0:57", false],
    ["2:14 min", false],
  ])("should read %j as a live entry's time: %s", (line, expected) => {
    expect(ENTRY_TIME.test(line)).toBe(expected);
  });
});
