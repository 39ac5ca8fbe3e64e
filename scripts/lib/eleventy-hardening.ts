import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import yaml from "js-yaml";
import markdownIt from "markdown-it";
import { articleData, refuseFrontMatter } from "../../src/site/front-matter-guard";
import { scriptJson } from "../../src/site/structured-data";

/**
 * Everything that keeps content (dumps, generated or hand-edited articles) from acting as code in
 * Eleventy. Templates (layouts/, content/pages/*.njk, _data) are trusted; Markdown is not.
 */

/** URL schemes a link or image in article Markdown may use; anything else (javascript:, data:,
 *  vbscript:, file:…) is dropped by markdown-it and the text stays as it was written. */
const LINK_SCHEMES = new Set(["http:", "https:", "mailto:"]);
const IMAGE_SCHEMES = new Set(["http:", "https:"]);
const SCHEME = /^([a-z][a-z0-9+.-]*:)/i;

/** Whether markdown-it may emit this URL. Relative URLs (no scheme) stay: they cannot carry script.
 *  Control characters and spaces are stripped first, as browsers do before reading the scheme. */
export function isSafeUrl(url: string, schemes: ReadonlySet<string> = LINK_SCHEMES): boolean {
  const bare = url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, "");
  const m = bare.match(SCHEME);
  // A relative URL whose first segment holds an entity or escape ("javascript&colon;…", "java%73cript:")
  // is harmless once markdown-it escapes it, but is never a real link: refuse it rather than reason about it.
  if (!m) return !/^[^/?#]*[&%]/.test(bare);
  return schemes.has(m[1]!.toLowerCase());
}

/** markdown-it for article text: no raw HTML, no autolinking, only allow-listed link schemes. */
export function safeMarkdown() {
  const md = markdownIt({ html: false, linkify: false, typographer: false });
  md.validateLink = (url: string) => isSafeUrl(url);
  // Images go through validateLink too; keep them to http(s) by checking the token's own src.
  md.core.ruler.push("image-schemes", (state) => {
    for (const t of state.tokens) {
      for (const c of t.children ?? []) {
        if (c.type === "image" && !isSafeUrl(c.attrGet("src") ?? "", IMAGE_SCHEMES)) c.attrSet("src", "");
      }
    }
  });
  return md;
}


// Eleventy ships no TypeScript types; this is the part of its config API used here.
interface EleventyConfig {
  [key: string]: any;
}

export interface HardenOptions {
  /** Eleventy's input folder */
  contentDir: string;
  /** where generated articles live, under contentDir */
  articlesDir: string;
  /** where raw dumps live, never part of the site */
  rawDir: string;
}

/** Problems found in content files during the last configuration, as `file:line: reason [rule]`, so the
 *  build script can count them (Eleventy loads this module in the same process). */
export const contentWarnings: string[] = [];

export function hardenEleventy(config: EleventyConfig, opts: HardenOptions) {
  contentWarnings.length = 0;
  const warn = (s: string) => {
    contentWarnings.push(s);
    console.warn(`warning: ${s}`);
  };
  config.setLibrary("md", safeMarkdown());
  // JSON inside <script type="application/ld+json">: `{{ data | jsonScript | safe }}` cannot end the element.
  config.addFilter("jsonScript", scriptJson);

  const articlesRoot = resolve(opts.articlesDir);
  const isArticle = (file: unknown) => typeof file === "string" && isInside(resolve(file), articlesRoot);
  const refuse = (_: string, options?: { filePath?: string }) => {
    throw new Error(`${options?.filePath ?? "a content file"}: JavaScript front matter is refused; use YAML`);
  };
  // Article front matter is filtered to the allow-list while it is parsed, before Eleventy looks at
  // permalink, layout, pagination or computed data; pages and layouts are templates and keep theirs.
  const data = (parse: (s: string) => unknown) => (text: string, options?: { filePath?: string }) =>
    isArticle(options?.filePath) ? articleData(parse(text)).data : parse(text);
  config.setFrontMatterParsingOptions({
    engines: { yaml: data((s) => yaml.load(s)), json: data((s) => JSON.parse(s)), js: refuse, javascript: refuse },
  });

  // A content file with code or broken YAML in its front matter is left out with a warning, so one bad
  // file cannot stop the rest of the archive from building.
  for (const file of markdownFiles(opts.contentDir)) {
    const text = readFileSync(file, "utf8");
    const name = relative(".", file);
    const reason = refuseFrontMatter(text, { article: isArticle(file) });
    if (reason) {
      warn(`${name}:1: left out of the site: ${reason} [front-matter]`);
      config.ignores.add(file);
    } else if (isArticle(file)) {
      const dropped = articleData(frontMatterOf(text)).dropped;
      if (dropped.length) warn(`${name}:1: ignored in its front matter: ${dropped.join(", ")} (articles take only the keys the normaliser writes) [front-matter]`);
    }
  }
  config.ignores.add(`${opts.rawDir}/**`);
  refuseDataFiles(opts.articlesDir);
}

/**
 * Eleventy reads data files next to templates (x.11tydata.js, or a folder's own folder.json) and runs
 * the JavaScript ones: planted among the generated articles, one would run code or set permalinks for
 * a whole folder, past the front matter filter. The normaliser writes only Markdown and its two
 * dot-named JSON files there, so anything else of that kind stops the build before Eleventy loads it.
 */
function refuseDataFiles(articlesDir: string) {
  if (!existsSync(articlesDir)) return;
  for (const e of readdirSync(articlesDir, { withFileTypes: true, recursive: true })) {
    const folder = e.parentPath ?? (e as any).path;
    const stem = e.name.replace(/\.[^.]+$/, "");
    const isData = /\.11tydata\.|\.(?:c|m)?js$|\.ts$/i.test(e.name) || (/\.json$/i.test(e.name) && stem === folder.split(sep).pop());
    if (isData) throw new Error(`${relative(".", join(folder, e.name))}: a data or code file among the generated articles, which Eleventy would load; remove it (the articles folder holds only Markdown written by the normaliser)`);
  }
}

function frontMatterOf(text: string): unknown {
  const m = text.match(/^\uFEFF?---[^\n]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/);
  try {
    return m ? yaml.load(m[1]!) : null;
  } catch {
    return null;
  }
}

function isInside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r !== "" && !r.startsWith("..") && !r.startsWith(sep) && !/^[a-zA-Z]:/.test(r);
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(".md"))
    .map((e) => join(e.parentPath ?? (e as any).path, e.name));
}
