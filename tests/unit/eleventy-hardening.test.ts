import { describe, expect, test } from "vitest";
import { parseFragment } from "parse5";
import { isSafeUrl, safeMarkdown } from "../../scripts/lib/eleventy-hardening";
import { scriptJson } from "../../src/site/structured-data";
import { articleData, isReservedTag, refuseFrontMatter } from "../../src/site/front-matter-guard";

const md = safeMarkdown();

describe("isSafeUrl", () => {
  test.each([
    ["https://example.org/a?b=c#d", true],
    ["http://example.org", true],
    ["mailto:desk@example.org", true],
    ["/2024/05/", true],
    ["#section", true],
    ["javascript:alert(1)", false],
    ["JaVaScRiPt:alert(1)", false],
    [" \tjavascript:alert(1)", false],
    ["java\u0000script:alert(1)", false],
    ["java\nscript:alert(1)", false],
    ["vbscript:msgbox(1)", false],
    ["data:text/html;base64,PHNjcmlwdD4=", false],
    ["data:image/png;base64,AAAA", false],
    ["file:///etc/passwd", false],
    ["javascript&colon;alert(1)", false],
    ["java%73cript:alert(1)", false],
  ])("should judge %j as safe=%s", (url, safe) => expect(isSafeUrl(url)).toBe(safe));
});

describe("safeMarkdown", () => {
  test.each([
    ["should drop a javascript: link", "[x](javascript:alert(1))"],
    ["should drop an entity-encoded javascript: link", "[x](javascript&#58;alert(1))"],
    ["should drop a tab-split javascript: link", "[x](java&#x09;script:alert(1))"],
    ["should drop a data: link", "[x](data:text/html,<script>alert(1)</script>)"],
    ["should drop a data: image", "![x](data:image/svg+xml,<svg onload=alert(1)>)"],
    ["should drop a javascript: autolink", "<javascript:alert(1)>"],
    ["should escape raw HTML", "<img src=x onerror=alert(1)><script>alert(1)</script>"],
    ["should escape an event handler in raw HTML", '<a href="https://x" onmouseover="alert(1)">x</a>'],
  ])("%s", (_n, src) => {
    const html = md.render(src);
    expect(html).not.toMatch(/<(?:script|img|svg|iframe)\b/i);
    expect(html).not.toMatch(/<a [^>]*href="(?!https?:|mailto:)/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
  });

  test.each([
    ["should keep an https link", "[x](https://example.org)", '<a href="https://example.org">x</a>'],
    ["should keep a mailto link", "[x](mailto:a@example.org)", '<a href="mailto:a@example.org">x</a>'],
    ["should keep an https image", "![x](https://example.org/a.png)", '<img src="https://example.org/a.png" alt="x">'],
    ["should not turn bare URLs into links", "see https://example.org", "see https://example.org"],
  ])("%s", (_n, src, out) => expect(md.render(src)).toContain(out));
});

describe("refuseFrontMatter", () => {
  test.each([
    ["---js\n{ title: 1 }\n---\nx"],
    ["---JS\n{ title: 1 }\n---\nx"],
    ["---Javascript\nmodule.exports = {}\n---\n"],
    ["\uFEFF---js\n{}\n---\n"],
    ["--- js \nx\n---\n"],
    ["---json\n{}\n---\n"],
    ["---coffee\nx = 1\n---\n"],
    ["---\r\ntitle: [unclosed\r\n---\r\n"],
    ["---\ntitle: x\n"],
    ["---\n- a list\n---\n"],
  ])("should refuse %j", (text) => expect(refuseFrontMatter(text)).not.toBeNull());

  test.each([["---\ntitle: fine\n---\nbody"], ["no front matter at all"], ["---yaml\ntitle: x\n---\n"], ["---\n---\nempty"]])("should accept %j", (text) =>
    expect(refuseFrontMatter(text, { article: true })).toBeNull(),
  );

  test.each([
    ["should refuse an article date Eleventy cannot read", "---\ntitle: x\ndate: last Tuesday\n---\n", true, /not a date/],
    ["should accept an ISO timestamp with offset", '---\ndate: "2025-10-17T02:25:00+02:00"\n---\n', false, null],
    ["should accept a plain day", "---\ndate: 2025-10-17\n---\n", false, null],
  ])("%s", (_n, text, refused, reason) => {
    const r = refuseFrontMatter(text, { article: true });
    expect(r !== null).toBe(refused);
    if (reason) expect(r).toMatch(reason);
  });
});

describe("articleData", () => {
  test("should keep only allow-listed keys and name the rest", () => {
    const r = articleData({ title: "T", permalink: "../../x.html", layout: "base.njk", eleventyComputed: { permalink: "/x/" }, pagination: { data: "collections.all" }, templateEngineOverride: "njk,md", permalinkBypassOutputDir: true, dynamicPermalink: true, tags: ["a"] });
    expect(r.data).toEqual({ title: "T", tags: ["a"] });
    expect(r.dropped.sort()).toEqual(['key "dynamicPermalink"', 'key "eleventyComputed"', 'key "layout"', 'key "pagination"', 'key "permalink"', 'key "permalinkBypassOutputDir"', 'key "templateEngineOverride"']);
  });

  test.each([["__proto__"], ["constructor"], ["toString"], ["hasOwnProperty"], ["all"]])("should drop the reserved tag %j", (tag) => {
    expect(isReservedTag(tag)).toBe(true);
    expect(articleData({ tags: ["ok", tag] }).data.tags).toEqual(["ok"]);
  });

  test("should not be polluted by a __proto__ key", () => {
    const r = articleData(JSON.parse('{"__proto__": {"layout": "x"}, "title": "t"}'));
    expect(r.data).toEqual({ title: "t" });
    expect(({} as Record<string, unknown>).layout).toBeUndefined();
  });
});

describe("scriptJson", () => {
  test.each([
    ["</script><script>alert(1)</script>"],
    ["<!--<script>"],
    ["a & b > c \u2028 \u2029"],
    ["]]>"],
  ])("should keep %j inside its script element and round-trip as JSON", (title) => {
    const json = scriptJson({ "@type": "NewsArticle", headline: title });
    const html = `<script type="application/ld+json">${json}</script><p>after</p>`;
    const nodes = (parseFragment(html) as unknown as { childNodes: { nodeName: string; childNodes?: { value?: string }[] }[] }).childNodes;
    expect(nodes.map((n) => n.nodeName)).toEqual(["script", "p"]);
    expect(JSON.parse(nodes[0]!.childNodes![0]!.value!)).toEqual({ "@type": "NewsArticle", headline: title });
  });
});
