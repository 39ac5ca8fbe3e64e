import { HtmlBasePlugin } from "@11ty/eleventy";
import { readFileSync } from "node:fs";
import { rssPlugin } from "@11ty/eleventy-plugin-rss";
import { hardenEleventy } from "./scripts/lib/eleventy-hardening";
import { byMonth, byYear, dateProvenance, dayOf, monthName, readableDate, undated, type ArchiveItem } from "./src/site/archive";
import { registerArchive } from "./src/site/register";

/** Where the normaliser writes articles, relative to the project root. */
const ARTICLES_GLOB = "./content/articles/**/*.md";

// Eleventy ships no TypeScript types; this is the part of its config API we use.
interface EleventyConfig {
  [key: string]: any;
}

export default function (eleventyConfig: EleventyConfig) {
  // Security (issue #5): content is data, never code. Markdown without raw HTML or unsafe link schemes,
  // article front matter cut to the allow-list, JavaScript front matter refused, broken files left out.
  // See scripts/lib/eleventy-hardening.ts; template engines stay off for Markdown and HTML (below).
  hardenEleventy(eleventyConfig, { contentDir: "content", articlesDir: "content/articles", rawDir: "content/raw" });

  // Generated articles are git-ignored (they are rebuilt from the dumps) but are the site's content.
  eleventyConfig.setUseGitIgnore(false);

  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPassthroughCopy({ "content/assets": "assets" });

  const articles = (api: any): ArchiveItem[] => api.getFilteredByGlob(ARTICLES_GLOB);
  eleventyConfig.addCollection("undated", (api: any) => undated(articles(api)));
  eleventyConfig.addCollection("years", (api: any) => byYear(articles(api)));
  eleventyConfig.addCollection("months", (api: any) => byMonth(articles(api)));

  eleventyConfig.addFilter("readableDate", readableDate);
  eleventyConfig.addFilter("head", (list: unknown[], n: number) => (Array.isArray(list) ? list.slice(0, n) : []));
  eleventyConfig.addFilter("isoDay", (d: unknown) => dayOf(d) ?? "");
  eleventyConfig.addFilter("dateProvenance", dateProvenance);
  eleventyConfig.addFilter("monthName", monthName);
  eleventyConfig.addFilter("year", (d: unknown) => dayOf(d)?.slice(0, 4) ?? "");

  // --- Reader-facing archive (issue #4): listings, indexes, feeds, search; logic lives in src/site/. ---
  const site = JSON.parse(readFileSync("content/_data/site.json", "utf8"));
  eleventyConfig.addPlugin(rssPlugin);
  registerArchive(eleventyConfig, ARTICLES_GLOB, site);
  // Raw dumps are linked from each article as plain text, so a reader can check what was cut. Only
  // .txt: an .html or .svg dropped among the dumps must not be served as a live page.
  eleventyConfig.addPassthroughCopy({ "content/raw/**/*.txt": "raw" });
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
