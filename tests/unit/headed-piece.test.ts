import { describe, expect, test } from "vitest";
import { headedStarts } from "../../src/headed-piece";
import { headShape } from "../../src/piece-heads";
import { splitDump } from "../../src/split-dump";

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
const p1 = "The council approved the plans for the new harbour bridge on Tuesday evening after a long debate about its cost, its height and the noise its traffic will bring to the old town.";
const p2 = "Work on the foundations is due to start in the autumn and take two years to finish, the mayor said.";
const p3 = "The ferry will keep running while the bridge is built, with two extra crossings in the morning for the commuters who used to take the early train from the island.";
const p4 = "Tickets for the extra crossings go on sale next month at the quay and on the operator's website.";
/** Where each found piece starts, as [headline index, start index]. */
const found = (texts: string[]) => [...headedStarts(lines(...texts)).entries()].map(([i, piece]) => [i, piece.at]);

describe("headedStarts", () => {
  test.each([
    ["should start the next article at its headline over a byline and date printed like the first's", ["Harbour bridge plans approved", "By Anna Lind", "March 3, 2024", p1, p2, "Ferry to add morning crossings", "By Tom Berg", "March 1, 2024", p3, p4], [[5, 5]]],
    ["should start the next article at its date over its headline", ["14.05.2024", "Harbour bridge plans approved", p1, p2, "06.05.2024", "Extra crossings", p3, p4], [[5, 4]]],
    ["should cut nothing under a teaser list of headlines, dates and one-line deks", ["Harbour bridge plans approved", "March 3, 2024", p1, p2, "More news", "Ferry to add morning crossings", "March 1, 2024", p3, "Market hall to close for repairs", "February 27, 2024", p4], []],
    ["should cut nothing at a live blog's entry under its time", ["Harbour bridge vote live", "March 3, 2024", p1, p2, "Council votes yes to the bridge", "13:45", p3, p4], []],
    ["should cut nothing at a live blog's entry under its age", ["Harbour bridge vote live", "3 hours ago", p1, p2, "Council votes yes to the bridge", "2 hours ago", p3, p4], []],
    ["should cut nothing under a teaser whose dek runs over two short lines", ["Harbour bridge plans approved", "March 3, 2024", "The council approved the harbour bridge plans on Tuesday.", "Work on the bridge starts in the autumn.", "Ferry to add morning crossings", "March 1, 2024", p3, p4], []],
    ["should start the next post at its date, not at the line with the date under it", ["Saturday, 5 October 2024", "Harbour bridge plans approved", p1, p2, "Labels: harbour, ferry, bridge", "Friday, 4 October 2024", "Ferry to add morning crossings", p3, p4], [[6, 5]]],
    ["should cut nothing at a subheading with no byline or date", ["Harbour bridge plans approved", "By Anna Lind", "March 3, 2024", p1, p2, "What happens to the ferry", p3, p4], []],
    ["should cut nothing where the next head is printed otherwise than the first's", ["Harbour bridge plans approved", "By Anna Lind | March 3, 2024, 10:12 am", p1, p2, "Ferry to add morning crossings", "1 March 2024", p3, p4], []],
    ["should cut nothing at a commenter's name over a date", ["Harbour bridge plans approved", "March 3, 2024", p1, p2, "Jane Doe", "March 4, 2024", p3, p4], []],
    ["should cut nothing at a timeline's date over its section, under an article whose date stands under its headline", ["How the dam deal fell apart", "By Anna Lind", "March 12, 2024", p1, p2, "June 14, 2021", "A handshake at the fair", p3, p4], []],
    ["should cut nothing at a diary's dated sections, under an article with a byline and a date", ["Five days on the night train", "By Anna Lind", "February 18, 2024", p1, p2, "Narvik: arrival at the fjord", "February 8, 2024", p3, p4], []],
    ["should cut nothing at the next post's card under its label", ["Harbour bridge plans approved", "March 3, 2024", p1, p2, "Next article", "Ferry to add morning crossings", "March 1, 2024", p3, p4], []],
    ["should cut nothing at a preview whose paragraphs end in a link to the rest", ["Harbour bridge plans approved", "March 3, 2024", p1, p2, "Ferry to add morning crossings", "March 1, 2024", p3, p4, "Read more"], []],
    ["should cut nothing at a comment with a long name over its date and its reply button", ["Harbour bridge plans approved", "March 3, 2024", p1, p2, "Concerned Harbour Parent Of Two", "March 4, 2024", p3, p4, "Reply"], []],
    ["should cut nothing at a headline over a date where the first article's date stood over its headline", ["14.05.2024", "Harbour bridge plans approved", p1, p2, "Ferry to add morning crossings", "06.05.2024", p3, p4], []],
    ["should cut nothing under a ticker of dated one-line items", ["Latest news", "March 3, 2024", p1, "March 2, 2024", p2, "Ferry to add morning crossings", "March 1, 2024", p3, p4], []],
    ["should cut nothing before the first article has shown its text", ["Harbour bridge plans approved", "March 3, 2024", p1, "Ferry to add morning crossings", "March 1, 2024", p3, p4], []],
    ["should cut nothing at a table's rows that hold dates", ["Results from the harbour regatta", "19.05.2024", p1, p2, "Race 1", "1.\tAnna Lind\t1993\tHarbour Club\t13,01 sec.", "2.\tTom Berg\t1992\tNorth Club\t13,18 sec.", "Race 2 of the regatta results", "19.05.2024", ...["Jane Doe", "Ida Roe", "Mia Berg", "Ola Lind", "Eva Holm"].map((name, k) => `${k + 1}.\t${name}\t1993\tHarbour Sailing Club of Port Lindau\t13,9${k} sec.`)], []],
  ])("%s", (_n, texts, expected) => expect(found(texts)).toEqual(expected));

  test.each([
    ["should start the next review at its headline with its stars over its byline", ["Harbour Players revive an old comedy", "By Anna Lind", "March 3, 2024", p1, p2, "A quiet, moving Cherry Orchard at the Lantern", "★★★★☆", "By Tom Berg", "March 1, 2024", p3, p4], [[5, 5]]],
    ["should take paragraphs with subheadings between them for the first article's text", ["Harbour bridge plans approved", "By Anna Lind", "March 3, 2024", p1, "What the council decided", p2, "Ferry to add morning crossings", "By Tom Berg", "March 1, 2024", p3, p4], [[6, 6]]],
    ["should start the next article under a share row like the first's", ["Harbour bridge plans approved", "By Anna Lind", "March 3, 2024 | 4:12 PM", "Share", "Facebook", "X", "Email", "Copy link", p1, p2, "Ferry to add morning crossings", "By Tom Berg", "March 1, 2024 | 11:05 AM", "Share", "Facebook", "X", "Email", "Copy link", p3, p4], [[10, 10]]],
    ["should read the first article's head over its text, not over a cookie notice's paragraph", ["We use cookies to personalise content and ads and to analyse our traffic on this harbour site. By clicking Accept you agree.", "Accept", "Harbour News", "Harbour bridge plans approved", "By Anna Lind", "March 3, 2024", p1, p2, "Ferry to add morning crossings", "By Tom Berg", "March 1, 2024", p3, p4], [[8, 8]]],
    ["should start the next post at a headline that names a year but no day", ["Harbour bridge plans approved", "Posted on March 3, 2024 by Anna Lind", p1, p2, "The great harbour flood of 2024", "Posted on February 28, 2024 by Anna Lind", p3, p4], [[4, 4]]],
    ["should start the next post under a French stamp with its year and no English month", ["Le pont du port approuvé", "Le 3 avril 2024 à 08h14", p1, p2, "Des traversées en plus pour le ferry", "Le 1 avril 2024 à 17h02", p3, p4], [[4, 4]]],
    ["should start the next article at a headline that is a question as long as a sentence", ["Harbour bridge plans approved", "By Anna Lind · March 3, 2024", p1, p2, "Are the new harbour ferries worth the extra fare this year?", "By Tom Berg · March 1, 2024", p3, p4], [[4, 4]]],
  ])("%s", (_n, texts, expected) => expect(found(texts)).toEqual(expected));

  test("should cut a headline glued to the end of the last paragraph off it", () => {
    const texts = ["Harbour bridge plans approved", "By Anna Lind · March 3, 2024", p1, `${p2}Ferry to Add Two Morning Crossings`, "By Tom Berg · March 1, 2024", p3, p4];
    expect([...headedStarts(lines(...texts)).values()].map((p) => [p.at, p.before?.text, p.title.text])).toEqual([[3, p2, "Ferry to Add Two Morning Crossings"]]);
    const segments = splitDump(lines(...texts));
    expect(segments.map((s) => s.lines.map((l) => l.text))).toEqual([texts.slice(0, 3).concat(p2), ["Ferry to Add Two Morning Crossings", ...texts.slice(4)]]);
  });
  describe("a second page pasted under the first", () => {
    const page = (skip: string, footer: string) => ["Harbour bridge plans approved", "By Anna Lind", "March 3, 2024", p1, p2, p3, footer, "Privacy", skip, "The Island Observer", "News", "Ferry to add morning crossings", "Tom Berg", "1 March 2024", p4, p2.replace("autumn", "spring")];
    const starts = (skip: string, footer: string) => splitDump(lines(...page(skip, footer))).map((s) => s.lines[0]!.text);
    test("should start the second page at its skip link under the first page's copyright footer", () => {
      expect(starts("Skip to content", "© 2025 Harbour Evening Post. All rights reserved.")).toEqual(["Harbour bridge plans approved", "Skip to content"]);
    });
    test("should not start a page at a skip link without a copyright footer over it", () => {
      expect(starts("Skip to content", "Contact us")).toEqual(["Harbour bridge plans approved"]);
    });
  });
  test("should leave a glued capital inside a paragraph with no byline under it", () => {
    expect(found(["Harbour bridge plans approved", "By Anna Lind · March 3, 2024", p1, `${p2}Ferry to Add Two Morning Crossings`, p3, p4])).toEqual([]);
  });

  test.each([
    ["should read a byline's names as one word", "By Anna Lind", "By Ida Maria Roe", true],
    ["should read month names alike", "March 3, 2024", "July 12, 2023", true],
    ["should tell a numeric date from a written one", "14.05.2024", "May 14, 2024", false],
  ])("%s", (_n, a, b, same) => expect(headShape(a) === headShape(b)).toBe(same));

  test("should split a newsroom page into its releases, each with its own title", () => {
    const segments = splitDump(lines("News Releases", "Harbour bridge plans approved", "By Anna Lind", "March 3, 2024", p1, p2, "Media contact: press@harbour.example", "Ferry to add morning crossings", "By Tom Berg", "March 1, 2024", p3, p4));
    expect(segments.map((s) => s.title?.text)).toEqual([undefined, "Ferry to add morning crossings"]);
    expect(segments[0]!.lines.map((l) => l.text)).toContain("Media contact: press@harbour.example");
  });

  test.each([
    ["should start the next article at a separator over a headline, its date and its text", ["-----", "Ferry to add two morning crossings", "March 1, 2024"], 2],
    ["should not start one at a forum signature's separator over the member's panel", ["-----", "Epoche III, Märklin C-Gleis, viel zu wenig Zeit", "Anna_L", "Beiträge: 1284", "Registriert: Sa 12. Jan 2013, 10:05"], 1],
  ])("%s", (_n, between, parts) => expect(splitDump(lines("Harbour bridge plans approved", "By Anna Lind · March 3, 2024", p1, p2, p3, ...between, p4, p1.replace("council", "board"))).length).toBe(parts));

  test.each([
    ["should start the next press release at its label printed again", ["###", "FOR IMMEDIATE RELEASE", "Harbour Energy names a new chief financial officer"], 2],
    ["should not start one at a menu's entry with the label's words", ["Pressemitteilung", "Kontakt", "Impressum"], 1],
    ["should not start one at a teaser box's card with the label", ["Sur le même sujet", "Communiqué de presse", "Harbour Energy names a new chief financial officer"], 1],
  ])("%s", (_n, between, parts) => {
    const release = (title: string) => ["FOR IMMEDIATE RELEASE", title, "PORT LINDAU, March 3, 2024 — Harbour Energy said on Monday that it had started building a solar farm on the old quay.", p2, p3];
    const texts = [...release("Harbour Energy starts building a solar farm on the quay"), ...between, p1, p4];
    expect(splitDump(lines(...texts)).length).toBe(parts);
  });
});
