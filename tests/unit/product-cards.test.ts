import { describe, expect, test } from "vitest";
import type { SourceLine } from "../../src/model";
import { normalizeDump } from "../../src/pipeline";
import { markProductCards } from "../../src/product-cards";

/** Lines as unglueLines gives them: trimmed, empty ones gone, their numbers kept. */
function marked(raw: string): SourceLine[] {
  const lines = raw.split("\n").map((r, i) => ({ no: i + 1, text: r.trim() })).filter((l) => l.text !== "");
  markProductCards(lines);
  return lines;
}
const roles = (raw: string): string[] => marked(raw).filter((l) => l.card).map((l) => `${l.card}: ${l.text}`);

const LEAD = "Spring sales are here, and the best kitchen deals of the week are already live at several big shops.";
const CARD = (name: string, price: string) => [name, "Boils a full litre in under three minutes", "Keeps water warm for an hour", "", `${name} (2024 model)`, price, "Available from Example Shop", "Buy Now", ""];

describe("markProductCards", () => {
  test("should mark a deals post's cards: the name, its features, and the offer from the group that holds the price", () => {
    const raw = [LEAD, "", ...CARD("Kettle Pro 2", "$39.99"), ...CARD("Toastmaster Duo", "$24.50"), "Prices may change at any time."].join("\n");
    expect(roles(raw)).toEqual([
      "name: Kettle Pro 2",
      "feature: Boils a full litre in under three minutes",
      "feature: Keeps water warm for an hour",
      "offer: Kettle Pro 2 (2024 model)",
      "price: $39.99",
      "offer: Available from Example Shop",
      "offer: Buy Now",
      "name: Toastmaster Duo",
      "feature: Boils a full litre in under three minutes",
      "feature: Keeps water warm for an hour",
      "offer: Toastmaster Duo (2024 model)",
      "price: $24.50",
      "offer: Available from Example Shop",
      "offer: Buy Now",
    ]);
  });

  test("should take a second price under a card's button as the same product's offer at another shop", () => {
    const raw = [LEAD, "Kettle Pro 2", "Boils a full litre in under three minutes", "$39.99", "Available from Example Shop", "Buy Now", "$41.00", "Available from Other Shop", "Buy Now", "Toastmaster Duo", "Two wide slots", "$24.50 at Example Shop", "Buy Now"].join("\n");
    expect(roles(raw).slice(0, 9)).toEqual([
      "name: Kettle Pro 2",
      "feature: Boils a full litre in under three minutes",
      "price: $39.99",
      "offer: Available from Example Shop",
      "offer: Buy Now",
      "offer: $41.00",
      "offer: Available from Other Shop",
      "offer: Buy Now",
      "name: Toastmaster Duo",
    ]);
  });

  test("should mark cards with the writer's paragraph under each, a former price, and buttons that name the shop", () => {
    const blurb = "I use this one every morning, and at this price it is the one I would buy again without a second thought.";
    const raw = [LEAD, "Kettle Pro 2", "Boils a full litre in under three minutes", "$39 (was $59)", "$39 at Example Shop", "Check Other Shop", blurb, "", "Advertisement", "Toastmaster Duo", "Two wide slots", "$24 (was $35)", "$24 at Example Shop", "View Deal"].join("\n");
    expect(roles(raw)).toEqual([
      "name: Kettle Pro 2",
      "feature: Boils a full litre in under three minutes",
      "price: $39 (was $59)",
      "offer: $39 at Example Shop",
      "offer: Check Other Shop",
      "name: Toastmaster Duo",
      "feature: Two wide slots",
      "price: $24 (was $35)",
      "offer: $24 at Example Shop",
      "offer: View Deal",
    ]);
  });

  test.each([
    ["should leave one card alone: a shop box beside a review", [LEAD, "", ...CARD("Kettle Pro 2", "$39.99"), "The kettle is loud, but it is quick and easy to clean, and the lid opens wide enough for a hand."]],
    [
      "should leave shop boxes with the review's paragraphs between them",
      [LEAD, "", ...CARD("Kettle Pro 2", "$39.99"), "The kettle is loud, but it is quick and easy to clean, and the lid opens wide enough for a hand.", "", "It also switches itself off when the jug is lifted from its base, which the cheaper models do not do.", "", ...CARD("Toastmaster Duo", "$24.50")],
    ],
    [
      "should leave a price comparison's shops, a name alone over each price",
      [LEAD, "Price comparison", "Example Shop", "549,00 €", "Zum Angebot*", "Other Shop", "579,00 €", "Zum Angebot*", "Third Shop", "599,00 €", "Zum Angebot*"],
    ],
    ["should leave prices without a shop's button", [LEAD, "Kettle Pro 2", "Boils a full litre in under three minutes", "$39.99", "Toastmaster Duo", "Two wide slots", "$24.50"]],
  ])("%s", (_name, raw) => {
    expect(roles(raw.join("\n"))).toEqual([]);
  });
});

describe("a deals post through the pipeline", () => {
  const page = [
    "Home",
    "Deals",
    "The best kettle and toaster deals this week",
    "By Jane Holm",
    "March 3, 2025 at 9:00 AM",
    "",
    LEAD,
    "",
    "Don't Miss:",
    "",
    ...CARD("Kettle Pro 2", "$39.99"),
    ...CARD("Toastmaster Duo", "$24.50"),
    ...CARD("Grillbox Mini", "$59.00"),
    "Follow our deals desk for more offers like these every week, and check the prices before you buy.",
  ].join("\n");
  const out = normalizeDump("deals.txt", new TextEncoder().encode(page)).markdown[0]!;

  test("should keep every card under the teaser header: its name as a heading, its features listed, its price", () => {
    expect(out).toContain("### Kettle Pro 2\n\n- Boils a full litre in under three minutes\n- Keeps water warm for an hour\n\nKettle Pro 2 (2024 model)\n\n$39.99\n\nAvailable from Example Shop");
    expect(out).toContain("### Grillbox Mini");
    expect(out).toContain("Follow our deals desk");
  });

  test("should keep the features the cards share in each card, and drop the buttons", () => {
    expect(out.match(/- Keeps water warm for an hour/g)).toHaveLength(3);
    expect(out).not.toContain("Buy Now");
  });

  test("should keep cards with the writer's paragraph between them, and drop a button that names the shop", () => {
    const blurb = (n: string) => `The ${n} is the one I reach for every morning, and at this price I would buy it again without a second thought.`;
    const cards = ["Kettle Pro 2", "Toastmaster Duo", "Grillbox Mini"].flatMap((n, k) => [n, "Boils a full litre in under three minutes", "Keeps water warm for an hour", `$${k + 20} (was $${k + 40})`, `$${k + 20} at Example Shop`, "Check Other Shop", blurb(n), ""]);
    const page2 = ["The best kettle and toaster deals this week", "By Jane Holm", "March 3, 2025 at 9:00 AM", "", LEAD, "", ...cards, "Prices were checked this morning and may change at any time, so check them before you buy anything."].join("\n");
    const md = normalizeDump("deals2.txt", new TextEncoder().encode(page2)).markdown[0]!;
    expect(md).toContain("### Toastmaster Duo\n\n- Boils a full litre in under three minutes\n- Keeps water warm for an hour\n\n$21 (was $41)\n\nThe Toastmaster Duo is the one");
    expect(md).toContain("### Grillbox Mini");
    expect(md).not.toContain("Check Other Shop");
  });
});
