import { createHash } from "node:crypto";

/** Longest slug we write: short enough for every file system and URL, long enough to read. */
export const SLUG_MAX_LENGTH = 80;
/** Names Windows refuses as file names, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** Latin letters that decomposing leaves whole (Turkish dotless ı, Vietnamese and Croatian đ, Nordic ø
 *  and æ, Polish ł, German ß…), spelled as ASCII the way their readers would. */
const LETTERS: Record<string, string> = { ı: "i", đ: "d", ð: "d", ø: "o", æ: "ae", œ: "oe", ß: "ss", ł: "l", þ: "th", ħ: "h", ŧ: "t", ŀ: "l" };
const UNDECOMPOSED = /[ıđðøæœßłþħŧŀ]/g;

/** Lowercase, accents dropped and the letters above spelled out: the Latin letters of a name as ASCII
 *  (what both the articles' file names and the archive's topic and name pages are made from). */
export const foldLetters = (s: string): string => s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(UNDECOMPOSED, (c) => LETTERS[c]!);

/** A file-name-safe slug: NFKC, accents dropped, lowercase ASCII letters, digits and hyphens. A title
 *  with no such letter (Chinese, Korean, Arabic) gets a stable name from the seed instead: its digits
 *  alone ("2027") named many articles alike. */
export function slugify(title: string, fallbackSeed: string): string {
  const base = foldLetters(title)
    .normalize("NFKC")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, "");
  if (!/[a-z]/.test(base) || RESERVED.test(base)) return `article-${createHash("sha256").update(fallbackSeed).digest("hex").slice(0, 10)}`;
  return base;
}
