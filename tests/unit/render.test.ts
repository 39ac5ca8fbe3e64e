import matter from "gray-matter";
import MarkdownIt from "markdown-it";
import { describe, expect, test } from "vitest";
import { normalizeDump } from "../../src/pipeline";
import type { Article } from "../../src/model";
import { escapeInline, FRONT_MATTER_KEYS, renderArticle, renderBlocks } from "../../src/render";
import { rebuildBlocks } from "../../src/structure/rebuild-blocks";

const md = new MarkdownIt({ html: false });
const article = (over: Partial<Article["meta"]>, text = "Body text."): Article => ({
  part: 1,
  meta: { title: "A title", titleSource: "dump", tags: [], ...over },
  blocks: [{ kind: "paragraph", text, line: 1 }],
});

describe("renderArticle", () => {
  test("should write only allow-listed keys, whatever the metadata holds", () => {
    const a = article({ title: "x\npermalink: /evil/\nlayout: evil" });
    (a.meta as unknown as Record<string, unknown>).permalink = "/evil/";
    const { data } = matter(renderArticle(a, "dump.txt"));
    expect(Object.keys(data).every((k) => (FRONT_MATTER_KEYS as readonly string[]).includes(k))).toBe(true);
    expect(data.title).toBe("x\npermalink: /evil/\nlayout: evil");
    expect(data.origin).toEqual({ file: "dump.txt", part: 1 });
  });

  test("should leave date and dateSource out together when the article is undated", () => {
    const { data } = matter(renderArticle(article({ dateSource: "text" }), "d.txt"));
    expect(data).not.toHaveProperty("date");
    expect(data).not.toHaveProperty("dateSource");
  });

  test.each([
    ["should keep emphasis characters literal", "a *b* _c_ `d`"],
    ["should keep link syntax literal", "[click](javascript:alert(1))"],
    ["should keep an autolink literal", "<https://example.org>"],
    ["should keep entities literal", "AT&amp;T"],
    ["should keep a leading hash literal", "# not a heading"],
    ["should keep a leading number literal", "1984. A year."],
    ["should keep a leading dash literal", "- not a list"],
    ["should keep a leading quote marker literal", "> not a quote"],
  ])("%s", (_n, text) => {
    const html = md.render(renderArticle(article({}, text), "d.txt").split("---\n\n")[1]!);
    const plain = html.replace(/<\/?p>\n?/g, "");
    expect(plain).toBe(md.utils.escapeHtml(text));
  });

  test("should escape every Markdown-active inline character", () => {
    expect(escapeInline("*_`[]<>~\\")).toBe("\\*\\_\\`\\[\\]\\<\\>\\~\\\\");
  });

  test("should print each numbered item with the number the source gave it", () => {
    const blocks = rebuildBlocks(["The rest of the ranking:", "4. Anna Lind", "5. Maria Keller", "8. Ann Lee"].map((text, i) => ({ no: i + 1, text })));
    const body = renderArticle({ part: 1, meta: { title: "T", titleSource: "dump", tags: [] }, blocks }, "d.txt").split("---\n\n")[1]!;
    expect(body).toContain("4. Anna Lind\n5. Maria Keller\n8. Ann Lee");
  });
});

describe("rebuildBlocks", () => {
  test.each([
    ["should read a numbered item at the start of the text", "1. Preheat the oven.", true],
    ["should not take a day and month at the start of a line for an item", "14. März 2021 @ 09:40", false],
    ["should not take a day and an abbreviated month for an item", "3. Okt. 2019 – Aus dem Stadtrat", false],
  ])("%s", (_n, text, item) => expect(rebuildBlocks([{ no: 1, text }, { no: 2, text: "The next paragraph of the text goes on here." }])[0]!.kind === "list-item").toBe(item));
  const PARAGRAPH = "The harbour reopened on Monday after a week of repairs to the quay.";
  test.each([
    ["should take a short line over the text for a heading", ["Repairs at the quay", PARAGRAPH], ["heading", "paragraph"]],
    ["should keep a heading and its subheading", ["Repairs at the quay", "What changes for the ferries", PARAGRAPH], ["heading", "heading", "paragraph"]],
    ["should not take a speaker's question in dialogue, its dash glued on, for a heading", ["—¿Hicieron la denuncia por los barcos?", "—Mil veces. Nadie vino a mirar nada en todo el invierno."], ["paragraph", "paragraph"]],
    ["should still take a question without a dash for a heading", ["¿Qué piden los pescadores?", "Los pescadores piden que el puerto vuelva a abrir antes del invierno."], ["heading", "paragraph"]],
    ["should not take three short lines in a row for headings (a staff list)", ["Editors", "Anna Lind", "Maria Keller", PARAGRAPH], ["paragraph", "paragraph", "paragraph", "paragraph"]],
    ["should take a short Japanese line over sentences for a heading", ["港の期待", "港の工事は月曜日に終わり、フェリーが再び運航を始めた。"], ["heading", "paragraph"]],
    ["should not take a long Japanese line without a stop for a heading", ["港の工事は月曜日に終わり、フェリーが再び運航を始めたと町の担当者は話していた", "港の工事は月曜日に終わった。"], ["paragraph", "paragraph"]],
    ["should not take a quote in corner brackets for a heading", ["「港が戻ってきた」", "港の工事は月曜日に終わった。"], ["paragraph", "paragraph"]],
    ["should not take a blog's short line over lines without stops for a heading", ["港に着いた", "フェリーがたくさん並んでいる"], ["paragraph", "paragraph"]],
    ["should keep a quote that opens with a dash as a paragraph", [PARAGRAPH, "– Det här är vad vi har kämpat för i tio år, säger Anna Lind.", PARAGRAPH], ["paragraph", "paragraph", "paragraph"]],
    ["should keep quotes that open with a dash, one after another, as paragraphs", [PARAGRAPH, "– Vi er skuffet over vedtaket, sier Anna Lind.", "– Dette er en trist dag for øya, sier hun.", PARAGRAPH], ["paragraph", "paragraph", "paragraph", "paragraph"]],
    ["should keep Russian quotes that open with an en dash, one after another, as paragraphs", [PARAGRAPH, "– Мы очень разочарованы решением, сказал мэр Анна Линд.", "– Это очень грустный день для всех жителей острова, сказала она.", PARAGRAPH], ["paragraph", "paragraph", "paragraph", "paragraph"]],
    ["should not take a lone heading that opens with a quote's dash for a list", [PARAGRAPH, "– Måtte velge", PARAGRAPH], ["paragraph", "paragraph", "paragraph"]],
    ["should still read dashed items without a verb of saying as a list", [PARAGRAPH, "– Single fares rise by 18% in May.", "– Monthly passes rise by 9% in June.", PARAGRAPH], ["paragraph", "list-item", "list-item", "paragraph"]],
    ["should still read dashed lines in a row as a list", [PARAGRAPH, "– Die Fähre fährt ab Montag wieder jeden Tag zur Insel.", "– Die Preise bleiben bis zum Sommer so, wie sie sind.", PARAGRAPH], ["paragraph", "list-item", "list-item", "paragraph"]],
    ["should not take the last of an unmarked list's items for a heading", ["Ferry crews on the northern island routes are paying up to $300 a week more for their fuel this winter", "Fares on the island routes will rise by about a fifth from the first of March next year, the operator says", "Drought payments open next month", PARAGRAPH], ["paragraph", "paragraph", "paragraph", "paragraph"]],
    ["should still take a short line under one caption for a heading", [PARAGRAPH, "The old ferry leaves the harbour at dawn on its very last crossing to the northern island, watched by a crowd", "What comes next", PARAGRAPH], ["paragraph", "paragraph", "heading", "paragraph"]],
    ["should not take a quoted question for a heading", [PARAGRAPH, "“How many more reports do they need before the quay is fixed?”", PARAGRAPH], ["paragraph", "paragraph", "paragraph"]],
    ["should not take an embedded post's text ending in its link for a heading", [PARAGRAPH, "Two weeks. One charge. Meet the new ferry. pic.twitter.com/abc123XYZ", PARAGRAPH], ["paragraph", "paragraph", "paragraph"]],
    ["should not take a link alone for a heading", [PARAGRAPH, "https://harbour.example/ferries", PARAGRAPH], ["paragraph", "paragraph", "paragraph"]],
    ["should not make headings of a shop list's products, each over its link", ["Harbour ferry model kit", "https://shop.example/1", "Lighthouse puzzle", "https://shop.example/2", "Tide clock", "https://shop.example/3", PARAGRAPH], ["paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]],
    ["should read a plus sign with a space after it as a bullet", ["+ Quiet engine for its size", "+ Cheap to run", PARAGRAPH], ["list-item", "list-item", "paragraph"]],
    ["should read a checklist's items under their heading as a list, not headings", ["Eine Woche vorher", "☐ Kühlschrank abtauen", "☐ Helfer noch einmal bestätigen lassen", PARAGRAPH], ["heading", "list-item", "list-item", "paragraph"]],
    ["should not take a footnote's star before a word for a bullet", [PARAGRAPH, "*Anne Lindqvist est médecin généraliste à Port-Lind.", PARAGRAPH], ["paragraph", "paragraph", "paragraph"]],
    ["should not take a letter's signature for a heading over the next letter", [PARAGRAPH, "Anna Lindqvist, Port Lind", "Ferries first", PARAGRAPH], ["paragraph", "paragraph", "heading", "paragraph"]],
    ["should still take a shouted heading with a comma for a heading", [PARAGRAPH, "A SIMPLE FARE SYSTEM, AND A FAIR ONE", PARAGRAPH], ["paragraph", "heading", "paragraph"]],
    ["should not take a photographer's credit with the outlet after a slash for a heading", [PARAGRAPH, "Anna Lind/Harbour Gazette", PARAGRAPH], ["paragraph", "paragraph", "paragraph"]],
    ["should not take a label and its figure for a heading", ["Price: $1,199", PARAGRAPH], ["paragraph", "paragraph"]],
    ["should not take an Arabic list item that ends with its semicolon for a heading", ["من العاشرة صباحاً حتى الثالثة عصراً؛", PARAGRAPH], ["paragraph", "paragraph"]],
    ["should not take a source line for a heading", ["Source: Harbour Office of Civil Protection", PARAGRAPH], ["paragraph", "paragraph"]],
    ["should keep a heading with a colon that goes on in words", ["Repairs: What Changes for the Ferries", PARAGRAPH], ["heading", "paragraph"]],
    ["should not take an embedded post's signature for a heading", ["— Anna Lind (@annalind) March 3, 2024", PARAGRAPH], ["paragraph", "paragraph"]],
    ["should open a numbered list under a heading when its second item follows", ["Method", "1. Heat the oil in a pan over the harbour stove.", "2. Add the fish and cook for four minutes.", PARAGRAPH], ["heading", "list-item", "list-item", "paragraph"]],
    ["should not take a lone '1.' line under a heading for a list", ["Method", "1. Heat the oil in a pan over the harbour stove.", PARAGRAPH], ["heading", "paragraph", "paragraph"]],
    ["should not take an interview's question after 'Q:' for a heading", ["Q: Why the harbour?", PARAGRAPH], ["paragraph", "paragraph"]],
    ["should not take a question after a speaker's name that opens other turns for a heading", ["Harbour Times: Why now?", PARAGRAPH, "Harbour Times: And then?", PARAGRAPH], ["paragraph", "paragraph", "paragraph", "paragraph"]],
    ["should keep headings a table of contents printed twice", ["Repairs: What Changes", "Ferries: The New Timetable", PARAGRAPH, "Repairs: What Changes", PARAGRAPH, "Ferries: The New Timetable", PARAGRAPH], ["heading", "heading", "paragraph", "heading", "paragraph", "heading", "paragraph"]],
    ["should make the rows of a fact box text, not headings", [PARAGRAPH, "When: Saturday, from 2 pm", "Where: Old Fish Market Hall", "Tickets: Twelve Euros", PARAGRAPH], ["paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]],
    ["should make a match's player of the match, its label of four words, a row of its facts", [PARAGRAPH, "Goals: Lind 38, Berg 81", "Attendance: 612", "Man of the Match: Anna Lind (sponsored by Harbour Motors)", PARAGRAPH], ["paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]],
    ["should not take a line-up's row over a longer row for a heading", [PARAGRAPH, "Goal: Anna Lind, Eva Berg", "Field: Tomas Reyes (6), Jon Dahl (5), Ann Lee (4), Maria Keller (2), Ola Vik", PARAGRAPH], ["paragraph", "paragraph", "paragraph", "paragraph"]],
    ["should keep a label-led heading over a caption that opens with a label", [PARAGRAPH, "Harbour app: More than timetables", "Useful data: the app shows each ferry's position on the map.", PARAGRAPH], ["paragraph", "heading", "paragraph", "paragraph"]],
    ["should keep a label-led heading that stands alone over its text", [PARAGRAPH, "Repairs: What Changes", PARAGRAPH], ["paragraph", "heading", "paragraph"]],
    ["should make a live entry's stamp over its heading a line of the entry", [PARAGRAPH, "18:40", "Ferries stop for the night", PARAGRAPH, "18:12", "Roof of the sports hall blown off", PARAGRAPH], ["paragraph", "paragraph", "heading", "paragraph", "paragraph", "heading", "paragraph"]],
    ["should keep a heading over its subheading", [PARAGRAPH, "The ferry question", "Why the island votes first", PARAGRAPH], ["paragraph", "heading", "heading", "paragraph"]],
    ["should keep a heading above the text while its rows after it stay text", ["Repairs at the quay", PARAGRAPH, "Crew", "Anna Lind", "Ann Lee", "Jon Berg", PARAGRAPH], ["heading", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]],
    ["should read three phrases under a colon's sentence as a list", ["The harbour's plans for the year are:", "A second ferry to the islands", "Longer hours at the ticket office", "New lights on the quay", PARAGRAPH], ["paragraph", "list-item", "list-item", "list-item", "paragraph"]],
    ["should read a label's phrases under its colon as a list", ["Ingredients:", "Two fillets of white fish", "A lemon", "Fresh dill", PARAGRAPH], ["paragraph", "list-item", "list-item", "list-item", "paragraph"]],
    ["should end a colon's list at a how-to's first step", ["You will need:", "White vinegar", "A soft sponge", "A clean cloth", "Step 1: Unplug and empty the kettle", PARAGRAPH], ["paragraph", "list-item", "list-item", "list-item", "heading", "paragraph"]],
    ["should not read two lines under a colon as a list", ["The harbour's plans for the year:", "A second ferry", PARAGRAPH], ["paragraph", "heading", "paragraph"]],
    ["should end a list of items with semicolons at its item with the full stop", ["Call the harbour office if you see:", "smoke over the quay;", "oil on the water;", "a ferry drifting from its mooring;", "a crowd on the jetty at night.", PARAGRAPH], ["paragraph", "list-item", "list-item", "list-item", "list-item", "paragraph"]],
    ["should not take a sentence under items without stops for the list's last item", ["The harbour's plans for the year are:", "A second ferry to the islands", "Longer hours at the ticket office", "New lights on the quay", "The council votes in May.", PARAGRAPH], ["paragraph", "list-item", "list-item", "list-item", "paragraph", "paragraph"]],
    ["should not read sentences under a colon as a list", ["The harbour master said:", "The ferry will run again.", "Nobody was hurt.", "The quay reopens on Monday.", PARAGRAPH], ["paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]],
    ["should read a release's highlights over its dateline as a list", ["Revenue of $41.2 million, up 8% year over year", "Fleet availability rose to 97.4%", "HARBOURTON, Maine, March 4, 2025 -- Harbour Ferries today reported results for the quarter.", PARAGRAPH], ["list-item", "list-item", "paragraph", "paragraph"]],
    ["should read the highlights under a wire's dateline alone as a list, the dateline as text", ["Hamburg (ots) -", "Investition von 85 Millionen Euro", "Rund 300 neue Arbeitsplätze bis 2026", PARAGRAPH], ["paragraph", "list-item", "list-item", "paragraph"]],
    ["should not read two phrases over a paragraph without a release's dateline as a list", ["Revenue of $41.2 million, up 8% year over year", "Fleet availability rose to 97.4%", PARAGRAPH], ["heading", "heading", "paragraph"]],
    ["should not take a paragraph signed after a dash for a heading", ["The harbour master warned that the ferry could run late. – Harbourly.com", PARAGRAPH], ["paragraph", "paragraph"]],
    ["should end a list of labels and values at a line without the label's colon over a paragraph", ["The new ferries, route by route:", "North route: two ferries", "Island route: one ferry", "Night route: a water taxi", "What the crews said", PARAGRAPH], ["paragraph", "list-item", "list-item", "list-item", "heading", "paragraph"]],
    ["should not take a table's source line and the heading under it for a list under the table's colon", ["The ferries' timetable:", "Route\tFerries\tCrossing", "North\ttwo\t40 minutes", "Island\tone\t25 minutes", "Source: harbour board", "What the crews said", PARAGRAPH], ["paragraph", "table", "paragraph", "heading", "paragraph"]],
    ["should not take a link to a file with its type and size for a heading", [PARAGRAPH, "Download the harbour report 2024 (PDF, 3.4 MB)", PARAGRAPH], ["paragraph", "paragraph", "paragraph"]],
    ["should end a key points box at a heading in title case over a paragraph", ["Key Takeaways", "Two ferries collided in fog at about 6:20 p.m.", "Fourteen passengers were injured", "The Maritime Accident Board has opened an investigation", "How the Collision Happened", PARAGRAPH], ["heading", "list-item", "list-item", "list-item", "heading", "paragraph"]],
    ["should read items under a colon as a list when one ends with an abbreviation's stop", ["Here's what regulars told us they'll miss most:", "The night special of eggs, toast and coffee, served until 5 a.m.", "The Greek omelet with feta", "Pie of the day on Thursdays", PARAGRAPH], ["paragraph", "list-item", "list-item", "list-item", "paragraph"]],
    ["should not take a footnote's number over its note for a heading", [PARAGRAPH, "1", "The company's name survives on a cornerstone at the old post office.", "2", "Assessment figures were given on the condition that the assessor not be named."], ["paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]],
    ["should keep a year alone over a timeline's entries a heading", [PARAGRAPH, "2013", "March 4: The council votes to study a dam in the valley.", PARAGRAPH], ["paragraph", "heading", "paragraph", "paragraph"]],
    ["should not take a line that ends in its own colon for an item", ["The plans:", "A second ferry to the islands", "What the crews said:", "Longer hours at the office", PARAGRAPH], ["paragraph", "heading", "paragraph", "heading", "paragraph"]],
  ])("%s", (_n, lines, kinds) => expect(rebuildBlocks(lines.map((text, i) => ({ no: i + 1, text }))).map((b) => b.kind)).toEqual(kinds));
});

describe("a list's items", () => {
  const PARAGRAPH = "The harbour reopened on Monday after a week of repairs to the quay.";
  test.each([
    ["should drop the em dashes that mark a list's items", ["— smoke over the quay;", "— oil on the water;", "— a ferry drifting from its mooring."], ["smoke over the quay;", "oil on the water;", "a ferry drifting from its mooring."]],
    ["should keep the quote's dash of a paragraph", ["— Det här är vad vi har kämpat för, säger Anna Lind."], ["— Det här är vad vi har kämpat för, säger Anna Lind."]],
  ])("%s", (_n, lines, texts) => {
    const blocks = rebuildBlocks(["Call the harbour office if you see:", ...lines, PARAGRAPH].map((text, i) => ({ no: i + 1, text })));
    expect(blocks.slice(1, -1).map((b) => b.text)).toEqual(texts);
  });
});

describe("a paragraph's opening on a line of its own: drop caps, datelines", () => {
  const textsOf = (...texts: string[]) => rebuildBlocks(texts.map((text, i) => ({ no: i + 1, text }))).map((b) => b.text);
  test.each([
    ["should join a drop cap to the rest of its word", ["T", "he boat leaves at ten."], ["The boat leaves at ten."]],
    ["should join a drop cap whose word is two letters long", ["O", "n a cold morning the boat left."], ["On a cold morning the boat left."]],
    ["should join an A that makes a sentence's first word", ["A", "t first light the boat left."], ["At first light the boat left."]],
    ["should join an I that makes a sentence's first word", ["I", "t was a cold morning."], ["It was a cold morning."]],
    ["should keep an A that is a word of its own apart", ["A", "new ferry for the island."], ["A", "new ferry for the island."]],
    ["should open the first paragraph with a dateline printed on its own line", ["OMAHA, Neb. —", "One man was hurt in a fire at the harbour late Wednesday, police said."], ["OMAHA, Neb. — One man was hurt in a fire at the harbour late Wednesday, police said."]],
    ["should open it with a capital's dateline and its agency", ["LONDON (Reuters) -", "The harbour authority raised its fees on Monday, its chief said."], ["LONDON (Reuters) - The harbour authority raised its fees on Monday, its chief said."]],
    ["should open it with a place, its state and the outlet in brackets", ["Port Vesey, Harbour State (Harbour Ledger) —", "The state senate approved a new map on Wednesday, a day before the deadline."], ["Port Vesey, Harbour State (Harbour Ledger) — The state senate approved a new map on Wednesday, a day before the deadline."]],
    ["should keep a section's name in capitals over a heading apart", ["LOCAL NEWS", "Harbour Bridge Opens"], ["LOCAL NEWS", "Harbour Bridge Opens"]],
  ])("%s", (_n, lines, texts) => expect(textsOf(...lines)).toEqual(texts));
});

describe("a list whose items end with full stops, set apart by blank lines", () => {
  const P = "The county will open a drop-off site at the fairgrounds on Thursday. It will take debris from 8 a.m. to 6 p.m.";
  const ITEMS = ["Take photos of all damage before you start repairs.", "Cover broken windows with plywood or heavy plastic.", "Call your insurance company before you hire a contractor."];
  const kindsAt = (...numbered: [number, string][]) => rebuildBlocks(numbered.map(([no, text]) => ({ no, text }))).map((b) => b.kind);
  test("should read one-sentence lines under a colon, with no blank line between them and one under them, as a list", () => {
    expect(kindsAt([1, "The county gave this advice to people cleaning up after the storm:"], [3, ITEMS[0]!], [4, ITEMS[1]!], [5, ITEMS[2]!], [7, P])).toEqual(["paragraph", "list-item", "list-item", "list-item", "paragraph"]);
  });
  test("should keep them paragraphs when a paragraph follows with no blank line", () => {
    expect(kindsAt([1, "The county gave this advice to people cleaning up after the storm:"], [2, ITEMS[0]!], [3, ITEMS[1]!], [4, ITEMS[2]!], [5, P])).toEqual(["paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]);
  });
  test("should keep them paragraphs when blank lines set them apart", () => {
    expect(kindsAt([1, "The county gave this advice to people cleaning up after the storm:"], [3, ITEMS[0]!], [5, ITEMS[1]!], [7, ITEMS[2]!], [9, P])).toEqual(["paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]);
  });
  test("should end a list of phrases at a gap its items did not have, the heading under it a heading", () => {
    const kinds = kindsAt([1, "The project will be paid for with:"], [3, "$1.2 million from the township's capital reserve"], [4, "$600,000 from a state library construction grant"], [5, "$300,000 raised by the Friends of the Library"], [8, "Short-term rentals"], [10, P]);
    expect(kinds).toEqual(["paragraph", "list-item", "list-item", "list-item", "heading", "paragraph"]);
  });
  test("should keep a quote's sentences under a colon apart from a list", () => {
    expect(kindsAt([1, "The harbour master said:"], [3, "“The ferry will run again."], [4, "“Nobody was hurt."], [5, "“The quay reopens on Monday."], [7, P])).toEqual(["paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]);
  });
});

describe("a list told by its layout: points one a line between blank lines, on a page that sets its paragraphs apart", () => {
  const P = (n: number) => `Paragraph ${n} of the story goes on about the harbour and what the council decided to do about it.`;
  const POINTS = ["Live cursors, so you can see who is editing what", "Comments and mentions on any block of text", "A full version history for every note"];
  const kindsAt = (...numbered: [number, string][]) => rebuildBlocks(numbered.map(([no, text]) => ({ no, text }))).map((b) => b.kind);
  test("should list three points or more between blank lines", () => {
    expect(kindsAt([1, P(1)], [3, P(2)], [5, POINTS[0]!], [6, POINTS[1]!], [7, POINTS[2]!], [9, P(3)], [11, P(4)])).toEqual(["paragraph", "paragraph", "list-item", "list-item", "list-item", "paragraph", "paragraph"]);
  });
  test("should keep the title of a few words over the points a heading", () => {
    expect(kindsAt([1, P(1)], [3, P(2)], [5, "Key figures"], [6, POINTS[0]!], [7, POINTS[1]!], [8, POINTS[2]!], [10, P(3)], [12, P(4)])).toEqual(["paragraph", "paragraph", "heading", "list-item", "list-item", "list-item", "paragraph", "paragraph"]);
  });
  test("should keep a capitalised heading under points that open in lowercase a heading", () => {
    const lower = ["deactivate the macros on every machine", "install the updates as soon as they come", "use long passwords that differ for each service"];
    expect(kindsAt([1, P(1)], [3, P(2)], [5, lower[0]!], [6, lower[1]!], [7, lower[2]!], [8, "Too lax about security"], [10, P(3)], [12, P(4)])).toEqual(["paragraph", "paragraph", "list-item", "list-item", "list-item", "heading", "paragraph", "paragraph"]);
  });
  test("should keep the points paragraphs on a page that sets no paragraph apart", () => {
    expect(kindsAt([1, P(1)], [2, P(2)], [4, POINTS[0]!], [5, POINTS[1]!], [6, POINTS[2]!], [8, P(3)], [9, P(4)])).not.toContain("list-item");
  });
  test("should keep a fact box's rows out of a list", () => {
    expect(kindsAt([1, P(1)], [3, P(2)], [5, "Where: Old fish market hall"], [6, "When: Saturday from 2 pm"], [7, "Tickets: twelve euros"], [9, P(3)], [11, P(4)])).not.toContain("list-item");
  });
});

describe("a review's pros and cons", () => {
  const P = "The Harbour Tern 40 is a fine family cruiser. It has room for six and reaches the islands without a stop.";
  const blocksAt = (...numbered: [number, string][]) => rebuildBlocks(numbered.map(([no, text]) => ({ no, text }))).map((b) => `${b.kind}:${b.text}`);
  test("should make each group's heading a heading over its items, listed without their marks", () => {
    expect(blocksAt([1, P], [2, "Pros"], [3, "+ Quiet engine"], [4, "+ Cheap to run"], [5, "Cons"], [6, "− Small cabin"], [8, P])).toEqual(["paragraph:" + P, "heading:Pros", "list-item:Quiet engine", "list-item:Cheap to run", "heading:Cons", "list-item:Small cabin", "paragraph:" + P]);
  });
  test("should end a group where its items stand further apart than its first two", () => {
    const out = blocksAt([1, P], [2, "Pro:"], [3, "Big cabin"], [4, "Long range"], [6, "Contra:"], [7, "Loud at full speed"], [8, "No fridge"], [10, "More tests"], [12, P]);
    expect(out.slice(1, 7)).toEqual(["heading:Pro:", "list-item:Big cabin", "list-item:Long range", "heading:Contra:", "list-item:Loud at full speed", "list-item:No fridge"]);
    expect(out[7]).not.toBe("list-item:More tests");
  });
  test("should leave a lone group's label and lines as they were", () => {
    expect(blocksAt([1, P], [2, "For"], [3, "Quiet engine"], [4, "Cheap to run"], [6, P])).not.toContain("heading:For");
  });
});

describe("tables innerText wrote with tabs", () => {
  const blocksOf = (...texts: string[]) => rebuildBlocks(texts.map((text, i) => ({ no: i + 1, text })));
  const bodyOf = (...texts: string[]) => renderArticle({ part: 1, meta: { title: "T", titleSource: "dump", tags: [] }, blocks: blocksOf(...texts) }, "d.txt").split("---\n\n")[1]!;
  test("should make rows of tab-separated cells a table, the first row its header", () => {
    expect(bodyOf("Route\t2022\t2023", "Island\t1,204,000\t1,240,000", "Bayside\t220,000\t231,000")).toBe("| Route | 2022 | 2023 |\n|---|---|---|\n| Island | 1,204,000 | 1,240,000 |\n| Bayside | 220,000 | 231,000 |\n");
  });
  test("should fill a row whose last cells were empty with empty cells", () => {
    expect(blocksOf("Time\tPlace\tNote", "8:10 AM\tNorth pier")[0]!.rows).toEqual([["Time", "Place", "Note"], ["8:10 AM", "North pier", ""]]);
    expect(bodyOf("Time\tPlace\tNote", "8:10 AM\tNorth pier")).toContain("| 8:10 AM | North pier |  |");
  });
  test("should keep a header's empty corner cell over the row labels, through the whole pipeline", () => {
    const P = "The harbour company reported higher sales for the third quarter on Thursday, helped by the new island route and a busy summer season.";
    const page = ["Harbour Ferries sales rise on island route", P, "\tQ3 2024\tQ3 2023\tChange", "Net sales ($ millions)\t1,284\t1,211\t+6.0%", "Island route ($ millions)\t742\t651\t+14.0%", P.replace("higher", "record")].join("\n");
    const md = normalizeDump("ferries.txt", new TextEncoder().encode(page)).markdown[0]!;
    expect(md).toContain("|  | Q3 2024 | Q3 2023 | Change |\n|---|---|---|---|\n| Net sales ($ millions) | 1,284 | 1,211 | +6.0% |");
  });
  test("should not make a single line with a tab a table", () => {
    expect(blocksOf("Island\t1,204,000", "The island route carried the most passengers again last year.").map((b) => b.kind)).not.toContain("table");
  });
});

describe("an interview's questions", () => {
  const kinds = (texts: string[]) => rebuildBlocks(texts.map((text, i) => ({ no: i + 1, text }))).map((b) => (b.strong ? "strong" : b.kind));
  const EN_ANSWER = "I started on the ferries when I was nineteen, and I never really wanted to leave the harbour after that.";
  const EXPLAINER_ANSWER = "The new fares apply from March on every island route, and season tickets rise by about a tenth.";
  test.each([
    ["should print an English interview's questions bold, answered in the first person", ["Why the ferries?", EN_ANSWER, "What changed since then?", EN_ANSWER, "What comes next?", EN_ANSWER], ["strong", "paragraph", "strong", "paragraph", "strong", "paragraph"]],
    ["should print questions put in the polite form bold", ["Frau Lind, warum haben Sie die Fähre gekauft?", "Weil die Insel sonst keine Verbindung mehr gehabt hätte, und das konnte niemand wollen.", "Hat Sie das Geld gekostet?", "Eine ganze Menge, aber die Gemeinde hat einen Teil der Kosten übernommen.", "Bereuen Sie es?", "Keinen einzigen Tag, auch wenn der Winter auf dem Wasser hart sein kann."], ["strong", "paragraph", "strong", "paragraph", "strong", "paragraph"]],
    ["should print the interviewer's labelled turns bold, a statement too", ["Rundschau: Ist die Fähre ausgelastet?", "Lind: Im Sommer ja, im Winter fahren wir oft fast leer zur Insel und wieder zurück.", "Rundschau: Trotzdem steigen die Preise.", "Lind: Weil der Diesel teurer geworden ist und die Werft mehr verlangt als früher.", "Rundschau: Und was sagt die Gemeinde dazu?", "Lind: Die Gemeinde will helfen, aber sie hat selbst kaum Geld für die Verbindung.", "Rundschau: Wie geht es weiter?", "Lind: Wir warten auf den Haushalt und hoffen auf einen Zuschuss vom Land."], ["strong", "paragraph", "strong", "paragraph", "strong", "paragraph", "strong", "paragraph"]],
    ["should keep an explainer's questions as headings", ["What changes?", EXPLAINER_ANSWER, "Should you buy a season ticket now?", EXPLAINER_ANSWER, "Who pays less?", EXPLAINER_ANSWER], ["heading", "paragraph", "heading", "paragraph", "heading", "paragraph"]],
    ["should keep two questions as headings", ["Why the ferries?", EN_ANSWER, "What comes next?", EN_ANSWER], ["heading", "paragraph", "heading", "paragraph"]],
  ])("%s", (_n, texts, expected) => expect(kinds(texts)).toEqual(expected));
  test("should render a bold question as strong text that Markdown reads as such", () => {
    const html = md.render(renderBlocks([{ kind: "paragraph", text: "Why *the* ferries?", line: 1, strong: true }]));
    expect(html.trim()).toBe("<p><strong>Why *the* ferries?</strong></p>");
  });
});
