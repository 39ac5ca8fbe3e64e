import { describe, expect, test } from "vitest";
import { removeNewsTicker } from "../../src/rules/remove-news-ticker";

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
/** A headline run into its first sentence, as tickers print their items. */
const GLUED_ITEM =
  "Port workers end strike after pay deal ROTTERDAM: Dock workers returned to work on Friday after unions accepted a revised offer that raises wages over two years and limits night shifts for older staff.";

describe("removeNewsTicker", () => {
  test.each([
    ["should remove a ticker label and the glued item after it", ["Breaking News", GLUED_ITEM, "Harbour town votes to restore its lighthouse"], [0, 1]],
    ["should read the label in other languages and with a colon", ["Eilmeldung:", GLUED_ITEM], [0, 1]],
    ["should keep a label that is the kicker over a real headline", ["Breaking News", "Harbour town votes to restore its lighthouse"], []],
    ["should keep a label with nothing after it", ["Breaking News"], []],
    ["should keep a sentence that mentions breaking news", ["Breaking news travels fast in a small town.", GLUED_ITEM], []],
  ])("%s", (_n, texts, removed) => {
    expect(removeNewsTicker.apply(lines(...texts)).map((m) => m.index)).toEqual(removed);
  });
});
