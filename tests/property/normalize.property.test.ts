import fc from "fast-check";
import matter from "gray-matter";
import { describe, expect, test } from "vitest";
import { safeMarkdown } from "../../scripts/lib/eleventy-hardening";
import { decodeDump, toLines } from "../../src/decode";
import { explainLines } from "../../src/explain";
import { normalizeDump, normalizeDumps } from "../../src/pipeline";
import { FRONT_MATTER_KEYS } from "../../src/render";

/** Enough random dumps to hit every stage's branches while keeping the suite fast (~10 s on 2 cores). */
const RUNS = 200;
const REFERENCE = new Date("2025-06-15T12:00:00Z");

/** Lines real dumps are made of: prose, page furniture the junk rules look for, metadata, structure. */
const furniture = fc.constantFrom(
  "Share on Facebook", "Share", "Tweet", "Advertisement", "ADVERTISEMENT", "Table of Contents", "Popular posts", "Related articles",
  "Comments (3)", "Leave a comment", "Keywords: elections, city council, budget.", "Tags: all, constructor, __proto__",
  "By Jane Doe and John Smith", "By Jane Doe | 5 min read", "Published: March 3, 2024", "Updated 2 hours ago", "Yesterday at 10:15",
  "| Year | Votes |", "| 2024 | 1,204 |", "| cut off", "• first point", "- second point", "1. one", "2. two", "> quoted",
  "---", "---js", "...", "# heading?", "![](https://example.org/x.png)", "Image: Reuters", "Listen to this article",
  "{{ 7 * 191 }}", "{% raw %}{% endraw %}", "<script>alert(1)</script>", "[x](javascript:alert(1))", "permalink: /evil/",
);
const sentence = fc.array(fc.constantFrom("The", "council", "voted", "on", "Tuesday", "to", "repair", "roof", "of", "old", "hall", "after", "storms", "Zürich", "März", "2025", "said", "«quoted»", "“words”"), { minLength: 3, maxLength: 40 }).map((w) => `${w.join(" ")}.`);
const title = fc.array(fc.constantFrom("Town", "Hall", "Roof", "Repaired", "After", "Storm", "Council", "Vote", "Élection", "CON", "../..", "NUL"), { minLength: 1, maxLength: 9 }).map((w) => w.join(" "));
const randomText = fc.oneof(fc.string({ unit: "grapheme", maxLength: 80 }), fc.string({ unit: "binary", maxLength: 40 }), fc.string({ maxLength: 60 }));
const line = fc.oneof({ arbitrary: sentence, weight: 5 }, { arbitrary: furniture, weight: 3 }, { arbitrary: randomText, weight: 2 }, { arbitrary: fc.constant(""), weight: 2 }, { arbitrary: title, weight: 1 });
const dump = fc.record({
  lines: fc.array(line, { maxLength: 60 }),
  eol: fc.constantFrom("\n", "\r\n", "\r"),
  bom: fc.boolean(),
});
const bytesOf = (d: { lines: string[]; eol: string; bom: boolean }) => {
  const text = new TextEncoder().encode(d.lines.join(d.eol));
  return d.bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...text]) : text;
};

const md = safeMarkdown();
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("normalizeDump on random dumps", () => {
  test("should give each dump of a batch what normalizing it alone gives", () => {
    fc.assert(
      fc.property(fc.array(dump, { minLength: 1, maxLength: 4 }), (ds) => {
        const inputs = ds.map((d, k) => ({ file: `random-${k}.txt`, bytes: bytesOf(d) }));
        const together = normalizeDumps(inputs, { reference: REFERENCE });
        inputs.forEach((input, k) => expect(together[k]).toEqual(normalizeDump(input.file, input.bytes, { reference: REFERENCE })));
      }),
      { numRuns: RUNS / 4 },
    );
  });
  test("should never throw, and write well-formed Markdown with allow-listed front matter", () => {
    fc.assert(
      fc.property(dump, (d) => {
        const r = normalizeDump("random.txt", bytesOf(d), { reference: REFERENCE });
        expect(r.markdown.length).toBe(r.articles.length);
        for (const doc of r.markdown) {
          expect(LONE_SURROGATE.test(doc), "lone surrogate in output").toBe(false);
          expect(Buffer.from(doc, "utf8").toString("utf8")).toBe(doc);
          const parsed = matter(doc);
          expect(Object.keys(parsed.data).every((k) => (FRONT_MATTER_KEYS as readonly string[]).includes(k))).toBe(true);
          expect(typeof parsed.data.title).toBe("string");
          expect(parsed.data.origin).toEqual(expect.objectContaining({ file: "random.txt" }));
          // The body is text: markdown-it may make paragraphs, headings, lists, quotes, tables, code blocks
          // (a line of code under a sentence's colon: "permalink: /evil/" is a YAML line) and section breaks
          // (the source's own "* * *" lines), nothing else (em is render.ts's own "table is cut off" note).
          const tags = new Set([...md.render(parsed.content).matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]));
          for (const t of tags) expect(["p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "em", "hr", "pre", "code"]).toContain(t);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("should account for every input line: kept in an article or removed by a named rule", () => {
    fc.assert(
      // Tables are left out here: their known bug has its own test below.
      fc.property(dump.map((d) => ({ ...d, lines: d.lines.map((l) => l.replace(/^(\s*)\|/, "$1¦")) })), (d) => {
        const bytes = bytesOf(d);
        const decoded = decodeDump(bytes);
        if (!decoded.ok) return;
        const r = normalizeDump("random.txt", bytes, { reference: REFERENCE });
        const lost = explainLines(toLines(decoded.text), r).filter((l) => l.fate.startsWith("dropped"));
        expect(lost.map((l) => `${l.no}: ${l.text}`)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  test("should give identical output when run twice", () => {
    fc.assert(
      fc.property(dump, (d) => {
        const a = normalizeDump("random.txt", bytesOf(d), { reference: REFERENCE });
        const b = normalizeDump("random.txt", bytesOf(d), { reference: REFERENCE });
        expect(b).toEqual(a);
      }),
      { numRuns: RUNS },
    );
  });

  test("should never throw on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const r = normalizeDump("bytes.txt", bytes, { reference: REFERENCE });
        for (const doc of r.markdown) expect(doc.includes("\uFFFD") && !new TextDecoder().decode(bytes).includes("\uFFFD")).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("normaliser bugs found by the properties, now fixed", () => {
  // A table block used to record only its first source line, so its later rows were "dropped (no rule)".
  test("should account for every row of a table", () => {
    const text = "Town Hall Roof Repaired\nThe council voted on Tuesday to repair the roof of the old hall after storms.\n| Year | Votes |\n|---|---|\n| 2024 | 1,204 |\nMore text follows here in a sentence.";
    const r = normalizeDump("table.txt", new TextEncoder().encode(text), { reference: REFERENCE });
    expect(explainLines(toLines(text), r).filter((l) => l.fate.startsWith("dropped"))).toEqual([]);
  });
});
