import { describe, expect, test } from "vitest";
import { locateBody } from "../../src/locate-body";
import { rebuildBlocks } from "../../src/structure/rebuild-blocks";

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
const P1 = "The harbour authority began lowering the reservoir in February so that engineers could repair the old dam.";
const P2 = "A spokesperson said the water level would be restored once the work is complete, expected in late summer.";
const P3 = "The data centre that the posts refer to draws recycled water from the treatment plant, not from the reservoir.";
const AFTER = ["Share this fact check", "Related fact checks", "Photo Of Frozen Ferries Is From 2014"];

describe("a list of sources under the text", () => {
  test.each([
    ["English, each citation dated", ["Sources", "Portmarren Harbour Authority, public notice, September 14, 2023", "Island Ferry Company, annual report", "Interview with the harbour master, March 10, 2026"]],
    ["Dutch, two citations", ["Bronnen", "Raadsbesluit havengeld 2026, gemeente Portmarren, 10 september 2025", "Telefonisch gesprek met de havenmeester, 16 september 2025"]],
    ["Spanish, with a colon and links", ["Fuentes:", "Autoridad Portuaria, nota de prensa, 3 de marzo de 2025", "https://www.example.org/puerto/informe-2024"]],
  ])("should keep it with the text: %s", (_n, list) => {
    const l = lines(P1, P2, P3, ...list, ...AFTER);
    expect(locateBody(l)).toEqual({ start: 0, end: 2 + list.length });
  });
  test("should keep it with the text before an end-of-article marker", () => {
    const l = lines(P1, P2, P3, "Sources", "Portmarren Harbour Authority, public notice, September 14, 2023", "Island Ferry Company, annual report 2024", ...AFTER);
    expect(locateBody(l, new Set([l[6]!]))).toEqual({ start: 0, end: 5 });
  });
  test("should leave a single line under the heading, as often a picture's source", () => {
    const l = lines(P1, P2, P3, "Source", "Portmarren Harbour Authority, 2023", ...AFTER);
    expect(locateBody(l)).toEqual({ start: 0, end: 2 });
  });
  test("should stop the list at a line of the site's own", () => {
    const l = lines(P1, P2, P3, "Sources", "Portmarren Harbour Authority, public notice, September 14, 2023", "Island Ferry Company, annual report 2024", "Did we get something wrong? Contact us.", P1);
    expect(locateBody(l)?.end).toBe(5);
  });
});

describe("rebuildBlocks on a list of sources", () => {
  const kinds = (...texts: string[]) => rebuildBlocks(lines(...texts)).map((b) => b.kind);
  test("should make the citations of a list that ends the text paragraphs, under its heading", () => {
    expect(kinds(P1, "Bronnen", "Raadsbesluit havengeld 2026, gemeente Portmarren, 10 september 2025", "Telefonisch gesprek met de havenmeester, 16 september 2025")).toEqual(["paragraph", "heading", "paragraph", "paragraph"]);
  });
  test("should leave the heading of the section after a list of references in the middle of a page", () => {
    const notes = ["Disclaimer: The views in this study are the authors' own and not those of the harbour authority.", "Acknowledgment: The authors thank the ferry crews of Portmarren, Eastbridge and Corran Bay."];
    expect(kinds(P1, "References", "Lind A, Keller M. Harbour fees and ferry traffic. 2019.", "Author, Article and Disclosure Information", ...notes)).toEqual(["paragraph", "heading", "paragraph", "heading", "paragraph", "paragraph"]);
  });
});
