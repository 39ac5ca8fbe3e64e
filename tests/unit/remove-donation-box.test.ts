import { describe, expect, test } from "vitest";
import { removeDonationBox } from "../../src/rules/remove-donation-box";
import { removeSubscribePrompt } from "../../src/rules/remove-subscribe-prompt";

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
const removed = (texts: string[]) => removeDonationBox.apply(lines(...texts)).map((m) => m.index);
const story = "The food bank handed out 1,200 parcels in December, twice as many as a year earlier.";

describe("removeDonationBox", () => {
  test.each([
    ["should remove a local paper's box heading", "Support Local Journalism"],
    ["should remove a student paper's heading that names it", "Donate to The Harbour Lantern"],
    ["should remove a charity's question", "Could you give monthly?"],
    ["should remove a podcast's heading", "Support the show"],
    ["should remove a pitch that says what the reader's gift does", "Your donation will support the student journalists of Harbour State University."],
    ["should remove a pitch for a monthly contribution", "The Harbour Reader has been free since 1989. Help keep it that way. A monthly contribution of any size keeps our reporters on the street."],
    ["should remove a charity's Gift Aid line", "Gift Aid it! If you're a UK taxpayer, we can claim an extra 25p for every £1 you donate."],
    ["should remove a gift's tile under its amount", "could provide three days of emergency food for one person"],
    ["should remove a members' club's name", "Join the Harbour Reader Press Club"],
    ["should remove a translation site's box heading", "Support independent translation"],
    ["should remove a pitch that says the site is reader-funded", "Harbour Global is reader-funded. Every article we translate is paid for by readers like you."],
    ["should remove a pitch that thanks the readers whose support keeps the coverage going", "Local news matters to all of us. Our readers helped us continue this coverage in 2024, and we are so grateful for the support."],
  ])("%s", (_n, text) => {
    expect(removed([story, text])).toEqual([1]);
  });

  test.each([
    ["should keep a director quoted on gifts", "\u201cYour donation will help families this winter,\u201d the director said."],
    ["should keep a sentence of the text that opens with 'could' in capitals", "Could provide the harbour with a second ferry by the summer? The council thinks so."],
    ["should keep a subheading about a campaign that names no gift", "Support for the ferry grows"],
    ["should keep a sentence about readers who helped the reporting", "Readers helped us find the ferry's original builder, whose family still lives on the island."],
    ["should keep a heading about joining a club", "Join the club: why the island's rowing crews are growing"],
    ["should keep a long paragraph about gifts", `A monthly donation helps the charity plan ahead, its accounts show. ${"The trustees' report lists every grant and every gift of more than a thousand pounds. ".repeat(4)}`],
  ])("%s", (_n, text) => {
    expect(removed([story, text])).toEqual([]);
  });

  test("should leave a paywall's meter of free articles to the subscribe prompt", () => {
    expect(removeSubscribePrompt.apply(lines(story, "You have 2 free articles remaining. Subscribe now for unlimited access.")).map((m) => m.index)).toEqual([1]);
  });
});
