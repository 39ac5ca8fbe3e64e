import type { SourceLine } from "../model";

export interface SourceResult {
  source: string;
  line: SourceLine;
}

/** Disclaimers and footers that name the publication: "… not necessarily those of Kyiv Post.",
 *  "© 2024 The Example Times". The publication name is 1–5 capitalised words. */
const OUTLET = String.raw`((?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4})`;
/** Each pattern with a plain test that every line it matches passes: most lines fail that test, and
 *  the unanchored disclaimer pattern would otherwise read every character of every paragraph. */
const PATTERNS: { mayMatch: (text: string) => boolean; re: RegExp }[] = [
  { mayMatch: (t) => t.includes("not necessarily"), re: new RegExp(String.raw`not necessarily (?:reflect )?(?:those|the views?|the opinions?) of\s+${OUTLET}\s*\.?$`, "u") },
  { mayMatch: (t) => /^[©(cC]/.test(t), re: new RegExp(String.raw`^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*${OUTLET}`, "iu") },
];

export function extractSource(lines: readonly SourceLine[]): SourceResult | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    for (const { mayMatch, re } of PATTERNS) {
      const m = mayMatch(lines[i]!.text) ? lines[i]!.text.match(re) : null;
      // "Canal Gazette. All rights reserved": the name ends at its sentence or a separator.
      if (m) return { source: m[1]!.split(/\.\s|\s[|–—-]\s/)[0]!.replace(/[.,]+$/, "").trim(), line: lines[i]! };
    }
  }
  return undefined;
}
