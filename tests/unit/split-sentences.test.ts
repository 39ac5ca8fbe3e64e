import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { splitSentences } from "../../src/text";

describe("splitSentences", () => {
  test.each([
    ["should split at stops before a space", "One. Two! Three?", ["One. ", "Two! ", "Three?"]],
    ["should keep a closing quote with its sentence", "He said “no.” Then he left.", ["He said “no.” ", "Then he left."]],
    ["should not split a decimal figure", "The forecast fell from 1.3% to 0.9%.", ["The forecast fell from 1.3% to 0.9%."]],
    ["should not split a figure with a thousands point", "Ayudas de hasta 6.000 euros para las familias.", ["Ayudas de hasta 6.000 euros para las familias."]],
    ["should not split inside a dotted abbreviation", "The U.S. envoy arrived.", ["The U.S. ", "envoy arrived."]],
    ["should keep a line without a stop whole", "No stop at all", ["No stop at all"]],
  ])("%s", (_n, text, expected) => expect(splitSentences(text)).toEqual(expected));

  test("should give pieces that join back to the text", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom("a", " ", ".", "!", "?", "…", "”", "1", "\n") }), (s) => {
      expect(splitSentences(s).join("")).toBe(s);
    }));
  });
});
