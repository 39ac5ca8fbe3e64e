import { describe, expect, test } from "vitest";
import { isByline, isCreditBy } from "../../src/metadata/title-bylines";

describe("isCreditBy", () => {
  test.each([
    "Additional reporting by Jane Doe",
    "Words and pictures by Jane Doe",
    "As told to Jane Doe",
    "Courtesy of The Harbour Record",
    "SPECIAL TO THE HARBOUR RECORD",
    "Presented by Harbour Bank",
    "In partnership with Harbour Bank",
    "Présenté en collaboration avec la Région",
    "IN KOOPERATION MIT DEM HAFENAMT",
    "Presentato da Banca del Porto",
    "In collaborazione con il Comune",
    "Patrocinado por el Puerto",
    "Geschrieben von Anna Lind",
    "Écrit par Jean Dupont",
    "Receta de Ana Ruiz",
    "Geschreven door Anna Jansen",
    "Medizinisch geprüft von Dr. Anna Lind",
    "Relu par Jean Dupont",
  ])("should take %j for a credit line", (line) => {
    expect(isCreditBy(line)).toBe(true);
  });

  test.each([
    ["Reporting by the council shows the harbour fees rose", "a sentence about reporting"],
    ["Harbour fees rise for the third year", "a headline"],
    ["Geschrieben", "the label without its name"],
  ])("should not take %j (%s)", (line) => {
    expect(isCreditBy(line)).toBe(false);
  });
});

describe("isByline", () => {
  test.each([
    ["The Harbour Sentinel Editorial Board", true],
    ["Editorial Board", true],
    ["The board's editorial on the harbour", false],
  ])("should read %j as a byline: %s", (line, expected) => {
    expect(isByline(line)).toBe(expected);
  });
});
