import { describe, expect, test } from "vitest";
import { editDistance, findEntities, nameKey } from "../../src/site/entities";
import { relatedArticles } from "../../src/site/related";
import { groupByName } from "../../src/site/taxonomy";
import { readingMinutes, slugify, wordCount } from "../../src/site/text";

describe("names and slugs", () => {
  test.each([
    ["Zelenskyy", "zelensky"],
    ["Zelenskiy", "zelensky"],
    ["Zelensky’s", "zelensky"],
    ["Viktor Orbán", "viktor orban"],
  ])("should key %s as %s", (name, key) => expect(nameKey(name)).toBe(key));

  test.each([
    ["Security Guarantees", "security-guarantees"],
    ["Orbán", "orban"],
    ["<script>", "script"],
    ["Straße", "strasse"],
    ["Kırşehir", "kirsehir"],
  ])("should slug %s as %s", (name, slug) => expect(slugify(name)).toBe(slug));

  test("should give names without Latin letters a stable non-empty slug", () => {
    expect(slugify("Київ")).toMatch(/^n-[a-z0-9]+$/);
    expect(slugify("Київ")).toBe(slugify("Київ"));
    expect(slugify("Київ")).not.toBe(slugify("Харків"));
  });

  test.each([
    ["kitten", "sitting", 3],
    ["zelensky", "zelenski", 1],
    ["", "abc", 3],
  ])("should count the edits from %s to %s as %i", (a, b, n) => expect(editDistance(a, b)).toBe(n));

  test("should group tags whose slugs match under the most used spelling", () => {
    const g = groupByName([["NATO"], ["Nato"], ["NATO", "Europe"]], (x) => x);
    expect(g.map((x) => [x.name, x.variants, x.items.length])).toEqual([["Europe", [], 1], ["NATO", ["Nato"], 3]]);
  });

  test.each([
    [0, 1],
    [230, 1],
    [1150, 5],
  ])("should read %i words in %i minute(s)", (w, m) => expect(readingMinutes(w)).toBe(m));

  test("should count the words a reader sees, not Markdown syntax", () => {
    expect(wordCount("# Title\n\nOne *two* [three](http://x.y/z) four.")).toBe(5);
  });
});

describe("entities", () => {
  const texts = [
    "President Volodymyr Zelensky met officials in Kyiv on Monday. Zelensky said the talks went well.",
    "Zelenskyy travelled from Kyiv to Berlin. The talks in Berlin were long, Zelenskiy said.",
    "The NATO summit discussed Pokrovsk. Fighting near Pokrovsk went on as NATO watched.",
    "Reporters in Berlin wrote about Pokrovsk for NATO.",
  ];

  test("should merge spelling variants and a bare surname into one person", () => {
    const people = findEntities(texts).filter((e) => e.kind === "person");
    expect(people.map((p) => p.name)).toEqual(["Volodymyr Zelensky"]);
    expect(people[0]!.variants).toEqual(expect.arrayContaining(["Zelensky", "Zelenskyy", "Zelenskiy"]));
    expect(people[0]!.articles).toEqual([0, 1]);
    expect(findEntities(texts.slice(0, 1)).map((e) => e.name)).toEqual([]);
  });

  test("should type places by the words before them and acronyms as organisations", () => {
    const byKind = (k: string) => findEntities(texts).filter((e) => e.kind === k).map((e) => e.name);
    expect(byKind("place")).toEqual(["Berlin", "Kyiv", "Pokrovsk"]);
    expect(byKind("organisation")).toEqual(["NATO"]);
  });

  test("should leave out names mentioned once and ordinary words that open a sentence", () => {
    const names = findEntities([...texts, "Fighting continued. The fighting was near Lviv."]).map((e) => e.name);
    expect(names).not.toContain("Lviv");
    expect(names).not.toContain("Fighting");
    expect(names).not.toContain("Monday");
  });

  test("should not merge short names one letter apart", () => {
    const e = findEntities(["Troops in Iran and in Iraq.", "Talks in Iran, then in Iraq."]);
    expect(e.map((x) => x.name)).toEqual(["Iran", "Iraq"]);
  });

  test.each([
    ["should take a six-word name", "Crews of the New South Wales Rural Fire Service arrived.", "New South Wales Rural Fire Service"],
    ["should not take a run of seven capitalised words for a name", "Talks were held in Harbour Ferry Quay Port Tide Dock Pier today.", undefined],
    ["should not take a name longer than 80 characters", `Talks were held in Harbour${"master".repeat(14)}haus Quay today.`, undefined],
  ])("%s", (_n, sentence, name) => {
    const found = findEntities([sentence, sentence]).map((e) => e.name);
    if (name) expect(found).toContain(name);
    else expect(found).toEqual([]);
  });
});

describe("related articles", () => {
  const a = (title: string, tags: string[], entities: string[], sortKey = "2025-01-01") => ({ title, tags, entities, sortKey });

  test("should rank by shared tags over shared names and leave out weak links", () => {
    const x = a("x", ["nato", "eu"], ["kyiv", "putin"]);
    const tag = a("tag", ["nato", "eu"], []);
    const names = a("names", [], ["kyiv", "putin"]);
    const one = a("one", [], ["kyiv"]);
    const r = relatedArticles([x, tag, names, one]);
    expect(r.get(x)!.map((o) => o.title)).toEqual(["tag", "names"]);
    expect(r.get(one)).toEqual([]);
  });

  test("should ignore a name found in most articles", () => {
    const all = Array.from({ length: 6 }, (_, i) => a(`a${i}`, [], ["ukraine", "everywhere"]));
    expect(relatedArticles(all).get(all[0]!)).toEqual([]);
  });
});

describe("entities on a large archive", () => {
  // Speed is measured by `npm run bench`; this checks the result at that size.
  test("should find the names shared by 3,000 articles", () => {
    // Distinct made-up surnames, so the candidate list is large as in a real archive.
    const name = (i: number) => `Kor${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) % 26 | 0))}${String.fromCharCode(97 + ((i / 676) % 26 | 0))}enko`;
    const texts = Array.from({ length: 3000 }, (_, i) => `Officials met ${name(i)} in Kyiv. Later ${name(i + 1)} said the talks with ${name(i + 2)} went well near Odesa.`);
    const e = findEntities(texts);
    expect(e.find((x) => x.name === "Kyiv")?.articles.length).toBe(3000);
  });
});
