import type { Block, Removal } from "./model";
import { fold } from "./text";

/** Paragraphs shorter than this may legitimately repeat ("Yes.", a refrain); longer repeats are the
 *  page printing the same block twice (title in a share card, a pull quote). */
const MIN_REPEAT_CHARS = 40;

/**
 * Stage 6: the title repeated in the body, and paragraphs printed twice, are removed once.
 */
export function dedupeBlocks(blocks: readonly Block[], title: string): { blocks: Block[]; removals: Removal[] } {
  const removals: Removal[] = [];
  // Folded texts of the blocks kept so far, by kind; only blocks long enough to count as repeats.
  const seen = new Map<Block["kind"], Set<string>>();
  const titleKey = fold(title);
  const kept = blocks.filter((b) => {
    if (b.kind === "table") return true;
    const key = fold(b.text);
    if (key === titleKey) {
      removals.push({ line: b.line, text: b.text, rule: "dedupe", reason: "repeats the title" });
      return false;
    }
    if (key.length < MIN_REPEAT_CHARS) return true;
    let keys = seen.get(b.kind);
    if (!keys) seen.set(b.kind, (keys = new Set()));
    if (keys.has(key)) {
      removals.push({ line: b.line, text: b.text, rule: "dedupe", reason: "repeated paragraph" });
      return false;
    }
    keys.add(key);
    return true;
  });
  return { blocks: kept, removals };
}
