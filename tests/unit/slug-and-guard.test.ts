import { describe, expect, test } from "vitest";
import { refuseFrontMatter } from "../../src/site/front-matter-guard";
import { SLUG_MAX_LENGTH, slugify } from "../../src/slug";

describe("slugify", () => {
  test.each([
    ["should fold accents and case", "Zürich Élection Résultats", "zurich-election-resultats"],
    ["should drop path separators and dots", "../../etc/passwd", "etc-passwd"],
    ["should drop apostrophes inside words", "Trump’s Exit", "trumps-exit"],
    ["should spell letters that do not decompose as their readers would", "Zeytinyağı ihracatında Đà Nẵng, Straße, Bjørn, Łódź", "zeytinyagi-ihracatinda-da-nang-strasse-bjorn-lodz"],
  ])("%s", (_n, title, slug) => expect(slugify(title, "seed")).toBe(slug));

  test("should fall back to a stable id when nothing is left or the name is reserved", () => {
    expect(slugify("…!!!", "a#1")).toMatch(/^article-[0-9a-f]{10}$/);
    expect(slugify("…!!!", "a#1")).toBe(slugify("???", "a#1"));
    expect(slugify("CON", "a#2")).toMatch(/^article-/);
    // A Chinese headline's digits alone would name many articles alike.
    expect(slugify("台中綠空鐵道延伸段動工 預計2027年完工", "a#3")).toMatch(/^article-[0-9a-f]{10}$/);
  });

  test("should bound the length", () => {
    expect(slugify("word ".repeat(100), "s").length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
  });
});

describe("refuseFrontMatter", () => {
  test.each([
    ["---js\n{ title: 1 }\n---\nx"],
    ["---JavaScript\nmodule.exports = {}\n---\n"],
    ["--- js \nx\n---\n"],
    ["---\ntitle: [unclosed\n---\n"],
    ["---\ntitle: x\n"],
  ])("should refuse %j", (text) => expect(refuseFrontMatter(text)).not.toBeNull());

  test.each([["---\ntitle: fine\n---\nbody"], ["no front matter at all"], ["---yaml\ntitle: x\n---\n"]])("should accept %j", (text) =>
    expect(refuseFrontMatter(text)).toBeNull(),
  );
});
