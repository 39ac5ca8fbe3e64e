import yaml from "js-yaml";
import { DateTime } from "luxon";
import { FRONT_MATTER_KEYS } from "../render";

/** Front matter languages Eleventy would execute. Only YAML (the default) is data; anything else is code. */
const OPENING = /^\uFEFF?---[ \t]*([^\r\n]*)\r?\n/;

/**
 * Why a content file must not reach Eleventy, or null when it is safe. A refused file is left out of
 * the build with a warning that names it, instead of failing the whole archive.
 * `article`: the file is an article, whose front matter keys are limited to the allow-list and whose
 * date Eleventy must be able to read (an unreadable date stops Eleventy's whole build).
 */
export function refuseFrontMatter(text: string, options: { article?: boolean } = {}): string | null {
  const open = text.match(OPENING);
  if (!open) return null;
  const lang = open[1]!.trim().toLowerCase();
  if (lang !== "" && lang !== "yaml" && lang !== "yml") return `front matter in "${open[1]!.trim()}" is code, not data; only YAML front matter is accepted`;
  const rest = text.slice(open[0].length);
  const close = rest.search(/^(?:---|\.\.\.)[ \t]*$/m);
  if (close < 0) return "front matter is never closed (no second --- line)";
  let data: unknown;
  try {
    // The schema Eleventy reads front matter with, so a date here is a date there.
    data = yaml.load(rest.slice(0, close));
  } catch (e) {
    return `front matter is not valid YAML: ${(e as Error).message.split("\n")[0]}`;
  }
  if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) return "front matter is not a YAML mapping";
  const date = (data as Record<string, unknown> | null)?.date;
  if (options.article && date !== undefined && !isReadableDate(date)) return `date ${JSON.stringify(date)} is not a date Eleventy can read (expected YYYY-MM-DD or an ISO 8601 timestamp)`;
  return null;
}

function isReadableDate(d: unknown): boolean {
  if (d instanceof Date) return !Number.isNaN(d.getTime());
  return typeof d === "string" && DateTime.fromISO(d, { zone: "utc" }).isValid;
}

/**
 * Tag names Eleventy cannot hold as collections: it keeps collections in a plain object, so a tag named
 * after an Object.prototype member ("constructor", "__proto__") breaks or hijacks the whole build, and
 * "all" would replace the collection of every page. Tags come from the dumps, so these must be filtered.
 */
export function isReservedTag(tag: unknown): boolean {
  return typeof tag === "string" && (tag === "all" || tag in Object.prototype);
}

export interface ArticleData {
  data: Record<string, unknown>;
  /** what was left out, for a warning: keys outside the allow-list and reserved tags */
  dropped: string[];
}

/**
 * An article's front matter as the site may see it: only the allow-listed keys the normaliser writes.
 * Anything else (permalink, layout, eleventyComputed, pagination, templateEngineOverride,
 * permalinkBypassOutputDir…) in a hand-edited or foreign file would let it choose where it is written
 * or how it is rendered, so it is dropped, never interpreted.
 */
export function articleData(data: unknown): ArticleData {
  const out: Record<string, unknown> = {};
  const dropped: string[] = [];
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { data: out, dropped };
  const allowed = new Set<string>(FRONT_MATTER_KEYS);
  for (const [k, v] of Object.entries(data)) {
    if (!allowed.has(k)) dropped.push(`key "${k}"`);
    else if (k === "tags") {
      const tags = (Array.isArray(v) ? v : v == null ? [] : [v]).filter((t) => {
        if (isReservedTag(t)) dropped.push(`tag "${t}"`);
        return !isReservedTag(t);
      });
      out.tags = tags;
    } else out[k] = v;
  }
  return { data: out, dropped };
}
