import { describe, expect, test } from "vitest";
import { locateBody } from "../../src/locate-body";
import { proseValue } from "../../src/prose-value";
import { isCardStamp } from "../../src/card-stamp";
import { SCHEDULE_ENTRY } from "../../src/structure/programme-entry";
import { extendSignOff } from "../../src/extend-letter";

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
const P1 = "The council approved the new budget on Tuesday after a debate that lasted most of the afternoon.";
const P2 = "Opposition members said the spending plans were too optimistic and would need revising by spring.";
const P3 = "The mayor said the city would publish a detailed breakdown of the figures before the end of the month.";

describe("proseValue", () => {
  test.each([
    ["should count a full sentence at its length", P1, P1.length],
    ["should make a menu entry cost", "Business", -25],
    ["should make a headline-case teaser cost even with a question mark", "Is This The End Of The Road For Electric Scooters In Big Cities?", -25],
    ["should wall off the site's copyright footer", "© 2019 Example Media Inc. All rights reserved.", -2000],
    ["should count a numbered list item a little", "1) Lego Star Wars 75188", 23 * 0.3],
    ["should count a German lead full of names and nouns as prose by its lowercase verbs", "Hafenstadt – Jetzt macht Finanzminister Peter Kranich Ernst: Familien mit Kindern sollen ab Januar weniger Steuern zahlen!", 122],
    ["should count a German sentence full of names, figures and nouns as prose by two lowercase verbs", "Das Requiem findet am Freitag, 15. März, um 14 Uhr in der Pfarrkirche St. Martin statt.", 87],
    ["should count a German sentence of names, a title and a date as prose by its pronoun and auxiliary", "Nächste Woche empfangen wir Tabellenführer FC Nordhaven. Anpfiff ist am Sonntag, 19. Oktober, um 15 Uhr am Sportplatz an der Au.", 128],
    ["should still make a German note under a label cost, whatever its articles", "Quelle: Drucksache 20/428 - Schriftliche Fragen mit den in der Woche vom 10. Januar eingegangenen Antworten (S. 34f.)", -25],
    ["should count a round-up's results line with its stop as short prose, names and all", "Rugby, Counties 2: Sandholm 19-19 Castlebrae.", 45 * 0.5],
    ["should still make a weekday's opening hours cost", "Öffnungszeiten: Di–Fr 8–12 und 14–18 Uhr, Sa 9–12 Uhr.", -25],
    ["should still make a long headline-case sentence cost", "Harbour Master Says The Old Ferry Will Return To Service Next Summer After Repairs.", -25],
    ["should count an English sentence full of names as prose by its short lowercase verbs", "Memorials may be directed to St. Paul's Lutheran Church or Cedar Valley Hospice.", 80],
    ["should still make a headline-case sentence with only minor words in lowercase cost", "Harbour Master to Return the Old Ferry to Service in Spring, Says Port of Eastbay.", -25],
    ["should still make a German teaser with short lowercase words cost", "Erhalten Sie Antworten auf Ihre Fragen zum Thema Betrieblicher Infektionsschutz.", -25],
    ["should count a short German sentence with its full stop and a lowercase verb as a short sentence", "Liebe: Eine Begegnung am Dienstag bleibt Ihnen im Kopf.", 55 * 0.5],
    ["should still make a short title-case headline with a full stop cost", "Storm Hits Harbour Town For Third Time.", -25],
    ["should make a checklist's item neutral, however short", "☐ Kühlschrank abtauen", 0],
  ])("%s", (_n, text, value) => expect(proseValue(text)).toBeCloseTo(value));
  test.each([
    ["its agency", "Der Verkehr wird umgeleitet, sagte die Polizei am Montag. (dpa)"],
    ["its writers and the day", "Das Budget soll im April im Nationalrat beschlossen werden. (Anna Lind, Tomas Berg, 3.3.2025)"],
  ])("should value a paragraph signed with %s as the sentences it ends", (_n, text) => {
    expect(proseValue(text)).toBe(proseValue(text.slice(0, text.lastIndexOf("(")).trimEnd()));
    expect(proseValue(text)).toBeGreaterThan(0);
  });
  test.each([
    ["its outlet's address after a dash", "Officials warned that a weaker currency could slow the pace of easing. – Harbourly.com", " – Harbourly.com"],
    ["its agency after a dash", "The ferry will run again from Monday, the harbour master said. — Reuters", " — Reuters"],
  ])("should value a paragraph signed with %s as the sentences it ends", (_n, text, sign) => {
    expect(proseValue(text)).toBe(proseValue(text.slice(0, -sign.length)));
    expect(proseValue(text)).toBeGreaterThan(0);
  });
  test("should not take a shop's name before a dash for a signed sentence", () => expect(proseValue("Harbour & Cie. - Die Manufaktur")).toBeLessThan(0));
  test("should still make a caption ending in its picture's credit cost", () => expect(proseValue("A farmer walks across the dried harbour. (Express Archive)")).toBe(-25));
});

describe("locateBody", () => {
  test("should span paragraphs across a heading and skip the menus around them", () => {
    const l = lines("Home", "World", "Sport", "Budget Passes", P1, "What comes next", P2, P3, "About us", "Contact", "Careers");
    expect(locateBody(l)).toEqual({ start: 4, end: 7 });
  });

  test("should read on past a list introduced by a sentence that names the hour of its figures", () => {
    const l = lines("Home", "Weather", P1, P2, "Among the closures reported to the station at 9:30 a.m.:", "Harbour Public Schools — closed, no online classes", "Port Lind Public Schools — closed", "Harbour State College — campus closed, online classes continue", "County offices — opening at 10 a.m.", "The full list is on the station's closings page.", P3, "Forecasters said the wind would drop by Friday, but the cold would stay into the weekend.", "Related Articles", "Contact Us");
    expect(locateBody(l)).toEqual({ start: 2, end: 11 });
  });

  test("should start the text under the head when an update's note stands over the headline", () => {
    const note = "Updated on 6 May 2025: an earlier version of this story misspelt the name of the harbour master. We have corrected it.";
    const dek = "A night on the last bus around the harbour, with the drivers, the cleaners and the people who ride it to work every day.";
    const l = lines("Home", "City", note, "All night on the harbour bus", dek, "By Anna Lind", "2 May 2025", "11 min read", P1, P2, P3);
    expect(locateBody(l)).toEqual({ start: 8, end: 10 });
  });
  test("should keep an update's note under the text with the text", () => {
    const note = "Updated on 6 May 2025: this story has been updated to say that the harbour board counts the ferry company among its donors.";
    const l = lines("Home", "City", "All night on the harbour bus", "By Anna Lind", P1, P2, P3, note, "About us", "Contact");
    expect(locateBody(l)).toEqual({ start: 4, end: 7 });
  });
  test.each([
    ["a sentence", "To be safe, the council has closed the schools in the following towns and villages:", []],
    ["a short sentence under a paragraph", "Areas covered by the warning include:", [P1]],
  ])("should read on past a list of places that %s introduces, to the paragraph under it", (_n, intro, above) => {
    const l = lines("Home", "Weather", "Schools shut as river warning issued", ...above, P2, intro, "Northport", "Millbrook", "Kestrel Bay", "Upper Dunmore", "Saltby", "Harwick Green", P3, "About us", "Contact");
    expect(locateBody(l)).toEqual({ start: 3, end: l.length - 3 });
  });
  test("should not read on from a widget's label over its links under a byline", () => {
    const l = lines("Home", "Science", "Telescope opens to astronomers worldwide", "Anna Lind", "Search for this author in:", "Harbour Med", "Example.com", "Scholar Search", P1, P2, P3);
    expect(locateBody(l)).toEqual({ start: 8, end: 10 });
  });
  test("should not cross the copyright footer into teaser cards", () => {
    const l = lines(P1, P2, "© 2020 Example News. All rights reserved.", "Other Story Headline Here", P3, P3);
    expect(locateBody(l)).toEqual({ start: 0, end: 1 });
  });

  test.each([
    ["a photographer's name", "© Jane Doe"],
    ["a photographer and an agency", "© Jane Doe/Harbour Pictures"],
    ["an agency in lowercase", "© dpa"],
    ["a picture agency in lowercase over a wire agency", "© picture alliance/dpa"],
    ["the picture's owner in lowercase", "© privat"],
  ])("should read on past a picture's credit with %s, which is no copyright footer", (_n, credit) => {
    const l = lines(P1, P2, credit, P3, P1);
    expect(locateBody(l)).toEqual({ start: 0, end: 4 });
  });
  test.each([
    ["its year", "© 2024 Harbour Times"],
    ["its rights", "© Harbour Times. Alle Rechte vorbehalten"],
    ["a brand in lowercase, which no picture's credit is", "© harbourtimes"],
    ["its web address", "© Harbour Times / harbourtimes.de"],
  ])("should still wall off a footer with %s", (_n, footer) => expect(proseValue(footer)).toBe(-2000));
  test.each([
    ["an item lettered (c)", "(c) it must report every delay of more than thirty minutes to the harbour office within a day;"],
    ["an item lettered (c) that opens with a capital", "(c) The operator must report every delay to the harbour office within a day."],
    ["a sentence that opens with the word", "Copyright Office officials said on Monday that the rules for harbour photographs would change."],
  ])("should read on past %s, which is no copyright footer", (_n, line) => {
    expect(locateBody(lines(P1, P2, line, P3, P1))).toEqual({ start: 0, end: 4 });
  });
  test("should wall off the footer's link to its terms", () => expect(proseValue("Copyright Policy")).toBe(-2000));

  test("should read a live blog's entries on past their bare time stamps, the first stamp with them", () => {
    const l = lines("Harbour fire: live updates", "14:32", P1, "14:05", P2, "13:40", P3, "13:15", P1);
    expect(locateBody(l)).toEqual({ start: 1, end: 8 });
  });
  test("should read a live blog on whose entries a writer's name or a heading stands between stamp and text", () => {
    const l = lines("Harbour fire: live updates", "14:32", "Anna Lind", P1, "2h ago", "13:55", "Maria Keller", P2, "13:20", "Quay closed", P3, P1);
    expect(locateBody(l)).toEqual({ start: 1, end: 11 });
  });
  test("should read on past an entry that ends in a list, its next stamp saying how long ago", () => {
    const stats = ["Aces: Lind 3, Berg 2", "Double faults: Lind 4, Berg 0", "Winners: Lind 11, Berg 9", "Unforced errors: Lind 17, Berg 8"];
    const l = lines("Menu", "Harbour Open final: live", "By Anna Lind", "7h ago", "Lind wins the title", `${P1} ${P2}`, "8h ago", "Lind takes the second set", `${P2} ${P3}`, "Stats after set two:", ...stats, "9h ago", "Players are out", P3, P1);
    expect(locateBody(l)).toEqual({ start: 3, end: 17 });
  });
  test("should read a broadcaster's live page stamped 'Posted at', a reporter's name and role over one entry and pictures only in another", () => {
    const l = lines("Menu", "Storm live", "Posted at 14:52", "Power cuts rise", `${P1} ${P2}`, "Posted at 14:31", "'Like a jet engine'", "Anna Lind", "Reporter, Harbour", `${P2} ${P3}`, "Posted at 13:58", "Your pictures", "Posted at 13:20", "Bridges closed", `${P3} ${P1}`, "Posted at 09:00", "Good morning", `${P1} ${P3}`);
    expect(locateBody(l)).toEqual({ start: 2, end: 17 });
  });
  test.each([
    ["an American paper's", ["11:58 p.m.: Lind declares victory", "10:45 p.m.: Levy fails again", "9:30 p.m.: Mayor wins second term", "7:30 p.m.: Polls are closed"]],
    ["a German ticker's", ["22.15 Uhr: Lind erklärt ihren Sieg", "21.40 Uhr: Abgabe scheitert erneut", "20.30 Uhr: Bürgermeister gewinnt", "18.00 Uhr: Wahllokale schließen"]],
  ])("should read %s entries that each open with the time and the headline on one line", (_n, stamps) => {
    const l = lines("Menu", "Election night live", "By Anna Lind", stamps[0]!, `${P1} ${P2}`, stamps[1]!, P2, P3, "— Tom Berg", stamps[2]!, `${P3} ${P1}`, stamps[3]!, P1, "Reader comments");
    expect(locateBody(l)).toEqual({ start: 3, end: 12 });
  });
  test("should not read a comment thread's stamps under each commenter's name as a live blog's", () => {
    const l = lines("Menu", "Harbour notes", P1, P2, P3, "Comments", "Anna Lind says:", "3 March 2025 at 10:12 pm", "Great piece, thank you!", "Tom Berg says:", "4 March 2025 at 9:40 am", "I was on the quay that day and remember it well, the ferry was packed with people going to the fair.");
    expect(locateBody(l)?.end).toBe(4);
  });
  test("should read a live blog of 150,000 entries without overflowing the stack", () => {
    const l = Array.from({ length: 300_000 }, (_, i) => ({ no: i + 1, text: i % 2 === 0 ? "14:05" : P1 }));
    expect(locateBody(l)).toEqual({ start: 0, end: 299_999 });
  });
  test("should still stop at a bare time that stands alone, as an audio player's does", () => {
    const l = lines("Listen to this article", "00:00", P1, P2, P3);
    expect(locateBody(l)?.start).toBe(2);
    expect(locateBody(lines(P1, P2, "7:00 A.M.", "Other Story Headline Here", P3))).toEqual({ start: 0, end: 1 });
  });
  test("should find a Japanese article of short paragraphs among its menus", () => {
    const l = lines("ニュース", "政治", "経済", "港のフェリー、月曜日から運航再開", "港の岸壁の工事は予定より一週間早く、月曜日の朝に終わった。", "フェリーは一日六便になり、夏休みには臨時便も出る。", "町の担当者は「島の人たちがずっと待っていた」と話す。", "港の食堂や土産物店も、来週から順に営業を再開する予定だ。", "関連記事", "港の夏祭り、今年も開催へ");
    expect(locateBody(l)).toEqual({ start: 4, end: 7 });
  });
  test("should read a Hindi sentence that ends with a danda as prose", () => {
    expect(proseValue("बंदरगाह पर नई नौका सेवा सोमवार से शुरू होगी।")).toBeGreaterThan(0);
  });
  test("should keep a whole Japanese blog written in lines without stops, rather than a line of it", () => {
    const l = lines("ブログ", "港に着いた", "フェリーがたくさん並んでいる", "今日は天気がいいので海がきれいだ。", "お昼は港の食堂で魚を食べた", "また来たい");
    expect(locateBody(l)).toBeNull();
  });
  test("should run on across a timeline's dated entries", () => {
    const l = lines(P1, P2, "Key dates", "6 April 2025 – new harbour fees take effect", "31 January 2026 – first deadline under the new rules", P3, P1);
    expect(locateBody(l)).toEqual({ start: 0, end: 6 });
  });
  test("should take in the rest of a marked list whose long first item ends the text", () => {
    const l = lines(P1, P2, P3, "Officials gave advice for the cold spell:", "• Heat your home to at least 18C, especially the rooms you spend most of your time in", "• Wear several thin layers", "• Keep a supply of your medicines", "Related stories", "Harbour bridge closed");
    expect(locateBody(l)?.end).toBe(6);
  });
  test("should not take a menu's marked entries under a marked item that ends the text", () => {
    const l = lines(P1, P2, P3, "Officials gave advice for the cold spell:", "• Heat your home to at least 18C, especially the rooms you spend most of your time in", "• Home", "• News", "• Contact us");
    expect(locateBody(l)?.end).toBe(4);
  });
  test("should run on across a timeline whose entries open with a name", () => {
    const l = lines(P1, P2, "Key dates", "14 February 1995 – Anna Lind is killed walking home from work", "5 May 2003 – A man is arrested and released without charge", "3 February 2025 – Tomas Reyes is arrested at his home", P3, P1);
    expect(locateBody(l)).toEqual({ start: 0, end: 7 });
  });
  test("should still end the text at a run of teaser cards dated in title case", () => {
    const l = lines(P1, P2, P3, "Related", "12 March 2025 – Harbour Festival Opens Its Gates Again", "3 March 2025 – New Ferry Arrives From The Northern Yard", "1 March 2025 – Island School Wins National Science Prize", P1);
    expect(locateBody(l)?.end).toBe(2);
  });
  test("should leave a headline and a dek without their stops to the head", () => {
    const l = lines("El puerto de la isla licitará en diciembre el derribo de los antiguos silos de grano del muelle norte", "La Autoridad Portuaria prevé que las obras empiecen en primavera y liberen más de dieciocho mil metros cuadrados para uso de los vecinos", P1, P2, P3);
    expect(locateBody(l)).toEqual({ start: 2, end: 4 });
  });
  test("should keep an opening paragraph with a stop inside, however it ends", () => {
    const l = lines("Visitors who booked their tickets through our page came to the harbour theatre to watch the winter show and have left their reviews of the show on our page! 🙂", "We have brought some of these memorable reviews here for you to read below", P1, P2, P3);
    expect(locateBody(l)?.start).toBe(0);
  });
  test("should run on across a date of availability in the text", () => {
    const l = lines(P1, P2, "Lieferbar ab 15.11.2022", P3);
    expect(locateBody(l)).toEqual({ start: 0, end: 3 });
  });
  test("should still stop at a teaser card's date that names its writer", () => {
    const l = lines(P1, P2, "Other Story Headline Here", "6 April 2025 – by Anna Lind", P3);
    expect(locateBody(l)).toEqual({ start: 0, end: 1 });
  });
  test("should run on across a recipe's list of ingredients", () => {
    const l = lines("Harbour fish soup", P1, "Ingredients", "500 g white fish", "2 onions", "3 potatoes", "1 litre fish stock", "1 bunch of dill", "Method", "1. Chop the onions and fry them in butter until soft.", P2, P3);
    expect(locateBody(l)).toEqual({ start: 1, end: 11 });
  });
  test.each([
    ["a reading time", "4 min read"],
    ["a comment count", "3 comments"],
    ["a headline that opens with a number", "3 Questions for the Harbour Master"],
    ["an address's postcode and town", "20095 Hamburg"],
    ["a price", "2,50 EUR"],
  ])("should still count %s as furniture", (_n, text) => expect(proseValue(text)).toBe(-25));
  const LEDE = "HARBOURTON, Maine, March 4, 2025 /HarbourWire/ -- Harbour Ferries, Inc. (Nasdaq: HFRY) today reported results for the fourth quarter of 2024.";
  const POINTS = ["Revenue of $41.2 million, up 8% year over year", "Fleet availability rose to 97.4%", "Conference call today at 10:00 a.m. ET"];
  test.each([
    ["under the release's date", ["Harbour Ferries Reports Fourth Quarter Results", "Mar 04, 2025, 08:30 ET", ...POINTS, LEDE, P1], { start: 2, end: 6 }],
    ["under the release's date and its buttons", ["Harbour Ferries Reports Fourth Quarter Results", "03/04/2025", "Download PDF", "Add to Briefcase", ...POINTS, LEDE, P1], { start: 4, end: 8 }],
    ["under a wire's dateline alone, with the dateline", ["Harbour Ferries eröffnet neues Terminal", "Hamburg (ots) -", "Investition von 85 Millionen Euro", "Rund 300 neue Arbeitsplätze bis 2026", P1, P2], { start: 1, end: 5 }],
  ])("should take in a press release's highlights %s", (_n, texts, span) => expect(locateBody(lines(...texts))).toEqual(span));
  test("should take in a station's dateline alone over the text", () => {
    expect(locateBody(lines("Harbour bar shooting leaves one dead", "OMAHA, Neb. —", P1, P2))).toEqual({ start: 1, end: 3 });
  });
  test.each([
    ["a headline and its dek right over a wire's dateline", ["Harbour Ferries Reports Fourth Quarter Results", "Revenue rose on busier summer crossings and a new route", LEDE, P1], { start: 2, end: 3 }],
    ["points over a paragraph that opens with no release's dateline", ["Mar 04, 2025, 08:30 ET", ...POINTS, P1, P2], { start: 4, end: 5 }],
  ])("should not take in %s", (_n, texts, span) => expect(locateBody(lines(...texts))).toEqual(span));
  test("should take in a numbered list under its heading below the text", () => {
    expect(locateBody(lines("Menu", P1, P2, "Tracklist", "1. Harbour Lights", "2. North Quay", "3. Night Ferry", "Buy now", "More reviews"))).toEqual({ start: 1, end: 6 });
  });
  test("should not take in a list numbered with a gap under the text", () => {
    expect(locateBody(lines("Menu", P1, P2, "Most read", "1. Harbour Lights", "3. North Quay", "4. Night Ferry"))).toEqual({ start: 1, end: 2 });
  });
  test("should take in a fact box of three label rows or more right under the text", () => {
    const l = lines("Menu", P1, P2, "When: 14 June, from 2 pm", "Where: Old fish market hall", "Tickets: 12 euros", "Source: Harbour jazz society", "Tags: music, harbour");
    expect(locateBody(l)).toEqual({ start: 1, end: 5 });
  });
  test("should take in a fact box's last short row when the rows before it read as sentences and end the text", () => {
    const l = lines("Menu", P1, P2, "7-day forecast", "Tonight: Snow developing, heavy at times in the hills. Low 19.", "Saturday: Partly sunny. High 31.", "Sunday: Mostly cloudy. High 36.", "Monday: Milder. High 44.", "Closings & Delays", "View All Closings");
    expect(locateBody(l)).toEqual({ start: 1, end: 7 });
  });
  test("should not count a paragraph after a label as a fact box's row", () => {
    const l = lines("Menu", P1, "Our verdict: A quiet, dense case that takes its time with its characters, and rewards patient viewers.", "Rating: 4 of 5 stars", "Trailer: The Silent Guest", "Video", "More from TV");
    expect(locateBody(l)).toEqual({ start: 1, end: 2 });
  });
  test("should take in a box's title over its rows and the text's closing sentence under them", () => {
    const l = lines("Menu", P1, P2, "The works in brief:", "April to June: west gate to the church", "July to August: church to the town hall", "September: town hall to the east gate", "More information is available at the town hall and on the council's website.", "More from the region", "Other headline here");
    expect(locateBody(l)).toEqual({ start: 1, end: 7 });
  });
  test("should take in a French fact box with a space before each colon", () => {
    const l = lines("Menu", P1, P2, "Capteur : 50 Mpx", "Écran : 6,1 pouces", "Autonomie : deux jours", "Prix : 499 €", "Most Read", "Other headline here");
    expect(locateBody(l)).toEqual({ start: 1, end: 6 });
  });
  test("should take in a fact box under a one-word heading", () => {
    const l = lines("Menu", P1, P2, "Teams", "Harbour FC: Lind; Berg, Dahl, Roe", "Island Rovers: Ek; Holm, Vik, Sand", "Referee: Tom Berg", "Attendance: 2,400", "Most Read", "Other headline here");
    expect(locateBody(l)).toEqual({ start: 1, end: 7 });
  });
  test.each([
    ["the score under the box's title", ["FICHA TÉCNICA", "HARBOUR FC 1 X 1 ISLAND ROVERS", "Local: Harbour Stadium", "Árbitro: Tom Berg", "Público: 2.400"]],
    ["the score with the half-time score", ["Harbour FC - Island Rovers 4-3 (2-2)", "Doelpunten: Lind, Berg, Dahl", "Scheidsrechter: Tom Berg", "Toeschouwers: 2.400"]],
    ["the crowd with its stop, each side's score with its scorers, and the line-ups", ["Crowd: 11,482.", "HARBOUR CITY 3 (Lind 57, Berg 78, 90+2)", "ISLAND ROVERS 1 (Okonjo 19)", "Harbour City: Kelly; Tane, Aitken, Nguyen, Morrow; Moreau, Hadzic (Vella 63); Coleman, Sandoval.", "Island Rovers: Larkham; Byrne, Mensah, Petrakis; Vukovic, Harte (Dlamini 70), Zhou; Okonjo, Quill.", "Referee: Tom Berg."]],
    ["the French score, a colon before it, under the box's title", ["La fiche technique", "Harbour FC - Island Rovers : 2-1 (1-1)", "Stade Lindholm. Spectateurs : 2 400.", "Buts : Lind (34e), Berg (67e)", "Avertissements : Dahl (41e)"]],
    ["the teams' line-ups with their formations", ["IL TABELLINO", "HARBOUR-ROVERS 1-0", "HARBOUR (4-3-3): Lind; Berg, Dahl, Roe", "ROVERS (3-5-2): Ek; Holm, Vik, Sand", "MARCATORI: 48' Lind.", "ARBITRO: Tom Berg."]],
  ])("should take in a match's fact box with %s", (_n, box) => {
    const l = lines("Menu", P1, P2, ...box, "Most Read", "Other headline here");
    expect(locateBody(l)).toEqual({ start: 1, end: 2 + box.length });
  });
  test.each([
    ["each side's name over its line-up, the goals with their minutes as ordinals, and the match's facts", ["Aufstellungen", "FC Harbour 09", "Lind – Berg, Dahl, Roe, Holm – Vik, Sand (76. Ek), Moe – Strand, Ask, Borg", "SV Island", "Ek – Holm, Vik (46. Moe), Sand, Roe – Berg, Dahl, Lind – Ask, Borg, Strand", "Tore", "1:0 Lind (23.)", "2:0 Lind (58.)", "Schiedsrichter: Tom Berg (Hafen)", "Zuschauer: 2.140"]],
    ["one side's shirt numbers, one a line, and the substitutes, scorers and crowd", ["Rovers line-up", "1 Tom Berg", "2 Jo Reyes", "5 Anna Lind (c)", "6 Ole Vik", "4 Per Dahl (Ken Roe 70)", "Subs not used: Holm, Sand, Moe", "Island Rovers: Ek, Holm, Vik, Sand, Roe, Berg, Dahl, Lind, Ask, Borg, Strand", "Goals: Lind 38, Berg 81 (Rovers); Ek 50 (Island)", "Attendance: 612"]],
  ])("should take in a match's facts box with %s, and the paragraph under it", (_n, box) => {
    const l = lines("Menu", P1, P2, ...box, P3, "Most Read", "Other headline here", "Another headline over there");
    expect(locateBody(l)).toEqual({ start: 1, end: 3 + box.length });
  });
  test("should not take in a list of names under the text without a match's heading or facts", () => {
    const l = lines("Menu", P1, P2, "Our partners", "Harbour Bank, Island Ferries, North Quay Trust, Port Lind Council, Sea Rescue", "Harbour Museum, Island School, North Quay Club, Port Lind Library, Sea Scouts", "Harbour Radio, Island Times, North Quay News, Port Lind Post, Sea Views", "Most Read", "Other headline here");
    expect(locateBody(l)).toEqual({ start: 1, end: 2 });
  });
  test("should take in a book's box under a review, its writer's row among the others", () => {
    const l = lines("Menu", P1, P2, "Das Buch", "Autor: Tomas Berg", "Titel: Die Salzgärten", "Verlag: Hafen Verlag", "Preis: 26,00 Euro", "Mehr zum Thema", "Other headline here", "Another headline over there");
    expect(locateBody(l)).toEqual({ start: 1, end: 7 });
  });
  test("should still leave the page's own writer row under the text out", () => {
    const l = lines("Menu", P1, P2, "Autor: Tomas Berg", "Titel: Die Salzgärten", "Verlag: Hafen Verlag", "Mehr zum Thema", "Other headline here", "Another headline over there");
    expect(locateBody(l)).toEqual({ start: 1, end: 2 });
  });
  test("should take in a box of the story's facts under its last paragraph", () => {
    const l = lines("Menu", P1, P2, "Auf einen Blick", "Gewerbesteuer = Messbetrag × Hebesatz", "Mindesthebesatz laut Gesetz: 200 Prozent", "Anrechnung bis Hebesatz 400");
    expect(locateBody(l)).toEqual({ start: 1, end: 6 });
  });
  test("should not take in a site's news box under the text", () => {
    const l = lines("Menu", P1, P2, "In brief", "Harbour council passes its budget", "New ferry enters service next week");
    expect(locateBody(l)).toEqual({ start: 1, end: 2 });
  });
  test("should take in the closing sentence under a table when it is the page's last line left", () => {
    const l = lines("Menu", P1, P2, "Top finishers", "Place\tName\tTime", "1\tAnna Lind\t2:14:08", "2\tTomas Berg\t2:14:51", "3\tJo Reyes\t2:16:30", "Full results are available at the race's website.");
    expect(locateBody(l)).toEqual({ start: 1, end: 8 });
  });
  test("should take in a table under a fact box under the text", () => {
    const l = lines("Menu", P1, P2, "Harbour FC: Lind; Berg, Dahl, Roe", "Island Rovers: Ek; Holm, Vik, Sand", "Referee: Tom Berg", "League table", "Pos\tTeam\tPts", "1\tHarbour FC\t30", "2\tIsland Rovers\t28", "3\tNorth Quay\t25", "Most Read", "Other headline here");
    expect(locateBody(l)).toEqual({ start: 1, end: 10 });
  });
  test("should take in a timeline under the text, its title and the closing sentence under it", () => {
    const l = lines("Menu", P1, P2, "Key dates", "14 February 1995 – Anna Lind is killed walking home", "March 1995 – police question more than 600 people", "2003 – a man is arrested and released without charge", "Police said the case was never closed.", "Most Read", "Other headline here");
    expect(locateBody(l)).toEqual({ start: 1, end: 7 });
  });
  test("should not take in a dated list of headlines under the text", () => {
    const l = lines("Menu", P1, P2, "More news", "12.03.2025 – Harbour Council Passes Budget", "11.03.2025 – New Ferry Enters Service Next Week", "10.03.2025 – Storm Closes The North Quay Road");
    expect(locateBody(l)).toEqual({ start: 1, end: 2 });
  });
  test("should run on across a Chinese subheading and a short list to the paragraphs under them", () => {
    const para = "港務局表示，新渡輪將於明年春季投入營運，屆時往返離島的班次將由每天六班增加到十班，並延長夜間航班的服務時間，方便通勤的居民。";
    const l = lines("首頁", "新聞", para, para.replace("明年", "後年"), "施工期間交通管制", "由於碼頭工程，以下路段將實施交通調整：", "一、港口路單向通行", "二、碼頭停車場暫停開放", "三、渡輪站改至北側上下客", para.replace("港務局", "市政府"), "熱門新聞", "版權所有");
    expect(locateBody(l)).toMatchObject({ start: 2, end: 9 });
  });
  test("should run on across an event's box of details with its date to the paragraphs under it", () => {
    const l = lines("Menu", P1, P2, "Event details", "Date: Saturday, June 14, 2025", "Time: 6 pm to 10 pm", "Place: Old fish market hall", "Cost: Free", P3, P1.replace("Tuesday", "Monday"), "Most Read", "Other headline here");
    expect(locateBody(l)).toEqual({ start: 1, end: 9 });
  });
  test("should run on across a table of times to the paragraphs under it", () => {
    const l = lines("Menu", P1, P2, "Top three", "1\tAnna Lind\t2:07:41", "2\tEva Berg\t2:08:30", "3\tTom Dahl\t2:09:12", P3, P1.replace("Tuesday", "Monday"), "Most Read", "Other headline here");
    expect(locateBody(l)).toEqual({ start: 1, end: 8 });
  });
  test("should run on across a round-up's day headings to the entries under them", () => {
    const l = lines("Menu", P1, "FRIDAY, MARCH 10", P2, "SATURDAY, MARCH 11", P3, "Most Read", "Other headline here");
    expect(locateBody(l)).toEqual({ start: 1, end: 5 });
  });
  test("should keep a short lead over a table with bars between its cells", () => {
    const lead = "We rode five harbour ferries for a week and compared their speed, comfort and fares.";
    const l = lines("Menu", "Harbour ferries compared", lead, "Ferry | Fare | Time", "North Star | 12 € | 40 min", "Sea Lark | 9 € | 55 min", "Tern | 15 € | 30 min", P1, P2, "Most Read");
    expect(locateBody(l)).toMatchObject({ start: 2 });
  });
  test("should take in the rows of a box the text took in with its title, an address between them", () => {
    const close = "Reste un spectacle généreux, populaire au meilleur sens du terme, qui a valu à la troupe une longue ovation lors de la première, samedi soir.";
    const l = lines("Menu", P1, P2, close, "Infos pratiques", "Jusqu'au 17 février 2024, du mercredi au samedi à 20h30, le dimanche à 16h.", "Théâtre du Port, 14 quai des Tanneurs, Port-Lind.", "Tarifs : de 12 à 26 €. Réservations au 05 55 00 00 00.", "Durée : 2h10.", "Sur le même sujet", "Festival du port : la programmation dévoilée");
    expect(locateBody(l)).toMatchObject({ start: 1, end: 8 });
  });
  test("should not take in a widget's links under a title at the text's end", () => {
    const l = lines("Menu", P1, P2, "Media", "The new terminal at the harbour, seen from the quay.", "Download", "More news: Harbour Logistics AG", "More news: Harbour Logistics AG");
    expect(locateBody(l)).toMatchObject({ start: 1 });
    expect(locateBody(l)!.end).toBeLessThan(6);
  });
  test("should take in a review's pros and cons under its verdict", () => {
    const l = lines("Menu", P1, P2, "Pros", "+ Quiet engine for its size", "+ Cheap to run", "Cons", "- Small cabin", "Check price at Harbour Boats", "Read next", "Other headline here");
    expect(locateBody(l.filter((x) => !x.text.startsWith("Check price")), new Set([l[9]!]))).toEqual({ start: 1, end: 7 });
  });
  test.each([
    ["plain", ["Pros", "Quiet engine for its size", "Cheap to run", "Cons", "Small cabin", "Loud at full speed"], 2],
    ["marked, with a minus sign", ["Vorteile", "+ Großer Salon", "+ Große Reichweite", "Nachteile", "− Laut bei Vollgas"], 2],
  ])("should take in a review's %s pros and cons over its text", (_n, box, start) => {
    expect(locateBody(lines("Harbour Tern 40 review: a family cruiser", "By Anna Lind", ...box, P1, P2))).toMatchObject({ start });
  });
  test.each([
    ["one group alone", ["For", "Quiet engine for its size", "Cheap to run"]],
    ["marked items with a shop's links under them", ["Pros", "+ Quiet engine for its size", "+ Cheap to run", "Cons", "- Small cabin", "Harbour Boats", "Sea Shop"]],
  ])("should not take in %s over the text", (_n, box) => {
    const l = lines("Harbour Tern 40 review: a family cruiser", "By Anna Lind", ...box, P1, P2);
    expect(locateBody(l)).toMatchObject({ start: 2 + box.length });
  });
  describe("a review's specifications between its text and its verdict", () => {
    const specs = ["Technical data", "Harbour Tern 40", "Engine", "Twin diesel, 2 x 150 kW", "Top speed", "32 knots", "Length", "12.4 m", "Price", "from 389,000 euros"];
    const verdict = "The Tern 40 is a fine family cruiser with room for six and a range that reaches the islands without a stop.";
    test("should take in the specifications, the German pros and cons and the verdict", () => {
      const l = lines("Menu", P1, P2, ...specs, "Plus", "Big cabin", "Long range", "Minus", "Loud at full speed", "Verdict", verdict, "More tests", "Other headline here");
      expect(locateBody(l, new Set([l[21]!]))).toEqual({ start: 1, end: 19 });
    });
    test.each([
      ["nothing of the review", ["More tests", "Other headline here"]],
      ["a rating's labels without figures", ["Verdict", verdict]],
    ])("should not take in the pairs when %s follows", (name, after) => {
      const pairs = name.startsWith("a rating") ? ["Sound", "Warm", "Comfort", "Good", "Build", "Solid"] : specs;
      const l = lines("Menu", P1, P2, ...pairs, ...after);
      expect(locateBody(l, new Set([l[l.length - 1]!]))?.end).toBe(2);
    });
    test("should not take in teaser headlines over their dates", () => {
      const l = lines("Menu", P1, P2, "Ferry fares rise", "3 March 2025", "Bridge reopens", "1 March 2025", "New quay planned", "27 February 2025", "Verdict", verdict);
      expect(locateBody(l)?.end).toBe(2);
    });
  });
  test("should still take a labelled date alone for a teaser card's stamp", () => {
    const l = lines("Menu", P1, P2, "Harbour Bridge Closed For Repairs", "Date: 3 March 2025", P3);
    expect(locateBody(l)).toEqual({ start: 1, end: 2 });
  });
  test("should take in a closing sentence under a table when the page's furniture follows it", () => {
    const l = lines("Menu", P1, P2, "Team\tPlayed\tWon\tPoints", "Harbour\t4\t3\t12", "Port Lind\t4\t2\t9", "Quayside\t4\t1\t6", "Harbour host Port Lind next Saturday, while Quayside travel north.", "- HWS", "More from Harbour Wire");
    expect(locateBody(l, new Set([l[9]!]))).toEqual({ start: 1, end: 7 });
  });
  test("should not run on from a table under the text into the prose after it", () => {
    const l = lines("Menu", P1, P2, "Harbour\tMaster\tEmail", "North\tAnna Lind\tanna@example.org", "South\tTom Berg\ttom@example.org", "East\tJon Dahl\tjon@example.org", "Back the harbour: a former minister says the islands will buy local.");
    expect(locateBody(l)).toEqual({ start: 1, end: 6 });
  });
  test.each([
    ["two label rows", ["When: 14 June, from 2 pm", "Where: Old fish market hall", "Home"]],
    ["rows of the page's own labels", ["Source: Harbour Office", "Photo: Anna Lind", "Kategorien: Hafen, Kultur"]],
  ])("should not take in %s under the text", (_n, rows) => expect(locateBody(lines("Menu", P1, P2, ...rows))).toEqual({ start: 1, end: 2 }));
  test.each([
    ["a wire credit in brackets", "(Reporting by Anna Lind; Editing by Tom Berg)"],
    ["a wire credit without brackets", "Reporting by Anna Lind; additional reporting by Tom Berg"],
    ["a Spanish wire credit", "(Información de Ana Lind; editado por Tomás Berg)"],
  ])("should keep %s under the text", (_n, credit) => expect(locateBody(lines("Menu", P1, P2, credit, "Most Read", "Other headline here"))).toEqual({ start: 1, end: 3 }));
  test("should keep a wire's currency note and its credit under the text", () => {
    expect(locateBody(lines("Menu", P1, P2, "($1 = 0.7692 pounds)", "Reporting by Anna Lind; Editing by Tom Berg", "Our Standards: The Trust Principles.", "Most Read", "Other headline here"))).toEqual({ start: 1, end: 4 });
  });
  test("should keep a wire credit right before the copyright footer", () => {
    expect(locateBody(lines("Menu", P1, P2, "(Reporting by Anna Lind)", "© 2025 Harbour Wire", P3))).toEqual({ start: 1, end: 3 });
  });
  test("should leave a headline over the text to the head also when a wall follows the text", () => {
    const headline = "Two and a half years of harbour board scandals and the inquiries still open today";
    const l = lines("Menu", headline, P1, P2, P3, "Most read", "Other headline here");
    expect(locateBody(l.filter((x) => x.text !== "Most read"), new Set([l[6]!]))).toMatchObject({ start: 2 });
  });
  test("should stop at a date line that starts the next teaser card", () => {
    const l = lines(P1, P2, "Jane Doe", "Tuesday November 19, 2019", P3);
    expect(locateBody(l)).toEqual({ start: 0, end: 1 });
  });

  test("should keep the text before an end-of-article marker even when more prose follows it", () => {
    const l = lines(P1, "Winter Evenings", P2, P3, P2);
    expect(locateBody(l, new Set([l[1]!]))).toEqual({ start: 0, end: 0 });
  });

  test("should keep the rows of a list the text introduces with a colon", () => {
    const l = lines(P1, P2, "The tour dates:", "June 9 -- Coral Sky Amphitheatre, Tampa", "June 10 -- Credit Union Amphitheatre, Miami", "June 12 -- Riverside Hall, Atlanta", "About us", "Contact");
    expect(locateBody(l)).toEqual({ start: 0, end: 5 });
  });

  test("should not take menu entries after a colon for a list of the text", () => {
    const l = lines(P1, P2, "Follow us:", "Facebook", "Twitter", "Instagram", "LinkedIn");
    expect(locateBody(l)).toEqual({ start: 0, end: 1 });
  });

  test.each([
    ["should not run on past a long stretch of removed junk into a teaser's summary", 12, { start: 0, end: 2 }],
    ["should bridge a removed ad label and its caption between paragraphs", 2, { start: 0, end: 3 }],
  ])("%s", (_n, removed, span) => {
    // A short teaser summary after the gap: less prose than the removed stretch costs.
    const l = lines(P1, P2, P3, "Councillors will meet again in March.");
    expect(locateBody(l, new Set(), new Map([[l[3]!, removed]]))).toEqual(span);
  });

  test("should start the text at a paragraph under a long gap, rather than at the sentence over the gap", () => {
    // "This works best on a desktop browser." over an interactive's removed labels, then the lede.
    const l = lines("This interactive works best on a desktop browser.", P1, P2, P3);
    expect(locateBody(l, new Set(), new Map([[l[1]!, 14]]))).toEqual({ start: 1, end: 3 });
  });

  test("should keep a short first paragraph that follows a long removed share bar", () => {
    const l = lines("Home", "Councillors will meet again in March.", P1, P2);
    expect(locateBody(l, new Set(), new Map([[l[1]!, 12]]))).toEqual({ start: 1, end: 3 });
  });

  test.each([
    ["should leave a long headline in sentence case right over the text to the head", "Island ferry deliveries dip to 1.24 million passengers due to weaker sales in the winter months", 1],
    ["should keep an opening sentence that ends with its stop", "The island ferry carried 1.24 million passengers last year, fewer than in any year since the crisis.", 0],
  ])("%s", (_n, first, start) => {
    expect(locateBody(lines(first, P1, P2, P3))).toEqual({ start, end: 3 });
  });
  test.each([
    ["should leave a headline, its dek and the date line under them to the head", ["Il porto chiude il bilancio in attivo per il terzo anno di seguito, ma crescono i costi", "La giunta approva il piano dei lavori sul molo nord e rinvia quello del molo sud al prossimo anno", "4 maggio 2024"], 3],
    ["should leave a headline and a Spanish date line under it to the head", ["El puerto cierra el año con beneficios por tercera vez, pero suben los costes de la obra", "3 de marzo de 2024 10:45h"], 2],
  ])("%s", (_n, head, start) => {
    expect(locateBody(lines(...head, P1, P2, P3))).toEqual({ start, end: head.length + 2 });
  });
  test("should return null when nothing is prose", () => {
    expect(locateBody(lines("Home", "News", "Contact"))).toBeNull();
  });
});

describe("a chronicle's dated sections", () => {
  const chronicle = (dates: string[]) => lines(P1, "Here is how it got here, step by step:", ...dates.flatMap((d, k) => [d, `What happened in step ${k + 1}`, P2]));
  test("should not read a section's date as a teaser card's stamp when the years rise", () => {
    const l = chronicle(["June 14, 2021", "August 19, 2022", "February 28, 2024"]);
    expect([2, 5, 8].map((i) => isCardStamp(l, i))).toEqual([false, false, false]);
    expect(locateBody(l)).toEqual({ start: 0, end: l.length - 1 });
  });
  test("should still read the dates of cards printed newest first as stamps", () => {
    const l = chronicle(["February 28, 2024", "August 19, 2022", "June 14, 2021"]);
    expect([2, 5, 8].map((i) => isCardStamp(l, i))).toEqual([true, true, true]);
  });
  test("should still read two dated sections as cards: a chronicle has three", () => {
    const l = chronicle(["June 14, 2021", "August 19, 2022"]);
    expect([2, 5].map((i) => isCardStamp(l, i))).toEqual([true, true]);
  });
});

describe("a podcast's chapters in its show notes", () => {
  test.each([["(03:12) How the ledgers were found in a boathouse loft"], ["[1:02:33] Listener questions and what comes next"]])("should not read a chapter's time into the episode as a card's stamp: %s", (chapter) => {
    expect(isCardStamp(lines(P1, chapter, P2), 1)).toBe(false);
  });
});

describe("a listicle's numbered heading that names a day", () => {
  test.each([
    ["should not read a numbered heading with a day for a card's stamp", "1. The toll starts July 15", false],
    ["should not read a numbered heading with a day and a bracket for a card's stamp", "3) What changes for drivers on March 3", false],
    ["should still read a German day that opens with its number as a stamp", "1. März 2025, 10:00 Uhr", true],
    ["should still read a Norwegian day in lowercase as a stamp", "1. mars 2025 kl. 10:00", true],
  ])("%s", (_n, heading, stamp) => expect(isCardStamp(lines(P1, heading, P2), 1)).toBe(stamp));
});

describe("a box of key dates inside the text", () => {
  const rows = ["First day of school: Wednesday, August 13, 2025", "Fall break: October 9–10, 2025", "Winter break: December 22, 2025 – January 2, 2026", "Last day of school: Thursday, May 28, 2026"];
  test("should not read labelled dates, three or more in a row, as teaser cards' stamps", () => {
    const l = lines(P1, P2, "Key dates for the year", ...rows, P3, P1.replace("Tuesday", "Monday"), P2.replace("spring", "summer"));
    expect([3, 4, 5, 6].map((i) => isCardStamp(l, i))).toEqual([false, false, false, false]);
    expect(locateBody(l)).toEqual({ start: 0, end: l.length - 1 });
  });
  test("should not read a timetable's dated rows as stamps when some rows name no day, under the sentence that introduces them", () => {
    const l = lines(P1, "The council has set out a timetable for the move:", "March: Parents' meeting at the harbour school on 20 March", "April: Classes are formed at the new school", "June: Last day at the harbour school on 27 June", "August: Pupils start at the new school", P2);
    expect([2, 4].map((i) => isCardStamp(l, i))).toEqual([false, false]);
  });
  test("should still read a header's labelled rows, some undated, as stamps without a sentence over them", () => {
    const l = lines(P1, "Fotos: Anna Lind", "Publiziert: 17.02.2026, 06:00", "Aktualisiert: 17.02.2026, 09:12", P2);
    expect([2, 3].map((i) => isCardStamp(l, i))).toEqual([true, true]);
  });
  test("should still read two labelled dates as stamps: a page prints its own two", () => {
    const l = lines(P1, rows[0]!, rows[1]!, P2);
    expect([1, 2].map((i) => isCardStamp(l, i))).toEqual([true, true]);
  });
  test("should still read a teaser list's publication labels as stamps", () => {
    const l = lines(P1, "Published: August 13, 2025", "Published: October 9, 2025", "Published: December 22, 2025", P2);
    expect([1, 2, 3].map((i) => isCardStamp(l, i))).toEqual([true, true, true]);
  });
});

describe("a programme's hours in English inside the text", () => {
  const para = (s: string) => `${s} The festival returns to the green for its 23rd year with more than sixty vendors and music.`;
  test.each([
    ["should not read an hour and a dash as a teaser card's stamp", "10 a.m. — Vendors open and the children's corner starts"],
    ["should not read noon and a dash as one", "Noon — Hayrides begin from the Mill Street entrance"],
    ["should not read an hour with its minutes as one", "2:30 p.m. — The Fiddleheads, bluegrass"],
  ])("%s", (_n, entry) => {
    const l = lines(para("Opening."), para("Second."), entry, "11 a.m. — Community band on the bandstand", "1 p.m. — Pie-eating contest", para("Parking."), para("Pets."));
    expect(isCardStamp(l, 2)).toBe(false);
    expect(locateBody(l)).toEqual({ start: 0, end: 6 });
  });
  test.each([["Widder (21.03. – 20.04.)"], ["Aries (March 21 – April 19)"], ["Lion (23 juillet - 22 août)"], ["Stier (21.4.–20.5.)"]])("should not read a star sign's period as a card's stamp: %s", (sign) => {
    expect(isCardStamp(lines(P1, sign, P2), 1)).toBe(false);
  });
  test.each([["Nachtrag (03.02.2025)"], ["Update, 14 March 2025:"], ["Mise à jour du 5 février 2025"], ["Ergänzung vom 3. April 2019"]])("should not read an addendum's heading as a card's stamp: %s", (note) => {
    const l = lines(P1, P2, note, P3, "Thanks to everyone who helped on the day, and to the club for the room!");
    expect(isCardStamp(l, 2)).toBe(false);
    expect(locateBody(l)).toEqual({ start: 0, end: 4 });
  });
  test("should run on across a programme's entries without a year to the sentence under them", () => {
    const l = lines(P1, P2, "Begleitprogramm", "Sonntag, 23. März, 15 Uhr: Künstlergespräch mit Anna Lind", "Samstag, 5. April, 11 Uhr: Workshop für Kinder ab 8 Jahren", "Sonntag, 27. April, 16 Uhr: Finissage mit Lesung", "Die Ausstellung wird von der Kulturstiftung des Landkreises gefördert.", "Zurück zur Übersicht");
    expect(proseValue(l[3]!.text)).toBe(0);
    expect(locateBody(l)).toEqual({ start: 0, end: 6 });
  });
  test("should run on across a TV listing, each entry its hour first, to the tips under it", () => {
    const listing = ["18:00 Uhr – Nordwelle: „Landarzt“ (Serie)", "18:30 Uhr – Kanal Eins: „Sport kompakt“", "19:00 Uhr – TV Süd: „Heute im Süden“", "19:30 Uhr – Kanal Zwei: „Die Küchenprofis“", "20:00 Uhr – Kanal Eins: „Tagesbericht“", "20:15 Uhr – Kanal Zwei: „Tod am Stausee“ (Krimi)", "21:45 Uhr – TV Süd: „Die lange Kabarettnacht“"];
    const l = lines("TV-Tipps für Samstag", P1, "Das Abendprogramm im Überblick", ...listing, "Krimi-Tipp: „Tod am Stausee“", P2, "Doku-Tipp: „Die Nordsee von oben“", P3);
    expect(proseValue(listing[0]!)).toBe(0);
    expect(locateBody(l)).toEqual({ start: 1, end: l.length - 1 });
  });
  test("should still weigh a sentence that names an hour further in as prose", () => {
    expect(proseValue("Die Polizei meldete um 15 Uhr: Der Mann ist gefasst, die Straße wieder frei.")).toBeGreaterThan(0);
  });
  test("should not take in an events box under the text with no sentence under it", () => {
    const l = lines(P1, P2, P3, "Termine", "Sonntag, 23. März, 15 Uhr: Künstlergespräch mit Anna Lind", "Samstag, 5. April, 11 Uhr: Workshop für Kinder", "Impressum", "Datenschutz");
    expect(locateBody(l)).toEqual({ start: 0, end: 2 });
  });
  test("should still read a card's stamp with its hour as one", () => {
    expect(isCardStamp(lines("Ferry fares to rise", "Nov 14, 2025, 7 p.m."), 1)).toBe(true);
  });
  test("should read an hour inside a preview's paragraph as no programme entry", () => {
    expect(SCHEDULE_ENTRY.test("No. 17 Legacy (7-4) at No. 1 Cherry Creek (10-0), 7 p.m.: Not only have the Bruins won fifteen straight games")).toBe(false);
  });
});

describe("a recipe's introduction over its ingredients", () => {
  const intro = "Würziger Bergkäse, hausgemachte Spätzle und knusprige Zwiebeln: Dieses Rezept kommt aus der Hüttenküche und gelingt auch ohne Hobel.";
  const method = ["Schritt 1", "Mehl, Eier, Salz und Wasser in einer Schüssel so lange schlagen, bis der Teig Blasen wirft. Den Teig ruhen lassen.", "Schritt 2", "Den Käse reiben. Die Zwiebeln schälen, in Ringe schneiden und in der Butter goldbraun braten."];
  test.each([
    ["in a table's cells", ["Zutaten", "für", "4", "Portionen", "400 g\tMehl", "4\tEier", "150 ml\tMineralwasser", "250 g\tBergkäse", "Zubereitung"]],
    ["with their units", ["Zutaten", "400 g Mehl", "4 Eier", "2 EL Butter", "1 TL Salz", "Zubereitung"]],
    ["in lowercase, in French", ["Ingrédients", "6 personnes", "6 pommes (Reinette)", "120 g de sucre", "80 g de beurre", "Préparation"]],
  ])("should open the text at the introduction over the ingredients %s", (_n, ingredients) => {
    const l = lines("Rezepte", "Allgäuer Käsespätzle", "Merken", "Drucken", intro, ...ingredients, ...method, "Rezept bewerten");
    expect(locateBody(l)).toEqual({ start: 4, end: 4 + ingredients.length + method.length });
  });
  test("should not take a wiki's numbered contents for ingredients", () => {
    const l = lines("Wiki", intro, "Inhaltsverzeichnis", "1 Aussehen", "2 Geschichte", "2.1 Frühe Jahre", "3 Fähigkeiten", "4 Trivia", "Aussehen", ...method);
    expect(locateBody(l)!.start).toBe(10);
  });
});

describe("a recipe card under the post's introduction", () => {
  const intro = [P1, P2, "Good news for anyone who bakes: this cake is the first thing I make every spring, as soon as the first stalks are cut."];
  const head = ["Advertisement", "Rhubarb Upside-Down Cake", "Prep Time 20 minutes", "Cook Time 45 minutes", "Servings 8 slices"];
  const ingredients = ["Ingredients", "400 g rhubarb, cut into 5 cm pieces", "60 g butter", "120 g light brown sugar", "3 large eggs", "180 g plain flour"];
  const steps = ["1. Heat the oven to 180C and line the base of a round tin with baking paper.", "2. Melt the butter with the sugar, pour it into the tin and arrange the rhubarb on top.", "3. Beat the eggs into the flour and spread the batter over the rhubarb, then bake it for 45 minutes."];
  const note = ["Notes", "Frozen rhubarb works too: do not thaw it first, and add five minutes to the baking time."];
  const tail = ["More spring baking", "Lemon Poppy Seed Loaf", "Strawberry Buttermilk Scones"];
  test.each([
    ["numbered steps", steps],
    ["steps under the method's label", ["Instructions", ...steps.map((t) => t.slice(3))]],
  ])("should take in the card's name, times, ingredients, %s and its note", (_n, method) => {
    const l = lines("Recipes", "Rhubarb upside-down cake for the first field rhubarb", ...intro, ...head, ...ingredients, ...method, ...note, ...tail);
    expect(locateBody(l)).toEqual({ start: 2, end: 1 + intro.length + head.length + ingredients.length + method.length + note.length });
  });
  test("should leave a box of figures under the text, with no label over its amounts", () => {
    const l = lines("Recipes", "Rhubarb upside-down cake for the first field rhubarb", ...intro, ...head, ...ingredients.slice(1), ...steps);
    expect(locateBody(l)).toEqual({ start: 2, end: 1 + intro.length });
  });
});

describe("a horoscope's signs, each with the same labelled lines", () => {
  const SIGNS: [string, string, string, string][] = [
    ["Widder (21.03. – 20.04.)", "Ein offenes Gespräch klärt ein Missverständnis.", "Ihre Ideen kommen gut an.", "Viel trinken!"],
    ["Stier (21.04. – 20.05.)", "Kleine Gesten sagen heute mehr als Worte.", "Ein Kollege braucht Ihre Unterstützung.", "Stabil."],
    ["Zwillinge (21.05. – 21.06.)", "Planen Sie einen Abend ohne Handy.", "Ordnung im Kopf, Ordnung im Büro.", "Gut in Form."],
    ["Krebs (22.06. – 22.07.)", "Zeigen Sie Ihre weiche Seite.", "Verhandeln Sie selbstbewusst.", "Stress abbauen!"],
  ];
  const intro = "Der Mond wechselt heute in den Stier und bringt Ruhe in eine Woche, die für viele Zeichen hektisch begonnen hat.";
  const signs = SIGNS.flatMap(([sign, love, work, health]) => [sign, `Liebe: ${love}`, `Beruf: ${work}`, `Gesundheit: ${health}`]);
  test("should keep every sign in the text, its short lines worth their sentences", () => {
    const l = lines("Horoskop", "Tageshoroskop", "04.03.2025", intro, ...signs, "Impressum", "Datenschutz");
    expect(locateBody(l)).toEqual({ start: 3, end: 3 + signs.length });
  });
  test.each([
    ["three times", 3, { start: 0, end: 7 }],
    ["twice only", 2, { start: 0, end: 0 }],
  ])("should bridge signs whose lines open with one label %s only when it comes back three times", (_n, n, span) => {
    const entries = ["Gesundheit: Stabil.", "Gesundheit: Gut.", "Gesundheit: Ruhig."].slice(0, n);
    const l = lines(intro, ...entries.flatMap((e, k) => [`Zeichen ${k + 1}`, e]), ...(n === 2 ? ["Zeichen 3", "Ruhig"] : []), P2);
    expect(locateBody(l)).toEqual(span);
  });
});

describe("a box of key points over the text", () => {
  const points = ["The council lowered the harbour fee by a tenth.", "Ferry fares follow within a month.", "Parking at the quay stays free on Sundays."];
  test.each([
    ["should take in a box's label over points written as sentences", "Key takeaways", 5],
    ["should take in a German box's label over its points", "Das Wichtigste in Kürze", 5],
    ["should leave a label that names no box above the text", "Weather", 6],
  ])("%s", (_n, label, start) => {
    const l = lines("Home", "City", "Harbour fee falls for the first time in a decade", "By Anna Lind", "March 3, 2025", label, ...points, P1, P2, P3);
    expect(locateBody(l)?.start).toBe(start);
  });
});

describe("a text written as a letter, its salutation and its sign-off", () => {
  const letter = (...around: [string[], string[]]) => lines("Aktuelles", "Neues aus der Praxis", ...around[0], "mit dieser Ausgabe informieren wir Sie über die wichtigsten Änderungen zum Jahreswechsel und die neuen Fristen.", P1, P2, ...around[1], "Impressum", "Datenschutz");
  test.each([
    ["a German client letter's", ["Sehr geehrte Mandantin, sehr geehrter Mandant,"], ["Mit freundlichen Grüßen", "Ihr Team der Kanzlei Lind"], 2, 7],
    ["a speech's three lines of", ["Sehr geehrter Herr Bürgermeister,", "sehr geehrte Kolleginnen und Kollegen,", "liebe Bürgerinnen und Bürger,"], ["Vielen Dank für Ihre Aufmerksamkeit.", "Anna Lind", "Fraktionsvorsitzende"], 2, 10],
    ["a parish letter's", ["Liebe Gemeinde,"], ["Ihre Pfarrerin Anna Lind"], 2, 6],
    ["an English newsletter's", ["Dear members,"], ["Kind regards,", "Tomas Berg"], 2, 7],
    ["a French letter's", ["Chers parents,"], ["Cordialement,", "La direction"], 2, 7],
  ])("should take in %s salutation and sign-off", (_n, open, close, start, end) => {
    expect(locateBody(letter(open, close))).toEqual({ start, end });
  });
  test("should take in a blogger's closing wish over her signature, under a box that ended the text", () => {
    const l = lines("Küche: Deutsch", "Ich wünsche dir ganz viel Freude beim Nachbacken und einen gemütlichen Sonntag!", "Deine Anna", "Teilen");
    expect(extendSignOff(l, { start: 0, end: 0 }, new Set())).toEqual({ start: 0, end: 2 });
  });
  test.each([
    ["should take in a forum question's thanks and its asker's name", ["Merci d'avance !", "Bertrand", "Vélo : Corvane R3 (2017)"], 2],
    ["should take in a recipe's wish, not the teaser label under it", ["Buona domenica!", "Ti potrebbe piacere anche"], 1],
    ["should take in a release post's wish, not the tags label under it", ["Happy building!", "Tags:"], 1],
    ["should not take in a wish that goes on for a sentence", ["Thanks for reading all the way to the end of this long post about the harbour!", "Anna"], 0],
    ["should not take in a call to action that opens like a wish", ["Enjoyed this? Share it!", "Anna"], 0],
  ])("%s", (_n, under, end) => {
    expect(extendSignOff(lines(P1, ...under, "Share"), { start: 0, end: 0 }, new Set())).toEqual({ start: 0, end });
  });
  test("should not take in a paragraph under the text without a signature under it", () => {
    const l = lines("Küche: Deutsch", "Ich wünsche dir ganz viel Freude beim Nachbacken und einen gemütlichen Sonntag!", "Teilen");
    expect(extendSignOff(l, { start: 0, end: 0 }, new Set())).toEqual({ start: 0, end: 0 });
  });
  test.each([
    ["a heading that opens like a salutation", ["Liebe in Zeiten der Inflation"], []],
    ["the address under a greeting", [], ["Mit freundlichen Grüßen", "Hafenstraße 12, 20095 Hamburg"]],
  ])("should not take in %s", (_n, open, close) => {
    const l = letter(open, close);
    const found = locateBody(l)!;
    expect(l[found.start]!.text).toMatch(/^mit dieser Ausgabe/);
    expect(found.end - found.start).toBeLessThanOrEqual(close.length ? 3 : 2);
  });
});
