/**
 * The normaliser's data model. Every stage takes and returns these plain objects, so each one can be
 * tested with strings alone and the report can always say which source line went where.
 */

/** One line of a decoded dump. `no` is its 1-based line number in the dump, kept through every stage. */
export interface SourceLine {
  no: number;
  text: string;
  /** a line of a code block in the text, as written (its indentation kept): see find-code */
  code?: string;
  /** a line of a deals post's product card: its product's name, a feature, its price, or the rest of its
   *  offer (the product's full name, the shop, the shop's button): see product-cards */
  card?: "name" | "feature" | "price" | "offer";
}

/** A piece of text taken out of an article, with the rule that took it and why. Nothing leaves silently. */
export interface Removal {
  line: number;
  text: string;
  rule: string;
  reason: string;
}

/** A problem in the content: reported as `file:line: reason [rule]`, never fatal. */
export interface Message {
  line: number;
  rule: string;
  reason: string;
}

/** "break": a section break the source marked with a line of its own ("* * *", "-----"). */
export type BlockKind = "paragraph" | "heading" | "list-item" | "table" | "quote" | "break" | "code";

/** A rebuilt piece of article structure. `line` is the source line it came from. */
export interface Block {
  kind: BlockKind;
  text: string;
  line: number;
  /** heading level (2–4) */
  level?: number;
  /** list items: numbered or bulleted */
  ordered?: boolean;
  /** numbered list items: the number the source gave the item, printed as it stands */
  number?: number;
  /** table rows, header first */
  rows?: string[][];
  /** table: the source stopped in the middle of a row */
  truncated?: boolean;
  /** a paragraph printed bold: an interview's question */
  strong?: boolean;
  /** a block rebuilt from several source lines (a table, code) ends on this one */
  endLine?: number;
  /** a line of a deals post's product card: each card lists its own product's features, which
   *  other cards share, so no card's line is a repeat */
  card?: boolean;
}

/** Where the date was read: "updated" is a page's last update, when no publication date was shown. */
export type DateSource = "metadata" | "published" | "updated" | "dateline" | "text";

export interface ArticleMeta {
  title: string;
  /** "dump" when the dump states the title; "derived" when the normaliser made one up from the text */
  titleSource: "dump" | "derived";
  /** ISO 8601: YYYY-MM-DD, or a full timestamp with offset when the dump states the time */
  date?: string;
  dateSource?: DateSource;
  author?: string | string[];
  source?: string;
  section?: string;
  tags: string[];
  summary?: string;
}

/** One article found in a dump, ready to render. */
export interface Article {
  part: number;
  meta: ArticleMeta;
  blocks: Block[];
}

/** A stretch of a dump believed to hold one article, before cleaning. */
export interface Segment {
  lines: SourceLine[];
  /** the article's title line, when the split cue showed where it is */
  title?: SourceLine;
}

/** A line-level junk rule: looks at the lines still kept and names the ones to remove. */
export interface LineRule {
  id: string;
  apply(lines: readonly SourceLine[]): LineMark[];
}

/** `index` points into the array the rule was given. */
export interface LineMark {
  index: number;
  reason: string;
  /** the removed line ended the article (a "More in …" or "Popular posts" header): the article text
   *  does not continue past it, whatever prose follows */
  wall?: boolean;
  /** the removed line was part of the text's own furniture (a chart's labels between two paragraphs):
   *  the text runs on across it, as if it were not there, instead of paying for a gap of removed lines */
  inText?: boolean;
  /** the index of a kept line this one names: a table of contents' entry names the text's heading, printed
   *  again over its section, which is then the text's own even when short sections around it weigh little */
  names?: number;
}

/** A block-level rule: rewrites blocks (drops some, cuts sentences out of others) and says what it took. */
export interface BlockRule {
  id: string;
  apply(blocks: readonly Block[]): BlockRuleResult;
}

export interface BlockRuleResult {
  blocks: Block[];
  removals: Removal[];
}

/** What normalising one dump produces. */
export interface DumpResult {
  articles: Article[];
  removals: Removal[];
  messages: Message[];
}
