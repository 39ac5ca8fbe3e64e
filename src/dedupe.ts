import type { Block, Removal } from "./model";
import { fold, foldSignature, signatureOfFolded } from "./fold";

/** Paragraphs shorter than this may legitimately repeat ("Yes.", a refrain); longer repeats are the
 *  page printing the same block twice (title in a share card, a pull quote; for a pull quote that
 *  joins the sentences it quotes, see isPullQuote). */
const MIN_REPEAT_CHARS = 40;

/** Blocks of one kind and fold signature (equal folded texts have equal signatures): the first one's
 *  text, not folded until a second one comes, and the folded texts long enough to count as repeats. */
interface Group {
  unfolded?: string;
  keys: Set<string>;
}
const addLong = (keys: Set<string>, key: string) => (key.length >= MIN_REPEAT_CHARS ? keys.add(key) : keys);

/**
 * Stage 6: the title repeated in the body (none given: the title was derived from the text), and
 * paragraphs printed twice, are removed once. Folding is
 * the costly part (lowercasing text with typographic quotes), so a block is folded only when its
 * signature matches the title's or another block's of its kind.
 */
export function dedupeBlocks(blocks: readonly Block[], title?: string): { blocks: Block[]; removals: Removal[] } {
  const removals: Removal[] = [];
  const titleKey = title === undefined ? undefined : fold(title);
  const titleSignature = titleKey === undefined ? undefined : signatureOfFolded(titleKey);
  const groups = new Map<string, Group>();
  const kept = blocks.filter((b) => {
    if (b.kind === "table" || b.kind === "break" || b.kind === "code" || b.card) return true;
    const signature = foldSignature(b.text);
    let key = signature === titleSignature ? fold(b.text) : undefined;
    if (key !== undefined && key === titleKey) {
      removals.push({ line: b.line, text: b.text, rule: "dedupe", reason: "repeats the title" });
      return false;
    }
    const id = `${b.kind} ${signature}`;
    const group = groups.get(id);
    if (!group) {
      groups.set(id, key === undefined ? { unfolded: b.text, keys: new Set() } : { keys: addLong(new Set(), key) });
      return true;
    }
    if (group.unfolded !== undefined) {
      addLong(group.keys, fold(group.unfolded));
      group.unfolded = undefined;
    }
    key ??= fold(b.text);
    if (group.keys.has(key)) {
      removals.push({ line: b.line, text: b.text, rule: "dedupe", reason: "repeated paragraph" });
      return false;
    }
    addLong(group.keys, key);
    return true;
  });
  const unquoted = kept.filter((b, k) => {
    if (!isPullQuote(kept, k)) return true;
    removals.push({ line: b.line, text: b.text, rule: "dedupe", reason: "pull quote: a sentence of the paragraph above, printed again in quotes" });
    return false;
  });
  return { blocks: unquoted, removals };
}

/** A pull quote: a paragraph in quotes only, whose words a paragraph just above holds in the same order
 *  (the quote joins what the text interrupts: "“I cried in the booth. And then I went home …”" under
 *  "… "I cried in the booth," she told me. "And then I went home …""). Long enough to be no refrain. */
const PULL_QUOTE_MIN_WORDS = 6;
/** Paragraphs above it: the magazines in the audits print it under the paragraph it quotes or one further. */
const PULL_QUOTE_REACH = 2;
const QUOTED = /^["“„«‘]\s?[^"“”„«»]+[.!?…,]?\s?["”»’][.!?…]?$/u;
/** A word: a run of letters and digits. Matched rather than split between (a split by an expression
 *  builds a new one each call: on the dev pages' lines, matching takes a quarter less time). */
const WORD = /[\p{L}\p{N}]+/gu;
const wordsOfFolded = (folded: string): string[] => folded.match(WORD) ?? [];
function isPullQuote(blocks: readonly Block[], k: number): boolean {
  const b = blocks[k]!;
  if (b.kind !== "paragraph" || !QUOTED.test(b.text)) return false;
  const words = wordsOfFolded(fold(b.text));
  if (words.length < PULL_QUOTE_MIN_WORDS) return false;
  const last = words[words.length - 1]!;
  for (let j = k - 1, seen = 0; j >= 0 && seen < PULL_QUOTE_REACH; j--) {
    if (blocks[j]!.kind !== "paragraph") continue;
    seen++;
    // The quote's last word first, as a plain search: most paragraphs above a quote do not hold it.
    const folded = fold(blocks[j]!.text);
    if (folded.includes(last) && holdsInOrder(wordsOfFolded(folded), words)) return true;
  }
  return false;
}
function holdsInOrder(text: readonly string[], words: readonly string[]): boolean {
  let i = 0;
  for (const w of text) if (w === words[i] && ++i === words.length) return true;
  return false;
}
