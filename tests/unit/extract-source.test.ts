import { describe, expect, test } from "vitest";
import { extractSource, providerCredit } from "../../src/metadata/extract-source";

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

describe("extractSource", () => {
  test.each([
    ["should read the holder of a plain footer", "© 2024 Harbour Gazette. All rights reserved.", "Harbour Gazette"],
    ["should read past marks written together and the years", "© Copyright 2001-2024 Harbour Gazette Media Ltd. All rights reserved.", "Harbour Gazette Media Ltd"],
    ["should read the word form before the sign", "Copyright © 2024 Harbour Gazette", "Harbour Gazette"],
    ["should read the holder after the rights stated first", "Todos los derechos reservados © 2024 Grupo Editorial del Puerto", "Grupo Editorial del Puerto"],
    ["should end the holder where a sentence about it goes on", "All rights reserved © 2019 The Harbour Deal is a registered Trademark of Harbour Publishing Inc.", "The Harbour Deal"],
    ["should not read a sentence that speaks of rights and a sign", "All rights reserved to the harbour board, which owns © marks on the ferry logo.", undefined],
    ["should leave out a \"by\" before the name", "© 1999 - 2024 by Harbour Gazette Inc.", "Harbour Gazette Inc"],
    ["should end the name before a Polish company form with its dots", "© 2025 Gazeta Portowa Sp. z o.o. Wszelkie prawa zastrzeżone.", "Gazeta Portowa"],
    ["should end the name before a Slovak company form", "© 2025 Prístavné Noviny s.r.o. Všetky práva vyhradené.", "Prístavné Noviny"],
    ["should end the name before a Danish company form", "© 2025 Havnebladet A/S. All rights reserved.", "Havnebladet"],
    ["should keep an ampersand inside a name", "© 2024 Lind & Keller. Alle Rechte vorbehalten.", "Lind & Keller"],
    ["should keep lowercase words inside a name", "© Bundesamt für Hafen und Schifffahrt", "Bundesamt für Hafen und Schifffahrt"],
    ["should end the name at its separator", "© Harbour Gazette / harbour-gazette.example", "Harbour Gazette"],
    ["should end the name at a bracket", "© 2024 Harbour Gazette (www.harbour-gazette.example)", "Harbour Gazette"],
    ["should end the name where the rights are stated", "© 2024 HARBOUR GAZETTE All Rights Reserved.", "HARBOUR GAZETTE"],
    ["should not end a cut name on a preposition", "© 2024 Harbour Gazette Media Group Limited in Exampleshire No. 12345", "Harbour Gazette Media Group Limited"],
    ["should read a domain for a name", "© 2024 harbour-gazette.example", "harbour-gazette.example"],
    ["should not take the rights for a name", "© 2024 All rights reserved", undefined],
    ["should not take the footer's own wording for a name", "© since 2010 by A. Lind", undefined],
    ["should not take a link to the site's terms for a footer", "Copyright Policy", undefined],
    ["should not take a link of several words to the terms for a footer", "Copyright Notice and Terms", undefined],
    ["should read the word form with a short name and no year", "Copyright Harbour Business Journal", "Harbour Business Journal"],
    ["should not take a sentence that opens with the word for a footer", "Copyright Office officials said on Monday that the rules would change.", undefined],
    ["should not take a list item lettered (c) for a footer", "(c) The council shall publish its accounts every year.", undefined],
    ["should read a footer lettered (c) with its year", "(c) 2024 Harbour Gazette", "Harbour Gazette"],
    ["should not take the site's software for its publisher", "© 2024 Theme Harbour by Example Themes", undefined],
    ["should not take a picture's credit label for a name", "© Foto: Anna Lind", undefined],
    ["should not take a date for a name", "© Thu Dec 10 10:10:50 GMT-03:00 2020 Harbour Gazette.", undefined],
    ["should not take the Italian reserved rights for a name", "© RIPRODUZIONE RISERVATA", undefined],
    ["should end the name at the Portuguese rights", "© 2024 Gazeta do Porto. Todos os direitos reservados", "Gazeta do Porto"],
    ["should keep the last dot of a legal form written with dots", "© 2024 Hafenverein Lindholm e.V.", "Hafenverein Lindholm e.V."],
    ["should not take the owner a footer describes for the site", "©2022 a Harbour Media business", undefined],
    ["should read the outlet an opinion disclaimer names", "The views expressed are not necessarily those of Harbour Gazette.", "Harbour Gazette"],
  ])("%s", (_n, text, source) => expect(extractSource(lines(text))?.source).toBe(source));
});

describe("providerCredit", () => {
  const page = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
  test.each([
    ["should read a portal's credit to the outlet over the headline", ["Portal", "Provided by Harbour Times", "Harbour board approves dredging"], 3, "Harbour Times"],
    ["should read a German portal's credit", ["Bereitgestellt von Rheinland Echo", "Schule wird neu gebaut"], 2, "Rheinland Echo"],
    ["should read a French portal's credit", ["Fourni par Le Journal du Val", "Le Journal du Val", "Grêle dans le Val"], 3, "Le Journal du Val"],
    ["should not read a picture's credit under the headline", ["Portal", "Harbour board approves dredging", "Provided by Anna Lind"], 2, undefined],
  ])("%s", (_n, texts, titleLine, source) => expect(providerCredit(page(...texts), titleLine)).toBe(source));
});
