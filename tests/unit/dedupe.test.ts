import { describe, expect, test } from "vitest";
import { dedupeBlocks } from "../../src/dedupe";
import type { Block } from "../../src/model";

const para = (text: string, line: number): Block => ({ kind: "paragraph", text, line });
const kept = (blocks: Block[], title = "A headline about the harbour budget") => dedupeBlocks(blocks, title).blocks.map((b) => b.line);

describe("dedupeBlocks", () => {
  test.each([
    ["should remove a paragraph printed again in other case, quotes and spacing", "The council’s vote on the harbour budget was delayed again on Tuesday.", "THE COUNCIL'S VOTE ON THE  HARBOUR BUDGET WAS DELAYED AGAIN ON TUESDAY.", [1]],
    ["should keep paragraphs that share their first and last characters but not their middle", "The council approved the harbour budget after a long debate on Tuesday.", "The ferry company cancelled the winter timetable for the third year running on Tuesday.", [1, 2]],
    ["should keep a short line printed twice (a refrain, 'Yes.')", "Yes, it will.", "Yes, it will.", [1, 2]],
    ["should remove a repeat whose first copy only differs in a typographic dash", "Harbour budget – what the council decided and what it means for ferries", "Harbour budget - what the council decided and what it means for ferries", [1]],
  ])("%s", (_n, a, b, expected) => {
    expect(kept([para(a, 1), para(b, 2)])).toEqual(expected);
  });

  test("should remove the title printed again in the body, in capitals", () => {
    expect(kept([para("A HEADLINE ABOUT THE HARBOUR BUDGET", 1), para("The council met on Tuesday.", 2)])).toEqual([2]);
  });

  test("should keep a third block whose text matches neither of two that share a signature", () => {
    const first = "Tuesday brought news of the harbour budget and of the ferry timetable.";
    const second = "Tuesday brought a vote on the harbour budget and on the ferry timetable.";
    expect(kept([para(first, 1), para(second, 2), para(first.toUpperCase(), 3)])).toEqual([1, 2]);
  });
});

describe("pull quotes", () => {
  const said = 'Anna Lind ran the post office for thirty years. "I cried in the booth," she told me. "And then I went home and started packing."';
  test.each([
    ["should remove a pull quote that joins the sentences the paragraph above interrupts", [said, "“I cried in the booth. And then I went home and started packing.”"], [1]],
    ["should remove a pull quote one paragraph further down", [said, "The decision was not sudden: the sea wall had been breached four times in a decade.", '"I cried in the booth. And then I went home and started packing."'], [1, 2]],
    ["should keep a quote whose words the paragraphs above do not hold", [said, '"We will rebuild the wall before the winter storms come, whatever it costs."'], [1, 2]],
    ["should keep a short quote, which may be a refrain", [said, '"I cried in the booth."'], [1, 2]],
    ["should keep a quote with the speaker after it, which is the text's own", [said, '"I cried in the booth. And then I went home and started packing," she said.'], [1, 2]],
  ])("%s", (_n, texts, expected) => {
    expect(kept(texts.map((t, i) => para(t, i + 1)))).toEqual(expected);
  });
});
