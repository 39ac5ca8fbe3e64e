import { describe, expect, test } from "vitest";
import { isDateLine } from "../../src/date-words";
import { endsLikeSentence } from "../../src/text";

describe("isDateLine", () => {
  test.each([
    ["should read a day and month name with the year", "18 November 2019"],
    ["should read a German day with its full stop and a double month", "1. Januar/Februar 2022"],
    ["should read a month written with a letter outside ASCII", "23 Març 2020"],
    ["should read a day and month at the end of the line", "Updated 12 Oct"],
    ["should read a month name and day", "Nov. 19, 2019 8:03 am ET"],
    ["should read an English time stamp", "3 hours ago"],
    ["should read a German time stamp", "vor 18 Stunden"],
    ["should read a French time stamp", "il y a 3 heures"],
    ["should read a Spanish time stamp", "hace 2 horas"],
    ["should read yesterday's hour in German, between bullets", "· Gestern um 07:45 ·"],
    ["should read today's hour in English", "Today at 10:05"],
    ["should read yesterday's hour in French", "hier à 14h05"],
    ["should read a date whose time ends in 'p.m.'", "March 3, 2024 at 6:09 p.m."],
    ["should read a date whose time ends in 'a. m.'", "3 March 2024, 9:15 a. m."],
    ["should read a labelled stamp of hours ago", "Published about 5 hours ago"],
    ["should read a post and its update a few years apart", "Posted 12 March 2019 - Updated 14 March 2021"],
    ["should read an article's update told as a sentence", "Article was updated 2 hrs ago"],
    ["should read a last update's age", "Last updated 5 mins ago"],
    ["should read a French publication and its update on one line", "Publié le 03/10/24 à 17:45 — Mis à jour le 04/10/24 à 09:10"],
    ["should read a Spanish date whose time carries Argentina's hours word", "27 de febrero de 2025 - 18:41hs"],
    ["should read a Brazilian date joined by stops", "25.mar.2025 às 14h32"],
    ["should read a German publication and its last update on one line", "Veröffentlicht am 12.03.2024, 10:35 Uhr, zuletzt aktualisiert am 13.03.2024, 08:00 Uhr"],
  ])("%s", (_n, line) => expect(isDateLine(line)).toBe(true));

  test.each([
    ["should not read a numbered name that starts like a month", "3. Maria Sakkari"],
    ["should not read a count of people that starts like a month", "12 Marines Killed in Helicopter Crash"],
    ["should not read a count of decades", "10 Decades of Design"],
    ["should not read a short sentence that ends with a time", "The polls close on May 5 at 8 p.m."],
    ["should not read a headline that opens with 'Today'", "Today at 10: The Harbour Countdown"],
    ["should not read a video's running time in brackets", "Anna Lind apologises to the harbour master (Video, 1:42)"],
    ["should not read a video box's running time and source", "02:41 - Source: Harbour TV"],
    ["should not read a life's dates under an obituary's name", "June 2, 1938 – October 28, 2025"],
    ["should not read a review's score with a decimal", "Score 7.5/10"],
    ["should not read a sentence that introduces a list with the hour of its figures", "Among the closures reported to KXYZ as of 9:30 a.m.:"],
  ])("%s", (_n, line) => expect(isDateLine(line)).toBe(false));
});

describe("endsLikeSentence", () => {
  test.each([
    ["should read a sentence with its footnote's number in brackets", "The proteins are found nowhere else in nature.[12]", true],
    ["should read a sentence with its footnote's number printed plainly after the stop", "The proteins are found nowhere else in nature.1", true],
    ["should read a sentence with a two-digit footnote after a closing quote's stop", "They called it \"a toolbox, not a single trick.\"12", true],
    ["should not read a version number at the end as a footnote", "The browser now ships as version 3.1", false],
    ["should not read a line that ends in a figure as a sentence", "Revenue rose to 12", false],
    ["should not read three digits after a stop as a footnote", "The ferry line opened in the year.123", false],
    ["should read a sentence with an emoji after its stop", "We hope to see you on the quay soon! 🙂", true],
    ["should read a sentence with a symbol and its variation selector after the stop", "The harbour festival is back this summer. ☀️", true],
    ["should not read a line that ends in an emoji without a stop as a sentence", "Harbour festival highlights 🎉", false],
  ])("%s", (_n, text, ends) => expect(endsLikeSentence(text)).toBe(ends));
});
