/** Dumps built to find work that grows faster than the input: the shapes a hostile or broken page can
 *  take (one 160,000-character word, a page of nothing but teaser headers). Each is made at two sizes,
 *  the second four times the first; a stage that is linear takes about four times as long on it, a
 *  quadratic one sixteen. Every shape here once took seconds to minutes before its stage was fixed. */

export interface HostileShape {
  name: string;
  /** the dump's text at a size (characters of one line, or lines) */
  make(size: number): string;
  sizes: [number, number];
}

const LINE_SIZES: [number, number] = [40_000, 160_000];
const PAGE_SIZES: [number, number] = [4_000, 16_000];

/** One long line after a title, its text `unit` again and again. */
const longLine = (name: string, unit: string): HostileShape => ({ name, sizes: LINE_SIZES, make: (n) => `Title\n\n${unit.repeat(Math.ceil(n / unit.length))}` });
/** A page of `n` lines, the k-th from `line(k)`. */
const page = (name: string, line: (k: number) => string): HostileShape => ({ name, sizes: PAGE_SIZES, make: (n) => `Title\n\n${Array.from({ length: n }, (_, k) => line(k)).join("\n")}` });

export const HOSTILE_SHAPES: HostileShape[] = [
  longLine("one word of capitals", "A"),
  longLine("words glued into one", "Harbour"),
  longLine("reader prompts", "What do you think? "),
  longLine("unclosed image tokens", "!["),
  longLine("empty image tokens", "![]("),
  longLine("flattened list", " * item"),
  longLine("table pipes", "| a "),
  longLine("sentences", "The harbour opened today. "),
  page("teaser headers", () => "More from Harbour News"),
  page("related headers", () => "Related"),
  page("headers and headlines", (k) => (k % 3 === 0 ? "More from Harbour News" : `Harbour headline ${k}`)),
  page("copyright walls", () => "© 2020 Harbour News"),
  page("paragraphs", (k) => `The harbour reopened on day ${k} after a week of repairs to the quay.`),
  page("one paragraph repeated", () => "The harbour reopened after a week of repairs to the quay."),
];

/** Article texts (Markdown) for the archive model: what a hand-edited or hostile article can hold. Each
 *  once took seconds to minutes in the model (link text and names read again and again). */
export const HOSTILE_ARTICLES: HostileShape[] = [
  { name: "unclosed link tokens", sizes: LINE_SIZES, make: (n) => "![".repeat(n / 2) },
  { name: "escaped image tokens", sizes: LINE_SIZES, make: (n) => "!\\[\\](".repeat(n / 6) },
  { name: "one name again and again", sizes: LINE_SIZES, make: (n) => `${"Anna Lind ".repeat(n / 10)}said so.` },
  { name: "one long capitalised word", sizes: LINE_SIZES, make: (n) => `Talks in H${"a".repeat(n)} went on.` },
  // Larger sizes: at 160,000 characters the titles' quadratic cost was still small beside the rest.
  { name: "titles before a name", sizes: [160_000, 640_000], make: (n) => `${"President ".repeat(n / 10)}Anna Lind said so.` },
];

/** A folder of many small dumps whose articles all land in one output folder (undated): the command's
 *  work per article once grew with the folder (9 s for 4,000 dumps, against 1 s for 1,000). */
export const MANY_DUMPS: [number, number] = [1_000, 4_000];
export const smallDump = (k: number): string => `Harbour story ${k} opens\n\nThe harbour reopened on day ${k} after a week of repairs to the quay.\n`;
