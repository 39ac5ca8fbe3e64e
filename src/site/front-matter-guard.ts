import yaml from "js-yaml";

/** Front matter languages Eleventy would execute. Only YAML (the default) is data; anything else is code. */
const OPENING = /^\uFEFF?---[ \t]*([^\r\n]*)\r?\n/;

/**
 * Why a content file must not reach Eleventy, or null when it is safe. A refused file is left out of
 * the build with a warning that names it, instead of failing the whole archive.
 */
export function refuseFrontMatter(text: string): string | null {
  const open = text.match(OPENING);
  if (!open) return null;
  const lang = open[1]!.trim().toLowerCase();
  if (lang !== "" && lang !== "yaml" && lang !== "yml") return `front matter in "${open[1]!.trim()}" is code, not data; only YAML front matter is accepted`;
  const rest = text.slice(open[0].length);
  const close = rest.search(/^(?:---|\.\.\.)[ \t]*$/m);
  if (close < 0) return "front matter is never closed (no second --- line)";
  try {
    const data = yaml.load(rest.slice(0, close), { schema: yaml.CORE_SCHEMA });
    if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) return "front matter is not a YAML mapping";
  } catch (e) {
    return `front matter is not valid YAML: ${(e as Error).message.split("\n")[0]}`;
  }
  return null;
}
