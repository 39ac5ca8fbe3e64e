import type { Block, Removal } from "./model";
import { fold, foldSignature, signatureOfFolded } from "./fold";

/** Paragraphs shorter than this may legitimately repeat ("Yes.", a refrain); longer repeats are the
 *  page printing the same block twice (title in a share card, a pull quote). */
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
  return { blocks: kept, removals };
}
