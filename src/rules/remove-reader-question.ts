import type { LineRule } from "../model";

/** The reader question a content farm puts between two generated pieces ("How might the capture of
 *  Pokrovsk affect …?"): a lone question closing an article is the next piece's search prompt, not
 *  the article's last paragraph. */
const QUESTION = /^(?:what|how|why|which|who|when|where|will|would|could|should|can|is|are|does|do)\b[^.!?]{20,}\?$/i;

export const removeReaderQuestion: LineRule = {
  id: "remove-reader-question",
  apply(lines) {
    const last = lines.length - 1;
    return last > 0 && QUESTION.test(lines[last]!.text) ? [{ index: last, reason: "reader question after the article" }] : [];
  },
};
