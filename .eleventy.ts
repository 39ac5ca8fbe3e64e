import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { rssPlugin } from "@11ty/eleventy-plugin-rss";
import markdownIt from "markdown-it";
import { byMonth, byYear, datedNewestFirst, dateProvenance, dayOf, monthName, readableDate, undated, type ArchiveItem } from "./src/site/archive";
import { refuseFrontMatter } from "./src/site/front-matter-guard";
import { registerArchive } from "./src/site/register";

/** Where the normaliser writes articles, relative to the project root. */
const ARTICLES_GLOB = "./content/articles/**/*.md";

// Eleventy ships no TypeScript types; this is the part of its config API we use.
interface EleventyConfig {
  [key: string]: any;
}

export default function (eleventyConfig: EleventyConfig) {
  // Article text is data, never a template: markdown-it without raw HTML, and no Liquid/Nunjucks pass
  // over Markdown or HTML files (markdownTemplateEngine/htmlTemplateEngine below).
  eleventyConfig.setLibrary("md", markdownIt({ html: false, linkify: false, typographer: false }));
  const refuse = (_: string, options?: { filePath?: string }) => {
    throw new Error(`${options?.filePath ?? "a content file"}: JavaScript front matter is refused; use YAML`);
  };
  eleventyConfig.setFrontMatterParsingOptions({ engines: { js: refuse, javascript: refuse } });

  // A content file with code or broken YAML in its front matter is left out with a warning, so one bad
  // file cannot stop the rest of the archive from building.
  for (const file of markdownFiles("content")) {
    const reason = refuseFrontMatter(readFileSync(file, "utf8"));
    if (reason) {
      console.warn(`[archive] ${relative(".", file)}: left out of the site: ${reason}`);
      eleventyConfig.ignores.add(file);
    }
  }
  eleventyConfig.ignores.add("content/raw/**");
  // Generated articles are git-ignored (they are rebuilt from the dumps) but are the site's content.
  eleventyConfig.setUseGitIgnore(false);

  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPassthroughCopy({ "content/assets": "assets" });

  const articles = (api: any): ArchiveItem[] => api.getFilteredByGlob(ARTICLES_GLOB);
  eleventyConfig.addCollection("articles", (api: any) => [...datedNewestFirst(articles(api)), ...undated(articles(api))]);
  eleventyConfig.addCollection("dated", (api: any) => datedNewestFirst(articles(api)));
  eleventyConfig.addCollection("undated", (api: any) => undated(articles(api)));
  eleventyConfig.addCollection("years", (api: any) => byYear(articles(api)));
  eleventyConfig.addCollection("months", (api: any) => byMonth(articles(api)));

  eleventyConfig.addFilter("readableDate", readableDate);
  eleventyConfig.addFilter("head", (list: unknown[], n: number) => (Array.isArray(list) ? list.slice(0, n) : []));
  eleventyConfig.addFilter("isoDay", (d: unknown) => dayOf(d) ?? "");
  eleventyConfig.addFilter("dateProvenance", dateProvenance);
  eleventyConfig.addFilter("monthName", monthName);
  eleventyConfig.addFilter("year", (d: unknown) => dayOf(d)?.slice(0, 4) ?? "");
  eleventyConfig.addFilter("asList", (v: unknown) => (Array.isArray(v) ? v : v == null || v === "" ? [] : [v]));

  // --- Reader-facing archive (issue #4): listings, indexes, feeds, search; logic lives in src/site/. ---
  const site = JSON.parse(readFileSync("content/_data/site.json", "utf8"));
  eleventyConfig.addPlugin(rssPlugin);
  registerArchive(eleventyConfig, ARTICLES_GLOB, site);
  // Raw dumps are linked from each article as plain text, so a reader can check what was cut.
  eleventyConfig.addPassthroughCopy({ "content/raw": "raw" });
  eleventyConfig.addPassthroughCopy({ "src/site/client": "assets/js" });
  // --- end reader-facing archive ---

  // Articles get their layout from here, never from their own front matter.
  eleventyConfig.addGlobalData("layout", "article.njk");

  return {
    // No `output` here: the build script chooses it (a staging folder), and Eleventy's default is _site.
    dir: { input: "content", includes: "../layouts", data: "_data" },
    templateFormats: ["md", "njk"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => join(e.parentPath ?? (e as any).path, e.name));
}
