import { describe, expect, test } from "vitest";
import { byMonth, byYear, datedNewestFirst, dayOf, readableDate, undated } from "../../src/site/archive";

const item = (title: string, date?: unknown) => ({ data: { title, date } });
const items = [item("b", "2025-10-17T02:25"), item("a", "2025-12-14"), item("u"), item("c", new Date("2024-01-02T00:00:00Z")), item("d", "2025-10-03")];

describe("archive", () => {
  test("should read the day as written, with or without a time", () => {
    expect(dayOf("2025-10-17T23:30-05:00")).toBe("2025-10-17");
    expect(dayOf(new Date("2024-01-02T00:00:00Z"))).toBe("2024-01-02");
    expect(dayOf("soon")).toBeUndefined();
  });

  test("should list dated articles newest first and keep undated apart", () => {
    expect(datedNewestFirst(items).map((i) => i.data.title)).toEqual(["a", "b", "d", "c"]);
    expect(undated(items).map((i) => i.data.title)).toEqual(["u"]);
  });

  test("should group by year and by month", () => {
    expect(byYear(items).map((p) => [p.key, p.items.length])).toEqual([["2025", 3], ["2024", 1]]);
    expect(byMonth(items).map((p) => [p.year, p.month, p.items.length])).toEqual([["2025", "12", 1], ["2025", "10", 2], ["2024", "01", 1]]);
  });

  test("should write dates for people", () => {
    expect(readableDate("2025-12-14")).toBe("14 December 2025");
    expect(readableDate(undefined)).toBe("Undated");
  });
});
