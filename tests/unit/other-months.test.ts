import { describe, expect, test } from "vitest";
import { extractDate } from "../../src/metadata/extract-date";
import { findDates } from "../../src/metadata/parse-date";

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
const REF = new Date("2026-03-01T00:00:00Z");
const first = (text: string): string | undefined => findDates(text, REF, "en")[0]?.iso;

describe("spaced numeric dates", () => {
  test.each([
    ["should read a Czech spaced date with its time", "Publikováno: 4. 2. 2026 14:05", "2026-02-04T14:05"],
    ["should read a spaced date with the year's full stop and the time after it", "11. 06. 2025. 14:05", "2025-06-11T14:05"],
    ["should read a spaced date with a comma before the time", "4. 2. 2026, 14:05", "2026-02-04T14:05"],
    ["should read a Slovak spaced date with 'o' before the time", "12. 11. 2025 o 14:05", "2025-11-12T14:05"],
    ["should read a Croatian spaced date with 'u' before the time", "12. 11. 2025. u 14:05", "2025-11-12T14:05"],
    ["should keep the time of an unspaced date with the year's full stop and 'u'", "12.11.2025. u 14:05", "2025-11-12T14:05"],
    ["should read a spaced date with a space only before the year", "4.2. 2026", "2026-02-04"],
    ["should not read a chapter and section as a date", "Kapitel 4. 2. Absatz", undefined],
    ["should not read a spaced version number as a date", "Version 1. 2. 3 ist erschienen", undefined],
    ["should not read a spaced date without a four-digit year", "4. 2. 26", undefined],
    ["should not read numbers glued to a longer number before them", "1.4. 2. 2026", undefined],
  ])("%s", (_n, text, iso) => expect(first(text)).toBe(iso));
});

describe("month names of more languages", () => {
  test.each([
    ["should read a Slovak month name with 'o' before the time", "12. novembra 2025 o 14:05", "2025-11-12T14:05"],
    ["should read a Slovak month name with an accent", "3. júla 2025", "2025-07-03"],
    ["should read a Hungarian date written year first, with the time", "2025. szeptember 8. 14:05", "2025-09-08T14:05"],
    ["should read a Hungarian date with the day's full stop at the end", "2025. november 12.", "2025-11-12"],
    ["should read a Hungarian abbreviated month", "2025. márc. 4. 09:30", "2025-03-04T09:30"],
    ["should not read an English sentence's year and a month after it as Hungarian", "It closed in 2025. November 12 was the last day", undefined],
    ["should read a Croatian month name with 'u' before the time", "14. srpnja 2025. u 14:05", "2025-07-14T14:05"],
    ["should read a Croatian November", "3. studenoga 2025.", "2025-11-03"],
    ["should read a Croatian month in the nominative", "3. veljača 2025.", "2025-02-03"],
    ["should read a Serbian Latin month name", "12. novembra 2025.", "2025-11-12"],
    ["should read a Serbian Latin August", "5. avgusta 2025. 14:05", "2025-08-05T14:05"],
    ["should read a Catalan date with 'de' and the time", "10 de desembre de 2025, 14:05", "2025-12-10T14:05"],
    ["should read a Catalan month name after the elided 'd''", "2 d'octubre de 2025", "2025-10-02"],
    ["should read the Catalan April after the elided 'd''", "7 d’abril de 2025", "2025-04-07"],
    ["should read the Catalan November after 'de'", "10 de novembre de 2025", "2025-11-10"],
    ["should read a Catalan month name written without 'de'", "23 Març 2025", "2025-03-23"],
    ["should read a Lithuanian date", "2025 m. lapkričio 12 d.", "2025-11-12"],
    ["should read a Lithuanian date with its time", "2025 m. gegužės 3 d. 14:05", "2025-05-03T14:05"],
  ])("%s", (_n, text, iso) => expect(first(text)).toBe(iso));
});

describe("listopad: Croatian October, Polish and Czech November", () => {
  test.each([
    ["should read Croatian 'listopada' with both full stops as October", "8. listopada 2025.", "2025-10-08"],
    ["should read Croatian 'listopada' with 'u' before the time as October", "Objavljeno: 8. listopada 2025. u 10:15", "2025-10-08T10:15"],
    ["should read 'listopada' with 'u' before the time but no full stops as October", "8 listopada 2025 u 10:15", "2025-10-08T10:15"],
    ["should read Polish 'listopada' without full stops as November", "8 listopada 2025", "2025-11-08"],
    ["should read Polish 'listopada' with 'r.' after the year as November", "8 listopada 2025 r., 08:15", "2025-11-08T08:15"],
    ["should read Czech 'listopadu' as November", "8. listopadu 2025", "2025-11-08"],
    ["should give no date for 'listopada' with only the day's full stop", "8. listopada 2025", undefined],
    ["should give no date for 'listopada' with only the year's full stop", "8 listopada 2025.", undefined],
    ["should read Croatian 'srpnja' as July", "12. srpnja 2025.", "2025-07-12"],
    ["should read Czech 'srpna' as August", "12. srpna 2025", "2025-08-12"],
  ])("%s", (_n, text, iso) => expect(first(text)).toBe(iso));
});

describe("extractDate on pages in these languages", () => {
  test.each([
    ["should date a Croatian page in October, not November", ["Lučka uprava gradi novi gat", "Objavljeno: 8. listopada 2025. u 10:15"], "2025-10-08T10:15"],
    ["should date a Czech page by its spaced date", ["Přístav otevírá nové molo", "Publikováno: 4. 2. 2026 14:05"], "2026-02-04T14:05"],
    ["should date a Slovak page", ["Prístav otvára nové mólo", "12. novembra 2025 o 14:05"], "2025-11-12T14:05"],
    ["should date a Hungarian page", ["Új móló a kikötőben", "2025. szeptember 8. 14:05"], "2025-09-08T14:05"],
    ["should date a Lithuanian page", ["Uoste atidaryta nauja prieplauka", "2025 m. lapkričio 12 d."], "2025-11-12"],
  ])("%s", (_n, head, date) => {
    expect(extractDate(lines(...head), [], { reference: REF, language: "en" })?.date).toBe(date);
  });
});

describe("a date line ending on the date's full stop", () => {
  test.each([
    ["should take a Croatian date line ending on the year's full stop as metadata", "Objavljeno: 3. veljače 2025.", true],
    ["should take a spaced date ending on the year's full stop as metadata", "11. 06. 2025.", true],
    ["should take a Hungarian date line ending on the day's full stop as metadata", "2025. november 12.", true],
    ["should take a Lithuanian date line ending on the day's 'd.' as metadata", "2025 m. lapkričio 12 d.", true],
    ["should take a weekday and a date ending on the year's full stop as metadata", "Petak, 3. veljače 2025.", true],
    ["should not take a sentence ending on a date as metadata", "The harbour closed on 12 March 2025.", false],
    ["should not take a numbered sentence ending on a date as metadata", "3. The ferry sailed on 12.03.2025.", false],
  ])("%s", (_n, text, consumed) => {
    expect(extractDate(lines("Lučka uprava gradi novi gat", text), [], { reference: REF, language: "en", dayFirst: true })?.consumeLine).toBe(consumed);
  });
});

describe("publication and update labels of these languages", () => {
  test.each([
    ["should take the Croatian publication label's date over a dated photo credit", ["Lučka uprava gradi novi gat", "Objavljeno: 8. 10. 2025. u 10:15", "Foto: Ana Lind, 7. 10. 2025."], "2025-10-08T10:15", undefined],
    ["should take the Slovak publication label's date over a dated photo credit", ["Prístav otvára nové mólo", "Publikované: 8. 10. 2025 o 10:15", "Foto: Anna Lind, 7. 10. 2025"], "2025-10-08T10:15", undefined],
    ["should take the Lithuanian publication label's date over a dated photo credit", ["Uoste atidaryta nauja prieplauka", "Paskelbta: 2025 m. spalio 8 d. 10:15", "Nuotr. Anna Lind, 2025-10-07"], "2025-10-08T10:15", undefined],
    ["should mark a date under the Croatian update label as an update", ["Ažurirano: 9. 10. 2025. u 08:00"], "2025-10-09T08:00", true],
    ["should mark a date under the Hungarian update label as an update", ["Frissítve: 2025. október 9. 08:00"], "2025-10-09T08:00", true],
    ["should mark a date under the Catalan update label as an update", ["Actualitzat: 9 d'octubre de 2025, 08:00"], "2025-10-09T08:00", true],
  ])("%s", (_n, head, date, updated) => {
    const found = extractDate(lines(...head), [], { reference: REF, language: "en" });
    expect([found?.date, found?.updated]).toEqual([date, updated]);
  });
});
