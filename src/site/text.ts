/** Small text helpers shared by the archive's pages: slugs, word counts, reading time. Pure. */
import { bracketLinks } from "../text";
import { foldLetters } from "../slug";

/**
 * Adult silent reading speed for non-fiction prose, words per minute (Brysbaert 2019 meta-analysis:
 * 238 wpm). Rounded down a little because news copy is dense with names and numbers.
 */
export const WORDS_PER_MINUTE = 230;
/** Long enough to keep slugs of real tag and entity names distinct, short enough for readable URLs. */
export const MAX_SLUG_LENGTH = 60;

/** A URL-safe slug made only of [a-z0-9-]; names with no Latin letters get a short stable hash. */
export function slugify(name: string): string {
  const s = foldLetters(name)
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, "");
  return s || `n-${hash(name)}`;
}

/** FNV-1a, base 36: stable across runs and machines, enough to tell a few thousand names apart. */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Markdown reduced to the words a reader sees (link targets, emphasis marks and headings' # removed). */
export function plainText(markdown: string): string {
  return linkTexts(markdown)
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_`|]+/g, " ")
    .replace(/[ \t]+/g, " ");
}

/** Markdown links and images replaced by their text, where /!?\[([^\]]*)\]\([^)]*\)/g finds them
 *  (found without the expression, which is quadratic on a text of "![": see bracketLinks). */
export function linkTexts(markdown: string): string {
  let out = "";
  let last = 0;
  for (const [at, close, end] of bracketLinks(markdown, "[")) {
    // An image's "!" (never the previous link's last character, which is its ")").
    const start = markdown.charCodeAt(at - 1) === 0x21 ? at - 1 : at;
    out += markdown.slice(last, start) + markdown.slice(at + 1, close);
    last = end;
  }
  return out + markdown.slice(last);
}

export function wordCount(text: string): number {
  return (plainText(text).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
}

/** Whole minutes, at least one: "0 min read" helps nobody. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Coerces a front-matter value that may be a string or a list into a list of non-empty strings. */
export function asStrings(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v == null ? [] : [v];
  return list.filter((x) => typeof x === "string" || typeof x === "number").map((x) => String(x).trim()).filter(Boolean);
}

export function absoluteUrl(siteUrl: string, pathPrefix: string, path: string): string {
  const origin = siteUrl.replace(/\/+$/, "");
  const prefix = `/${pathPrefix.replace(/^\/+|\/+$/g, "")}`.replace(/\/$/, "");
  return `${origin}${prefix}${path.startsWith("/") ? path : `/${path}`}`;
}
