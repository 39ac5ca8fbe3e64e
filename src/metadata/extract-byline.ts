import type { SourceLine } from "../model";

export interface BylineResult {
  author: string | string[];
  line: SourceLine;
  /** the whole line was the byline (remove it); otherwise only the author was read from it */
  consumeLine: boolean;
}

/** A name is 2–4 capitalised words (with particles such as "van", "de"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:van|von|de|der|da|del|di|la|le|bin|al|el)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}`;
// No "i" flag: \p{Lu} must mean a capital, or "By choosing I Accept, you consent…" reads as a byline.
const BY = new RegExp(String.raw`^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Dd]i)\s+(${NAME}(?:\s*(?:,|and|&|und|et|y)\s*${NAME})*)\s*(?:[,|–—-].*)?$`, "u");
const LABELLED = new RegExp(String.raw`^(?:[Aa]uthor|[Ww]ritten by|[Ww]ords by|[Aa]utor|[Aa]uteur)\s*:?\s*(${NAME})`, "u");
/** "James Thompson3 min read": a byline glued to its reading-time widget. */
const GLUED_READ_TIME = new RegExp(String.raw`^(${NAME})\s*\d+\s*min(?:ute)?s?\s+read\b`, "u");

/** Looks through the head (and the first body lines) for a byline, nearest the body first. */
export function extractByline(lines: readonly SourceLine[]): BylineResult | undefined {
  for (const line of [...lines].reverse()) {
    const t = line.text;
    const m = t.match(BY) ?? t.match(LABELLED) ?? t.match(GLUED_READ_TIME);
    if (m && t.length < 120) {
      const names = m[1]!.split(/\s*(?:,|\band\b|&|\bund\b|\bet\b|\by\b)\s*/u).map((s) => s.trim()).filter(Boolean);
      return { author: names.length === 1 ? names[0]! : names, line, consumeLine: true };
    }
  }
  return undefined;
}
