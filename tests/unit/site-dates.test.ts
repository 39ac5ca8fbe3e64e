import { describe, expect, test } from "vitest";
import { monthChart, nextMonth, MAX_SLOT_WIDTH } from "../../src/site/chart";
import { pageUrl, paginate } from "../../src/site/listing";
import { periodListings, periodTitle, periodUrl } from "../../src/site/periods";

const art = (day: string, title = day) => ({ day: day.slice(0, 10), sortKey: day, title });

describe("periods", () => {
  test.each([
    ["2025", "/2025/", "2025"],
    ["2025-11", "/2025/11/", "November 2025"],
    ["2025-11-06", "/2025/11/06/", "6 November 2025"],
  ])("should give %s the URL %s and the title %s", (key, url, title) => {
    expect(periodUrl(key)).toBe(url);
    expect(periodTitle(key)).toBe(title);
  });

  test("should link each month to the adjacent months that have articles, skipping empty ones", () => {
    const ls = periodListings([art("2024-12-31"), art("2025-02-01"), art("2025-02-03")]).filter((l) => l.kind === "month");
    expect(ls.map((l) => [l.url, l.prevPeriod?.url, l.nextPeriod?.url])).toEqual([
      ["/2024/12/", undefined, "/2025/02/"],
      ["/2025/02/", "/2024/12/", undefined],
    ]);
  });

  test("should list a period oldest first, by time within a day", () => {
    const day = periodListings([art("2025-02-01T10:00", "b"), art("2025-02-01T09:00", "a"), art("2025-02-01", "c")]).find((l) => l.kind === "day")!;
    expect(day.items.map((i) => i.title)).toEqual(["c", "a", "b"]);
  });

  test("should keep a month's second page when newer months are added", () => {
    const feb = Array.from({ length: 25 }, (_, i) => art(`2025-02-${String(i + 1).padStart(2, "0")}`));
    const before = periodListings(feb).find((l) => l.url === "/2025/02/page/2/")!;
    const after = periodListings([...feb, art("2025-03-01"), art("2025-04-09")]).find((l) => l.url === "/2025/02/page/2/")!;
    expect(after.items).toEqual(before.items);
  });
});

describe("pagination", () => {
  test.each([
    [0, 1],
    [20, 1],
    [21, 2],
    [41, 3],
  ])("should split %i articles into %i page(s)", (n, pages) => {
    const ls = paginate({ kind: "tag", title: "t", description: "", baseUrl: "/tags/t/", items: Array.from({ length: n }, (_, i) => i), notes: [] });
    expect(ls.length).toBe(pages);
    expect(ls.flatMap((l) => l.items)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(ls[pages - 1]!.pageLinks.filter((p) => p.current).map((p) => p.page)).toEqual([pages]);
  });

  test("should keep page one at the listing's own URL", () => {
    expect(pageUrl("/2025/", 1)).toBe("/2025/");
    expect(pageUrl("/2025/", 3)).toBe("/2025/page/3/");
  });
});

describe("month chart", () => {
  test.each([
    ["2025-12", "2026-01"],
    ["2025-09", "2025-10"],
  ])("should follow %s with %s", (a, b) => expect(nextMonth(a)).toBe(b));

  test("should draw one bar per month including empty ones, links only where there are articles", () => {
    const c = monthChart(new Map([["2025-01", 4], ["2025-03", 1]]));
    expect(c.bars.map((b) => [b.count, b.url])).toEqual([[4, "/2025/01/"], [0, undefined], [1, "/2025/03/"]]);
    expect(c.bars[0]!.height).toBeGreaterThan(c.bars[2]!.height);
    expect(c.bars[1]!.height).toBe(0);
    expect(c.bars[2]!.height).toBeGreaterThan(0);
    expect(c.bars[0]!.y + c.bars[0]!.height).toBe(c.axisY);
    expect(c.from).toBe("January 2025");
    expect(c.to).toBe("March 2025");
  });

  test("should label each year once and keep bars inside the drawing", () => {
    const counts = new Map<string, number>();
    for (let y = 2000; y < 2025; y++) counts.set(`${y}-06`, 1);
    const c = monthChart(counts);
    expect(c.years.map((y) => y.label)).toEqual(Array.from({ length: 25 }, (_, i) => String(2000 + i)));
    for (const b of c.bars) expect(b.x + b.width).toBeLessThanOrEqual(c.width);
    expect(c.bars[0]!.width).toBeLessThanOrEqual(MAX_SLOT_WIDTH);
  });

  test("should draw nothing for an archive with no dated articles", () => {
    expect(monthChart(new Map()).bars).toEqual([]);
  });
});
