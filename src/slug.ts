import { createHash } from "node:crypto";

/** Longest slug we write: short enough for every file system and URL, long enough to read. */
export const SLUG_MAX_LENGTH = 80;
/** Names Windows refuses as file names, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** A file-name-safe slug: NFKC, accents dropped, lowercase ASCII letters, digits and hyphens. */
export function slugify(title: string, fallbackSeed: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, "");
  if (base === "" || RESERVED.test(base)) return `article-${createHash("sha256").update(fallbackSeed).digest("hex").slice(0, 10)}`;
  return base;
}
