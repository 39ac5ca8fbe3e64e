import { describe, expect, test } from "vitest";
import { classifyLines } from "../../src/classify";
import type { LineRule } from "../../src/model";
import { removeQuoteWidget } from "../../src/rules/remove-quote-widget";
import { removeAdLabel } from "../../src/rules/remove-ad-label";
import { removeGeneratorChatter } from "../../src/rules/remove-generator-chatter";
import { removeCommentWidget } from "../../src/rules/remove-comment-widget";
import { removeConsentNotice } from "../../src/rules/remove-consent-notice";
import { removeSubscribePrompt } from "../../src/rules/remove-subscribe-prompt";
import { removeShareWidget } from "../../src/rules/remove-share-widget";
import { removeSocialEmbed } from "../../src/rules/remove-social-embed";
import { removeSiteFooter } from "../../src/rules/remove-site-footer";
import { removeUiMessage } from "../../src/rules/remove-ui-message";
import { removeEmptyImage } from "../../src/rules/remove-empty-image";
import { removeAffiliateNotice } from "../../src/rules/remove-affiliate-notice";
import { removeWriterNote } from "../../src/rules/remove-writer-note";
import { removeAuthorBox } from "../../src/rules/remove-author-box";
import { removeEngagementPrompt } from "../../src/rules/remove-engagement-prompt";
import { removeInlineLink } from "../../src/rules/remove-inline-link";
import { removeMediaCaption } from "../../src/rules/remove-media-caption";
import { removePromoBox } from "../../src/rules/remove-promo-box";
import { removeGamblingPromo } from "../../src/rules/remove-gambling-promo";
import { removePressContact } from "../../src/rules/remove-press-contact";
import { removeNewsTicker } from "../../src/rules/remove-news-ticker";
import { removeRelatedTeasers } from "../../src/rules/remove-related-teasers";
import { removeTeaserExcerpts } from "../../src/rules/remove-teaser-excerpts";
import { removeChartBlock } from "../../src/rules/remove-chart-block";
import { removePollWidget } from "../../src/rules/remove-poll-widget";
import { removeCategoryLine } from "../../src/rules/remove-category-line";

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
/** A paragraph of the text on each side of the lines a table tests. */
const before = "The council approved the plans for the new harbour bridge on Tuesday evening after a long debate.";
const after = "Work on the foundations is due to start in the autumn and take two years to finish.";
/** The indexes a rule marks, in order. */
const removed = (rule: LineRule, texts: string[]) => rule.apply(lines(...texts)).map((m) => m.index).sort();
/** …each once, in numeric order (runs that overlap mark a line twice; the default sort puts 10 before 2). */
const removedOnce = (rule: LineRule, texts: string[]) => [...new Set(removed(rule, texts))].sort((a, b) => a - b);
/** A headline run into its first sentence, as tickers print their items. */
const GLUED_ITEM =
  "Port workers end strike after pay deal ROTTERDAM: Dock workers returned to work on Friday after unions accepted a revised offer that raises wages over two years and limits night shifts for older staff.";

describe("removeNewsTicker", () => {
  test.each([
    ["should remove a ticker label and the glued item after it", ["Breaking News", GLUED_ITEM, "Harbour town votes to restore its lighthouse"], [0, 1]],
    ["should read the label in other languages and with a colon", ["Eilmeldung:", GLUED_ITEM], [0, 1]],
    ["should keep a label that is the kicker over a real headline", ["Breaking News", "Harbour town votes to restore its lighthouse"], []],
    ["should keep a label with nothing after it", ["Breaking News"], []],
    ["should keep a sentence that mentions breaking news", ["Breaking news travels fast in a small town.", GLUED_ITEM], []],
  ])("%s", (_n, texts, removed) => {
    expect(removeNewsTicker.apply(lines(...texts)).map((m) => m.index)).toEqual(removed);
  });
});

describe("removeRelatedTeasers", () => {
  const para = (n: number) => `Paragraph ${n} of the article goes on about the harbour budget and what the council decided to do next.`;
  const card = (n: number) => `Teaser headline number ${n} about something else`;
  /** Whether the header ends the article for the locate stage. */
  const wallAt = (texts: string[]) => removeRelatedTeasers.apply(lines(...texts)).find((m) => m.reason === "related-articles header")?.wall;
  test.each([
    ["should let the text resume after a box set between paragraphs", [para(1), para(2), "More from World", card(1), card(2), para(3), para(4), para(5), para(6)], false],
    ["should let the text resume after a 'Don't miss' box in the text's second half", [para(1), para(2), para(3), para(4), para(5), para(6), "DON'T MISS", card(1), card(2), para(7), para(8), para(9), para(10)], false],
    ["should let the text resume after a trending box set between paragraphs", [para(1), para(2), "Trending News", card(1), card(2), para(3), para(4), para(5), para(6)], false],
    ["should end the text at a list of cards with their summaries", [para(1), para(2), "More from World", card(1), para(3), card(2), para(4), card(3), para(5)], true],
    ["should end the text at a list of more stories from the site", [para(1), para(2), "More Great Harbour Stories", card(1), card(2), "About us"], true],
    ["should end the text at a German related-posts list", [para(1), para(2), "Ähnliche Beiträge", card(1), card(2), "Kommentare"], true],
    ["should let the text resume after a box of one card near the text's end", [para(1), para(2), para(3), para(4), para(5), "Te puede interesar", card(1), para(6), para(7), "Etiquetas"], false],
    ["should let the text's next section resume after one question card under an end header", [para(1), para(2), para(3), "Sur le même sujet", "Test Harbour X3 : le meilleur téléphone pour moins de 300 euros ?", "Une autonomie record", `${para(4)} ${para(5)} ${para(6)}`, "Fiche technique", "Écran\t6,6 pouces"], false],
    ["should still end the text at one card over a short excerpt under a heading", [para(1), para(2), para(3), "Sur le même sujet", "Test Harbour X3 : le meilleur téléphone pour moins de 300 euros ?", "Une autonomie record", "The phone lasted two full days in our test, which is a record for a phone at its price.", "Fiche technique", "Écran\t6,6 pouces"], true],
    ["should end the text at one card whose excerpts are cut off", [para(1), para(2), para(3), para(4), "You may also like", card(1), `${para(5).slice(0, 80)} …`, "Share", `${para(6).slice(0, 80)} …`], true],
    ["should let the text's last paragraphs resume after a small box near its end", [para(1), para(2), para(3), para(4), para(5), para(6), "Weitere Artikel", card(1), card(2), para(7), para(8), para(9), "Impressum"], false],
    ["should still end the text at a long list of cards near the end", [para(1), para(2), para(3), para(4), para(5), para(6), "Most Read", card(1), card(2), card(3), card(4), para(7), para(8), para(9)], true],
    ["should end the text when less prose follows the box than came before it", [para(1), para(2), para(3), para(4), para(5), para(6), "Most Read", card(1), para(7), para(8), para(9), para(10)], true],
  ])("%s", (_n, texts, wall) => expect(wallAt(texts)).toBe(wall));

  test("should leave a question that opens the next section under a 'read also' box inside the text", () => {
    const marks = removeRelatedTeasers.apply(lines(para(1), para(2), "Læs også", card(1), "Hvem får ikke rabat?", para(3), para(4)));
    expect(marks.map((m) => m.index)).toEqual([2, 3]);
  });
  test.each([
    ["should leave the subheading that names the paragraph under a box inside the text", [para(1), para(2), "Lesen Sie auch", card(1), card(2), "Harbour budget goes to the council", para(3), para(4)], [2, 3, 4]],
    ["should still take a card over its own excerpt when the next card follows", [para(1), para(2), "Lesen Sie auch", card(1), "Ferry strike: crews walk out", "The ferry crews walked out on Monday morning, and the strike will go on all week.", card(3)], [2, 3, 4]],
    ["should leave a short heading in a sentence's case under a box's longer headlines", [para(1), para(2), "Related", "The Islanders Who Said No to Relocation", "Inside the Fight Over Who Pays for Sea Walls", "What the marsh gives back", para(3), para(4)], [2, 3, 4]],
    ["should leave a short heading under cards with their dates and running times", [para(1), para(2), "Related", "Analysis: Three states face new maps before the midterms", "June 2, 2025", "Watch: lawmakers debate the new map", "2:37", "What comes next", para(3), para(4)], [2, 3, 4, 5, 6]],
    ["should still take a writer's byline under the cards for a card", [para(1), para(2), "Mehr zum Thema", card(1), card(2), "von Anna Maria Lind", para(3), para(4)], [2, 3, 4, 5]],
    ["should still take a German headline with its nouns capitalised for a card", [para(1), para(2), "Auch interessant", "Harbour coach under pressure? What the director says", "Hafen verpflichtet Verteidiger aus Belgien", para(3), para(4)], [2, 3, 4]],
    ["should end a box's run at the comments' heading, for the comment rule to take", [para(1), para(2), "Related", card(1), card(2), "Comments (8)", "Anna L.", "March 15, 2025 at 22:04", "What a finish to the match!"], [2, 3, 4]],
    ["should still take a short heading over one paragraph only for a card", [para(1), para(2), "Related", card(1), card(2), "What the marsh gives back", para(3), "Comments"], [2, 3, 4, 5]],
  ])("%s", (_n, texts, removed) => expect(removeRelatedTeasers.apply(lines(...texts)).map((m) => m.index)).toEqual(removed));
  test.each([
    ["should take a question with its kicker among the cards of a box inside the text", [para(1), para(2), "Mehr zum Thema", "Ferries: Harbour plan falls behind its goals", "Traffic in the harbour: fewer cars, more queues?", para(3), para(4)], [2, 3, 4]],
    ["should take a question that another card follows", [para(1), para(2), "Related Articles", "What's the difference between a gale warning and a storm warning?", "When to expect the first storm of the winter, according to history", "Latest Forecast"], [2, 3, 4, 5]],
    ["should take a question with an upper-case kicker as the box's only card", [para(1), para(2), "Lire aussi :", "DECRYPTAGE - Will the harbour fees go up again?", para(3), para(4)], [2, 3]],
    ["should leave an interview's next question under a box inside the text", [para(1), para(2), "Read also", "Harbour fees: the council plans a review", "Will the harbour fees go up again next year?", "Very likely. The council has to fill a gap in the budget, and the fees are the quickest way to do it.", para(3)], [2, 3]],
    ["should leave the text's short heading without a kicker under cards that have theirs", [para(1), para(2), "Lire aussi :", "Ferries: how to get your money back", "Storm of 1998: are we better prepared now?", "Caution on the roads", para(3), para(4)], [2, 3, 4]],
  ])("%s", (_n, texts, removed) => expect(removeRelatedTeasers.apply(lines(...texts)).map((m) => m.index)).toEqual(removed));
  test("should not run an end list over a question into the text that follows it", () => {
    expect(wallAt([para(1), para(2), para(3), "You might like", "It's official: northern lights season is back", "News", "Yesterday", "Flying with a dog: what are your options?", "News", "Yesterday", "Harbour Air brings back its lounge", "News", "Yesterday", "Harbour Card", para(4), para(5), para(6), para(7)])).toBe(true);
  });
  test("should still take a question at the end of a teaser list under the text", () => {
    const marks = removeRelatedTeasers.apply(lines(para(1), para(2), "Read also", card(1), "Will the ferry return?"));
    expect(marks.map((m) => m.index)).toEqual([2, 3, 4]);
  });
  test("should end a box set between a live ticker's entries at the next entry's time", () => {
    const entry = "Die Evakuierung dauert länger als geplant, die Einsatzkräfte klingeln ein zweites Mal an allen Türen.";
    const ticker = ["12:20 Uhr", "Sperrgebiet ist geräumt", entry, "11:05 Uhr", "Verzögerung in der Gleisstraße", entry, "Lesen Sie auch", "Fliegerbombe am Güterbahnhof: Das müssen Anwohner wissen", "09:30 Uhr", "Notunterkunft füllt sich", entry];
    expect(removeRelatedTeasers.apply(lines(...ticker)).map((m) => m.index)).toEqual([6, 7]);
  });
  test.each([
    ["should take an English also-read header", "Also read:"],
    ["should take a Slovak read-also header", "Prečítajte si aj:"],
    ["should take a Romanian read-also header", "Citește și:"],
    ["should take a Turkish related-news header", "İlgili Haberler"],
    ["should take a Turkish related-news header in capitals", "İLGİLİ HABERLER"],
    ["should take a Czech related-articles header", "Související články"],
    ["should take a Polish related-articles header", "Powiązane artykuły"],
    ["should take a Russian related-news header", "Похожие новости"],
    ["should take a Swedish related-articles header", "Relaterade artiklar"],
    ["should take a Danish related-articles header", "Relaterede artikler"],
    ["should take a Romanian related-articles header", "Articole similare"],
    ["should take a Croatian related-articles header", "Povezani članci"],
    ["should take a Hungarian related-articles header", "Kapcsolódó cikkek"],
    ["should take a Lithuanian related-articles header", "Susiję straipsniai"],
    ["should take a Portuguese related-news header", "Notícias relacionadas"],
    ["should take a Catalan related-news header", "Notícies relacionades"],
    ["should take an Indonesian related-news header", "Berita Terkait"],
    ["should take a Hebrew more-on-the-site header", "עוד באתר"],
    ["should take a Korean read-together header", "함께 읽으면 좋은 기사"],
    ["should take a German more-on-the-topic header", "Weitere Beiträge zum Thema"],
    ["should take a French related-articles header", "articles correspondants"],
    ["should take an editor's pick in capitals", "EDITOR'S PICK"],
    ["should take a German most-read header", "Meistgelesen"],
    ["should take a German more-news header", "Weitere Meldungen"],
    ["should take a French most-read header", "Les plus lus"],
    ["should take a Quebec read-also header", "Lisez aussi"],
    ["should take a French most-read header with its plus sign", "Les + lus"],
    ["should take a French most-read articles header", "Les articles les plus lus"],
    ["should take a Spanish most-read header", "Lo más leído"],
    ["should take an Italian most-read header", "Più letti"],
    ["should take a Dutch most-read header", "Meest gelezen"],
    ["should take a Portuguese most-read header", "Mais lidas"],
    ["should take a Portuguese most-read header with its article", "Os mais lidos"],
    ["should take a Spanish related-news header", "Noticias relacionadas"],
    ["should take a French related-articles header with 'liés'", "Articles liés"],
    ["should take a Swedish most-read header", "Mest läst"],
    ["should take a Norwegian most-read header", "Mest lest"],
    ["should take a Polish most-read header", "Najczęściej czytane"],
    ["should take a Czech most-read header", "Nejčtenější"],
    ["should take a Swedish more-from header", "Mer från Norrlandsposten"],
  ])("%s and its headlines", (_n, header) => {
    const marked = removeRelatedTeasers.apply(lines(para(1), header, card(1), card(2), para(2))).map((m) => m.index);
    expect(marked).toEqual([1, 2, 3]);
  });

  test.each([
    ["should stop the run at a Published line", "Published: 3 November 2024"],
    ["should stop the run at a Published line with a word before the label", "Issue published: 3 November 2024"],
    ["should stop the run at an ePublished line", "ePublished: 3 November 2024"],
    ["should stop the run at a German Published line", "Veröffentlicht am: 3. November 2024"],
    ["should stop the run at the page's keyword line", "Etiquetas: ferry, puerto, isla"],
    ["should stop the run at a long read's section mark", "III."],
    ["should stop the run at a row of stars between sections", "* * *"],
  ])("%s", (_n, label) => {
    const marked = removeRelatedTeasers.apply(lines(para(1), "Related posts", card(1), label, card(2))).map((m) => m.index);
    expect(marked).toEqual([1, 2]);
  });
});

describe("removeTeaserExcerpts", () => {
  const PARA = "The council approved the harbour budget on Tuesday after a long debate about the cost of dredging the channel.";
  const cut = (n: number) => `Another story's first sentence runs on until the card's space runs out at word ${n} and…`;
  test.each([
    ["should remove two cards and the first card's headline", [PARA, "Other headline one", cut(1), "Other headline two", cut(2)], [1, 2, 3, 4]],
    ["should read '...', '[…]' and ' [...]' as the cut", [PARA, "Headline", "A card's excerpt stops here ...", "Headline two", "And another excerpt stops here […]", "Headline three", "A third one stops here [...]"], [1, 2, 3, 4, 5, 6]],
    ["should take a kicker and a date between cards", [PARA, "Kicker", "Headline", cut(1), "Kicker", "Headline", "March 3, 2024", cut(2)], [1, 2, 3, 4, 5, 6, 7]],
    ["should keep one cut-off paragraph (a writer's ellipsis)", [PARA, cut(1), "A Subheading", PARA], []],
    ["should keep the page's own dek printed above and below its title", [cut(1), "The Title", "By A. Writer", cut(1), PARA], []],
    ["should keep a 'Published:' line, the page's own, and so the run it breaks", [PARA, "Headline", cut(1), "Published: March 3, 2024", cut(2)], []],
    ["should keep cut-off lines with nothing between them (verse)", [PARA, cut(1), cut(2), cut(3)], []],
    ["should keep an ellipsis after a full stop (a sentence that ends)", [PARA, "Headline", "It ended there....", "Headline two", "And so it went. ..."], []],
    ["should keep two-word pauses ('Loading …')", [PARA, "Likes", "Liken Lade …", "Comments", "Bitte warten …"], []],
    ["should stop at prose between cards", [PARA, "Headline", cut(1), PARA, cut(2)], []],
  ])("%s", (_n, texts, removed) => {
    expect(removeTeaserExcerpts.apply(lines(...texts)).map((m) => m.index)).toEqual(removed);
  });
});

describe("classifyLines", () => {
  const marker: LineRule = { id: "mark-end", apply: (ls) => ls.flatMap((l, index) => (l.text === "END" ? [{ index, reason: "end marker", wall: true }] : [])) };
  const dropForm: LineRule = { id: "drop-form", apply: (ls) => ls.flatMap((l, index) => (l.text.startsWith("FORM") ? [{ index, reason: "form" }] : [])) };
  test("should pass a wall on when a later rule removes the line that carried it", () => {
    const { walls } = classifyLines(lines("text", "END", "FORM one", "FORM two", "after"), [marker, dropForm]);
    expect([...walls].map((l) => l.text)).toEqual(["after"]);
  });
  test("should count the removed lines right before each kept line", () => {
    const { gaps } = classifyLines(lines("text", "FORM a", "", "FORM b", "after", "FORM c", "last"), [dropForm]);
    expect([...gaps].map(([l, n]) => [l.text, n])).toEqual([["after", 2], ["last", 1]]);
  });
  test("should keep a wall on the line after the marker when nothing else removes it", () => {
    const { walls } = classifyLines(lines("text", "END", "next", "after"), [marker, dropForm]);
    expect([...walls].map((l) => l.text)).toEqual(["next"]);
  });
});

describe("removeConsentNotice", () => {
  test.each([
    ["should remove a German notice", "Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu.", true],
    ["should remove a German notice that takes the reader's consent for granted", "Diese Website benutzt Cookies. Wenn du die Website weiter nutzt, gehen wir von deinem Einverständnis aus.", true],
    ["should remove an Italian notice", "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito.", true],
    ["should remove a Spanish accept button", "Aceptar todo", true],
    ["should keep a German paragraph about what browsers do with cookies", "Damit sind alle Apps auf dem Telefon, die Webview verwenden, nicht mehr an die Cookies von Chrome gebunden.", false],
    ["should keep an English paragraph about baking cookies", "The bakery sold out of cookies by noon on the first day of the fair.", false],
    ["should keep a French paragraph about cookies sold by a bakery's partners", "La boulangerie du port vend ses cookies chez ses partenaires depuis 2019.", false],
    ["should keep a news paragraph on a browser that blocks third-party cookies", "Harbour Software released version 3.0 of its browser on Wednesday: third-party cookies are now blocked by default for every user, as privacy advocates had asked, not just for those who opt in.", false],
    ["should keep a German blog paragraph on a browser's built-in ad blocker and its tracking protection", "Und dass man keine Plugins installieren kann, ist sofort vergessen, denn der eingebaute AdBlocker mit seinem Tracking-Schutz funktioniert einfach fantastisch.", false],
    ["should still remove an impersonal banner that asks for consent", "Inhalte von Videoplattformen werden standardmäßig blockiert. Wenn Cookies von externen Medien akzeptiert werden, bedarf der Zugriff keiner manuellen Zustimmung mehr.", true],
    ["should still remove a banner that speaks for the site", "This site uses cookies to improve your browsing experience and to analyse traffic.", true],
    ["should remove the consent switch in front of an embedded post", "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.", true],
    ["should remove the label over an embedded post", "Empfohlener externer Inhalt", true],
    ["should remove a broadcaster's request to load a post", "This article contains content provided by Twitter. We ask for your permission before anything is loaded.", true],
    ["should remove its button", "Accept and continue", true],
    ["should keep a sentence about a browser's setting for external content", "The new browser blocks external content such as fonts and videos until the reader allows it, its makers said.", false],
    ["should keep a French sentence about external content", "Le navigateur bloque désormais les contenus externes par défaut, selon ses concepteurs.", false],
    ["should keep a German sentence in which someone agrees to something", "Ich bin damit einverstanden, dass der Hafen im Winter geschlossen bleibt, sagte der Bürgermeister.", false],
  ])("%s", (_n, text, removed) => expect(removeConsentNotice.apply(lines(text)).length > 0).toBe(removed));
});

describe("removeMediaCaption on a clip without its running time", () => {
  test.each([
    ["should remove the label and the clip's title between two paragraphs", [before, "Vídeo", "Images of the old bridge before the works", after], [1, 2]],
    ["should keep a menu's 'Watch Live' over the headline", ["Weather", "Watch Live", "Council approves the new harbour bridge", after], []],
  ])("%s", (_n, texts, removed) => expect(removeMediaCaption.apply(lines(...texts)).map((m) => m.index)).toEqual(removed));
});

describe("removeMediaCaption: a caption over its credit", () => {
  const sorted = (texts: string[]) => removeMediaCaption.apply(lines(...texts)).map((m) => m.index).sort();
  test.each([
    ["should remove the caption over a labelled credit", [before, "Cyclists on the ring road, which is to become a bike street.", "Photo: Jane Doe", after], [1, 2]],
    ["should remove the caption over a German credit with its agency", [before, "Von den neuen Mieten profitieren vor allem Altbauwohnungen.", "Foto: APA/Anna Lind", after], [1, 2]],
    ["should remove the caption over a label whose name is on the next line", [before, "The mayor at the opening of the bridge.", "Credit...", "Jane Doe for The Harbour Times", after], [1, 2, 3]],
    ["should remove the caption over an agency's copyright in capitals", [before, "The departure hall during an earlier strike.", "© BELGA", after], [1, 2]],
    ["should remove the caption over a photographer's copyright when the text goes on", [before, "The crater lake, a three-hour walk from the island's only town.", "© Jane Doe", after], [1, 2]],
    ["should keep a paragraph over its writer's copyright at the end", [before, "The crater lake, a three-hour walk from the island's only town.", "© Jane Doe"], [2]],
    ["should keep a dek under the date line over the lead picture's copyright", ["Harbour works: what changes for the ferries in January", "03/10/2019 - 08:15 | Jane Doe", "The harbour board has approved new rules for the ferry operators, with stricter checks, new timetables and a fee for every late crossing from January on.", "© Harbour Stock", after], [3]],
    ["should remove the caption over a French credit with an initial", [before, "Une abeille sur une fleur de lavande, dans un jardin partagé.", "Crédit photo : Jardin & Port / A. Lind", after], [1, 2]],
    ["should keep the paragraph over an agency's copyright in plain case (a story's last line)", [before, "Reporting by Jane Doe; editing by Anna Lind.", "© Harbour Wire"], [2]],
    ["should keep a quote over a credit (a picture without a caption)", [before, "“We built this bridge for everyone,” she said.", "Photo: Jane Doe", after], [2]],
    ["should keep a long paragraph over a credit", [before, `${before} ${after} ${before}`, "Photo: Jane Doe", after], [2]],
    ["should keep the sentence over a credit printed before its stop-less caption", [before, "Photo: Jane Doe", "The lifeguard who pulled the boy from the water", after], [1]],
    ["should keep a date line over a credit", ["March 3, 2024", "Photo: Jane Doe", after], [1]],
    ["should keep the byline over the photographer's credit", ["The last tenants of the harbour block", "By Jane Doe", "Photographs by Anna Lind", after], [2]],
    ["should keep a date line with its reading time over a credit", ["Warum der Hafen mehr kostet", "9. Januar 2024 | Lesezeit: 5 Min.", "Foto: Anna Lind/dpa", after], [2]],
    ["should keep the headline over its picture's credit with the byline under them", ["Harbour town votes to restore its lighthouse", "Credit: Harbour TV", "Video report by Anna Lind", "By Harbour TV reporter Anna Lind", after], [1, 2]],
    ["should remove a caption with its agency and photographer after '©' and no stop", [before, "Der Hubschrauber brachte die Verletzten ins Spital © APA/Jane Doe", after], [1]],
    ["should remove a caption with a Belgian picture desk after a dash", [before, "Le tram lors d'un essai place du Port, à Herstal. - Belga", after], [1]],
    ["should remove a Spanish caption with the agency and the archive's mark", [before, "Archivo - Embalse del puerto con bajo nivel de agua. - EUROPA PRESS - Archivo", after], [1]],
    ["should remove a Spanish caption with its credit after a slash", [before, "Imagen del helicóptero durante el rescate en el puerto. / Guardia Civil", after], [1]],
    ["should keep a paragraph that ends with a wire's sign-off", [before, "El embalse del puerto está al 12 por ciento de su capacidad, según la confederación. - EFE", after], []],
    ["should remove a caption with 'D.R.' after a dash", [before, "Les pompiers sont intervenus durant plus de trois heures. - D.R.", after], [1]],
    ["should remove a caption with its archive credit after a bar", [before, "Anna Lind, dans son exploitation de Clisson (Loire-Atlantique). | Archives Jane Doe / Le Courrier du Port", after], [1]],
    ["should remove a caption with 'Photo', the paper and the photographer", [before, "Le milieu de terrain, auteur du but à la 88e minute. Photo Le Messager - Jane Doe", after], [1]],
    ["should remove a Brazilian caption with the photographer and the paper after a dash", [before, "O reservatório do porto com 11% da capacidade, na última sexta-feira (21) - Jane Doe/Gazeta do Porto", after], [1]],
    ["should remove a caption with the photographer 'for' a magazine without its article", [before, "Seed envelopes are labelled with the variety and the year they were saved. Jane Doe for Harbour Quarterly", after], [1]],
    ["should remove a caption with 'Photograph by' the photographer 'for' the magazine", [before, "Anna Lind at the wheel of the last ferry to run the sound. Photograph by Jane Doe for The Harbour Review", after], [1]],
    ["should keep a paragraph with a dash and a name before its stop", [before, "The ferry was the only link to the island - Anna Lind/Tomas Berg said so at the meeting.", after], []],
    ["should keep a wire story's paragraph signed with its agency after a dash", [before, "The harbour authority said the ferries would run again from Monday, after the repairs. — Reuters", after], []],
    ["should keep a paragraph with a dash and a name after its stop", [before, "The harbour reopened on Monday. - Jane Doe, harbour master, said she was relieved.", after], []],
    ["should remove the caption over a credit with its outlet after a slash", [before, "Riders wait for the night bus at the harbour terminal on Monday.", "Photo by Jane Doe / The Harbour City Ledger", after], [1, 2]],
    ["should remove the caption over a credit in brackets", [before, "Zöllner kontrollieren am Hafen einfahrende Lastwagen.", "(Foto: Anna Lind/Hafen Bild)", after], [1, 2]],
    ["should remove the caption over the photographer, the outlet and a file photo's note", [before, "The health minister speaks to reporters at the harbour on Tuesday.", "Jane Doe The Harbour Star file photo", after], [1, 2]],
    ["should remove the caption over the paper's archive photo note", [before, "Anna Lind at the harbour library in 1978.", "Gazette archive photo", after], [1, 2]],
    ["should remove the caption over a small paper's 'Submitted photo'", [before, "Pupils of the harbour school plant trees along the quay.", "Submitted photo", after], [1, 2]],
    ["should remove the caption printed again with its credit glued on", [before, "Harbour master Jane Doe.", "Harbour master Jane Doe.Credit: Anna Lind", after], [1, 2]],
    ["should keep a line over a caption that only opens with the same words", [before, "Harbour master Jane Doe.", "Harbour master Jane Doe at the opening. Photo: Anna Lind", after], [2]],
    ["should remove a caption under the word for one", [before, "Bildunterschrift: Die Ministerin während der Debatte im Landtag.", after], [1]],
    ["should keep a heading in title case that ends in 'photo'", [before, "The Harbour Festival in Photos", after], []],
    ["should remove the caption over a name and a wire's photo desk", [before, "The health minister speaks at a news conference in the capital on Thursday.", "Jane Doe/The Harbour Press", after], [1, 2]],
    ["should remove the caption over a name and the paper's initials", [before, "Nurses review patient charts at the harbour hospital on Tuesday.", "Jane Doe/HHT", after], [1, 2]],
    ["should remove the caption over a name and the paper's staff", [before, "Nurses review patient charts at the harbour hospital on Tuesday.", "Jane Doe/Staff photographer", after], [1, 2]],
    ["should remove the caption over a name and a station's call sign", [before, "A deputy photographs a broken window on Harbour Street on Wednesday.", "Jane Doe / KHBR 12", after], [1, 2]],
    ["should remove the caption over a station's camera", [before, "Hail piled up along Harbour Avenue on Tuesday evening.", "KHBR 12 / SkyCam", after], [1, 2]],
    ["should remove the caption over a name and the paper's name after a slash", [before, "Nurses review patient charts at the harbour hospital on Tuesday.", "Jane Doe/Harbour Ledger", after], [1, 2]],
    ["should remove the caption over a name and the paper's name after a bar", [before, "Traders work on the floor of the harbour exchange.", "Jane Doe | Harbour Ledger", after], [1, 2]],
    ["should remove the caption over a name 'for' the paper", [before, "The old ferry landing, now underwater at most high tides.", "Jane Doe for The Harbour Review", after], [1, 2]],
    ["should remove the caption over a name 'for' a paper named without its article", [before, "The old ferry landing, now underwater at most high tides.", "Jane Doe for Harbour Quarterly", after], [1, 2]],
    ["should keep a subheading in title case that names whom the measures are for", [before, "The utility will publish the test results on its website each evening.", "New Restrictions for Residents", after], []],
    ["should remove the caption over a desk's credit with a subheading under it", [before, "A deputy photographs a broken window on Harbour Street on Wednesday.", "Jane Doe / KHBR 12", "What to do after the storm", after], [1, 2]],
    ["should keep a byline with its outlet after a bar over the date line", ["Harbour council delays the ferry vote", "The council wants another month to study the costs of the new route.", "Jane Doe | Harbour Ledger", "March 3, 2024", after], []],
    ["should keep a writer's sign-off with her job after a bar", [before, "Correction: an earlier version of this story misstated the number of ferries.", "Jane Doe | Reporter", after], []],
    ["should keep the sentence over a social post's credit", [before, "Lind shared the same photo on her own account on Monday.", "Anna Lind/Instagram", after], []],
    ["should remove the caption over a name and a station that ends in X", [before, "The candidates shake hands before Tuesday's debate at the harbour college.", "Jane Doe / KHBX", after], [1, 2]],
    ["should keep a teaser's byline over its picture's credit with the paper's initials", ["Harbour council delays the ferry vote", "By Anna Lind | HHT • Jul 27, 2020", "Jane Doe / HHT", after], []],
    ["should keep a menu's entry with a slash between labels", ["Who we are", "Frequently asked / FAQ", "News"], []],
    ["should remove a caption with 'Credit:' glued to its name", [before, "Nurses review patient charts at the harbour hospital.Credit:Jane Doe", after], [1]],
    ["should remove the caption over an agency and the photographer's name", [before, "The utility says it has enough capacity for the summer.", "Harbour Images/Jane Doe", after], [1, 2]],
    ["should keep a headline over a name and a wire's photo desk", ["Harbour bridge to reopen in spring", "Jane Doe/The Harbour Press", after], [1]],
    ["should remove the caption over a credit labelled 'Photo credit:' with its outlet after a bar", [before, "An aerial view of the new housing estate on the harbour on Monday.", "Photo credit: Jane Doe | Harbour Media Group", after], [1, 2]],
    ["should keep a buying guide's heading over its picture's credit in brackets", [before, "Where to Buy", "(Image credit: Harbour Shop)", after], [2]],
    ["should remove the caption and the photographer over the agency's credit", [before, "A firefighter walks past a burned home on Tuesday.", "Jane Doe", "AP Photo", after], [1, 2, 3]],
    ["should keep a long paragraph and a name over an agency's credit", [`${before} ${after}`, "Jane Doe", "AP Photo", after], [2]],
  ])("%s", (_n, texts, removed) => expect(sorted(texts)).toEqual(removed));
});

describe("interface lines inside the text: a copied link's notice, a player's clock a few seconds in, a newsletter box", () => {
  test.each([
    ["should remove a French share sheet's notice", removeShareWidget, [before, "Lien copié", after], [1]],
    ["should remove a Dutch share sheet's copy button", removeShareWidget, [before, "Kopieer link", after], [1]],
    ["should remove share buttons for newer networks and French e-mail", removeShareWidget, [before, "Partager", "Bluesky", "Mastodon", "Courriel", after], [1, 2, 3, 4]],
    ["should remove a share sheet's notice after the site's logo", removeShareWidget, [before, "abc link copied", after], [1]],
    ["should keep a sentence about a copied link", removeShareWidget, [before, "The link copied from the old site was broken.", after], []],
    ["should remove a player's clock a second into the clip", removeMediaCaption, [before, "0:01", "0:45", after], [1, 2]],
    ["should remove a photographer's credit for an outlet whose name has an ampersand", removeMediaCaption, [before, "The harbor at dawn, where the ferry has docked twice a day since 1958.", "Anna Lind for Harbor & Field", after], [1, 2]],
    ["should remove the photographer's bare name under the lead picture's caption, under the date line", removeMediaCaption, ["Publié aujourd'hui à 07h12", "Le parking devait être creusé sous la place du port.", "Tomas Berg", after], [1, 2]],
    ["should keep a name alone under a sentence of the text", removeMediaCaption, [before, "The mayor answered the question in a letter.", "Tomas Berg", after], []],
    ["should keep two times of day one over the other", removeMediaCaption, [before, "14:00", "15:30", after], []],
    ["should keep a table's source under its last row", removeMediaCaption, [before, "Gemeinde\tHebesatz", "Lindhagen\t490", "Quelle: Umfrage bei den Kommunen, Stand März 2024", after], []],
    ["should remove the caption over a credit labelled 'Bildrechte'", removeMediaCaption, [before, "Löschfahrzeuge stehen vor der brennenden Halle im Gewerbegebiet Nord.", "Bildrechte: HTV/Anna Lind", after], [1, 2]],
    ["should remove the caption over a rendering's credit", removeMediaCaption, [before, "So soll die neue Kita am Hafen aussehen: Der Entwurf sieht zwei Geschosse vor.", "Visualisierung: Lind + Berg Architekten", after], [1, 2]],
    ["should remove an Italian newsletter box's blurb with its consent clause", removeSubscribePrompt, [before, "Iscriviti alla newsletter Salute", "Ogni settimana consigli e notizie dal porto. Iscrivendoti accetti l'informativa sulla privacy.", "Iscriviti", after], [1, 2, 3]],
    ["should remove a Québec newsletter box: the pitch, its blurb, the address field and the button", removeSubscribePrompt, [before, "Abonnez-vous à l'infolettre Maison", "Recevez chaque samedi nos conseils pour la maison et le jardin.", "Votre adresse courriel", "Je m'abonne", after], [1, 2, 3, 4]],
    ["should remove a box on a subscriber's perks, its heading and its pitch", removeSubscribePrompt, [before, "Sua assinatura pode valer ainda mais", "Você já conhece as vantagens de ser assinante da Gazeta? Além das reportagens, você conta com newsletters exclusivas.", after], [1, 2]],
    ["should keep a sentence about a subscription's price in the text", removeSubscribePrompt, [before, "Your subscription can cost up to a third more from May, the ferry company said on Tuesday after the board's vote.", after], []],
    ["should remove a newsletter's own prompt to the reader it was forwarded to", removeSubscribePrompt, [before, "Did someone forward you this? Sign up here.", after], [1]],
    ["should remove a newsletter's note on why the reader receives it", removeSubscribePrompt, [before, "You are receiving this email because you signed up for The Morning Harbour from the Harbour Herald.", after], [1]],
    ["should not take a headline over a quote that names an email into a newsletter box", removeSubscribePrompt, ["Harbour Post", "Newsletter", "Ferry company to cut a third of its staff", "\u201cWe have to make some necessary cuts,\u201d the chairman said in an email to employees Monday", before], [1]],
    ["should remove a Danish newsletter box's name and pitch", removeSubscribePrompt, [before, "Få Havneby Dagblads nyhedsbrev", "Få dagens vigtigste lokale nyheder direkte i din indbakke hver morgen kl. 6.", after], [1, 2]],
    ["should remove a pitch for the paper's e-paper", removeSubscribePrompt, [before, "Get the Harbour Champion e-paper on your phone, tablet or computer every Tuesday. Subscribe now.", after], [1]],
    ["should keep a sentence about a paper's e-paper", removeSubscribePrompt, [before, "The paper said its e-paper edition gained 4,000 readers last year, mostly on tablets.", after], []],
    ["should remove a newsletter platform's box under the post, its writer's line and tagline between pitch and button", removeSubscribePrompt, [before, "Subscribe to The Harbour Ledger", "By Anna Lind · Launched 2 years ago", "Notes on small-town money, municipal budgets and the people who balance them.", "Subscribe", after], [1, 2, 3, 4]],
    ["should keep a paragraph between a pitch and a button too long for a box's tagline", removeSubscribePrompt, [before, "Subscribe to The Harbour Ledger", `${before} ${before} ${before}`, "Subscribe", after], [1, 3]],
    ["should keep a sentence between two prompts that are no letter's pitch and address field", removeSubscribePrompt, [before, "Subscribe now", "The harbour council meets again on Tuesday to vote on the fees.", "Your email address", after], [1, 3]],
    ["should remove the question that heads a paywall box", removeSubscribePrompt, [before, "Vous souhaitez soutenir l'information locale ?", "Abonnez-vous", after], [1, 2]],
    ["should keep a question about someone else's support", removeSubscribePrompt, [before, "Should the council support the ferry plan?", after], []],
    ["should remove a paywall box's promise with the site's address", removeSubscribePrompt, [before, "Lesen Sie alle Artikel auf harbour-bote.de und in der App.", after], [1]],
    ["should remove a newsletter box from its name to its login button", removeSubscribePrompt, [before, "Newsletter", "Der Morgen", "Erhalten Sie die wichtigsten Nachrichten aus der Region.", "Einloggen", after], [1, 2, 3, 4]],
    ["should keep a header's date and title between its sign-up buttons", removeSubscribePrompt, ["Sign up", "Jan 18, 2025", "Harbour Notes", "Subscribe", before], [0, 3]],
    ["should keep a login button that no box stands over", removeSubscribePrompt, ["The Commute Report", "Posts", "Login", before], []],
    ["should keep the text's last paragraph with an e-mail address over a subscription box", removeSubscribePrompt, [before, "Readers with questions can call the office at 555-0114 or email help@harbourgazette.example. The paper will hold free help sessions at the harbour library on two Saturdays in December.", "Support local journalism", "Subscribe to The Harbour Gazette"], [2, 3]],
    ["should remove a reaction widget's question", removeEngagementPrompt, [before, "How does this story make you feel?", "Happy", after], [1]],
  ])("%s", (_n, rule, texts, expected) => expect(removed(rule as LineRule, texts as string[])).toEqual(expected));
});

describe("a product card between paragraphs", () => {
  test("should mark the card's lines as the text's furniture, so the text runs on across it", () => {
    const marks = removeUiMessage.apply(lines(before, "Harbour Pro kitchen scale", "£14.00 at Harbour Kitchen Supply", "Buy now", after));
    expect([...new Set(marks.filter((m) => m.inText).map((m) => m.index))].sort()).toEqual([1, 2, 3]);
  });
});

describe("reader polls and rating prompts", () => {
  test.each([
    ["should remove a labelled poll: its label, question, answers and buttons", removePollWidget, [before, "Umfrage", "Soll die Brücke für Autos gesperrt werden?", "Ja, sofort", "Nein", "Weiß nicht", "Abstimmen", "Ergebnis anzeigen", after], [1, 2, 3, 4, 5, 6, 7]],
    ["should remove an unlabelled poll over its vote button and count", removePollWidget, [before, "Should the ferry run at night?", "Yes, every night", "Only at weekends", "No", "Vote", "1,204 votes", after], [1, 2, 3, 4, 5, 6]],
    ["should keep a question the text asks over a list with no button", removePollWidget, [before, "What should you pack?", "A torch", "Spare batteries", "A blanket", after], []],
    ["should keep a question over a single short line and a button", removePollWidget, [before, "Who will win?", "Nobody knows", "Vote", after], []],
    ["should keep a label over a question and one long paragraph", removePollWidget, [before, "Poll", "What did readers say?", after], []],
    ["should remove a rating prompt's yes and no buttons one a line", removeEngagementPrompt, [before, "Was this article helpful?", "Yes", "No", after], [1, 2, 3]],
    ["should remove a German rating prompt's buttons", removeEngagementPrompt, [before, "War dieser Artikel hilfreich?", "Ja", "Nein", after], [1, 2, 3]],
    ["should keep a yes under a question that asks no rating", removeEngagementPrompt, [before, "Will the ferry run?", "Yes", after], []],
  ])("%s", (_n, rule, texts, expected) => expect(removedOnce(rule as LineRule, texts as string[])).toEqual(expected));
  test("should end the article at a rating widget", () => {
    const marks = removeEngagementPrompt.apply(lines(before, "Was this article helpful?", "Yes", "No", after));
    expect(marks.some((m) => m.wall === true && m.index === 3)).toBe(true);
  });
});

describe("local and regional news sites' stock lines: a price pitch, free updates, a tip line, translated buttons, rights and share invitations", () => {
  test.each([
    ["should remove a subscription's price pitch that offers access", removeSubscribePrompt, [before, "Subscribe to the Harbour Ledger for R60 a month and get unlimited access to our journalism.", after], [1]],
    ["should remove a membership's price pitch after a short call", removeSubscribePrompt, [before, "Support journalism that matters. Become an Insider for R200 a month.", after], [1]],
    ["should keep a sentence before a price that offers no reading", removeSubscribePrompt, [before, "Fares rose again. Join the queue for passes at $5 a month.", after], []],
    ["should remove a price pitch and the label over it beside the subscribe button", removeSubscribePrompt, [before, "Support local journalism", "Subscribe to the Courier for as little as $4.99 a month.", "Subscribe", "Legal Notices"], [1, 2, 3]],
    ["should keep a streaming story's price that offers no reading", removeSubscribePrompt, [before, "Sign up for a ferry pass with no ads for $11.99 a month", after], []],
    ["should keep a story about a paper's new prices", removeSubscribePrompt, [before, "The Ledger will charge $4.99 a month for its digital edition from January, the publisher said.", after], []],
    ["should remove a pitch for free updates inside the text, and its button", removeSubscribePrompt, [before, "Find out what's happening in Port Lindwith free, real-time updates from Harbour Wire.", "Let's go!", after], [1, 2]],
    ["should keep a sentence about free updates in the past", removeSubscribePrompt, [before, "Residents who signed up last year got free updates on the works by text message, the council said.", after], []],
    ["should remove a tip line in question form", removeSiteFooter, [before, "Have a story idea or news tip? Email tips@harbourtv.example.", after], [1]],
    ["should remove an advice column's invitation to send a question", removeSiteFooter, [before, "Have a question about your own finances? Email Quentin at moneydesk@harbour.example.", after], [1]],
    ["should keep a sentence that asks a question about a story", removeSiteFooter, [before, "Have a look at the story the council told in 2019: the bridge was due then too.", after], []],
    ["should remove a markets site's disclaimer that it gives no advice", removeSiteFooter, [before, "Disclaimer: The information in this article is for general information purposes only and does not constitute investment advice. Tokens are highly volatile and you could lose all of your investment.", after], [1]],
    ["should remove a German disclaimer that it gives no advice", removeSiteFooter, [before, "Hinweis: Dieser Artikel stellt keine Anlageberatung dar. Anleger sollten sich vor einer Entscheidung beraten lassen.", after], [1]],
    ["should keep a story's sentence about advice", removeSiteFooter, [before, "The regulator said the app's tips were not investment advice and fined the company $2 million.", after], []],
    ["should remove Spanish rights reserved", removeSiteFooter, [before, "Derechos de autor 2024 Telenoticias 34. Todos los derechos reservados.", after], [1]],
    ["should keep an Italian agency's caption credit for the caption rule", removeSiteFooter, [before, "Un invaso quasi a secco - RIPRODUZIONE RISERVATA", after], []],
    ["should remove Spanish share buttons", removeShareWidget, [before, "Enviar por email", "Copiar link", after], [1, 2]],
    ["should remove a French share button", removeShareWidget, [before, "Envoyer par e-mail", after], [1]],
    ["should remove a TV site's affiliate programme notice", removeAffiliateNotice, [before, "Harbour Television participates in various affiliate marketing programs, which means we may get paid commissions on products purchased through our links.", after], [1]],
    ["should remove a bookmark button and a subscriber badge", removeUiMessage, [before, "Abonnés", "Ajouter à vos sélections", after], [1, 2]],
    ["should remove a picture's full-screen button in French", removeUiMessage, [before, "Voir en plein écran", after], [1]],
    ["should remove a French comment button", removeUiMessage, [before, "Réagir", after], [1]],
    ["should remove a French comment button with its count", removeUiMessage, [before, "Réagir 7", after], [1]],
    ["should remove a French tweet button", removeShareWidget, [before, "Tweeter", after], [1]],
    ["should remove an audio widget's note on its synthetic voice", removeShareWidget, [before, "The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.", after], [1]],
    ["should keep a sentence about a station's audio archive", removeShareWidget, [before, "The audio version of the 1962 broadcast was found in a cellar in Port Lind last spring.", after], []],
    ["should remove a French player's button, length and clip title under the line that introduces it", removeMediaCaption, [before, "Le reportage de la rédaction :", "Lire la vidéo", "Durée de la vidéo : 01:47", "Transhumance à Gap : les brebis dans les rues", after], [1, 2, 3, 4]],
    ["should remove a gallery's caption under its toggles up to its credit", removeMediaCaption, [before, "Show Caption", "Hide Caption", "Merchants speak out against parking meters", "Business owners told council members the meters would drive shoppers away.", "Jane Doe, Harbour Falls Sentinel", after], [1, 2, 3, 4, 5]],
    ["should leave the lines under a caption's toggle without a credit closing them", removeMediaCaption, [before, "Show Caption", "Hide Caption", "Merchants speak out against parking meters", "Business owners told council members the meters would drive shoppers away.", after], [1, 2]],
    ["should remove a video card whose label line holds the clip's title and channel, over its running time", removeMediaCaption, [before, "Related video: How small towns are rethinking who owns the harbour's pipes (Video by Harbour Start)", "1:42", after], [1, 2]],
    ["should remove a clip's label and its station's copyright between paragraphs", removeMediaCaption, [before, "WATCH: Rescue crews describe the climb", "Copyright 2025 KHBR. All rights reserved.", after], [1, 2]],
    ["should keep a copyright line under the text without a clip's label over it", removeMediaCaption, [before, "Copyright 2025 KHBR. All rights reserved.", after], []],
    ["should keep a player's button without a length under it", removeMediaCaption, [before, "Video abspielen", "Ferry strike: empty piers in Port Lind", after], []],
    ["should remove a player's labelled clip title, its clock at the start and its button under it", removeMediaCaption, [before, "Bekijk: de uitleg van de havenmeester in het middagjournaal", "00:00", "Video afspelen", after], [1, 2, 3]],
    ["should remove a player's clock and its Spanish button, not the sentence over them", removeMediaCaption, [before, "0:00", "Reproducir vídeo", after], [1, 2]],
    ["should remove a Dutch share button and the read-aloud button", removeShareWidget, [before, "Deel", "Lees voor", after], [1, 2]],
    ["should remove a follow box's networks", removeShareWidget, [before, "Follow us", "Instagram", "Threads", "YouTube", after], [1, 2, 3, 4]],
    ["should remove share rows' copy-link and share buttons in more languages", removeShareWidget, [before, "Salin Tautan", "Kopírovat odkaz", "Bağlantıyı kopyala", "Поделиться", "Kopier lenke", "Jaa", after], [1, 2, 3, 4, 5, 6]],
    ["should remove a gallery's buttons to the next and previous picture and to all of them", removeUiMessage, [before, "Next image", "Previous image", "Image suivante", "Nächstes Bild", "View all 12 photos", after], [1, 2, 3, 4, 5]],
    ["should remove a blog's links to the posts before and after, one over the other", removeUiMessage, [before, "« Broad beans under the cold frame", "Frost damage and what the wind taught me »", after], [1, 2]],
    ["should keep a link in the text with an arrow alone", removeUiMessage, [before, "Harbour ferry timetable: the council's summary »", after], []],
    ["should keep a French quotation in guillemets over a line that ends in an arrow", removeUiMessage, [before, "« Nous ne lâcherons rien » : les pêcheurs bloquent le port", "Lire la suite du reportage »", after], []],
    ["should remove a French follow button", removeUiMessage, [before, "Suivre", after], [1]],
    ["should remove a code box's copy buttons", removeUiMessage, [before, "Kopieren", "Copy code", after], [1, 2]],
    ["should remove a recipe card's pin button and rating widget", removeUiMessage, [before, "Épingler", "★★★★★ 4.8 de 23 votes", "4,6 von 5 (128 Bewertungen)", after], [1, 2, 3]],
    ["should keep a sentence with a score and a count of votes", removeUiMessage, [before, "The motion passed with 4 abstentions and 23 votes in favour.", after], []],
    ["should keep a list's sum and where it came from", removeUiMessage, [before, "$410,000 from insurance", after], []],
    ["should still remove a deal's price from its shop", removeUiMessage, [before, "$449 from Harbour Electronics", after], [1]],
    ["should keep a link to a document the text names, with its size", removeUiMessage, [before, "Download the annual report (PDF, 3.4 MB)", after], []],
    ["should remove an inverted French, a Spanish and an Italian invitation to show one's try of the recipe", removeEngagementPrompt, [before, "Avez-vous testé cette recette ? Mentionnez @cuisineduport ou utilisez #cuisineduport !", "¿Has probado esta receta? Etiqueta a @cocinadelpuerto", "Hai provato questa ricetta? Taggaci su Instagram", after], [1, 2, 3]],
    ["should remove a French paywall's notice", removeSubscribePrompt, [before, "L'article est réservé aux abonnés.", after], [1]],
    ["should remove a French subscriber's access note", removeSubscribePrompt, [before, "Votre abonnement vous permet d'accéder à cet article", after], [1]],
    ["should remove a French offer's lines", removeSubscribePrompt, [before, "Accédez à tous nos contenus", "Offre spéciale : 1€ le premier mois", after], [1, 2]],
    ["should remove a French contact line for tips", removeSiteFooter, [before, "Contactez-nous via notre formulaire ou par WhatsApp.", after], [1]],
    ["should remove a funding credit of a local journalism programme", removeSiteFooter, [before, "Ce contenu est réalisé avec le soutien financier de l'Initiative de journalisme local.", after], [1]],
    ["should remove an English funding credit of a local journalism programme", removeSiteFooter, [before, "This story was produced with funding from the Local Journalism Initiative.", after], [1]],
    ["should keep a sentence about a programme's funding", removeSiteFooter, [before, "The harbour project was produced with support from the regional fund, the mayor said.", after], []],
    ["should remove a paginated article's pointer to its next page", removeUiMessage, [before, "Lesen Sie auf Seite 2: Was die Fischer von der Politik fordern.", "(Suite de la page 1)", after], [1, 2]],
    ["should keep a sentence about a report's page", removeUiMessage, [before, "Auf Seite 3 des Berichts steht, dass die Stadt mehr zahlen muss.", after], []],
    ["should remove a pager's arrow and its page numbers", removeUiMessage, [before, "« Previous page", "1", "2", "3", "Next ›", after], [1, 2, 3, 4, 5]],
    ["should keep figures alone that no pager stands beside", removeUiMessage, [before, "1", "2", "3", after], []],
    ["should remove a live entry's 'Key event' badge", removeUiMessage, [before, "Key event", after], [1]],
    ["should keep a sentence about a key event", removeUiMessage, [before, "Key event of the day was the vote.", after], []],
    ["should remove an expander's and an app's buttons", removeUiMessage, [before, "Show full article", "Open in app", after], [1, 2]],
    ["should remove a newsletter platform's trial gate", removeSubscribePrompt, [before, "Keep reading with a 7-day free trial", "Subscribe to Harbour Notes to keep reading this post and get 7 days of free access to the full post archives.", after], [1, 2]],
    ["should remove a blogging platform's member gate and a German registration wall", removeSubscribePrompt, [before, "Not a member? Read this story for free.", "Registrieren Sie sich kostenlos und lesen Sie 3 Artikel im Monat.", after], [1, 2]],
    ["should remove an archive's notice over an old story", removeUiMessage, [before, "Prenez note que cet article publié en 2025 pourrait contenir des informations qui ne sont plus à jour.", after], [1]],
    ["should remove an English archive notice", removeUiMessage, [before, "This article is more than 2 years old", after], [1]],
    ["should keep a sentence about outdated information", removeUiMessage, [before, "The council said the harbour map was out of date and would be redrawn next year.", after], []],
    ["should remove a read-later list's button in French", removeUiMessage, [before, "Vos articles à lire plus tard", after], [1]],
    ["should remove a German invitation to share over the buttons", removeShareWidget, [before, "Wenn Dir der Artikel gefallen hat, teile ihn auf:", after], [1]],
    ["should remove a German question that invites to share", removeShareWidget, [before, "Gefällt dir der Beitrag? Dann teile ihn gern!", after], [1]],
    ["should remove a price box with its title, shops, prices and buttons", removeUiMessage, [before, "Today's best Harbour X2 deals", "£649", "View at Harbour Shop", "View at Sea Store", "View all prices", after], [1, 2, 3, 4, 5]],
    ["should remove a price box with its comparison widget's last lines", removeUiMessage, [before, "Today's best Harbour X2 deals", "$899", "View at Harbour Shop", "Check Shopwell", "We check over 250 million products every day for the best prices", "powered by", after], [1, 2, 3, 4, 5, 6]],
    ["should remove a price box laid out as a table, a shop a row", removeUiMessage, [before, "Harbour X3 au meilleur prix", "Boutique Alpha\t399 €\tVoir l'offre", "Hafenmarkt\t409 €\tVoir l'offre", after], [1, 2, 3]],
    ["should keep a heading that names the best price over a table of figures", removeUiMessage, [before, "Ferry fares at the best price", "Adult\t12 €", "Child\t6 €", after], []],
    ["should remove a German price box whose shops stand over their prices", removeUiMessage, [before, "Preisvergleich", "Hafenmarkt", "549,00 €", "Zum Angebot*", "Seeladen", "579,00 €", "Zum Angebot*", after], [1, 2, 3, 4, 5, 6, 7]],
    ["should keep a heading that names the best deals over the text", removeUiMessage, [before, "The best ferry deals this summer", after], []],
    ["should remove a shop box's starred affiliate footnote", removeAffiliateNotice, [before, "*Affiliate-Link", after], [1]],
    ["should keep a sentence about sharing an article", removeShareWidget, [before, "If you liked this article, the editors said, you will like the harbour series that starts next week.", after], []],
  ])("%s", (_n, rule, texts, expected) => expect(removed(rule as LineRule, texts as string[])).toEqual(expected));
});

describe("national papers' and tabloids' boxes and plugs: a related box closed by its header, a newsletter box beside a quote, 'most read in …', paywall, app and newsletter pitches", () => {
  test.each([
    ["should keep the paragraph under a related box that its header printed again closes", removeRelatedTeasers, [before, "Read More", "Related Articles", "Prince makes surprise appearance at rugby match with son", "Royal", "Princess's touching gesture to well-wisher spotted in new video", "Royal", "Read More", "Related Articles", "Later this month she is expected to join the King at the Commonwealth service.", after], [1, 2, 3, 4, 5, 6, 7, 8]],
    ["should keep a quote that mentions an e-mail over a newsletter box", removeSubscribePrompt, [before, '"He would send you a handwritten note," a colleague said. "Not an e-mail. A note."', "Newsletter", "Get the best of the Harbour Review in your in-box every day.", "Sign up", after], [2, 3, 4]],
    ["should remove a listings site's related locations card", removeRelatedTeasers, [before, "Related Locations", "Harbour Griddle", "1420 E. Harbour Ave.", after], [1, 2, 3]],
    ["should end a related box at the recipe's label under it", removeRelatedTeasers, [before, "Vous aimerez aussi :", "Mes cinq marchés préférés au bord de la mer", "Ingrédients", "250 g de farine", "125 g de beurre", "Préparation", after], [1, 2]],
    ["should remove a 'most read' box's header with its section", removeRelatedTeasers, [before, "MOST READ IN TV", "Soap star quits show after seven years", after], [1, 2]],
    ["should remove a box of what subscribers are reading", removeRelatedTeasers, [before, "Subscribers are reading", "Inside the feud that split a family bakery", after], [1, 2]],
    ["should remove a single related article's header", removeRelatedTeasers, [before, "Related article", "Singers pay tribute to harbour songwriter", after], [1, 2]],
    ["should remove a sign-up form's fine print and messages", removeSubscribePrompt, [before, "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. More info", "By signing up for alerts, you agree to the privacy policy & terms of service.", "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "We have more newsletters", "Invalid email", after], [1, 2, 3, 4, 5]],
    ["should keep a sentence on what residents agreed to by signing up", removeSubscribePrompt, [before, "By signing up, residents agreed to share their meter readings with the council.", after], []],
    ["should remove a box of more on the story, or on the same theme, under the text", removeRelatedTeasers, [before, after, "More on this story", "Harbour prize shortlist: the six books in contention", "Review: The Keeper's Almanac", "Sur le même thème", "Sommeil de l'enfant : les bons rituels du coucher"], [2, 3, 4, 5, 6]],
    ["should remove a paywall's prompt to read on with a subscription", removeSubscribePrompt, [before, "Continue reading with a subscription", "Get unlimited access to the Harbour Times. Cancel anytime.", after], [1, 2]],
    ["should remove a newsletter pitch after a dash", removeSubscribePrompt, [before, "Don't miss the latest news from around the coast - sign up to our daily newsletter here.", after], [1]],
    ["should remove a newsletter pitch after an em dash", removeSubscribePrompt, [before, "Never miss a story — sign up for the Harbour's free daily newsletter.", after], [1]],
    ["should keep a sentence with a dash before a verb that signs up", removeSubscribePrompt, [before, "Parents queued from dawn - sign up day for the harbour swim school is always busy, the coach said.", after], []],
    ["should remove a caption over its agency's credit with a dateline's place under it", removeMediaCaption, [before, "The singer performs at the harbour awards in November 2024.", "Anna Lind/Getty Images", "Nashville", after], [1, 2]],
    ["should keep the last paragraph over the article's rights line", removeMediaCaption, ["The council will discuss the new rules in May. It would be a good moment to decide what city we want.", "© RIPRODUZIONE RISERVATA", "Argomenti"], [1]],
    ["should remove the site's app pitch", removeSubscribePrompt, [before, "Get breaking news and the day's top stories sent straight to your phone with the Harbour Times app", after], [1]],
    ["should remove a syndicated story's pointer to its original", removeInlineLink, [before, "Read the original article on Harbour Weekly.", after], [1]],
    ["should remove a link to more on a topic with the linked story's headline and date under it", removeInlineLink, [before, "Read more on the strike", "How Harbour Commuters Got By Without Ferries", "Oct. 30, 2025", after], [1, 2, 3]],
    ["should keep the text's next line under a link to more on a topic", removeInlineLink, [before, "Read more on the strike", after], [1]],
    ["should remove the site's pointer to its section", removeInlineLink, [before, "For more stories like this, check our news page.", after], [1]],
    ["should keep a pointer to someone else's information", removeInlineLink, [before, "For more information, check the council's website.", after], []],
  ])("%s", (_n, rule, texts, expected) => expect(removedOnce(rule as LineRule, texts as string[])).toEqual(expected));
});

describe("lifestyle pages' furniture: recipe cards, ratings, shop and streaming buttons, embed consent", () => {
  test.each([
    ["should remove a recipe card's buttons", removeUiMessage, [before, "Print Recipe Pin Recipe", "Jump to Recipe", "Imprimer la recette", "Rezept drucken", after], [1, 2, 3, 4]],
    ["should remove a recipe's rating count", removeUiMessage, [before, "4.85 from 132 votes", "4,9 de 37 votes", after], [1, 2]],
    ["should remove a recipe's servings scaler", removeUiMessage, [before, "1x 2x 3x", after], [1]],
    ["should remove a recipe's servings scaler one button a line", removeUiMessage, [before, "1x", "2x", "3x", after], [1, 2, 3]],
    ["should remove a product card's name with its price and button between paragraphs", removeUiMessage, [before, "Harbour Pro kitchen scale", "£14.00 at Harbour Kitchen Supply", "Buy now", after], [1, 2, 3]],
    ["should keep a numbered heading over a price button", removeUiMessage, [before, "5. A cheap kitchen scale", "£14.00 at Harbour Kitchen Supply", after], [2]],
    ["should keep a heading under a heading over a price button", removeUiMessage, ["Best kitchen scales", "Harbour Pro kitchen scale", "£14.00 at Harbour Kitchen Supply", after], [2]],
    ["should remove a shop box's and a streaming service's buttons", removeUiMessage, [before, "Shop This Story", "Watch on Harbourflix", "Jetzt in der Hafen Mediathek ansehen", after], [1, 2, 3]],
    ["should remove a feedback form's answer", removeUiMessage, [before, "Thanks for your feedback!", after], [1]],
    ["should remove a search field's placeholder and a servings stepper's buttons", removeUiMessage, [before, "Suche nach Rezepten, Zutaten, Kategorien…", "Search articles...", "−", "+", after], [1, 2, 3, 4]],
    ["should keep a sentence that opens with 'Search' and trails off", removeUiMessage, [before, "Search teams combed the harbour for a second night. Nothing was found...", after], []],
    ["should remove a shop box's price note with its stamp", removeAffiliateNotice, [before, "Preis kann jetzt höher sein. Stand: 03.03.2025, 08:12 Uhr", "Prices may have changed since publication.", after], [1, 2]],
    ["should keep a sentence about prices that changed", removeAffiliateNotice, [before, "Prices at the harbour market have changed since the new fees came in, traders said.", after], []],
    ["should remove a meal plan's link to a recipe", removeInlineLink, [before, "Get the recipe: Lemon-Garlic Sheet-Pan Chicken", after], [1]],
    ["should remove an invitation to show one's try of the recipe", removeEngagementPrompt, [before, "Tried this recipe?Tag @harbourkitchen on Instagram", "Vous avez testé cette recette ? Mentionnez @cuisineduport", "Did you make one of these dinners? Share your photos with #HarbourSuppers.", after], [1, 2, 3]],
    ["should remove a French invitation to pin the post", removeEngagementPrompt, [before, "Épinglez-la pour plus tard !", after], [1]],
    ["should remove a French ad label in a sentence", removeAdLabel, [before, "La suite après cette publicité", after], [1]],
    ["should remove a security's quote box: name, price, change, exchange and time, buttons", removeQuoteWidget, [before, "HALVERT AG", "47,12 EUR", "+0,87 (+1,88 %)", "Tradegate, 16:35:12", "Kaufen", "Verkaufen", after], [1, 2, 3, 4, 5, 6]],
    ["should keep a price alone in a list of figures", removeQuoteWidget, [before, "Ticket prices:", "$42.18", "Adults and children alike", after], []],
    ["should keep a change alone, with no price over it", removeQuoteWidget, [before, "Harbour fees this year", "+3.5 %", after], []],
    ["should remove an ad's pitch under its label", removeAdLabel, [before, "Anzeige", "Jetzt Aktien ab 0 € Ordergebühr handeln – Depot eröffnen", after], [1, 2]],
    ["should remove an English ad's pitch under its label", removeAdLabel, [before, "Advertisement", "Compare energy deals now and save up to £400", after], [1, 2]],
    ["should keep a subheading that calls to nothing under an empty ad slot", removeAdLabel, [before, "Anzeige", "Jetzt wird es ernst für die Fähre", after], [1]],
    ["should keep a subheading that offers nothing under an empty ad slot, price words and all", removeAdLabel, [before, "Anzeige", "Die Tarife der Fähre im Vergleich", after], [1]],
    ["should remove a German embed's consent box", removeConsentNotice, [before, "Wir benötigen Ihre Zustimmung, um den Instagram-Inhalt anzuzeigen.", "Zustimmen", "An dieser Stelle finden Sie einen Inhalt von YouTube, der den Artikel ergänzt.", after], [1, 2, 3]],
    ["should remove a German banner that names the cookies it needs, and its buttons", removeConsentNotice, [before, "Wir nutzen Cookies und externe Dienste, um Ihnen unseren Ratgeber anbieten zu können. Einige sind technisch notwendig.", "Nur notwendige", "Individuelle Datenschutzeinstellungen", after], [1, 2, 3]],
    ["should keep a report on a shop's cookies that are technically necessary", removeConsentNotice, [before, "Die Bäckerei am Hafen backt Cookies, die nach Angaben der Inhaberin technisch notwendig für das Wintergeschäft sind.", after], []],
    ["should keep a sentence on the council's consent", removeConsentNotice, [before, "Wir benötigen Ihre Zustimmung, sagte der Bürgermeister, und die Fraktionen stimmten am Abend zu.", after], []],
  ])("%s", (_n, rule, texts, expected) => expect(removedOnce(rule as LineRule, texts as string[])).toEqual(expected));
});

describe("newsletter platforms', magazines' and Portuguese, French and Dutch page lines", () => {
  test.each([
    ["should remove a Brazilian ad label", removeAdLabel, "Continua após a publicidade"],
    ["should remove a French ad label shortened", removeAdLabel, "Pub"],
    ["should remove a Spanish 'continue reading' button", removeAdLabel, "Continúa leyendo"],
    ["should remove an Italian 'continue reading' button", removeAdLabel, "Continua a leggere"],
    ["should remove a newsletter platform's standing appeal", removeSubscribePrompt, "Harbour Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber."],
    ["should remove a members-only post's paywall", removeSubscribePrompt, "This post is for paying subscribers only"],
    ["should remove its offer", removeSubscribePrompt, "Become a paid member of Harbour Notes to read the full investigation"],
    ["should remove a Dutch paywall's count", removeSubscribePrompt, "Dit artikel is gratis. Wil je meer lezen? Neem een abonnement op De Havenkrant."],
    ["should remove a player's notice", removeUiMessage, "Audio playback is not supported on your browser. Please upgrade."],
    ["should remove Medium's highlight marker", removeUiMessage, "Top highlight"],
    ["should remove a podcast page's transcript disclaimer", removeUiMessage, "This transcript was generated automatically and may contain errors."],
    ["should remove a podcast page's transcript toggle", removeUiMessage, "Hide transcript"],
    ["should remove a German transcript toggle", removeUiMessage, "Transkript anzeigen"],
  ])("%s", (_n, rule, text) => expect(rule.apply(lines(text)).length).toBe(1));
  test.each([
    ["should keep a report on an ad that did not load", removeAdLabel, "The ad has not loaded yet on most phones, the company said on Monday."],
    ["should keep a French sentence that opens with 'Pub'", removeAdLabel, "Pub et boutique ont fermé leurs portes en 2019, faute de clients."],
    ["should keep a report on a nonprofit newsroom", removeSubscribePrompt, "The Harbour Courier is a reader-supported publication that has covered the port since 1998."],
  ])("%s", (_n, rule, text) => expect(rule.apply(lines(text)).length).toBe(0));
});

describe("paywall, feedback and read-also lines in Portuguese, Italian, Dutch, Polish and French", () => {
  test.each([
    ["should remove a French paywall label inside the text", removeSubscribePrompt, "Article réservé à nos abonnés"],
    ["should remove a French paywall's question", removeSubscribePrompt, "Vous avez envie de lire la suite ?"],
    ["should remove a French paywall's offer", removeSubscribePrompt, "Débloquez tous les articles immédiatement."],
    ["should remove a Dutch paywall's question", removeSubscribePrompt, "Nog geen abonnee?"],
    ["should remove a Dutch paywall's offer", removeSubscribePrompt, "Lees onbeperkt alle PLUS-artikels voor 1 euro de eerste maand."],
    ["should remove a Portuguese gift article's note", removeSubscribePrompt, "Este artigo é exclusivo para assinantes, mas foi-lhe oferecido por um amigo."],
    ["should remove a Portuguese offer with the price glued to the euro sign", removeSubscribePrompt, "Assine o Diário do Porto a partir de 1€ no primeiro mês e tenha acesso ilimitado."],
    ["should remove a Portuguese feedback question", removeEngagementPrompt, "Gostou deste artigo?"],
    ["should remove an Italian feedback question", removeEngagementPrompt, "Ti è piaciuto questo articolo?"],
    ["should remove a French feedback question with its pitch", removeEngagementPrompt, "Cet article vous a été utile ? Sachez que vous pouvez suivre Le Phare sur Google Actualités."],
  ])("%s", (_n, rule, text) => expect(rule.apply(lines(text)).length).toBe(1));
  test.each([
    ["should keep a Portuguese sentence about a gift", removeEngagementPrompt, "Gostou deste presente? perguntou a avó ao neto, que sorriu."],
    ["should keep a sentence that reports what commenters asked", removeEngagementPrompt, "Readers in the comments below the first story asked about the ticket price."],
    ["should keep a Dutch sentence about subscribers", removeSubscribePrompt, "Nog geen abonneeprijs is bekend voor het nieuwe seizoen, zegt de club."],
    ["should keep a sentence about readers who support a club by subscribing", removeSubscribePrompt, "The club asked fans to support the new stadium by subscribing to its season pass, and 4,000 did in the first week of the campaign that ran through the whole of the winter."],
  ])("%s", (_n, rule, text) => expect(rule.apply(lines(text)).length).toBe(0));
  const para = (n: number) => `Paragraph ${n} of the article goes on about the harbour budget and what the council decided to do next.`;
  test.each([["Ver también"], ["Te recomendamos"], ["Przeczytaj również"], ["Czytaj także"], ["Ook interessant"]])("should take '%s' for a read-also header", (header) => {
    expect(removeRelatedTeasers.apply(lines(para(1), para(2), header, "Another story about the ferry fares", para(3), para(4), para(5))).map((m) => m.index)).toEqual([2, 3]);
  });
});

describe("removeGamblingPromo", () => {
  test.each([
    ["should remove a US wire page's odds line with its hotline", ["Get the latest odds: Hawks +4.5 vs. Chicago. 21+. Gambling problem? Call 1-800-GAMBLER."], [0]],
    ["should remove a partner's name with its age limit", ["Kingsbet – 18+ BeGambleAware.org"], [0]],
    ["should remove a French warning with the offer on its line", ["Pariez sur le tennis avec notre partenaire ! Jouer comporte des risques : endettement, isolement, dépendance."], [0]],
    ["should remove the odds over the warning", ["Odds: Dunmore 8/11, Draw 11/4, Castlegate 7/2", "Odds correct at time of publishing. 18+ only. Please gamble responsibly."], [0, 1]],
    ["should keep the paragraph over the warning", ["The manager said he would not bet against his side winning the league.", "18+ | Gamble responsibly | T&Cs apply"], [1]],
    ["should keep a report on the betting industry", ["The regulator fined the bookmaker for failing to check the ages of customers, some of them under 18, the report said."], []],
    ["should keep a sentence about a film rated 18+", ["The film is rated 18+ and opens in cinemas on Friday."], []],
  ])("%s", (_n, texts, removed) => expect(removeGamblingPromo.apply(lines(...texts)).map((m) => m.index)).toEqual(removed));
});

describe("removePromoBox on a FAQ header", () => {
  test.each([
    ["should remove a header over reader prompts", ["Frequently Asked Questions About the Harbour Bridge", "Share your thoughts in the comments below.", "What would you change about the bridge?"], true],
    ["should remove a header over a question and the next article's headline", ["Frequently asked questions", "How might the new bridge change the ferry timetable?", "Harbour Council Approves Budget For Next Year"], true],
    ["should keep a header over a question and its answer", ["Frequently asked questions", "Is the bridge open to cyclists?", "Cyclists can cross on the east side, which has its own lane."], false],
  ])("%s", (_n, texts, removed) => expect(removePromoBox.apply(lines(...texts)).some((m) => m.index === 0)).toBe(removed));
});

describe("single-line widgets in translation", () => {
  test.each([
    ["should remove a broadcaster's video promo card", removePromoBox, "Video Now: Commissioners discuss the harbour bridge repairs"],
    ["should remove a German shop's from-price button", removeUiMessage, "ab 279 € bei Hafenmarkt"],
    ["should remove a German blogger's advertising label", removeAffiliateNotice, "Dieser Beitrag enthält Werbung durch Markennennung."],
    ["should remove a recipe blog's pin button", removeShareWidget, "Pin Rezept"],
    ["should remove a documentation site's edit link", removeUiMessage, "Edit this page"],
    ["should remove a German price line in words with its shop", removeUiMessage, "Aktuell ab 149,90 Euro bei Amazon*"],
    ["should remove a reading time that says 'about'", removeShareWidget, "Lesedauer: ca. 6 Minuten"],
    ["should remove a German shop button with its star", removeUiMessage, "Jetzt bei Hafenrad ansehen*"],
    ["should remove a shop's button under a verdict", removeUiMessage, "Buy: Harbour Records"],
    ["should remove a booking site's button", removeUiMessage, "Book now on TableQuay"],
    ["should remove a German bookshop's button without 'jetzt'", removeUiMessage, "Bei Hafenbuch kaufen*"],
    ["should remove a German streaming button", removeUiMessage, "Auf Hafenfunk anhören"],
    ["should remove an English streaming button", removeUiMessage, "Listen on Harbour Music"],
    ["should remove a French shop button", removeUiMessage, "Voir chez Quaishop"],
    ["should remove a Dutch shop button", removeUiMessage, "Bekijk bij Havenwinkel"],
    ["should remove a local paper's ask to subscribe for its journalism", removeSubscribePrompt, "Support local journalism. Subscribe to the Harbour Courier today."],
    ["should remove a public station's credit to its listeners with its ask", removeSubscribePrompt, "Support for Harbour Public Radio comes from listeners like you. Become a sustaining member today."],
    ["should remove a reader-funded site's question under the story", removeSubscribePrompt, "Enjoyed this story? Harbour Notes is independent and reader-funded."],
    ["should remove a French ask to subscribe for an independent press", removeSubscribePrompt, "Vous avez aimé cet article ? Abonnez-vous pour soutenir une presse indépendante."],
    ["should remove a German note on the guest writer", removeWriterNote, "Die Autorin ist Professorin für Volkswirtschaft an der Universität Hafenstadt und Mitglied im Beirat des Instituts."],
    ["should remove a French note on the guest writer", removeWriterNote, "L'auteure est maîtresse de conférences en économie à l'université du Port."],
    ["should remove a note on the writer in brackets", removeWriterNote, "(The author is a senior fellow at the Harbour Institute.)"],
    ["should remove a French note that the piece is a guest's", removeSiteFooter, "Cet article est une tribune, rédigée par un auteur extérieur au journal et dont le point de vue n'engage pas la rédaction."],
    ["should remove a German note that the piece is the writer's opinion", removeSiteFooter, "Der Beitrag gibt ihre persönliche Meinung wieder."],
    ["should remove a Spanish shop button", removeUiMessage, "Comprar en Tienda Puerto"],
    ["should remove an Italian shop button", removeUiMessage, "Acquista su Portoshop"],
    ["should remove a Dutch price 'from'", removeUiMessage, "Vanaf € 549,-"],
    ["should remove a French affiliate notice that the site may be paid", removeAffiliateNotice, "Le Port Hebdo peut percevoir une commission sur les achats effectués via ces liens."],
    ["should remove a Dutch note that the review holds affiliate links", removeAffiliateNotice, "Deze review bevat affiliate links. Koop je via zo'n link, dan ontvangen wij een kleine vergoeding."],
    ["should remove a live blog's pager", removeUiMessage, "Load older posts"],
    ["should remove a live blog's 'Show more'", removeUiMessage, "Show more"],
    ["should remove a live blog's count of hidden posts", removeUiMessage, "Show 8 more posts"],
    ["should remove a pinned post's badge", removeUiMessage, "Pinned post from Anna Lind"],
    ["should remove a French live blog's badge", removeUiMessage, "Épinglé"],
    ["should remove a French feed's pager", removeUiMessage, "Afficher les messages précédents"],
    ["should remove a German ticker's refresh button", removeUiMessage, "Liveticker aktualisieren"],
    ["should remove a German ticker's sort order", removeUiMessage, "Neueste zuerst"],
    ["should remove a German ticker's sort order naming its entries", removeUiMessage, "Neueste Einträge zuerst"],
    ["should remove a German ticker's short refresh button", removeUiMessage, "Ticker aktualisieren"],
    ["should remove a German read-on link under an ad", removeUiMessage, "Weiterlesen nach der Anzeige"],
    ["should remove a French bookmark button", removeUiMessage, "Ajouter à mes favoris"],
    ["should remove a German affiliate notice that names the commission", removeAffiliateNotice, "Wenn Sie über unsere Links einkaufen, erhalten wir möglicherweise eine Provision. Mehr erfahren"],
    ["should remove an affiliate notice that names the site as earning", removeAffiliateNotice, "Disclosure: Some links on this page are affiliate links. If you buy through them, Harbour Fixes gets a small commission at no extra cost to you."],
    ["should remove a broadcaster's pointer to more videos", removePromoBox, "WATCH MORE: Local news from Harbour 4"],
    ["should remove a pointer to the video report above", removePromoBox, "Watch the full report above."],
    ["should remove a pointer to the station's YouTube playlist", removePromoBox, "See the latest news from around the harbour in our YouTube playlist:"],
    ["should remove a French paywall's meter", removeSubscribePrompt, "Il vous reste 68.12% de cet article à lire. La suite est réservée aux abonnés."],
    ["should remove a French subscribers-only label", removeSubscribePrompt, "Article réservé aux abonnés"],
    ["should remove a German subscribers-only note", removeSubscribePrompt, "Dieser Artikel ist nur für Abonnenten"],
    ["should remove a Dutch newsletter platform's stock line", removeSubscribePrompt, "Bedankt voor het lezen van De Havenkrant. Abonneer je gratis om nieuwe verhalen te ontvangen."],
    ["should remove a Spanish newsletter platform's stock line", removeSubscribePrompt, "¡Gracias por leer La Gaceta del Puerto! Suscríbete gratis para recibir nuevas publicaciones y apoyar mi trabajo."],
    ["should remove a German like button", removeShareWidget, "Gefällt mir:"],
    ["should remove a Japanese share label", removeShareWidget, "この記事をシェアする"],
    ["should remove a Japanese bookmark button", removeShareWidget, "はてなブックマーク"],
    ["should remove a messaging app's button", removeShareWidget, "LINE"],
    ["should remove a Korean share button", removeShareWidget, "공유하기"],
    ["should remove a like button still loading", removeShareWidget, "Gefällt mir Wird geladen..."],
    ["should remove an English like prompt", removeShareWidget, "Like this:"],
    ["should remove a share label in German", removeShareWidget, "Teilen mit:"],
    ["should remove a forum quote expander", removeUiMessage, "Click to expand..."],
    ["should remove a script's CDATA residue", removeUiMessage, "/* ]]> */"],
    ["should remove a single-page app's noscript message", removeUiMessage, "You need to enable JavaScript to run this app."],
    ["should remove a German print button", removeShareWidget, "Drucken"],
    ["should remove a German share label", removeShareWidget, "Beitrag teilen:"],
    ["should remove a Dutch share label", removeShareWidget, "Deel dit artikel"],
    ["should remove a Polish share label", removeShareWidget, "Udostępnij"],
    ["should remove a share counter", removeShareWidget, "1.2k Shares"],
    ["should remove a Spanish reading time", removeShareWidget, "11 min de lectura"],
    ["should remove an Italian reading time", removeShareWidget, "4 minuti di lettura"],
    ["should remove an Italian reading time in minutes' marks", removeShareWidget, "5' di lettura"],
    ["should remove an Italian player's button for the article's audio version", removeShareWidget, "Ascolta la versione audio dell'articolo"],
    ["should remove a Spanish player's button for the audio version", removeShareWidget, "Escucha la versión en audio"],
    ["should remove a French reading time after its label", removeShareWidget, "Lecture 4 min."],
    ["should remove a picture credit in brackets", removeMediaCaption, "(Image credit: Best Buy)"],
    ["should remove a caption that ends with its credit", removeMediaCaption, "Protesters gather in the square on Sunday (Image: GETTY )"],
    ["should remove a German caption that ends with its credit", removeMediaCaption, "Der Fahrer wurde leicht verletzt. (Bild: Kantonspolizei)"],
    ["should remove an Italian caption that ends with its credit in brackets without a colon", removeMediaCaption, "Il ponte mobile bloccato in posizione aperta (foto Rossi)"],
    ["should remove a caption that ends with a broadcaster's credit in brackets", removeMediaCaption, "Researchers count the birds at night without disturbing them. (Harbour News: Jane Doe)"],
    ["should remove a caption that ends with an outlet's photo credit in brackets", removeMediaCaption, "The depot will be expanded under the new plan. (Express Photo: Jane Doe)"],
    ["should remove a caption that ends with a viewer's photo note", removeMediaCaption, "Smoke rises from a garage on Harbour Avenue late Tuesday.(Viewer photo)"],
    ["should remove a caption that ends with 'Supplied'", removeMediaCaption, "The new ferry on its first crossing. (Supplied)"],
    ["should remove a caption that ends with an archive picture's note", removeMediaCaption, "Der Bahnhof im Winter (Archivbild)"],
    ["should remove a French caption with its credit labelled in capitals after a bar", removeMediaCaption, "Le bourgmestre devant la maison communale | PHOTO : ANNA LIND"],
    ["should remove a French caption that ends with its 'Crédit photo' label", removeMediaCaption, "Le bourgmestre devant la maison communale. Crédit photo : Anna Lind"],
    ["should remove a caption that ends with the agency over the photographer", removeMediaCaption, "Die Fähre am Steg der Altstadt. Keystone/Anna Lind"],
    ["should remove a German picture-rights credit alone on its line", removeMediaCaption, "Bildrechte: picture alliance/dpa | Anna Lind"],
    ["should remove a caption with a photographer and agency in capitals for the paper", removeMediaCaption, "Dans un vignoble près du port, le 28 octobre 2024. ANNA LIND / HARBOUR PHOTO POUR « LE JOURNAL »"],
    ["should remove a caption with its photographer's name in capitals after it", removeMediaCaption, "Los silos del puerto, en desuso desde 2019. ANNA LIND"],
    ["should remove a caption with the agency's photo and a hyphenated photographer in capitals", removeMediaCaption, "La piscine communale avait été inaugurée en 1974. HARBOUR PHOTO ANNA-LISA VAN LIND"],
    ["should remove a caption with the paper in capitals after a bar", removeMediaCaption, "Les halles du port sont en travaux depuis deux ans. | HARBOUR-FRANCE"],
    ["should remove a caption with the photographer and the paper after a slash", removeMediaCaption, "Volunteers haul a tire out of the harbour near the old quay on Saturday. Anna Lind/Harbour Gazette"],
    ["should remove a caption with the photographer in capitals before the agency in plain case", removeMediaCaption, "Lobster traps are stacked on the wharf at Port Lind on Monday. PHOTO BY ANNA LIND /The Harbour Press"],
    ["should remove a caption with a photographer's name in mixed case before an agency", removeMediaCaption, "A man rides a bicycle along the harbour wall on November 19, 2019. Anna LIND / AFP"],
    ["should remove a magazine's caption with the photographer for the magazine", removeMediaCaption, "The projectionist in the booth where he has worked since 1979. Anna Lind for The Harbour Review"],
    ["should remove a caption credited to a photographer working for the paper", removeMediaCaption, "Workers leave the yard after the last shift. (Anna Lind for The Harbour Times)"],
    ["should remove a credit line in brackets", removeMediaCaption, "(Drone photo by Anna Lind for the Harbour Times)"],
    ["should remove a broadcaster's credit for its video report", removeMediaCaption, "Video report by Anna Lind"],
    ["should remove a featured image's credit", removeMediaCaption, "Featured image by Anna Lind/Harbour Times."],
    ["should remove a Spanish share button", removeShareWidget, "Compartir en Twitter"],
    ["should remove a German read-more link", removeAdLabel, "Weiterlesen"],
    ["should remove an Italian ad label", removeAdLabel, "Pubblicità"],
    ["should remove a numbered ad slot's label", removeAdLabel, "Advertisement 2"],
    ["should remove an empty ad slot's note", removeAdLabel, "This advertisement has not loaded yet, but your article continues below."],
    ["should remove a pager's page count with a slash", removeUiMessage, "Seite 1/2"],
    ["should remove the label that marks where the text resumes after an ad", removeAdLabel, "Article content"],
    ["should remove a Polish ad label", removeAdLabel, "Reklama"],
    ["should remove a Hungarian ad label", removeAdLabel, "Hirdetés"],
    ["should remove a Croatian or Serbian ad label", removeAdLabel, "Oglas"],
    ["should remove a Serbian ad label in Cyrillic", removeAdLabel, "ОГЛАС"],
    ["should remove a Catalan ad label", removeAdLabel, "Publicitat"],
    ["should remove a Czech ad label", removeAdLabel, "Inzerce"],
    ["should remove an ad slot's hide button", removeAdLabel, "Hide Ad"],
    ["should remove an ad label run into its hide button", removeAdLabel, "Advertisement Hide Ad"],
    ["should remove a row of share buttons without a label", removeShareWidget, "Facebook Twitter WhatsApp Email"],
    ["should remove a row of share buttons set apart by bars", removeShareWidget, "Facebook | X | LinkedIn"],
    ["should remove a copy button's confirmation", removeShareWidget, "Link Copied!"],
    ["should remove a Greek ad label in capitals", removeAdLabel, "ΔΙΑΦΗΜΙΣΗ"],
    ["should remove an Arabic ad label", removeAdLabel, "مساحة إعلانية"],
    ["should remove a Japanese ad label", removeAdLabel, "広告"],
    ["should remove a Turkish read-on label", removeAdLabel, "Haberin Devamı"],
    ["should remove a Dutch ad label", removeAdLabel, "Advertentie"],
    ["should remove a Portuguese ad label", removeAdLabel, "Publicidade"],
    ["should remove an ad's feedback link", removeAdLabel, "Ad Feedback"],
    ["should remove a video ad's feedback link", removeAdLabel, "Video Ad Feedback"],
    ["should remove a French read-more link", removeAdLabel, "Lire la suite"],
    ["should remove a German skip link", removeUiMessage, "Zum Inhalt springen"],
    ["should remove an English skip link", removeUiMessage, "Skip to main content"],
    ["should remove an English skip link to the article", removeUiMessage, "Skip to Article"],
    ["should remove an Italian skip link", removeUiMessage, "Salta al contenuto"],
    ["should remove a Dutch skip link to the main content", removeUiMessage, "Ga naar hoofdinhoud"],
    ["should remove a Dutch skip link", removeUiMessage, "Spring naar inhoud"],
    ["should remove a Polish skip link", removeUiMessage, "Przejdź do treści"],
    ["should remove a Czech skip link", removeUiMessage, "Přejít k obsahu"],
    ["should remove a Hungarian skip link", removeUiMessage, "Ugrás a tartalomra"],
    ["should remove a Finnish skip link", removeUiMessage, "Siirry sisältöön"],
    ["should remove a Swedish skip link", removeUiMessage, "Hoppa till innehåll"],
    ["should remove a French read-later button", removeUiMessage, "Lire plus tard"],
    ["should remove a French gift button", removeUiMessage, "Offrir l'article"],
    ["should remove a German bookmark button", removeUiMessage, "Merken"],
    ["should remove a premium story's badge", removeUiMessage, "Premium"],
    ["should remove a Dutch comment button", removeUiMessage, "Reageer"],
    ["should remove a French follow-us line", removeShareWidget, "Suivez-nous sur Instagram"],
    ["should remove a Dutch follow-us line", removeShareWidget, "Volg ons op WhatsApp"],
    ["should remove a Brazilian channel invitation", removeShareWidget, "📲 Participe do canal do Jornal do Porto no WhatsApp"],
    ["should remove an Italian follow-us line", removeShareWidget, "Seguici su Telegram"],
    ["should remove a request to report a mistake", removeEngagementPrompt, "Found an error? Let us know."],
    ["should remove a French request to report a mistake", removeEngagementPrompt, "Vous avez trouvé une erreur? Merci de nous la signaler."],
    ["should remove a Dutch request for tips", removeEngagementPrompt, "Heb je iets gezien of gehoord? Stuur je tip naar de redactie."],
    ["should remove a newsroom's request for tips", removeEngagementPrompt, "Got a tip? Email Anna Lind at anna@harbour.example."],
    ["should remove a tip line's button", removeEngagementPrompt, "Submit a News Tip"],
    ["should remove a Spanish paywall's reading offer", removeSubscribePrompt, "Lee sin límites"],
    ["should remove a Spanish subscriber's sign-in line", removeSubscribePrompt, "Ya soy suscriptor"],
    ["should remove a German subscriber's sign-in question", removeSubscribePrompt, "Sie haben bereits ein Digital-Abo?"],
    ["should remove a station's donation ask after the story", removeSubscribePrompt, "If you found the reporting above valuable, please consider making a donation to support it."],
    ["should remove a Spanish author box's header", removeAuthorBox, "Sobre la firma"],
    ["should remove a comment box's rules", removeCommentWidget, "Comments: Our rules"],
    ["should remove a comment box's note that comments are readers' opinions", removeCommentWidget, "Conversations are opinions of our readers and are subject to the Code of Conduct."],
    ["should remove an Austrian forum's disclaimer", removeCommentWidget, "Die Kommentare von Usern und Userinnen geben nicht notwendigerweise die Meinung der Redaktion wieder."],
    ["should remove a station's app with a long name", removeSubscribePrompt, "Download the KHBR 10 First Alert Weather app for live radar and alerts wherever you are."],
    ["should remove a call for readers' stories and photos", removeSubscribePrompt, "Send your stories and photos now"],
    ["should remove a podcast's plug", removeSubscribePrompt, "Listen to our latest podcasts"],
    ["should remove an audio app's plug", removeSubscribePrompt, "Enjoy more audio and podcasts on iOS or Android."],
    ["should remove a nonprofit's republishing offer", removeShareWidget, "We believe our journalism should be free for everyone. You can republish this article for free under a Creative Commons license."],
    ["should remove a Danish skip link", removeUiMessage, "Gå til indhold"],
    ["should remove a Danish skip link as WordPress words it", removeUiMessage, "Spring til indhold"],
    ["should remove a Romanian skip link", removeUiMessage, "Sari la conținut"],
    ["should remove a Croatian skip link", removeUiMessage, "Preskoči na sadržaj"],
    ["should remove a Turkish skip link", removeUiMessage, "İçeriğe geç"],
    ["should remove a Russian skip link", removeUiMessage, "Перейти к содержимому"],
    ["should remove a Ukrainian skip link", removeUiMessage, "Перейти до вмісту"],
    ["should remove a Catalan skip link", removeUiMessage, "Vés al contingut"],
    ["should remove a shop's button", removeUiMessage, "Buy now"],
    ["should remove a gallery's counter written with a slash", removeUiMessage, "2 / 12"],
    ["should remove a gallery's button", removeUiMessage, "View gallery"],
    ["should remove a gallery's count of more pictures", removeUiMessage, "+5"],
    ["should remove an ad's report button", removeUiMessage, "Report This Ad"],
    ["should remove an ad label with its scroll prompt", removeAdLabel, "Advertisement · Scroll to continue"],
    ["should remove a link to another story after a bar", removeInlineLink, "Also Read | Harbour weather: rain expected on the islands"],
    ["should remove a shop's button naming the shop", removeUiMessage, "Check price at Harbour Outfitters"],
    ["should remove a deal's price at its shop", removeUiMessage, "$449 at Harbour Electronics"],
    ["should remove a French deal's button", removeUiMessage, "Voir l'offre"],
    ["should remove a German deal's button with its affiliate asterisk", removeUiMessage, "Zum Angebot bei Hafenmarkt*"],
    ["should remove a 'see it at' button", removeUiMessage, "See it at Harbour Store"],
    ["should remove the X share button", removeShareWidget, "X"],
    ["should remove a gallery's full-screen button", removeUiMessage, "Vollbild"],
    ["should remove a picture left as its file name", removeEmptyImage, "harbour_view_2019.jpg"],
    ["should remove a picture left as its address", removeEmptyImage, "i.example.com/abc123xyz.png?w=640"],
    ["should remove a pointer to a desk's social accounts", removeShareWidget, "Follow the Harbour Desk on Instagram, Facebook, Twitter and YouTube."],
    ["should remove a credit label alone", removeMediaCaption, "Credit..."],
    ["should remove a photographer's credit with the agency", removeMediaCaption, "Anna Lind/Getty Images"],
    ["should remove a credit that names the agency first", removeMediaCaption, "KEYSTONE/Laurent Modèle"],
    ["should remove a shouted photographer's credit", removeMediaCaption, "ANNA LIND / AP"],
    ["should remove a photographer's credit from a national agency", removeMediaCaption, "Anna Lind / Lehtikuva"],
    ["should remove a long caption under a photo label", removeMediaCaption, "FILE PHOTO: Ferries wait at the pier in the old harbour after the storm, on November 18, 2019. REUTERS/Anna Lind"],
    ["should remove a photographer's credit without a colon", removeMediaCaption, "Photo by Anna Lind-Berg"],
    ["should remove a caption whose credit follows its last sentence, glued", removeMediaCaption, "Ferries wait at the pier in the old harbour after the storm.Photograph: Anna Lind/Harbour Agency"],
    ["should remove a caption with its source in brackets", removeMediaCaption, "Neue Fähren starten im März. (Quelle: Anna Lind/Hafenamt)"],
    ["should remove a caption that ends with its agency in capitals over the photographer", removeMediaCaption, "Storm damage along the harbour wall on the island. EPA-EFE/Anna Lind"],
    ["should remove a plea to follow the site", removeShareWidget, "Please follow and like us:"],
    ["should remove a pitch of subscription plans", removeSubscribePrompt, "Choose the plan that suits you best."],
    ["should remove a writer's plea for a donation", removeSubscribePrompt, "Hat Ihnen der Text gefallen? Dann können Sie mich gern mit einer kleinen Spende unterstützen."],
    ["should remove a site's plea to support it", removeSubscribePrompt, "Diesen Artikel konnten Sie kostenlos lesen. Wenn Sie uns gut finden, unterstützen Sie uns!"],
    ["should remove a sign-up form's thanks", removeSubscribePrompt, "Thank you for subscribing! Look for a welcome email in your inbox."],
    ["should remove a German sign-up form's answer", removeSubscribePrompt, "Ihre Anmeldung war erfolgreich, danke!"],
    ["should remove a German newsletter offer", removeSubscribePrompt, "Mit unserem kostenlosen Newsletter erhalten Sie täglich einen Überblick über die Nachrichten von der Insel."],
    ["should remove a German link to the writer's posts", removeAuthorBox, "Alle Posts vom Autor"],
    ["should remove a note on the browsers the site is built for", removeUiMessage, "This website is best viewed in a current browser at 1280 pixels or wider"],
    ["should remove a pointer to the site's page", removeShareWidget, "Like us on Facebook"],
    ["should remove a bare 'Follow us on:' label", removeShareWidget, "Follow us on:"],
    ["should remove a caption that ends with a copyright credit after a bar", removeMediaCaption, "Die Fähre war der Publikumsmagnet des Hafenfests. | © Anna Lind/Hafenamt"],
    ["should remove a caption with its credit after a dash", removeMediaCaption, "A balsa nova chegou ao porto da ilha na segunda-feira — Foto: Ana Lind/G1"],
    ["should remove a news agency's caption that opens 'In this file photo'", removeMediaCaption, "In this Feb. 17, 2016 file photo, the harbour master speaks to reporters at the pier in Port Lind."],
    ["should remove a caption that runs into its credit without a stop", removeMediaCaption, "The crews pose for a photo ahead of the regatta Credit: Harbour Agency/Anna Lind"],
    ["should remove a pitch to get the paper by email", removeSubscribePrompt, "Get The Harbour Weekly's Daily Edition by email and never miss our top stories Free Sign Up"],
    ["should remove an appeal to support the site's work", removeSubscribePrompt, "Found this useful? Please consider supporting our work on the island."],
    ["should remove a German note that the site lives off affiliate links and their commission", removeAffiliateNotice, "Hinweis: Wir finanzieren uns unter anderem über Affiliate-Links. Kaufen Sie darüber ein, erhalten wir eine Provision."],
    ["should remove a German note on the starred links", removeAffiliateNotice, "*Die mit Sternchen gekennzeichneten Links sind Affiliate-Links."],
    ["should remove a disclosure of compensation for links", removeAffiliateNotice, "Note: we may receive compensation when you buy through links on this page."],
    ["should remove a caption with its credit in brackets, joined by slashes", removeMediaCaption, "The first map of the harbour floor. (Harbour Survey/JPL-Caltech/Anna Lind)"],
    ["should remove a German 'also interesting' link", removeInlineLink, "Auch interessant: Neue Fähre für die Insel"],
    ["should remove a 'you might also like' link in capitals", removeInlineLink, "YOU MIGHT ALSO LIKE: Harbour Ginger Crumble Bars"],
    ["should remove a Korean related-article link after its bracketed label", removeInlineLink, "[관련기사] 여수 관광객 1000만명 회복…숙박난 여전"],
    ["should remove a bracketed link to a related story", removeInlineLink, "[Related: Harbour Council Keynote: Ferries, Fees And Protesters]"],
    ["should remove a 'See more' link to a related story", removeInlineLink, "SEE MORE: Harbour protests: 800 students under siege in the port"],
    ["should remove a related-post link", removeInlineLink, "Related post: Island council asks for a second ferry"],
    ["should remove a credit that names the agency it came through", removeMediaCaption, "HARBOUR PICTURES GROUP VIA GETTY IMAGES"],
    ["should remove a long caption that ends with the agency it came through", removeMediaCaption, "Harbour workers gather at the gate on the first morning of the strike | Photo via Getty Images"],
    ["should remove a German tweet button", removeShareWidget, "Twittern"],
    ["should remove a pager's counter", removeUiMessage, "Page 2 of 3"],
    ["should remove a German newsletter button", removeSubscribePrompt, "Kostenlos anmelden"],
    ["should remove a French newsletter button", removeSubscribePrompt, "Je m'inscris"],
    ["should remove a Spanish newsletter button", removeSubscribePrompt, "Apúntate"],
    ["should remove a pager's link with the next page's title", removeUiMessage, "Next page: What about the harbour ferry?"],
    ["should remove a share prompt that asks kindly", removeShareWidget, "Kindly share this story:"],
    ["should remove a republishing button", removeShareWidget, "Republish this story"],
    ["should remove a French reading time", removeShareWidget, "Temps de lecture : 4 min."],
    ["should remove a German reading time", removeShareWidget, "Lesezeit: 3 Minuten"],
    ["should remove a French copy-link button", removeShareWidget, "Copier le lien"],
    ["should remove a prompt to download the site's app", removeSubscribePrompt, "Download the Harbour Times app for breaking news alerts"],
    ["should remove a nonprofit newsroom's ask", removeSubscribePrompt, "Harbour Ledger is a nonprofit newsroom. Support our work."],
    ["should remove a nonprofit newsroom's ask for local reporting", removeSubscribePrompt, "Harbour Post is a nonprofit newsroom. Support local reporting."],
    ["should remove a reader-funded magazine's ask", removeSubscribePrompt, "We are a reader-funded magazine. If you value our journalism, please consider a donation of any size."],
    ["should remove a newsroom's call for tips", removeSiteFooter, "Got a tip? Email Anna Lind at alind@harbour.example. Follow her on X @annalind."],
    ["should remove a Dutch broadcaster's call for tips", removeSiteFooter, "Heb jij een tip voor de redactie? Mail naar tips@haven.example of app ons."],
    ["should remove a German call for tips", removeSiteFooter, "Haben Sie einen Hinweis für die Redaktion? Schreiben Sie uns."],
    ["should remove a magazine's note that a feature first appeared in an issue", removeSiteFooter, "This feature first appeared in the March 2024 issue of Harbour & Sail, on sale now."],
    ["should remove a review's note that it was first published in an issue", removeSiteFooter, "This review was first published in the Spring 2024 issue of Harbour Audio Quarterly."],
    ["should remove a German note that the article first appeared in a magazine's issue", removeSiteFooter, "Dieser Artikel erschien zuerst in HAFENKLANG 03/2024. Das Heft gibt es am Kiosk oder im Abo."],
    ["should remove a German note that the article comes from a magazine's issue", removeSiteFooter, "Dieser Artikel stammt aus der HAFENWOCHE Nr. 11/2024. Hier können Sie die gesamte Ausgabe lesen."],
    ["should remove a French note that the article appeared in an issue", removeSiteFooter, "Cet article est paru dans le numéro 212 de Port Magazine."],
    ["should remove the comments' disclaimer", removeSiteFooter, "Disclaimer: Comments do not represent the views of Harbour Times."],
    ["should remove a rights notice in sentences", removeSiteFooter, "All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from HARBOUR TIMES."],
    ["should remove a print button behind an arrow", removeShareWidget, "› Drucken"],
    ["should remove a German picture source", removeMediaCaption, "Quelle: Hafenamt"],
    ["should remove a Polish caption with its abbreviated credit", removeMediaCaption, "Nowy most na rzece. Fot. Anna Lind / Gazeta Portowa"],
    ["should remove a Polish caption with its credit in lowercase, without a stop", removeMediaCaption, "Nowy most na rzece fot. Anna Lind / Gazeta Portowa"],
    ["should remove a Polish credit alone", removeMediaCaption, "Fot. Anna Lind"],
    ["should remove a Polish picture label", removeMediaCaption, "Zdjęcie: Anna Lind"],
    ["should remove a Finnish caption with its credit", removeMediaCaption, "Havainnekuva uudesta sillasta. Kuva: Satamakaupunki"],
    ["should remove a Finnish credit alone", removeMediaCaption, "Kuva: Anna Lind"],
    ["should remove a Lithuanian caption with its credit", removeMediaCaption, "Uosto terminalas. Nuotr.: Uosto žinios"],
    ["should remove a Lithuanian credit alone", removeMediaCaption, "Nuotr. Anna Lind"],
    ["should remove a Slovak credit", removeMediaCaption, "Snímka: Anna Lind"],
    ["should remove a Hungarian caption with its credit", removeMediaCaption, "Az új komp a kikötőben. Fotó: Anna Lind"],
    ["should remove a Turkish credit", removeMediaCaption, "Fotoğraf: Anna Lind"],
    ["should remove a Russian caption with its credit", removeMediaCaption, "Новый паром в порту. Фото: Анна Линд"],
    ["should remove a Croatian photographer's credit", removeMediaCaption, "Snimio: Ante Lind"],
    ["should remove a Swedish caption with its credit", removeMediaCaption, "Den nya färjan i hamnen. Foto: Anna Lind"],
    ["should remove a Vietnamese caption with its credit", removeMediaCaption, "Phà mới tại bến cảng. Ảnh: Ngọc Hà"],
    ["should remove a caption toggle", removeMediaCaption, "toggle caption"],
    ["should remove a German registration wall", removeSubscribePrompt, "Kostenlos registrieren und weiterlesen"],
    ["should remove a German log-in prompt", removeSubscribePrompt, "Schon registriert? Hier einloggen"],
    ["should remove a sign-up prompt for newcomers", removeSubscribePrompt, "New here? Sign up!"],
    ["should remove a newsletter pitch that opens with what it is for", removeSubscribePrompt, "To keep up with harbour news sign up to the Harbour Weekly newsletter here"],
    ["should remove a subscription pitch with a longer promise", removeSubscribePrompt, "Subscribe to Harbour Weekly and stay smart with more of your favourite island writers."],
    ["should remove a sign-up prompt for non-members", removeSubscribePrompt, "Not a member? Sign up"],
    ["should remove a picture's enlarge button", removeUiMessage, "click to enlarge"],
    ["should remove a German picture's enlarge button", removeUiMessage, "Bild vergrößern"],
    ["should remove a French picture's enlarge button", removeUiMessage, "Agrandir l'image"],
    ["should remove a pagination button", removeUiMessage, "Next"],
    ["should remove an embedded post's report button", removeUiMessage, "Report"],
    ["should remove a gallery's counter", removeUiMessage, "2 of 5"],
    ["should remove a gallery's counter with its label", removeUiMessage, "Bild 3 von 12"],
    ["should remove a comment's reply button", removeUiMessage, "Antworten"],
    ["should remove the writer's archive link", removeAuthorBox, "SHOW ALL ARTICLES OF"],
    ["should remove an opinion column's disclaimer", removeSiteFooter, "The views expressed in this article are those of the author and do not necessarily reflect those of the Harbour Times."],
    ["should remove a Spanish opinion disclaimer", removeSiteFooter, "Las opiniones expresadas en esta tribuna son responsabilidad exclusiva de su autora."],
    ["should remove a French opinion disclaimer", removeSiteFooter, "Les opinions exprimées dans cette tribune n'engagent que leur auteur."],
    ["should remove a German opinion disclaimer", removeSiteFooter, "Die hier geäußerten Meinungen geben nicht unbedingt die Ansicht der Redaktion wieder."],
    ["should remove a syndication note", removeSiteFooter, "(This story has not been edited by Harbour Times staff and is auto-generated from a syndicated feed.)"],
    ["should remove a magazine's issue note", removeSiteFooter, "This article appeared in the March 2026 issue of Harbour Monthly with the headline \"Salt of the Quay.\""],
    ["should remove an opinion page's invitation to send a letter", removeSiteFooter, "Want to share your opinion? Submit a letter to the editor or a guest column here."],
    ["should remove an invitation that asks for a perspective", removeSiteFooter, "Have a perspective to share? Email perspectives@harbourradio.example."],
    ["should remove a paper's note that it welcomes guest columns", removeSiteFooter, "The Harbour Times welcomes guest commentaries on local issues. Submit yours at opinion@harbour.example."],
    ["should remove a German invitation to write a letter", removeSiteFooter, "Schreiben Sie uns einen Leserbrief an leserbriefe@hafen.example."],
    ["should remove a chart tool's credit", removeUiMessage, "Created with Datawrapper"],
    ["should remove a French audio player's label", removeShareWidget, "Écouter cet article"],
    ["should remove a messaging channel's invitation", removeSubscribePrompt, "Click here to join our WhatsApp channel"],
    ["should remove an Indonesian invitation to follow on Google News", removeSubscribePrompt, "Simak berita dan artikel lainnya di Google News"],
    ["should remove an Indonesian invitation to a WhatsApp channel", removeSubscribePrompt, "Ikuti juga saluran WhatsApp Kabar Pelabuhan untuk mendapatkan update berita terbaru setiap hari."],
    ["should remove a subscription's offer", removeSubscribePrompt, "Get 30% off your first year of a digital subscription. Subscribe now."],
    ["should remove a Polish newsletter pitch", removeSubscribePrompt, "Zapisz się na newsletter Gazety Portowej i otrzymuj najważniejsze wiadomości."],
    ["should remove a Romanian newsletter pitch", removeSubscribePrompt, "Abonează-te la newsletter-ul Gazeta Portului și primești zilnic cele mai importante știri."],
    ["should remove a channel invitation with what it brings", removeSubscribePrompt, "Join the Harbour Times's Telegram channel and get the latest news delivered to you."],
    ["should remove a pointer to the site on Google News", removeSubscribePrompt, "Stay updated: Follow Harbour 7 on Google News"],
    ["should remove a premium article's reminder", removeSubscribePrompt, "Reminder, this is a Premium article and requires a subscription to read."],
    ["should remove AP's file caption", removeMediaCaption, "FILE - Ferries wait at the quay in Harbourton, on Oct. 3, 2024. (AP Photo/Anna Lind, File)"],
    ["should remove a wire gallery's numbered caption", removeMediaCaption, "Item 1 of 2 A worker walks past the harbour crane. Harbour Wire/Anna Lind/File Photo"],
    ["should remove a caption with its credit after a slash", removeMediaCaption, "Residents gather at the quay on Tuesday. Photo / Anna Lind"],
    ["should remove a caption with its credit in square brackets", removeMediaCaption, "Residents wade through the flooded street. [Anna Lind, Harbour Sentinel]"],
    ["should remove a station's own photo credit", removeMediaCaption, "(KVRN photo)"],
    ["should remove a bare file photo label", removeMediaCaption, "File photo"],
    ["should remove a chart's credit", removeMediaCaption, "Grafik: IKP"],
    ["should remove an architect's rendering's credit", removeMediaCaption, "Visualisierung: Lind + Berg Architekten"],
    ["should remove a figure's credit", removeMediaCaption, "Figure: A. Lind et al., Harbour Journal of Oceanography, 2025"],
    ["should remove an illustration's credit", removeMediaCaption, "Illustration: Anna Lind for Harbour Monthly"],
    ["should remove a caption ending in its picture's credit", removeMediaCaption, "Many walkers aim for 10,000 steps a day. Image credit: Anna Lind/Harbour Pictures"],
    ["should remove a bookmark button's answer", removeUiMessage, "Story Saved"],
    ["should remove a bookmark button naming the story", removeUiMessage, "Save this story"],
    ["should remove a bookmark button's note to sign in", removeUiMessage, "Log in, register or subscribe to save articles for later."],
    ["should remove a syndication button", removeShareWidget, "License this article"],
    ["should remove the networks under a writer's bio", removeAuthorBox, "Connect via X or email."],
    ["should remove a form's submit button", removeUiMessage, "Submit"],
    ["should remove a press room's button to download the release", removeUiMessage, "Descargar en PDF (312 KB)"],
    ["should remove an English button to download the page", removeUiMessage, "Download as PDF (1.2 MB)"],
    ["should remove an author card's link to the bio", removeUiMessage, "See full bio"],
    ["should remove the ad slot's offer", removeUiMessage, "Advertise with Harbour Media."],
    ["should remove an editor's initials closing the story", removeUiMessage, "/jpv"],
    ["should remove a forum post's edit note", removeUiMessage, "Last edited by harbour_fan; 03-15-2022 at 08:03 AM."],
    ["should remove a reading time written with 'to read'", removeShareWidget, "3 mins to read"],
    ["should remove a syndication disclaimer", removeSiteFooter, "Disclaimer: This story is from a syndicated feed. Only the headline and picture may have been reworked by Harbour Today."],
    ["should remove a German audio player's label", removeShareWidget, "Artikel anhören"],
    ["should remove a chart's data link", removeUiMessage, "Get the data"],
    ["should remove a wire story's rule of underscores", removeUiMessage, "___"],
    ["should remove a wire's pointer to its coverage", removeShareWidget, "Follow AP's coverage of the harbour strike at https://example.org/hub/harbour"],
    ["should remove a German paywall's prompt", removeSubscribePrompt, "Jetzt weiterlesen mit RZ+"],
    ["should remove a French paywall's prompt", removeSubscribePrompt, "Abonnez-vous pour lire la suite de cet article"],
    ["should remove a Spanish paywall's label", removeSubscribePrompt, "Contenido exclusivo para suscriptores"],
    ["should remove a Spanish notice that a feature is for subscribers", removeSubscribePrompt, "Esta funcionalidad es exclusiva para suscriptores."],
    ["should remove a German paywall's label naming its plan", removeSubscribePrompt, "Dieser Artikel ist exklusiv für WB+-Abonnenten."],
    ["should remove a newsletter box's line ending in its free sign-up", removeSubscribePrompt, "Hafenbrief-Newsletter: Jeden Freitag die wichtigsten Hafen-News. Jetzt kostenlos abonnieren."],
    ["should remove a French offer to gift the article", removeSubscribePrompt, "Cet article vous a plu ? Offrez-le à un proche."],
    ["should remove an English offer to gift the article", removeSubscribePrompt, "Enjoyed this article? Gift it to a friend."],
    ["should remove a French plea to subscribe for quality news", removeSubscribePrompt, "Les articles de cette rubrique sont gratuits. Soutenez une information de qualité en vous abonnant."],
    ["should remove a German paywall's offer to read on for a price", removeSubscribePrompt, "Jetzt weiterlesen für 1 € im ersten Monat"],
    ["should remove a German paywall's login for subscribers", removeSubscribePrompt, "Bereits Abonnent? Hier anmelden"],
    ["should remove a notice that a feature is for subscribers only", removeSubscribePrompt, "This feature is only available for subscribers."],
    ["should remove a Spanish paywall's offer", removeSubscribePrompt, "Suscríbete a La Voz del Puerto desde 1 € el primer mes y accede sin límites a todas las noticias."],
    ["should remove an Italian paywall's label", removeSubscribePrompt, "Questo articolo è riservato agli abbonati"],
    ["should remove a Portuguese paywall's offer", removeSubscribePrompt, "Assine o Jornal do Porto e leia sem limites."],
    ["should remove a Dutch paywall's offer", removeSubscribePrompt, "Krijg onbeperkt toegang tot alle artikels voor € 1 per week."],
    ["should remove a Spanish affiliate notice", removeAffiliateNotice, "Este artículo contiene enlaces de afiliado. Si reservas a través de ellos, recibo una pequeña comisión."],
    ["should remove an Italian affiliate notice", removeAffiliateNotice, "Questo articolo contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola commissione."],
    ["should remove a Portuguese affiliate notice", removeAffiliateNotice, "Este post contém links afiliados. Se comprar através deles, recebo uma pequena comissão."],
    ["should remove a Dutch affiliate notice", removeAffiliateNotice, "Dit artikel bevat affiliate links. Als je via deze links iets koopt, ontvangen wij een kleine commissie."],
    ["should remove a Portuguese 'learn more' link", removeInlineLink, "Saiba mais: Feira do fumeiro recebe certificação de origem"],
    ["should remove an Italian 'see also' link", removeInlineLink, "Vedi anche: Maltempo, allerta arancione in pianura"],
    ["should remove a Dutch 'see also' link", removeInlineLink, "Bekijk ook: Bewoners ongerust over de dijk"],
    ["should remove a clip's title under its label", removeInlineLink, "WATCH: Residents react to the harbour vote"],
    ["should remove a gallery's title under its label", removeInlineLink, "Photos: Harbour festival draws record crowds"],
    ["should remove a 'don't miss' link", removeInlineLink, "DON'T MISS: Ferry fares to rise again in spring"],
    ["should remove a German 'on the subject' link", removeInlineLink, "Zum Thema: Stadtrat stoppt das Parkhaus am Markt"],
    ["should remove a shop's button with the shop before the price", removeUiMessage, "Buy at Gadgetmart $279"],
    ["should remove a 'see also' link in capitals before a full stop", removeInlineLink, "LIRE AUSSI. Écoles rurales : le département promet un moratoire"],
    ["should remove a 'see also' link set off by arrows", removeInlineLink, "Lire aussi >> Écoles rurales : le département promet un moratoire"],
    ["should remove a 'see also' link set off by a dash", removeInlineLink, "LEGGI ANCHE - Rivalta, il chiostro restaurato riapre"],
    ["should remove a 'see also' link after a chevron", removeInlineLink, "» Leia também: Ponte velha tem fissuras, diz relatório"],
    ["should remove a German reading tip", removeInlineLink, "Lesetipp: Stadtrat stoppt das Parkhaus am Markt"],
    ["should remove Amazon's affiliate sentence", removeAffiliateNotice, "As an Amazon Associate I earn from qualifying purchases."],
    ["should remove Amazon's affiliate sentence in French", removeAffiliateNotice, "En tant que Partenaire Amazon, je réalise un bénéfice sur les achats remplissant les conditions requises."],
    ["should remove a cookie notice that personalizes and analyzes", removeConsentNotice, "This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic. Read more about cookies here."],
    ["should remove the platform's standard cookie notice", removeConsentNotice, "This site uses cookies from Google to deliver its services and to analyze traffic."],
    ["should remove a French cookie notice that names the site's partners", removeConsentNotice, "Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker des informations sur votre appareil."],
    ["should remove a French consent button to accept and close", removeConsentNotice, "Accepter & Fermer"],
    ["should remove a French consent button to go on without accepting", removeConsentNotice, "Continuer sans accepter"],
    ["should remove a conference's promo", removeSubscribePrompt, "Join us at Harbour Disrupt 2025 in Port Lind, October 27–29. Save up to $400 on your pass before prices rise."],
    ["should remove a ticket offer", removeSubscribePrompt, "Save $200 on your ticket"],
    ["should remove a shop's button with its shop only", removeUiMessage, "Buy from Harbour Audio"],
  ])("%s", (_n, rule, text) => expect(rule.apply(lines(text)).length).toBe(1));
  test.each([
    ["should keep a sentence that says what people like", removeShareWidget, "Like this, the council hopes to cut costs."],
    ["should keep an Italian sentence that opens with the subscribers", removeSubscribePrompt, "Abbonati e tifosi hanno protestato davanti allo stadio dopo la partita di domenica sera."],
    ["should keep a sentence that opens with 'More' and a dash", removeInlineLink, "More - than ever, the council wants to act."],
    ["should keep a sentence that leads into its own clip", removeInlineLink, "Watch: the moment the harbour wall gave way."],
    ["should keep a sentence about Amazon's partners", removeAffiliateNotice, "Amazon said its partner network grew last year, with more sellers joining in the region."],
    ["should keep an invitation in the text", removeSubscribePrompt, "Join us at the harbour on Saturday, the mayor told the crowd, and see the new ferry for yourselves."],
    ["should keep a sentence that opens with 'Buy at'", removeUiMessage, "Buy at the market on Saturday and you will pay less than in the shops."],
    ["should keep a sentence that opens with 'Show more'", removeUiMessage, "Show more patience with the ferry crews, the mayor said."],
    ["should keep an analyst's line that opens with 'Buy:'", removeUiMessage, "Buy: the shares are cheap after the harbour strike, the analyst wrote."],
    ["should keep a Spanish sentence that opens with 'Ver en'", removeUiMessage, "Ver en directo el partido del puerto costará diez euros este año."],
    ["should keep a sentence on what readers like you told the paper", removeSubscribePrompt, "Readers like you told us about the ferry, and we went to see it for ourselves."],
    ["should keep a review's sentence on the book's author", removeWriterNote, "The author is at her best when she writes about the harbour at night, and the book is better for it."],
    ["should keep a sentence on what the writer was told", removeWriterNote, "The writer was told by the council that the ferry would run again in spring."],
    ["should keep a French report on a site's pay", removeAffiliateNotice, "Le ministre a dit que la plateforme peut percevoir une commission de 30 % sur chaque vente, ce que contestent les éditeurs."],
    ["should keep a sentence about booking on a site", removeUiMessage, "Book now on the council's website if you want a berth this summer."],
    ["should keep a Spanish sentence about a commission", removeAffiliateNotice, "La comisión de investigación recibió ayer el informe final sobre el accidente del puerto."],
    ["should keep a sentence about expanding a click", removeUiMessage, "Click to expand the map, the guide says."],
    ["should keep a sentence in brackets that mentions credit", removeMediaCaption, "(The bank extended credit to the firm in 2019.)"],
    ["should keep a sentence that ends with a bracket of its own", removeMediaCaption, "The council approved the plan (by a wide margin: 30 votes to 4)"],
    ["should keep a sentence that names a picture file", removeEmptyImage, "The council posted the map as harbour.png"],
    ["should keep a pair of names with a slash that is no credit", removeMediaCaption, "Harbour Council / Port Authority"],
    ["should keep a wire story's paragraph signed off with the agency and the editors' initials", removeMediaCaption, "The port holds about 52,000 tonnes of grain in its silos, officials said. PTI AKV RT"],
    ["should keep a sentence that opens with photo by photo", removeMediaCaption, "Photo by photo, the archive rebuilt the harbour as it stood in 1900."],
    ["should keep a numbered figure's caption, which states what it shows", removeMediaCaption, "Figure 2: Ferry crossings per month, 2019–2025"],
    ["should keep a sentence whose bracket opens with the picture's word in a phrase", removeMediaCaption, "He said the plan would work (Photo Booth owners disagree)"],
    ["should keep a bare 'WATCH:' kicker for the title stage", removePromoBox, "WATCH: Harvest festival fills the harbour for a third night"],
    ["should keep 'FAQ' over a guide's questions", removeAuthorBox, "FAQ"],
    ["should keep a wire agency's code alone on its line, a byline", removeAuthorBox, "EFE"],
    ["should keep an agency's code in capitals alone on its line", removeAuthorBox, "AFP"],
    ["should keep a broker's commission told in a story", removeAffiliateNotice, "The broker gets a commission of two percent on every ferry ticket sold at the quay."],
    ["should keep a sentence about watching a report", removePromoBox, "Residents gathered at the town hall to watch the full report on the flood defences."],
    ["should keep a sentence about a newspaper's subscribers", removeSubscribePrompt, "Il vous reste trois jours pour voter, a rappelé la maire aux habitants du port."],
    ["should keep a poll's figure with its pollsters in brackets", removeMediaCaption, "Support for the harbour plan fell to 40 percent in March (Harbour Survey/Ipsos)"],
    ["should keep a sentence that says who liked the plan", removeShareWidget, "Like us, the islanders liked the new ferry plan from the start."],
    ["should keep a sentence that opens 'In this photograph'", removeMediaCaption, "In this photography competition, islanders sent in more than 300 pictures of the harbour."],
    ["should keep a story about a nonprofit newsroom", removeSubscribePrompt, "Harbour Ledger is a nonprofit newsroom founded in 2019 by two former reporters of the island paper."],
    ["should keep a court's ban on material in a story", removeSiteFooter, "The court ruled that the material may not be published until the trial of the harbour master ends."],
    ["should keep a sentence that opens with 'Next'", removeUiMessage, "Next: the council votes on the ferry budget."],
    ["should keep a charity's appeal quoted in a story", removeSubscribePrompt, "Mit Ihrer Spende helfen Sie Kindern auf der Insel, sagte die Sprecherin des Hafenvereins am Montag."],
    ["should leave a post's meta line that ends with the notice to the date stage", removeAffiliateNotice, "Published: Nov 3, 2024 · by Anna Lind · This post may contain affiliate links and we may earn a commission."],
    ["should keep a sentence about compensation for victims", removeAffiliateNotice, "Victims of the ferry crash may receive compensation of up to 10,000 euros, the court said on Monday."],
    ["should keep a sentence that asks readers to consider the harbour's needs", removeSubscribePrompt, "Readers should consider supporting the harbour board's plan, the mayor wrote in a letter."],
    ["should keep a sentence that names what a photo shows", removeMediaCaption, "The ferry captain held up one picture. Photo: a gift from the island's school children"],
    ["should keep a sentence that ends with 'not.' before a name", removeMediaCaption, "Whether the ferry runs in winter or not. Anna Lind / Harbour Council will decide."],
    ["should keep a kicker over a headline that runs into 'for The'", removeMediaCaption, "Visual Abstract. Ferry Timetables for The Winter"],
    ["should keep a Finnish sentence about a picture", removeMediaCaption, "Kuva satamasta on kaupungin arkistossa, kertoi Anna Lind maanantaina."],
    ["should keep a sentence about a photo by a named photographer", removeMediaCaption, "Photo by photo, the harbour's history was pieced together again."],
    ["should keep a sentence that ends with an agency's name", removeMediaCaption, "The pictures were first published by the paper and later sold via Getty Images."],
    ["should keep 'via' run into the word before it, even on a long line", removeMediaCaption, "The harbour at dawn, seen from the old lighthouse on the hill, Gravia Getty Images"],
    ["should keep a sentence that starts with 'Next'", removeUiMessage, "Next, the council will vote on the ferry."],
    ["should keep a line that opens with an ad label", removeAdLabel, "Oglas za novi trajekt objavljen je u petak."],
    ["should keep a line that starts with 'Report'", removeUiMessage, "Report on the harbour budget"],
    ["should keep a rating alone on its line", removeUiMessage, "4/5"],
    ["should keep a sentence that opens like a skip link", removeUiMessage, "Ga naar de inhoud van het rapport voor de cijfers over de veerboot."],
    ["should keep a sentence with a count in it", removeUiMessage, "2 of 5 ferries were late on Monday."],
    ["should keep a sentence that opens with 'Premium'", removeUiMessage, "Premium fares rise on the island ferries."],
    ["should keep a sentence on following a ferry's route on a map", removeShareWidget, "Siga o percurso da balsa no mapa do porto."],
    ["should keep a report of an error found in a budget", removeEngagementPrompt, "Auditors found an error in the harbour budget that cost the town two million and forced the council to cut the ferry subsidy for a year while the books were reworked."],
    ["should keep a sentence that ends with an acronym", removeMediaCaption, "The harbour board met on Monday to discuss the plan. NATO"],
    ["should keep a headline with a section in capitals after a bar", removeMediaCaption, "Island ferries to run all night | NEWS"],
    ["should keep a sentence that ends with someone's campaign in brackets", removeMediaCaption, "The mayor thanked her volunteers (Anna Lind for Mayor)"],
    ["should keep a sentence that names networks", removeShareWidget, "Facebook and Twitter both removed the posts on Monday."],
    ["should keep a sentence about a sale's discount", removeSubscribePrompt, "Get 30% off the ferry fare if you book before Friday, the harbour office said."],
    ["should keep a sentence about messaging groups", removeSubscribePrompt, "The minister said WhatsApp groups had spread the rumour across the island within hours."],
    ["should keep a sentence that tells readers to follow someone on a network", removeSubscribePrompt, "Follow the mayor on Telegram and you will see how often she writes about ferries."],
    ["should keep a Swedish byline with its agency after a slash", removeMediaCaption, "Av Johan Lindqvist/TT"],
    ["should keep a byline with its agency after a slash", removeMediaCaption, "By Anna Lind/AP"],
    ["should keep a sentence in square brackets that is no credit", removeMediaCaption, "The council met on Tuesday. It was a long meeting [sic, the clerk said]"],
    ["should keep a call to save something", removeUiMessage, "Save the harbour!"],
    ["should keep a sentence that reports views expressed at a meeting", removeSiteFooter, "The views expressed at the meeting were mixed, and the council did not vote on the plan."],
    ["should keep a sentence about a magazine issue", removeSiteFooter, "The harbour's history was the subject of a special issue of the town magazine."],
    ["should keep a menu's link to the letters page", removeSiteFooter, "Submit a Letter"],
    ["should keep a question about sharing that names no letter or view", removeSiteFooter, "Want to share this story with a friend who lives on the coast?"],
    ["should keep a report that a council welcomes submissions", removeSiteFooter, "The council welcomes submissions and views on the harbour plan until the end of March, its chair said."],
    ["should keep a paragraph that opens with following someone on a network", removeShareWidget, "Follow the mayor on Twitter and you will see that she posts about the harbour budget almost every single day, often late at night, and rarely about anything else."],
  ])("%s", (_n, rule, text) => expect(rule.apply(lines(text)).length).toBe(0));
});

describe("removeCommentWidget", () => {
  const para = "The council met on Tuesday and approved the harbour budget after a long debate about its costs.";
  test.each([
    ["should cut at a German WordPress.com comment heading", "Kommentar verfassen"],
    ["should cut at an obituary's guestbook", "Guestbook"],
    ["should cut at an obituary's call for condolences", "Leave a condolence for the family"],
    ["should cut at an Italian comment heading", "Lascia un commento"],
    ["should cut at a Spanish comment heading", "Deja una respuesta"],
    ["should cut at a comment heading with its count", "Comments (32)"],
    ["should cut at a button that loads the comments", "Load comments"],
    ["should cut at a comment heading with its count after it", "Comments 17"],
    ["should cut at a tabloid's comment prompt", "Share or comment on this article:"],
    ["should cut at a Russian comment heading", "Комментарии"],
    ["should cut at a Turkish comment heading", "Yorumlar"],
    ["should cut at a Polish comment heading with its count", "Komentarze (47)"],
    ["should cut at a Czech discussion heading with its count", "Diskuze (3)"],
    ["should cut at WordPress's count of thoughts on the post", "2 thoughts on “Harbour plans for the winter”"],
    ["should cut at a comment box's rules of replying", "The rules of replying:"],
    ["should cut at a comment policy's heading", "Commenting guidelines"],
    ["should cut at a news site's latest-comment box", "Latest Comment"],
    ["should cut at a news site's button to post a comment", "Post Comment"],
  ])("%s", (_n, heading) => {
    expect(removeCommentWidget.apply(lines(para, para, heading, "Gib hier deinen Kommentar ein ...")).map((m) => m.index)).toEqual([2, 3]);
  });
  test.each([
    ["German", "Um kommentieren zu können, müssen Sie angemeldet sein."],
    ["English", "You must be logged in to post a comment."],
  ])("should remove a %s note that only signed-in readers may comment", (_n, note) => {
    expect(removeCommentWidget.apply(lines(para, para, note, para)).map((m) => m.index)).toEqual([2]);
  });
  test("should remove the comment box's note that every comment is moderated", () => {
    const note = "Disclaimer: We respect your thoughts and views! But all the comments will be moderated by the editorial team.";
    expect(removeCommentWidget.apply(lines(para, para, note, para)).map((m) => m.index)).toEqual([2]);
  });
  test("should take a comment count over the article's paragraphs for a link, not the box", () => {
    expect(removeCommentWidget.apply(lines(para, para, "12 Comments", para, para, para, para, para)).map((m) => m.index)).toEqual([2]);
  });
  test("should take a toolbar's comment button over the article's paragraphs for a link", () => {
    const toolbar = ["Share", "Comment", "214", "Listen", "6 min"];
    expect(removeCommentWidget.apply(lines(para, para, ...toolbar, para, para, para, para, para)).map((m) => m.index)).toEqual([3]);
  });
  test("should still cut at a box whose first comment comes after sort links and a name", () => {
    const box = ["Comments", "Sort by", "Newest", "annalind", "3h ago", para, "Reply", "mkeller", "1h ago", para, "Reply"];
    expect(removeCommentWidget.apply(lines(para, para, ...box)).map((m) => m.index)).toEqual(box.map((_, k) => k + 2));
  });
  test("should take a count under the date line and its buttons for a link, the text under it opening with a subheading and a list", () => {
    const top = ["By Anna Lind", "Published March 4, 2024, 9:30 am", "4 min", "Share", "18 Comments"];
    const text = [para, para, para, "What changes", "The main changes:", "Fewer sailings", "No evening ferry", para];
    expect(removeCommentWidget.apply(lines(para, para, ...top, ...text)).map((m) => m.index)).toEqual([6]);
  });
  test("should still cut at a blog's comments under its dated footer, each comment dated", () => {
    const box = ["Posted by Anna at 10:32 AM", "Labels: travel", "12 comments:", "Tom Berg", "March 4, 2024 at 9:12 AM", para, para, para, "Reply", "Ina Holm"];
    expect(removeCommentWidget.apply(lines(para, para, para, ...box)).map((m) => m.index)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
  });
  test("should still cut at a box whose comments come between names and dates", () => {
    const box = ["12 Comments", "annalind", "March 4, 2024 at 8:12 am", para, "mkeller", "March 4, 2024 at 9:30 am", para];
    expect(removeCommentWidget.apply(lines(para, para, ...box)).map((m) => m.index)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });
});

test.each(["Recent Posts", "Neueste Beiträge", "Commentaires récents", "Entradas recientes", "Lees ook", "Leia também", "Mirá también", "Читайте также"])("removeRelatedTeasers should take a blog's '%s' box, without ending the text there", (header) => {
  const para = "The council met on Tuesday and approved the harbour budget after a long debate about its costs.";
  const marks = removeRelatedTeasers.apply(lines(para, header, "Teaser headline about something else", "Another teaser headline", para));
  expect(marks.map((m) => m.index)).toEqual([1, 2, 3]);
  expect(marks.some((m) => m.wall)).toBe(false);
});

test("removeRelatedTeasers should read a bare 'More:' as a teaser header and take its headlines", () => {
  const para = "The council met on Tuesday and approved the harbour budget after a long debate about its costs.";
  expect(removeRelatedTeasers.apply(lines(para, "More:", "Teaser headline about something else", para)).map((m) => m.index)).toEqual([1, 2]);
});

describe("removeInlineLink", () => {
  test.each([
    ["should remove a read-more link", "READ MORE: Island council asks for a second ferry in summer", true],
    ["should remove a related link in brackets, in Italian", "(Leggi anche su: Nuovo traghetto in estate)", true],
    ["should keep a paragraph that opens with 'More:'", "More: the council also agreed to study a second ferry route in summer, to run twice a day from June to September, and to ask the regional government for the money it would need to buy the boat.", false],
    ["should keep a sentence that mentions related matters", "Related issues were left for the next meeting.", false],
    ["should remove a link to the rest of the story on another site", "Lire la suite sur Le Journal du Port !", true],
    ["should remove a broadcaster's pointer to its earlier story with the site and date", "Mehr dazu in Mann in Badeteich bei Hafenstadt ertrunken (noe.hafen.at; 28.5.2024)", true],
    ["should remove a broadcaster's pointer to its news site", "Mehr dazu in news.hafen.at", true],
    ["should keep a German sentence that promises more soon", "Mehr dazu in Kürze.", false],
    ["should remove a link to a section's other stories", "READ MORE IN POLITICS", true],
    ["should remove a read-also label run into its headline", "À lire aussiLa tempête de la nuit dernière sur le port", true],
    ["should keep a sentence that opens with a word starting like the label", "Read moreover the second report, which came out in May, before deciding.", false],
    ["should keep a sentence that starts like a read-more link", "Read more in the council's report, which runs to 300 pages and covers every ferry route.", false],
    ["should remove a Polish see-also link", "Zobacz także: Nowy prom na wyspę od czerwca", true],
    ["should remove an Indonesian see-also link", "Baca juga: Kapal feri baru mulai beroperasi bulan depan", true],
    ["should remove a Chinese related link with a wide colon", "相关阅读：新渡轮下月投入运营", true],
    ["should remove a European Portuguese read-also link", "Leia também: Novo ferry chega ao porto em junho", true],
    ["should remove a Slovak read-also link", "Prečítajte si aj: Nový trajekt na ostrov od júna", true],
    ["should remove a Hungarian related-article link", "Kapcsolódó cikk: Új komp indul a szigetre", true],
    ["should remove a Romanian read-also link with s-comma", "Citește și: Un nou feribot din iunie", true],
    ["should remove a Romanian read-also link with s-cedilla", "Citeşte şi: Un nou feribot din iunie", true],
    ["should remove a Croatian read-also link", "Pročitajte i: Novi trajekt od lipnja", true],
    ["should remove a Serbian read-more link", "Pročitajte još: Novi trajekt od juna", true],
    ["should remove a Catalan read-also link", "Llegeix també: Un nou transbordador al port", true],
    ["should remove a Lithuanian read-also link", "Taip pat skaitykite: Naujas keltas į salą", true],
    ["should remove a Turkish read-also link", "Ayrıca okuyun: Yeni feribot haziranda geliyor", true],
    ["should remove a Turkish read-also link in capitals", "AYRICA OKUYUN: Yeni feribot haziranda geliyor", true],
    ["should remove a bare English read link", "READ: Island council asks for a second ferry", true],
    ["should keep a Croatian sentence that opens with a word starting like the label", "Pročitajte intervju s gradonačelnicom u subotnjem izdanju.", false],
    ["should keep a line that opens with 'Ready:'", "Ready: the ferry leaves at noon", false],
    ["should remove a Dutch read-also link", "Lees ook: Nieuwe veerboot vaart vanaf juni naar het eiland", true],
    ["should remove an Italian may-interest-you link", "Ti potrebbe interessare: Nuovo traghetto per l'isola da giugno", true],
    ["should remove a Swedish read-more link", "Läs mer: Ny färja till ön från juni", true],
    ["should remove a Swedish read-also link", "Läs även: Ny färja till ön från juni", true],
    ["should remove a French read-also link with the piece's kind before its bar", "Lire aussi l'éditorial du « Port » | Le ferry mérite mieux que des annonces", true],
    ["should remove a Quebec read-also link", "Lisez aussi : Tempête du 19 janvier, la ville promet un bilan", true],
    ["should keep a French sentence that opens with the label and has no bar", "Lire aussi ce que dit la loi, c'est mieux comprendre le débat.", false],
  ])("%s", (_n, text, removed) => expect(removeInlineLink.apply(lines(text)).length > 0).toBe(removed));
});

describe("removeAuthorBox: a card split over two lines", () => {
  test("should take a name and the rest of its bio on the next line", () => {
    expect(removeAuthorBox.apply(lines("Anna Lind", "is a senior reviewer covering ferries and harbours.", "The new ferry arrived on Monday.")).map((m) => m.index)).toEqual([0, 1]);
  });
  test("should take an author's header and bio on one line", () => {
    expect(removeAuthorBox.apply(lines("The ferry will run until May.", "About the author: Anna Lind covers the harbour and the islands for the Gazette.")).map((m) => m.index)).toEqual([1]);
  });
  test.each([
    ["should remove a German expert reviewer's credit", "Fachlich geprüft von: Dipl.-Ing. Tomas Berg", [1]],
    ["should remove a French reviewer's credit", "Relu par : Dr Tomas Berg", [1]],
    ["should keep a sentence about a check", "Geprüft von der Stadt wurde der Plan nie, sagte der Bürgermeister am Montag im Rat.", []],
  ])("%s", (_n, line, removed) => {
    expect(removeAuthorBox.apply(lines("Heizkosten sparen: neun Tipps", line, "Mit einfachen Mitteln lässt sich die Heizrechnung spürbar senken, oft ohne Komfortverlust.")).map((m) => m.index)).toEqual(removed);
  });
  test("should take a blogger's name over a bio in the first person that says what they write about", () => {
    expect(removeAuthorBox.apply(lines("A backup you have never restored is only a hope.", "Anna Lind", "I build small web apps and write about keeping them running. Find me on Mastodon.")).map((m) => m.index)).toEqual([1, 2]);
  });
  test("should keep a name over someone's words in the first person", () => {
    expect(removeAuthorBox.apply(lines("The ferry will run until May.", "Anna Lind", "I grew up by the harbour and I still swim there every morning before work.")).map((m) => m.index)).toEqual([]);
  });
  test("should keep a name over a sentence that opens with a capital", () => {
    expect(removeAuthorBox.apply(lines("Anna Lind", "Is a ferry late if it leaves on time but arrives an hour later?")).map((m) => m.index)).toEqual([]);
  });
});

describe("removeMediaCaption: video cards", () => {
  test("should take a related video's label, title, channel and running time", () => {
    expect(removeMediaCaption.apply(lines("The ferry left at noon.", "Related video: Seals return to the harbour (HTV)", "Seals return to the harbour", "HTV", "0:58", "The seals came back after the cleanup.")).map((m) => m.index)).toEqual([1, 2, 3, 4]);
  });
  test("should take a clip's running time printed twice, its caption and its show under them", () => {
    const texts = ["The decline pulled other harbour shares lower, and the index finished down 1.3%.", "VIDEO", "2:31", "02:31", "The ferry operator's guidance miss is about more than one quarter, says Harbour Partners' Anna Lind", "Closing Bell", "Shares of the ferry operator tumbled 11% on Wednesday, their worst day since March, after the forecast."];
    expect([...new Set(removeMediaCaption.apply(lines(...texts)).map((m) => m.index))].sort()).toEqual([1, 2, 3, 4, 5]);
  });
  test.each([["Se video: Slik ble ferja slept til land"], ["Watch the video: How the ferry was towed ashore"], ["Zobacz wideo: Tak holowano prom"], ["Bekijk de video: Zo werd de veerboot binnengesleept"]])("should take a clip's card under its 'watch the video' label with its date and running time: %s", (label) => {
    expect(removeMediaCaption.apply(lines("The ferry left at noon.", label, "Publisert 03.09.2024 19:40", "01:08", "The seals came back after the cleanup.")).map((m) => m.index)).toEqual([1, 2, 3]);
  });
  test("should take a bare 'Video' label, the clip's title and its running time under it", () => {
    expect(removeMediaCaption.apply(lines("The ferry left at noon.", "Video", "Harbour festival: the best moments", "02:34", "The seals came back after the cleanup.")).map((m) => m.index)).toEqual([1, 2, 3]);
  });
  test("should take a broadcaster's audio card: its label, title, running time with the show, and the play button's text", () => {
    const texts = ["The ferry left at noon after a long wait at the quay.", "Audio", "Long queues expected at the harbour", "01:42 min, aus Rendez-vous vom 11.03.2025.", "abspielen. Laufzeit 1 Minute 42 Sekunden.", "The seals came back after the cleanup."];
    expect(removeMediaCaption.apply(lines(...texts)).map((m) => m.index)).toEqual([1, 2, 3]);
    expect(removeUiMessage.apply(lines(...texts)).map((m) => m.index)).toEqual([4]);
  });
  test("should remove a video player's loading notice", () => {
    expect(removeUiMessage.apply(lines("The ferry left at noon.", "Video Player wird geladen", "The seals came back.")).map((m) => m.index)).toEqual([1]);
  });
  test("should take each next card of a related-video block: its title and running time under the last card's", () => {
    const texts = ["The ferry left at noon.", "RELATED VIDEO", "Seals return to the harbour", "4:37", "Ferry timetable changes explained", "2:05", "Harbour festival highlights", "1:12", "The seals came back after the cleanup."];
    expect(removeMediaCaption.apply(lines(...texts)).map((m) => m.index).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  test("should take an audio player's button that names its clip, over the running time", () => {
    expect(removeMediaCaption.apply(lines("The ferry left at noon.", "Ouça aqui a reportagem da Rádio Porto", "02:14", "The seals came back after the cleanup.")).map((m) => m.index)).toEqual([1, 2]);
  });
  test("should take a bare label's clip with its caption in a sentence, over the running time", () => {
    expect(removeMediaCaption.apply(lines("The ferry left at noon.", "Bekijk", "In de haven is het wachten al maanden.", "01:47", "The seals came back after the cleanup.")).map((m) => m.index)).toEqual([1, 2, 3]);
  });
  test.each([
    ["should take a Spanish player's label, running time and the clip's caption over the text", ["Reproducir vídeo", "01:32", "Los bomberos apagan el fuego en el almacén del muelle norte durante la madrugada del domingo", "El fuego se declaró poco antes de las cuatro en un almacén del muelle, según los bomberos."], [0, 1, 2]],
    ["should keep a long line without a stop under the running time when no text follows it", ["Play video", "01:32", "Firefighters at the north quay warehouse during the night, with the harbour master watching", "Related"], [0, 1]],
  ])("%s", (_name, texts, expected) => {
    expect(removeMediaCaption.apply(lines(...texts)).map((m) => m.index)).toEqual(expected);
  });
  test("should keep the text under the last card", () => {
    const texts = ["The ferry left at noon.", "RELATED VIDEO", "Seals return to the harbour", "4:37", "The seals came back after the cleanup, the harbour master said on Monday.", "12:30"];
    expect(removeMediaCaption.apply(lines(...texts)).map((m) => m.index)).toEqual([1, 2, 3]);
  });
  test("should keep a time under a sentence about a video", () => {
    expect(removeMediaCaption.apply(lines("Watch: the council's video shows the new quay being built from the air, day by day.", "14:32", "The ferry left at noon.")).map((m) => m.index)).toEqual([]);
  });
});

describe("removeSocialEmbed", () => {
  const para = "The council said the new quay would open in the spring, after two years of building work.";
  test.each([
    ["should remove an Instagram post with its caption and date stamp", [para, "View this post on Instagram", "See you on the quay", "A post shared by Anna Lind (@annalind)", "May 11, 2025 at 6:02pm PDT", para], [1, 2, 3, 4]],
    ["should read the German embed", [para, "Sieh dir diesen Beitrag auf Instagram an", "Ein Beitrag geteilt von Anna Lind (@annalind) am Mär 12, 2018 um 12:30 PDT", para], [1, 2]],
    ["should remove a player's title and channel above 'Watch on YouTube'", [para, "Harbour Trailer", "Quiet Coast Games", "Premiered Jun 2, 2025", "Watch on YouTube", "1:48", para], [1, 2, 3, 4, 5]],
    ["should remove a TikTok post's handle, caption and sound", [para, "@annalind", "first swim of the year #harbour", "♬ original sound - Anna Lind", para], [1, 2, 3]],
    ["should keep the headline, byline and date over an embed at the top", ["Anna Lind opens the harbour festival", "By Jonas Berg", "Published 4 February 2025", "View this post on Instagram", "A post shared by Anna Lind (@annalind)", para], [3, 4]],
    ["should remove an X post's author, stamp and buttons, keeping its text", [para, "Harbour Master", "@HarbourMasterNP", "Terminal closed until further notice. Please do not travel to the pier.", "1:12 PM · Feb 3, 2026", "1.2K", "Reply", "Copy link", "Read 12 replies", para], [1, 2, 4, 5, 6, 7, 8]],
    ["should keep a line with a time and a dot that is no date", [para, "Doors 7:30 pm · Tickets at the quay", para], []],
    ["should keep a sentence that mentions a post on Instagram", [para, "She wrote in a post shared by thousands of fans that the quay would stay open."], []],
    ["should keep a sentence that opens like an Instagram credit", [para, "A post shared by the mayor said the quay would stay open."], []],
    ["should remove a post's name, handle and date over a German 'view on X' link", [para, "Hafenamt Lindau", "@hafenamt", "Der Anleger bleibt bis Mittag gesperrt.", "3. Feb. 2026", "Auf X ansehen", para], [1, 2, 4, 5]],
    ["should remove a French post's chrome over 'Voir la publication sur X'", [para, "Préfecture du Port", "@prefport", "📊 Participation à 17h : 38,9 %", "Voir la publication sur X", para], [1, 2, 3, 4]],
    ["should remove a German embed's label with the poster's name", [para, "Beitrag auf X von Hafenamt Lindau", "@hafenamt", "Der Anleger bleibt bis Mittag gesperrt, teilte das Amt mit, die Fähren fahren ab dem Nachmittag.", "Inhalte von X anzeigen", para], [1, 2, 4]],
    ["should remove a post's stamp with a newsletter platform's dot and its counts glued to their words", [para, "Harbour Master", "@HarbourMasterNP", "Terminal closed until further notice. Please do not travel to the pier.", "11:21 PM ∙ Mar 3, 2025", "1,204Likes 98Retweets", para], [1, 2, 4, 5]],
    ["should leave a live entry's time of day under a post's stamp", [para, "Harbour Master", "@HarbourMasterNP", "Terminal closed until further notice. Please do not travel to the pier.", "1:12 PM · Feb 3, 2026", "12:40 p.m.", "Ferries resume from the north quay", para], [1, 2, 4]],
    ["should remove a post's chrome over its label and picture link, leaving the next entry's 'ago' stamp", [para, "Harbour Open", "@HarbourOpen", "Your finalists", "Pic.x.com/abc123", "Embedded post", "10h ago", "How they got here", para], [1, 2, 3, 4, 5]],
    ["should remove a broadcaster's marks around a post, leaving the next entry's 'Posted at' stamp", [para, "Harbour Traffic", "@harbourtraffic", "Bridge closed in both directions due to high winds. Please use other routes.", "Skip twitter post by Harbour Traffic", "Allow Twitter content?", "End of twitter post by Harbour Traffic", "Posted at 11:05", "Trains cancelled", para], [1, 2, 4, 5, 6]],
    ["should remove a German X post's stamp with its month in words, and the app it was sent from", [para, "Hafenamt Lindau", "@hafenamt", "Der Anleger bleibt bis Mittag gesperrt. Wir bitten um Geduld.", "12:44 nachm. · 16. März 2021", "Twitter for iPhone", para], [1, 2, 4, 5]],
    ["should remove an X post's 'Copy link to Tweet' button", [para, "Harbour Master", "@HarbourMasterNP", "Terminal closed until further notice. Please do not travel to the pier.", "1:12 PM · Feb 3, 2026", "Reply", "Copy link to Tweet", para], [1, 2, 4, 5, 6]],
    ["should keep a sentence that tells readers to see a post on X", [para, "See the full post on X, where the harbour master answered questions for an hour."], []],
    ["should remove a compact post's header and counts, keeping its text", [para, "Harbour Institute @HarbourInst · Feb 7", "Twenty years of dives and one happy kelp forest. Our paper is out today.", "1.2K", "Reposts", "340", para], [1, 3, 4, 5]],
    ["should keep a line that names a handle and a place after a dot", [para, "Anna Lind @annalind · Harbour City", para], []],
    ["should remove a post card's poster, stamp and counters, keeping its text", [para, "Harbour Council", "November 6 at 9:14 PM", "Thanks to everyone who came out tonight.", "48 Likes", "17 Comments", para], [1, 2, 4, 5]],
    ["should read a post card's counters on one line and its age for a stamp", [para, "Harbour Council", "3 hours ago", "The quay is open again.", "1.2K Likes · 340 Shares", para], [1, 2, 4]],
    ["should read a German post card's counters", [para, "Hafenamt Lindau", "6. November um 21:14", "Danke an alle, die heute Abend da waren.", "48 Reaktionen", "17 Kommentare", para], [1, 2, 4, 5]],
    ["should keep a lone comment count under a paragraph", [para, "Harbour Council", "November 6 at 9:14 PM", "Thanks to everyone who came out tonight.", "17 Comments", para], []],
    ["should keep counters with no poster and stamp over them", [para, para, "48 Likes", "17 Comments", para], []],
    ["should keep the lines over counters with no stamp among them", [para, "Community", "Harbour Council", "Thanks to everyone who came out tonight.", "48 Likes", "17 Comments", para], []],
  ])("%s", (_n, texts, removed) => {
    expect(removeSocialEmbed.apply(lines(...texts)).map((m) => m.index).sort((a, b) => a - b)).toEqual(removed);
  });
});

describe("removeGeneratorChatter", () => {
  test.each([
    ["should remove a request for a generated article", "Create an engaging 800-word blog post about ferry safety.", true],
    ["should remove an assistant's opener", "Certainly! Here is the article you asked for:", true],
    ["should remove an assistant's offer to go on", "Would you like me to add a FAQ section?", true],
    ["should remove a German note that the text was generated", "Hinweis: Dieser Artikel wurde mit KI erstellt und redaktionell geprüft.", true],
    ["should keep a sentence that tells someone to write a report", "Write a report, the minister told the harbour board, and we will read it.", false],
    ["should keep reporting on generated articles", "The council said the article had been generated with AI by a contractor and withdrew it.", false],
    ["should keep a quote that opens with 'Sure'", "Sure, the ferry is late sometimes, but it always comes, said Anna Lind.", false],
  ])("%s", (_n, text, removed) => expect(removeGeneratorChatter.apply(lines(text)).length > 0).toBe(removed));
});

describe("removeSubscribePrompt", () => {
  test.each([
    ["a paywall's meter with its offer", "You've read all of your free articles this month. Become a subscriber for unlimited access to the Harbour Times."],
    ["a paywall's limit", "You have reached your limit of free articles this month."],
    ["a meter's count", "2 free articles left"],
    ["a German offer of the first month", "Im ersten Monat für nur CHF 1.–"],
    ["a French offer of the first month", "Profitez de notre offre : 1 € le premier mois, sans engagement."],
  ])("should remove %s", (_n, text) => expect(removeSubscribePrompt.apply(lines(text))).toHaveLength(1));
  test("should keep a story's sentence about a first month's price", () => {
    expect(removeSubscribePrompt.apply(lines("In the first month, ferry fares rose by $2 on the northern route, the operator said."))).toHaveLength(0);
  });
  test("should take a paywall's tagline between its prompt and its offer", () => {
    const para = "Der Gemeinderat hat am Dienstag das Budget für den Hafen nach langer Debatte genehmigt.";
    const box = ["Jetzt weiterlesen mit Hafenbote Digital", "Unabhängiger Journalismus aus Ihrer Region.", "Im ersten Monat für nur CHF 1.–"];
    expect(removeSubscribePrompt.apply(lines(para, ...box)).map((m) => m.index)).toEqual([1, 2, 3]);
  });
  test("should take the rest of a newsletter box around its prompt, and not the text around it", () => {
    const para = "The council met on Tuesday and approved the harbour budget after a long debate about its costs.";
    const box = ["Sign up to Harbour Weekly", "Free weekly newsletter", "A weekly look at what happens on the islands", "Privacy Notice: Newsletters may contain info about charities and online ads.", "Email address", "Please check your inbox to confirm your subscription."];
    expect(removeSubscribePrompt.apply(lines(para, ...box, para)).map((m) => m.index)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  test("should take a newsletter's name and dated edition over its blurb", () => {
    const para = "The council met on Tuesday and approved the harbour budget after a long debate about its costs.";
    const box = ["THE HARBOUR BRIEF", "Harbour Weekly — Tuesday, November 19, 2019", "Get our best tips on ferries and islands every week.", "Sign up"];
    expect(removeSubscribePrompt.apply(lines(para, ...box, para)).map((m) => m.index)).toEqual([1, 2, 3, 4]);
  });
  test("should take a French box's name, blurb sentence and consent line", () => {
    const para = "Le conseil municipal a voté mardi le budget du port après un long débat sur les coûts.";
    const box = ["Newsletter Éducation", "Chaque mercredi, l'actualité de l'école, du collège et du lycée.", "Votre adresse e-mail", "S'inscrire", "En vous inscrivant, vous acceptez nos conditions générales d'utilisation."];
    expect(removeSubscribePrompt.apply(lines(para, ...box, para)).map((m) => m.index)).toEqual([1, 2, 3, 4, 5]);
  });
  test("should leave a headline that names a round-up under the header's subscribe button", () => {
    expect(removeSubscribePrompt.apply(lines("Log in", "Subscribe", "Court roundup: Sentences handed down in Harbour County Court")).map((m) => m.index)).toEqual([1]);
  });
  test("should leave a date alone by a sign-up button (a newsletter page's own date)", () => {
    expect(removeSubscribePrompt.apply(lines("Sign up", "Jan 18, 2019", "The council met on Tuesday and approved the harbour budget after a long debate.")).map((m) => m.index)).toEqual([0]);
  });
  test("should not take the text's sentences about signing up beside a prompt", () => {
    const text = ["An even better deal is if you sign up for the ferry and bus bundle. In that case you pay only $12.99.", "Sign up for a ferry season pass for $11.99 a month", "If you already have a pass, visit your account page to upgrade", "Sign up for the bundle using the same email as your ferry account"];
    expect(removeSubscribePrompt.apply(lines(...text)).map((m) => m.index)).toEqual([3]);
  });
  test("should keep a sentence about reading free articles", () => {
    expect(removeSubscribePrompt.apply(lines("Readers said they had read free articles on the harbour site for years before the paywall came."))).toEqual([]);
  });
  test.each([
    ["should remove a newsletter pitch after a question", "Want more harbour news? Sign up for the Harbour Weekly to get all our analysis in your inbox.", true],
    ["should remove a pitch that opens with 'Then'", "Then sign up for our email newsletter to get the latest updates straight to your inbox.", true],
    ["should keep reporting on people who signed up", "More than 10,000 readers signed up for the council's newsletter in its first week, officials said.", false],
    ["should keep a paragraph about unsubscribing", "Das Abbestellen von Newslettern und Katalogen verlief in den meisten Fällen reibungslos.", false],
    ["should remove a donation button", "Jetzt spenden", true],
    ["should remove a donation prompt with its amount", "Je fais un don de 10 €", true],
    ["should keep reporting on donations", "Donate now, the mayor urged residents, after the flood destroyed more than forty homes along the river and the harbour.", false],
    ["should remove a pitch that says 'Get' the updates in your inbox", "Get the week's harbour news and event listings straight to your inbox with our newsletter.", true],
    ["should keep a sentence that starts with 'Get' and has no inbox or newsletter", "Get there early, the organisers said, because the harbour car park fills up by nine.", false],
    ["should remove an appeal to fund 'our' journalism", "Good reporting costs money. Please help support our independent local journalism today!", true],
    ["should remove an appeal in German", "Dieser Text ist frei zugänglich. Unterstützen Sie unseren unabhängigen Journalismus!", true],
    ["should keep reporting on who funds journalism", "The foundation will support local journalism in three states with grants of up to $50,000, officials said.", false],
    ["should keep a German sentence that is sure about our journalism", "Wir sind sicher, dass unser Journalismus im Hafen gebraucht wird, sagte die Verlegerin.", false],
    ["should remove an appeal to support the site by name", "Support Harbour Weekly so we can keep reporting on the waterfront.", true],
    ["should remove a link to support the site", "Do you rely on our reporting? Click here to support it.", true],
    ["should keep a quote that asks to support a lowercase thing", "Support the council so we can fix the harbour wall, the mayor said.", false],
    ["should keep a headline that starts with 'Support'", "Support Grows for Harbour Plan", false],
  ])("%s", (_n, text, removed) => expect(removeSubscribePrompt.apply(lines(text)).length > 0).toBe(removed));
});

describe("removeAffiliateNotice", () => {
  test.each([
    ["should remove a share-of-the-sale notice", "If you buy something through this post, the Harbour Times may get a share of the sale.", true],
    ["should remove an affiliate-commission notice", "Harbour Gear is supported by its readers. When you buy through links on our site, we may earn an affiliate commission.", true],
    ["should remove a German affiliate-link notice", "In diesem Artikel befinden sich sogenannte Affiliate-Links.", true],
    ["should remove a notice of affiliate and referral links", "This post may contain affiliate and/or referral links. Please see my disclosure page.", true],
    ["should remove a sponsorship notice", "Disclosure: My ferry tickets were provided by Harbour Lines. All opinions are my own.", true],
    ["should remove a sponsored-post notice", "This post is sponsored by Harbour Lines, but the views are entirely my own.", true],
    ["should keep a quote about someone's opinions", "\"Those opinions are his own and not the council's,\" the mayor said on Tuesday after the vote.", false],
    ["should keep reporting on commissions", "The harbour authority said brokers earned a commission of 2 percent on every berth they sold last year.", false],
    ["should keep reporting on affiliate marketing", "Regulators say bloggers must tell readers when a post is paid for, and many still do not.", false],
  ])("%s", (_n, text, removed) => expect(removeAffiliateNotice.apply(lines(text)).length > 0).toBe(removed));
});

test.each([["APR"], ["MRZ"], ["DEZ"], ["DÉC"]])("removeAuthorBox should leave a date badge's month in capitals to the date stage: %s", (month) => {
  expect(removeAuthorBox.apply(lines(month, "02", "2020"))).toEqual([]);
});

describe("removeAuthorBox: about-the-author boxes", () => {
  const bio = "Anna Lind is a freelance writer based in Malmö. Her work has appeared in several harbour and shipping magazines.";
  const para = "The council met on Tuesday and approved the harbour budget after a long debate about its costs.";
  const removed = (...texts: string[]) => removeAuthorBox.apply(lines(...texts)).map((m) => m.index);
  test("should remove an 'About <name>' header and the bio that starts with the name", () => {
    expect(removed(para, "About Anna Lind", bio, para)).toEqual([1, 2]);
  });
  test("should remove a translated header, the name under it and the bio", () => {
    expect(removed(para, "Über den Autor", "Anna Lind", bio)).toEqual([1, 2, 3]);
  });
  test.each([
    ["under a plural header", "About the authors"],
    ["under a singular header", "About the author"],
    ["under a Spanish plural header", "Sobre los autores"],
  ])("should remove the bios of a writer and a photographer %s", (_n, header) => {
    const second = "Tomas van der Reyes is a freelance photographer based in Harbourtown. His pictures of the quay won a regional prize.";
    expect(removed(para, header, bio, second, para)).toEqual([1, 2, 3]);
  });
  test.each([
    ["should remove the writer's contact line that closes a story", "Contact Anna Lind at alind@harbourtimes.example or 555-203-8841. Follow her on X @annalind.", [1]],
    ["should remove a line asking to follow the writer", "Follow him on Bluesky @tomasreyes.example", [1]],
    ["should keep a sentence that tells readers to contact an office", "Contact the harbour office at the north quay for the new timetable.", []],
  ])("%s", (_n, line, indexes) => expect(removed(para, line as string)).toEqual(indexes));
  test("should keep a profile of a person after the writer's bio", () => {
    expect(removed(para, "About the author", bio, "Maren Holt is the harbour master and has worked at the quay for thirty years.")).toEqual([1, 2]);
  });
  test("should keep a press release's 'About <company>' section over the company's boilerplate", () => {
    expect(removed(para, "About Harbour Health", "Harbour Health is a nonprofit health system with four hospitals and twenty clinics along the coast.")).toEqual([]);
  });
  test("should remove an 'About <name>' box whose bio says what the writer covers", () => {
    expect(removed(para, "About Anna Lind", "Anna Lind covers the harbour and the city council for the paper.")).toEqual([1, 2]);
  });
  test("should keep an 'About <place>' heading over text that does not start with its name", () => {
    expect(removed(para, "About Harbour Theatre", "The theatre opened in 1911 and seats four hundred people on two balconies.")).toEqual([]);
  });
  test.each([
    ["should remove the writer's name over a bio that says what they write", [para, "Anna Lind", bio], [1, 2]],
    ["should read the role in German, gender star included", [para, "Kim Berger", "Kim Berger ist Autor*in und lebt in Leipzig."], [1, 2]],
    ["should remove the writer's name over a bio in the first person", [para, "Anna Lind", "I am a full-time freelance writer on the island. I've written more than 900 articles about its harbour."], [1, 2]],
    ["should keep a name over a quote in the first person that names no writing", [para, "Anna Lind", "I am a nurse, and I have worked at the harbour clinic for twenty years."], []],
    ["should keep a profile: a name over what the person is, not a writer", [para, "Anna Lind", "Anna Lind is a nurse who has worked at the harbour clinic for twenty years."], []],
    ["should keep a name over a text that does not open with it", [para, "Anna Lind", "The writer Anna Lind is based in Malmö."], []],
    ["should keep a long text that opens with the writer's name", [para, "Anna Lind", `Anna Lind is a writer. ${para} ${para} ${para} ${para} ${para} ${para}`], []],
    ["should remove a role label with a name and the one-line bio under it", [para, "AI Journalist: Anna Lind", "Covers harbours and shipping."], [1, 2]],
    ["should keep an interview's question and the answer under it", [para, "Reporter: What did you see?", "Smoke over the quay, and then the sirens."], []],
    ["should keep a label whose value is no name", [para, "Editor: the harbour plan is late", "Smoke over the quay, and then the sirens."], []],
  ])("%s", (_n, texts, expected) => expect(removed(...texts)).toEqual(expected));
});

test("removeMediaCaption should take a caption under its bare label", () => {
  const para = "The harbour council approved the new ferry timetable on Tuesday after a long debate.";
  expect(removeMediaCaption.apply(lines(para, "Image caption,", "Residents gather on the quay at dawn", para)).map((m) => m.index)).toEqual([1, 2]);
  expect(removeMediaCaption.apply(lines(para, "Residents gather on the quay at dawn", "Image caption,", "Residents gather on the quay at dawn", para)).map((m) => m.index).sort()).toEqual([1, 2, 3]);
});
test("removeRelatedTeasers should read a header written with a typographic apostrophe", () => {
  const para = "The harbour council approved the new ferry timetable on Tuesday after a long debate.";
  expect(removeRelatedTeasers.apply(lines(para, "Don’t miss", "Teaser headline about something else", para)).map((m) => m.index)).toEqual([1, 2]);
});

describe("removeEngagementPrompt: a rating prompt's buttons", () => {
  test("should take the yes and no buttons under a rating prompt", () => {
    expect(removeEngagementPrompt.apply(lines("War dieser Artikel hilfreich?", "JaNein", "Anna Lind")).map((m) => m.index)).toEqual([0, 1]);
  });
});

describe("removeEngagementPrompt: prompts in the text", () => {
  const para = "The harbour council approved the new ferry timetable on Tuesday after a long debate.";
  test.each([
    ["a recipe blog's prompt", "Did you make this recipe? Tag us on Instagram!"],
    ["a pin button's prompt", "Pin this for later!"],
    ["a letters-page prompt", "Do you have an opinion on the issues raised in this article? Email us your letter."],
    ["a French prompt", "Et vous, avez-vous déjà essayé ? Dites-le moi en commentaire !"],
    ["a German prompt", "Verraten Sie gerne in den Kommentaren: Was bedeutet der Hafen für Sie?"],
    ["a Spanish prompt", "Déjanos tu opinión en los comentarios."],
    ["an Italian prompt", "Dicci la tua nei commenti!"],
    ["a rating prompt", "Did you find this article helpful? Rate it below!"],
    ["a German rating prompt", "War dieser Artikel hilfreich?"],
  ])("should remove %s", (_n, prompt) => expect(removeEngagementPrompt.apply(lines(para, prompt, para)).map((m) => m.index)).toEqual([1]));
  test("should keep a sentence that reports what commenters wrote", () => {
    expect(removeEngagementPrompt.apply(lines("In den Kommentaren unter dem Beitrag stritten die Leser über die neuen Fährpreise."))).toEqual([]);
  });
});

describe("removeEngagementPrompt: interviews", () => {
  const answer = "Smoke over the quay, and then the sirens, and the crews already on the pier.";
  const removed = (...texts: string[]) => removeEngagementPrompt.apply(lines(...texts)).map((m) => m.index);
  test.each([
    ["should keep a question put in an interview, between answers", ["What did you see that night?", answer, "What do you think the council should do?", answer], []],
    ["should keep a question put in an interview, before the next question", ["Do you think the ferries will run?", answer, "When will the quay reopen?", answer], []],
    ["should remove a reader prompt over a paragraph with no question and answer around it", [answer, "What do you think about the decision?", answer], [1]],
    ["should remove a reader prompt after the last answer", ["What did you see that night?", answer, "What do you think?", "Share your thoughts in the comments below."], [2, 3]],
  ])("%s", (_n, texts, expected) => expect(removed(...texts)).toEqual(expected));
});

describe("removePressContact", () => {
  const para = "The clinic will be open every night and will offer first aid and checkups without an appointment.";
  const removed = (...texts: string[]) => removePressContact.apply(lines(...texts)).map((m) => m.index);
  test.each([
    ["should remove a media contact's label and the name, job, phone and e-mail under it", [para, "Media Contact:", "Anna Lind", "Director of Communications", "+1 555 203 8841", "anna@harbour.example"], [1, 2, 3, 4, 5]],
    ["should remove a plain contact line with its phone and e-mail", [para, "Contact: Anna Lind, 320-555-0190, anna@harbour.example"], [1]],
    ["should remove a German press contact with its value on the line", [para, "Pressekontakt: Anna Lind, Tel. 040 123 456 78"], [1]],
    ["should remove the wire's credit of the issuer", [para, "SOURCE Harbour Health"], [1]],
    ["should remove the wire's link to the original", [para, "View original content to download multimedia: https://wire.example/x"], [1]],
    ["should stop at the boilerplate's heading under the contact", [para, "Media Contact:", "Anna Lind", "anna@harbour.example", "About Harbour Health", "Harbour Health is a nonprofit health system with four hospitals."], [1, 2, 3]],
    ["should stop at a heading over a paragraph under the contact", [para, "Investor Relations:", "Anna Lind", "Forward-Looking Statements", "This release contains statements about the future that may not come true, as such statements do."], [1, 2]],
    ["should keep a plain contact label without an address or a number", [para, "Contact: the harbour office"], []],
    ["should keep a sentence that tells readers to contact someone", [para, "Contact the harbour office for details of the night clinic's opening hours."], []],
    ["should keep a source line in plain case", [para, "Source: Harbour Health annual report"], []],
  ])("%s", (_n, texts, indexes) => expect(removed(...texts)).toEqual(indexes));
});

describe("portal and syndicated lines, clip cards", () => {
  const para = "The central bank cut its key rate by a quarter point on Wednesday, its fifth cut in a row.";
  test.each([
    ["should remove a portal's note that the text goes on", "Story continues"],
    ["should remove it with the ad it stands for", "Story continues below this ad"],
    ["should remove a sponsored slot's label", "Sponsored Ad"],
  ])("%s", (_n, text) => expect(removeAdLabel.apply(lines(para, text, para)).map((m) => m.index)).toEqual([1]));
  test("should keep a sentence about a story that continues", () => {
    expect(removeAdLabel.apply(lines("Story continues to unfold as the council meets again on Friday."))).toEqual([]);
  });
  test.each([
    ["with its age and its labelled running time", ["WATCH | What the rate cut means for your mortgage:", "What the rate cut means for your mortgage", "2 hours ago", "Duration 2:14"]],
    ["with its date and a bare running time", ["Video: The harbour bridge from above", "Nov 14, 2025", "1:58"]],
  ])("should remove a clip card in the text %s", (_n, card) => {
    expect(removeMediaCaption.apply(lines(para, ...card, para)).map((m) => m.index)).toEqual(card.map((_, k) => k + 1));
  });
});

describe("removeRelatedTeasers: the text's section under a box", () => {
  const para = "The bridge will stay closed at least until the summer after engineers found deep cracks in two piers.";
  const removed = (...texts: string[]) => removeRelatedTeasers.apply(lines(para, ...texts, para, para)).map((m) => m.index);
  test.each([
    ["should keep a short label under the box's card", ["Read also", "Council approves the budget: two million for roads and schools", "The detours"], [1, 2]],
    ["should keep a question under an end header's small box", ["You might also like", "The ten most dangerous roads in the county", "Bridges at risk across the region", "What changes for students?"], [1, 2, 3]],
    ["should take a widget's cut phrase with the box", ["Read also", "Council approves the budget: two million for roads and schools", "Stay updated with"], [1, 2, 3]],
    ["should take a label as long as the cards with the box", ["Read also", "Budget approved", "Roads reopen"], [1, 2, 3]],
  ])("%s", (_n, texts, expected) => expect(removed(...texts)).toEqual(expected));
  test("should keep the text's heading over a sentence that introduces a list, under a card with its kicker, byline and date", () => {
    const texts = [para, "Read Next", "LOCAL", "The county's last drive-in theater is for sale and its owners hope a buyer keeps the screen lit", "By Anna Lind", "November 02, 2025 5:44 PM", "What the ordinance does", "Under the new rules, landlords in the city will have to:", "Give at least 90 days' written notice before raising rent", "Cap rental application fees at $40", para];
    expect(removeRelatedTeasers.apply(lines(...texts)).map((m) => m.index)).toEqual([1, 2, 3, 4, 5]);
  });
  test("should still take a card whose excerpt ends with a colon but has no list under it", () => {
    const texts = [para, "Read Next", "LOCAL", "The county's last drive-in theater is for sale and its owners hope a buyer keeps the screen lit", "By Anna Lind", "November 02, 2025 5:44 PM", "Drive-in owners", "Here is what the owners told the council on Tuesday night:", "Share", "Most read"];
    expect(removeRelatedTeasers.apply(lines(...texts)).map((m) => m.index)).toContain(6);
  });
});

describe("removeRelatedTeasers: a one-story box set off by a blank line under its card", () => {
  const para = "The bridge will stay closed at least until the summer after engineers found deep cracks in two piers.";
  /** Lines numbered as the page has them: a number skipped is a blank line. */
  const numbered = (...rows: [number, string][]) => rows.map(([no, text]) => ({ no, text }));
  const removed = (rows: [number, string][]) => removeRelatedTeasers.apply(numbered(...rows)).map((m) => m.index);
  test("should keep the text's next heading and its lead-in under the blank line", () => {
    expect(removed([[1, para], [2, "Read also"], [3, "Residents start a petition against the felling of seventy trees"], [5, "What exactly the council has planned for the bridge"], [6, "The plan has these parts:"], [7, "a steel arch bridge eighty-four metres long and five wide;"], [8, para]])).toEqual([1, 2]);
  });
  test("should keep a match's facts heading and its score under the blank line", () => {
    expect(removed([[1, para], [2, "À lire aussi"], [3, "Mercato : Harbour veut prolonger son buteur jusqu'en 2029"], [5, "La fiche technique"], [6, "Harbour FC - Port Lind : 2-1 (1-1)"], [7, "Stade du Port. Spectateurs : 6 218. Arbitre : M. Anna Lind."], [8, para]])).toEqual([1, 2]);
  });
  test("should still take every card of a box set off card by card", () => {
    expect(removed([[1, para], [2, "Read also"], [3, "Residents start a petition against the felling of seventy trees"], [5, "Harbour fair expects a record number of visitors"], [7, "Council approves the budget for roads and schools"], [9, para]])).toEqual([1, 2, 3, 4]);
  });
  test("should still take a second card right under the first, its excerpt under it", () => {
    expect(removed([[1, para], [2, "Read also"], [3, "Residents start a petition against the felling of seventy trees"], [4, "Harbour fair expects a record number of visitors this summer"], [5, "Organisers say more than forty thousand people have bought tickets already."], [7, "About us"]])).toEqual([1, 2, 3]);
  });
  test("should still take the cards when the header stands apart from them", () => {
    expect(removed([[1, para], [2, "Read also"], [4, "Residents start a petition against the felling of seventy trees"], [6, "What exactly the council has planned for the bridge"], [7, "The plan has these parts:"], [8, para]])).toEqual([1, 2, 3, 4]);
  });
});

describe("removeRelatedTeasers: the page's own stamp under a box", () => {
  test("should not take a page's review stamp under a box of related topics for a card", () => {
    const texts = ["The agency can help if a repair shop will not return your car.", "Related topics", "Car repair and towing", "Auto financing and repossession", "Last reviewed: 03/11/2024", "Was this page helpful?"];
    expect(removeRelatedTeasers.apply(lines(...texts)).map((m) => m.index)).toEqual([1, 2, 3]);
  });
});

describe("removeRelatedTeasers: read-more headers of Dutch and Portuguese pages", () => {
  const para = "The bridge will stay closed at least until the summer after engineers found deep cracks in two piers.";
  test.each([["Lees meer"], ["Leia mais"], ["SEGUÍ LEYENDO"], ["İLGİLİ HABER"]])("should take a card under '%s' inside the text", (header) => {
    expect(removeRelatedTeasers.apply(lines(para, para, header, "Harbour fair expects a record number of visitors", para, para)).map((m) => m.index)).toEqual([2, 3]);
  });
});

describe("removeRelatedTeasers: more by the same writer", () => {
  const para = "The bridge will stay closed at least until the summer after engineers found deep cracks in two piers.";
  test.each([["Du même auteur"], ["Vom selben Autor"], ["Del mismo autor"], ["More from this author"]])("should take the box under '%s' and end the text there", (header) => {
    const marks = removeRelatedTeasers.apply(lines(para, para, header, "Harbour fair expects a record number of visitors", "Ferry fares to rise in the spring"));
    expect(marks.map((m) => m.index)).toEqual([2, 3, 4]);
    expect(marks[0]!.wall).toBe(true);
  });
});

describe("removeRelatedTeasers: a card's dek under its byline and date", () => {
  const para = "The bridge will stay closed at least until the summer after engineers found deep cracks in two piers.";
  const card = ["Mehr zum Thema", "Hafenbrücke: Ausschuss vertagt Entscheidung über die Sanierung", "Von Anna Lind | 29.02.2024, 16:05 Uhr", "Die Fraktionen konnten sich nicht auf eine Variante einigen. Eine Entscheidung fällt im März."];
  test("should take the dek when another card or the page's end follows", () => {
    expect(removeRelatedTeasers.apply(lines(para, para, ...card, "Hafenbahn: Güterzüge sollen nachts leiser fahren")).map((m) => m.index)).toEqual([2, 3, 4, 5]);
  });
  test("should leave the dek when the text goes on under it", () => {
    expect(removeRelatedTeasers.apply(lines(para, para, ...card, para)).map((m) => m.index)).toEqual([2, 3, 4]);
  });
  test("should leave a paragraph under a card with a date in its headline", () => {
    expect(removeRelatedTeasers.apply(lines(para, para, "Mehr zum Thema", "Kläranlage: Gutachten sieht Handlungsbedarf (18.10.2007)", "Der Bürgermeister verteidigte die Entscheidung am Abend vor dem Rat.", "Drucken")).map((m) => m.index)).toEqual([2, 3]);
  });
});

describe("portals' stock lines under the text", () => {
  const para = "The port operator reported a record profit for the quarter as container volumes rose by a fifth.";
  test.each([
    ["should remove a syndicated feed's note that opens with the headline's exception", removeSiteFooter, "(Except for the headline, this story has not been edited by Harbour Daily staff and is published from a syndicated feed.)"],
    ["should remove a channel's invitation in a sentence", removeSubscribePrompt, "Get the latest business news on WhatsApp. Join the Harbour Daily channel now."],
    ["should remove an app's download pitch", removeSubscribePrompt, "Catch all the Business News and Updates on Harbour Daily. Download The Harbour Daily App to get Daily Market Updates."],
    ["should remove a station's stock ask", removeSubscribePrompt, "Support local journalism. Donate now to KRVB."],
  ])("%s", (_n, rule, text) => expect(rule.apply(lines(para, text)).map((m) => m.index)).toEqual([1]));
  test.each([
    ["should keep where the story first appeared, its credit", removeSiteFooter, "This article was originally published by Coastline Wire. Read the original article."],
    ["should keep a report on a fund for local news", removeSubscribePrompt, "Support local journalism has grown, the foundation said, and donations doubled last year."],
    ["should keep a report on a messaging app", removeSubscribePrompt, "Get the latest version of WhatsApp before the old one stops working, the company told users."],
  ])("%s", (_n, rule, text) => expect(rule.apply(lines(para, text))).toEqual([]));
});

describe("removeChartBlock", () => {
  const para = "The port handled more containers than ever last year, and the trend held in the first months of this one.";
  const removed = (...texts: string[]) => removeChartBlock.apply(lines(...texts)).map((m) => m.index);
  test.each([
    ["should take a chart's labels and values with its source", [para, "Containers handled", "in thousands", "2022", "2023", "1,240", "1,380", "Source: Port Authority", para], [1, 2, 3, 4, 5, 6, 7]],
    ["should take a chart without values when its tool's line ends it", [para, "Ferry passengers by route", "North route", "South route", "Island loop", "Created with Datawrapper", para], [1, 2, 3, 4, 5]],
    ["should take the graphic's credit and its buttons", [para, "Ships in port", "Bulk", "Container", "Graphic: Anna Lind/Harbour Times", "Get the data", "Download image", para], [1, 2, 3, 4, 5, 6]],
  ])("%s", (_n, texts, expected) => expect(removed(...texts)).toEqual(expected));
  test.each([
    ["should leave a list of names over a source line", [para, "Anna Lind", "Maria Keller", "Tom Berg", "Source: Harbour Office", para]],
    ["should leave a wire credit under a paragraph", [para, "Source: Reuters"]],
    ["should leave two labels over a source", [para, "2023", "1,380", "Source: Port Authority", para]],
    ["should leave a menu over a footer-like line, with no paragraph above it", ["Home", "News", "2024", "2025", "Map: Harbour districts", para]],
    ["should not walk up through the byline and date over an interactive's labels", [para, "By Anna Lind | Aug. 30, 2024", "Play", "Pause", "Day 1", "Day 2", "Map: Anna Lind/Harbour Times", para]],
  ])("%s", (_n, texts, expected = []) => expect(removed(...texts)).toEqual(expected));
});

describe("removeAdLabel on a portal's ad card", () => {
  const para = "The port handled more containers than ever last year, and the trend held in the first months of this one.";
  const removed = (...texts: string[]) => removeAdLabel.apply(lines(...texts)).map((m) => m.index);
  test.each([
    ["should take the card's headline, advertiser and button with the label", [para, "Ad", "Seniors should claim this benefit before Friday", "Benefits Guide", "Learn More", para], [1, 2, 3, 4]],
    ["should take a German card", [para, "Anzeige", "Jetzt Heizkosten sparen: Das empfehlen Experten", "Energieratgeber", "Mehr erfahren", para], [1, 2, 3, 4]],
    ["should take a French sponsored card and its label", [para, "Contenu sponsorisé", "Cette astuce fait fondre la graisse", "Santé Plus", "En savoir plus", para], [1, 2, 3, 4]],
    ["should leave the lines under a label with no button under them", [para, "Advertisement", "Harbour news", "Ferries", para], [1]],
    ["should take a sponsored card without its button, over the text", [para, "Sponsored", "Doctors stunned by this simple morning habit", "Health Tips", para], [1, 2, 3]],
    ["should take a French sponsored card over the text's subheading", [para, "Contenu sponsorisé", "Cette astuce fait fondre la graisse", "Santé Plus", "Seuls 3 % des vols élucidés", para], [1, 2, 3]],
    ["should leave a sentence under a sponsored label with no button", [para, "Sponsored", "The harbour festival is sponsored by the port authority this year.", "Its programme", para], [1]],
    ["should leave the text under a label that says it goes on", [para, "Story continues", "Harbour news", "Learn more"], [1]],
    ["should leave a paragraph between the label and a button", [para, "Ad", para, "Learn More"], [1]],
    ["should take a card on one line with its button at the end", [para, "Advertisement", "Switch to Harbour Broadband. Speeds up to 500Mb. Learn more ›", para], [1, 2]],
    ["should take a German one-line card", [para, "Anzeige", "Jetzt Probefahrt vereinbaren! Die neuen E-Modelle ab 249 € im Monat. Mehr erfahren", para], [1, 2]],
    ["should leave a short paragraph whose last sentence is a button's words", [para, "Advertisement", "The harbour office opens on Monday. Learn more.", para], [1]],
    ["should leave a sentence that says to learn more", [para, "Advertisement", "Residents can learn more at the harbour office.", para], [1]],
  ])("%s", (_n, texts, expected) => expect(removed(...texts)).toEqual(expected));
});

describe("newsroom asks under an investigation", () => {
  const para = "The port handled more containers than ever last year, and the trend held in the first months of this one.";
  test.each([
    ["should remove an investigation's request for tips", removeEngagementPrompt, "Do you have information about a harbour ferry company? Contact our reporters securely at tips@example.org."],
    ["should remove a request to hear from workers", removeEngagementPrompt, "Do you work for a ferry company? We want to hear from you."],
    ["should remove a reader's tip line with a stake in it", removeEngagementPrompt, "If you or someone you know has information about the harbour contracts, email us at tips@example.org."],
    ["should remove a French request for information", removeEngagementPrompt, "Vous avez des informations à nous transmettre ? Écrivez-nous à enquetes@example.fr"],
    ["should remove a French paywall pitch after its question", removeSubscribePrompt, "Vous avez aimé cet article ? Abonnez-vous pour 1 € le premier mois."],
    ["should remove a nonprofit's gift ask", removeSubscribePrompt, "Harbour Voice is a nonprofit newsroom. Your gift keeps stories like this free for everyone."],
    ["should remove an audio player's loading note", removeUiMessage, "Getting your Trinity Audio player ready..."],
    ["should remove a German loading note", removeUiMessage, "Wird geladen …"],
    ["should remove a text-size button", removeUiMessage, "Click to resize text"],
  ])("%s", (_n, rule, text) => expect(rule.apply(lines(para, text, para)).map((m) => m.index)).toEqual([1]));
  test.each([
    ["should keep a police appeal in the story", removeEngagementPrompt, "Do you have information about the robbery? Call Harbour Police on 555-0100."],
    ["should keep an interview's question about information", removeEngagementPrompt, "Vous avez des informations sur l'origine de l'incendie ?"],
    ["should keep a report on a nonprofit's gifts", removeSubscribePrompt, "The nonprofit said gifts from readers doubled last year."],
  ])("%s", (_n, rule, text) => expect(rule.apply(lines(para, text, para))).toEqual([]));
});

describe("blogs' and wikis' footers: the texts' licence, the categories line, a hosted blog's comment form", () => {
  test.each([
    ["should remove a blog's licence for its texts as a wall", removeSiteFooter, [before, "This work is licensed under a Creative Commons Attribution-NonCommercial 4.0 International License.", after], [1]],
    ["should remove a wiki's licence line", removeSiteFooter, [before, "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.", after], [1]],
    ["should remove a German blog's licence line", removeSiteFooter, [before, "Alle Artikel dieses Blogs stehen unter der Lizenz CC BY-SA 4.0, sofern nicht anders angegeben.", after], [1]],
    ["should remove a French wiki's licence line", removeSiteFooter, [before, "Droit d’auteur : les textes sont disponibles sous licence Creative Commons attribution, partage dans les mêmes conditions.", after], [1]],
    ["should keep a sentence about Creative Commons", removeSiteFooter, [before, "In 2004 Creative Commons won a prize and started its 2.0 licences in Austria, the foundation said.", after], []],
    ["should keep a picture's credit that names its licence", removeSiteFooter, [before, "The old harbour crane at dusk. Photo: Anna Lind / Flickr, CC BY-SA 2.0", after], []],
    ["should keep a terms page's long definition that names a licence", removeSiteFooter, [before, "\"Content\" shall refer collectively to all images and videos available on the Harbour Picture Library under Creative Commons CC0, including any text, descriptions, tags and other material that users upload, share or download from the Service.", after], []],
    ["should remove the categories line under a post as a wall", removeCategoryLine, [before, after, "Kategorien: Internet Software & Apps Tutorials", "Permalink"], [2]],
    ["should remove a wiki's French categories line", removeCategoryLine, [before, after, "Catégories : Commune dans la Vienne | Ancien prieuré"], [2]],
    ["should leave a categories line that names the tags to extract-tags", removeCategoryLine, [before, after, "Kategorie: Baubericht | Schlagworte: Servo, Weichen"], []],
    ["should keep a sentence that opens with the word", removeCategoryLine, [before, "Categories: there are three of them in the new harbour plan, and each has its own budget.", after], []],
    ["should remove a permalink's label", removeUiMessage, [before, "Permalink", after], [1]],
    ["should remove the note that comments are closed, and what follows it", removeCommentWidget, [before, after, "Comments are closed.", "Most read", "Harbour ferry to run again"], [2, 3, 4]],
    ["should remove a Dutch note that comments are closed", removeCommentWidget, [before, after, "Op dit artikel kan niet worden gereageerd.", "Meest gelezen"], [2, 3]],
    ["should keep a sentence about closing the comments", removeCommentWidget, [before, after, "Comments are closed on the council's page after a week, the clerk said.", after], []],
    ["should remove a hosted blog's comment form in German", removeCommentWidget, [before, "Gib hier deinen Kommentar ein ...", "Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:", "Du kommentierst mit Deinem Google-Konto. ( Abmelden /  Ändern )", "Verbinde mit %s", "Informiere mich über neue Beiträge per E-Mail."], [1, 2, 3, 4, 5]],
    ["should remove a hosted blog's comment form in English", removeCommentWidget, [before, "Enter your comment here...", "You are commenting using your WordPress.com account. ( Log Out /  Change )", "Connecting to %s", "Notify me of new comments via email."], [1, 2, 3, 4]],
  ])("%s", (_n, rule, texts, expected) => expect(removed(rule as LineRule, texts as string[])).toEqual(expected));
  test("should make the categories line a wall only under text", () => {
    expect(removeCategoryLine.apply(lines("Kategorie: Allgemein", before, after)).map((m) => m.wall)).toEqual([false]);
    expect(removeCategoryLine.apply(lines(before, after, "Kategorie: Allgemein")).map((m) => m.wall)).toEqual([true]);
  });
});

describe("removeMediaCaption: captions and credits of news pages in other scripts and languages", () => {
  test.each([
    ["should remove a Japanese caption, its place and photographer after '＝'", [before, "運休が決まった路線を走るバス＝港町で2025年3月10日、山田一郎撮影", after], [1]],
    ["should remove a Chinese caption with its photographer in brackets", [before, "水庫目前蓄水率約4成，當局提醒民眾節約用水。（記者林小明攝）", after], [1]],
    ["should remove a Korean caption opened by '▲'", [before, "▲ 항구 다리 공사 현장의 모습. [항구시 제공]", after], [1]],
    ["should keep a Chinese paragraph without a photographer", [before, "据悉，首批12栋建筑的修缮工程将于4月正式开工，预计年底前完成。", after], []],
    ["should remove a Finnish caption over its credit", [before, "Satama-alue sijaitsee noin kymmenen kilometriä kaupungista pohjoiseen.", "Kuva: Anna Lind", after], [1, 2]],
    ["should keep the writer's credit over the photographer's", [before, "Tekst: Anna Lind", "Foto: Tomas Berg", after], [2]],
  ])("%s", (_n, texts, expected) => expect(removed(removeMediaCaption, texts as string[])).toEqual(expected));
});

describe("furniture of news pages in more languages: ads' resume lines, read-also labels, paywall notices", () => {
  test.each([
    ["should remove a Danish line that the article goes on under the ad", removeAdLabel, [before, "Artiklen fortsætter under annoncen", after], [1]],
    ["should remove a Norwegian one", removeAdLabel, [before, "Artikkelen fortsetter under annonsen", after], [1]],
    ["should remove a Japanese link to another story under its bracketed label", removeInlineLink, [before, "【関連記事】港の橋、5年ぶりに全面再開", after], [1]],
    ["should keep a Japanese paragraph that opens with a bracketed word of its own", removeInlineLink, [before, "【速報】の見出しで伝えられた港の事故について、市は調査を始めた。", after], []],
    ["should remove a Japanese members-only notice", removeSubscribePrompt, [before, "この記事は会員限定です。続きを読むにはログインしてください。", after], [1]],
  ])("%s", (_n, rule, texts, expected) => expect(removed(rule as LineRule, texts as string[])).toEqual(expected));
  test("should read a Greek 'read also' header in capitals, without its accents", () => {
    const marks = removeRelatedTeasers.apply(lines(before, after, "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "Ρεκόρ αφίξεων στο αεροδρόμιο του νησιού το 2024", "Νέα δρομολόγια πλοίων προς τα νησιά"));
    expect(marks.map((m) => m.index)).toEqual([2, 3, 4]);
  });
});

describe("broadcasters' standing lines: the programme that carried the story, the note on guests' views", () => {
  test.each([
    ["should remove a broadcaster's programme label and the show under it", removeSiteFooter, [before, "Dieses Thema im Programm:", "Nordwelle Nachrichten | 04.03.2025 | 17:00 Uhr", after], [1, 2]],
    ["should remove a programme note written as a sentence, over the text too", removeSiteFooter, ["Über dieses Thema berichtet: Nordwelle am 04.03.2025 um 18:30 Uhr.", before, after], [0]],
    ["should remove a French broadcaster's programme note", removeSiteFooter, [before, "Ce reportage a été diffusé dans le journal de 7h de Radio Littoral.", after], [1]],
    ["should keep a sentence on what a paper reported about a topic", removeSiteFooter, [before, "Über dieses Thema berichtete die Zeitung schon vor Jahren ausführlich.", after], []],
    ["should remove a broadcaster's note under an interview on whose views it gives", removeSiteFooter, [before, "Äußerungen unserer Gesprächspartner geben deren eigene Auffassungen wieder. Der Sender macht sich Äußerungen seiner Gesprächspartner in Interviews nicht zu eigen.", after], [1]],
  ])("%s", (_n, rule, texts, expected) => expect(removed(rule as LineRule, texts as string[])).toEqual(expected));
});

describe("removeAuthorBox: a reviewer's bio under the review line", () => {
  const marked = (texts: string[]) => removeAuthorBox.apply(lines(...texts)).map((m) => m.index);
  const lead = "People who walked briskly had a lower risk of heart rhythm problems than slow walkers, the study found.";
  test.each([
    ["should remove the reviewer's bio under the review line", ["By Anna Lind", "Medically reviewed by Maria Keller, MD", "Maria Keller, MD, is a cardiologist at Harbour University Hospital.", lead], [2]],
    ["should remove it under a fact-checker's line too", ["By Anna Lind", "Medically reviewed by Maria Keller, MD", "Fact checked by Tomas Reyes", "Maria Keller, MD, is a cardiologist at Harbour University Hospital.", lead], [3]],
    ["should keep a paragraph that names the reviewer and goes on otherwise", ["By Anna Lind", "Medically reviewed by Maria Keller, MD", "Maria Keller, who reviewed the study, said the effect was modest but real.", lead], []],
  ])("%s", (_n, texts, expected) => expect(marked(texts)).toEqual(expected));
});

describe("removeUiMessage: a video player's dialog and a site's notification widgets", () => {
  test.each([
    ["should remove a player's modal notice", "This is a modal window."],
    ["should remove a player's dialog opening", "Beginning of dialog window. Escape will cancel and close the window."],
    ["should remove a player's dialog end", "End of dialog window."],
    ["should remove a push prompt", "Be the first to read breaking stories. Enable push notifications on your device. Disable anytime."],
    ["should remove a follow box's offer", "Get email notifications on Anna Lind daily!"],
    ["should remove a follow box's confirmation", "Your notification has been saved."],
    ["should remove a follow box's error", "There was a problem saving your notification."],
    ["should remove a follow box's explanation", "Whenever Anna Lind posts new content, you'll get an email delivered to your inbox with a link."],
    ["should remove a follow box's fine print", "Email notifications are only sent once a day, and only if there are new matching items."],
    ["should remove a follow box's login notice", "Please log in to use this feature"],
  ])("%s", (_n, text) => expect(removeUiMessage.apply(lines(before, text, after)).map((m) => m.index)).toEqual([1]));
  test.each([
    ["should keep a sentence on an app's notifications", "Users can turn on notifications in the app's settings, the company said."],
    ["should keep a sentence on a dialog in a story", "The talks were the beginning of a long dialog between the two councils."],
  ])("%s", (_n, text) => expect(removeUiMessage.apply(lines(before, text, after))).toEqual([]));
});

describe("removePromoBox: the site's offer of its own service", () => {
  test.each([
    ["should remove an estate agent's offer with its question", ["Thinking about selling? Request a free, no-obligation home valuation from one of our local agents."], [1]],
    ["should remove a careers site's calculator under its question", ["Was verdienst du?", "Finde mit unserem Gehaltsrechner heraus, ob dein Gehalt angemessen ist."], [1, 2]],
    ["should remove an insurer's member programme under its label", ["Ihr Vorteil als Mitglied", "Mit unserem Bonusprogramm erhalten Sie bis zu 150 Euro im Jahr. Jetzt informieren"], [1, 2]],
  ])("%s", (_n, box, expected) => expect(removePromoBox.apply(lines(before, ...box, after)).map((m) => m.index)).toEqual(expected));
  test.each([
    ["should keep a sentence about a free consultation that the council offers", "The council said residents can book a free consultation with its energy adviser until March."],
  ])("%s", (_n, text) => expect(removePromoBox.apply(lines(text, after)).map((m) => m.index)).toEqual([]));
  test("should keep the text's last sentence over the offer", () => {
    expect(removePromoBox.apply(lines(before, "Prices rose by 4 percent.", "Request a free home valuation from one of our agents.")).map((m) => m.index)).toEqual([2]);
  });
});
