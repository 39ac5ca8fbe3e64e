import { describe, expect, test } from "vitest";
import { locateBody } from "../../src/locate-body";
import { proseValue } from "../../src/prose-value";
import { entryStampRuns } from "../../src/live-stamps";

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
const P1 = "The council approved the new budget on Tuesday after a debate that lasted most of the afternoon.";
const P2 = "Opposition members said the spending plans were too optimistic and would need revising by spring.";
const P3 = "The mayor said the city would publish a detailed breakdown of the figures before the end of the month.";
const P4 = "Harbour staff moved the waiting passengers into the sports hall, where volunteers handed out blankets and hot soup.";
const HEAD = ["Harbour fire: live updates as the ferry terminal is evacuated", "By Anna Lind and Maria Keller", "Updated 9:48 PM GMT, Tue March 4, 2025"];
const BOX = ["What we know", "• The ferry terminal was evacuated at noon and every crossing is cancelled until further notice.", "• Firefighters from three towns are working at the quay.", "• The council has opened the sports hall to stranded passengers for the night."];
const HEADINGS = ["Smoke drifts over the old town", "Ferries held at the north quay", "Terminal evacuated before noon", "Council calls an emergency meeting"];
const TAIL = ["See more updates", "Related", "Ferry Timetable Changes Explained", "Harbour Festival Returns In June"];

/** A live page: its head, perhaps a box of points, then one entry under each stamp (the stamp, a heading,
 *  the writer, two paragraphs), then the page's links. */
function liveBlog(stamps: readonly string[], box: readonly string[] = BOX) {
  const entries = stamps.flatMap((s, k) => [s, HEADINGS[k % HEADINGS.length]!, `From our reporter ${k % 2 ? "Maria Keller" : "Anna Lind"}`, k % 2 ? P3 : P1, k % 2 ? P4 : P2]);
  const page = lines(...HEAD, ...box, ...entries, ...TAIL);
  return { page, start: HEAD.length, end: HEAD.length + box.length + entries.length - 1 };
}

describe("live blogs whose entries are stamped otherwise than with the bare time", () => {
  test.each([
    ["how long ago", ["3 min ago", "25 min ago", "1 hr 12 min ago", "2 hours ago"]],
    ["how long ago, in Spanish", ["Hace 5 minutos", "Hace 32 minutos", "Hace 1 hora", "Hace 2 horas"]],
    ["how long ago, in German", ["vor 10 Minuten", "vor 40 Minuten", "vor 2 Stunden", "vor 3 Stunden"]],
    ["how long ago, in French", ["il y a 5 minutes", "il y a 50 minutes", "il y a 2 heures", "il y a 3 heures"]],
    ["a time with its zone", ["4:41 p.m. ET", "3:58 p.m. ET", "3:30 p.m. ET", "11:02 a.m. ET"]],
    ["a date with its time", ["Oct. 8, 2025, 4:41 p.m. ET", "Oct. 8, 2025, 3:58 p.m. ET", "Oct. 8, 2025, 3:30 p.m. ET", "Oct. 8, 2025, 11:02 a.m. ET"]],
    ["a numeric date with its time", ["14/03/2025 16h26", "14/03/2025 15h03", "14/03/2025 13h43", "14/03/2025 12h13"]],
    ["the time first, then the date", ["11:40 a.m. ET, March 6, 2025", "10:55 a.m. ET, March 6, 2025", "10:12 a.m. ET, March 6, 2025", "9:30 a.m. ET, March 6, 2025"]],
  ])("should keep every entry stamped with %s, and the box of points under the page's date line", (_n, stamps) => {
    const { page, start, end } = liveBlog(stamps);
    expect(locateBody(page)).toEqual({ start, end });
  });
  test.each([
    ["the Italian word for 'at'", ["ore 23:48", "ore 22:30", "ore 21:15", "ore 20:02"]],
    ["the Italian word for 'at', capitalised", ["Ore 23:48", "Ore 22:30", "Ore 21:15", "Ore 20:02"]],
    ["a label", ["Update 16:40", "Update 15:10", "Update 14:35", "Update 12:50"]],
    ["a label, in French", ["Mise à jour 14h35", "Mise à jour 13h10", "Mise à jour 12h02", "Mise à jour 10h45"]],
  ])("should keep every entry of a live blog whose bare times follow %s", (_n, stamps) => {
    const { page, start, end } = liveBlog(stamps, []);
    expect(locateBody(page)).toEqual({ start, end });
  });
  test("should keep every entry stamped with the time and its zone, each under the writer's name or an update's note", () => {
    const stamps = ["19:22 BST", "19:14 BST", "18:57 BST", "18:31 BST", "18:05 BST"];
    const over = ["Anna Lind", "Updated at 19.16 BST", "Anna Lind", "Updated at 18.40 BST", "Anna Lind"];
    const entries = stamps.flatMap((st, k) => [over[k]!, st, HEADINGS[k % HEADINGS.length]!, k % 2 ? P3 : P1, k % 2 ? P4 : P2]);
    const page = lines(...HEAD, ...entries, ...TAIL);
    const found = locateBody(page)!;
    expect(found.start).toBeLessThanOrEqual(HEAD.length + 1);
    expect(found.end).toBe(HEAD.length + entries.length - 1);
  });
  test("should open the text at the first entry's stamp when no box stands above it", () => {
    const { page, start, end } = liveBlog(["3 min ago", "25 min ago", "48 min ago"], []);
    expect(locateBody(page)).toEqual({ start, end });
  });
  test("should keep a pinned entry, with its label and heading, between the date line and the first stamp", () => {
    const pinned = ["Pinned", "Ferry terminal closed for the rest of the day", P4, P3];
    const { page, start, end } = liveBlog(["Oct. 8, 2025, 4:41 p.m. ET", "Oct. 8, 2025, 3:58 p.m. ET", "Oct. 8, 2025, 3:30 p.m. ET"], pinned);
    expect(locateBody(page)).toEqual({ start, end });
  });
});

describe("stamps that are not a live blog's", () => {
  const ARTICLE = ["Harbour council approves the new ferry timetable", "By Anna Lind", "March 4, 2025", P1, P2, P3, P4, P1];
  const DEK = "The harbour master says the new quay will be ready for the summer ferries after two years of repairs.";
  test.each([
    ["a headline over each card's age", ["More from the harbour", "Quay Repairs Finish Early", "3 hours ago", DEK, "Ferry Fares Frozen", "5 hours ago", DEK, "Island Bus Route Returns", "8 hours ago", DEK]],
    ["each card's age over its headline", ["More from the harbour", "3 hours ago", "Quay Repairs Finish Early", DEK, "5 hours ago", "Ferry Fares Frozen", DEK, "8 hours ago", "Island Bus Route Returns", DEK]],
    ["a date, a time and the card's source over each headline", ["Latest news", "14/03/2025 16h26", "Harbour Wire", "Quay Repairs Finish Early", DEK, "14/03/2025 15h03", "Harbour Wire", "Ferry Fares Frozen", DEK, "14/03/2025 13h43", "Island Post", "Island Bus Route Returns", DEK]],
  ])("should end the text above a list of teaser cards with %s", (_n, cards) => {
    expect(locateBody(lines(...ARTICLE, ...cards))).toEqual({ start: 3, end: ARTICLE.length - 1 });
  });
  test("should take no run of stamps from a comment thread, each stamp under its writer's name", () => {
    const thread = lines(P1, "Anna Lind says:", "12 March 2025 at 14:05", P2, P3, "Maria Keller says:", "12 March 2025 at 15:20", P4, P1, "Jonas Berg says:", "13 March 2025 at 09:12", P3);
    expect(entryStampRuns(thread, thread.map((l) => proseValue(l.text)))).toEqual([]);
  });
});
