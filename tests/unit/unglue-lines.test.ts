import { describe, expect, test } from "vitest";
import { splitAll, unglueLines } from "../../src/structure/unglue-lines";

/** Lines with letters beyond the Latin blocks take the character-by-character path; lines of Latin
 *  letters take the expression path. Each case is run in both forms where it can be. */
describe("splitAll", () => {
  test.each([
    ["should open a heading glued to a lowercase starter", "the retreat from the town. Potential for a Wider Offensivethe success of the assault has raised fears in the region", ["the retreat from the town.", "Potential for a Wider Offensive", "the success of the assault has raised fears in the region"]],
    ["should keep a site's name in camel case before its domain whole", "TANJUNG SARI, KabarPesisir.id – Banjir merendam sembilan desa setelah hujan deras.", ["TANJUNG SARI, KabarPesisir.id – Banjir merendam sembilan desa setelah hujan deras."]],
    ["should open a heading glued to a capitalised sentence", "losses mounted in the east. Analyzing the Battle for PokrovskThe recent capture of the town changed the front line", ["losses mounted in the east.", "Analyzing the Battle for Pokrovsk", "The recent capture of the town changed the front line"]],
    ["should not cut a long lowercase word before a starter", "the committee met. Study of Pneumonoultramicroscopicsilicovolcanoconiosisthe council said it would wait for the review", ["the committee met. Study of Pneumonoultramicroscopicsilicovolcanoconiosisthe council said it would wait for the review"]],
    ["should not cut a name written in camel case after a short first half", "the comments are below. Please enable JavaScript to view the comments powered by the forum", ["the comments are below. Please enable JavaScript to view the comments powered by the forum"]],
    ["should not cut a two-letter acronym glued to a name", "the bank said. Jamie Dane, CEO of JPMorgan Chase, speaks at the harbour club in the spring", ["the bank said. Jamie Dane, CEO of JPMorgan Chase, speaks at the harbour club in the spring"]],
    ["should open a short heading glued to a sentence that opens with an article", "Who We AreThe company was founded in 1990 by two engineers from the old harbour", ["Who We Are", "The company was founded in 1990 by two engineers from the old harbour"]],
    ["should still open a glued acronym of three capitals", "the talks went on. Pressure Mounts on NATOTrump said on Sunday that the alliance must pay more", ["the talks went on.", "Pressure Mounts on NATO", "Trump said on Sunday that the alliance must pay more"]],
    ["should not cut inside a word that ends like a starter", "the protesters marched. They Decided to Bathe in the river before the police arrived at the scene", ["the protesters marched. They Decided to Bathe in the river before the police arrived at the scene"]],
    ["should not cut a brand in camel case after a sentence's opening words", "the drive is fast. Shares of AstraZeneca rose on Tuesday after the company said its drug had passed a trial", ["the drive is fast. Shares of AstraZeneca rose on Tuesday after the company said its drug had passed a trial"]],
    ["should not cut a messenger's name in camel case after a long run of capitalised words", "Stay informed! Follow The Harbour Sentinel on WhatsApp for real-time updates and breaking news from the port.", ["Stay informed! Follow The Harbour Sentinel on WhatsApp for real-time updates and breaking news from the port."]],
    ["should not cut a brand in camel case whose last part the sentence goes on after", "Les usagers paieront plus. L'association faîtière Alliance SwissPass a annoncé mardi une hausse des tarifs.", ["Les usagers paieront plus. L'association faîtière Alliance SwissPass a annoncé mardi une hausse des tarifs."]],
    ["should not cut a name in camel case inside brackets", "PORT VELMAR, Corvania (NorthLine) — Dockworkers at the terminal walked out on Monday over their pay", ["PORT VELMAR, Corvania (NorthLine) — Dockworkers at the terminal walked out on Monday over their pay"]],
    ["should not cut a wire's tag between slashes", "BRENFORD, Ontarion, April 3, 2024 /NewswireHub/ -- Halcyon Robotics, a maker of warehouse robots, said today it had raised new funds", ["BRENFORD, Ontarion, April 3, 2024 /NewswireHub/ -- Halcyon Robotics, a maker of warehouse robots, said today it had raised new funds"]],
    ["should still open a short heading in capitals glued to a name", "the talks went on. Diplomatic Efforts IntensifyPresident Dane said on Sunday that the talks would go on", ["the talks went on.", "Diplomatic Efforts Intensify", "President Dane said on Sunday that the talks would go on"]],
    ["should keep a German gender star after a lowercase word", "Am 8. November findet der Tag des inter* Gedenkens statt, der die Lage von inter* Personen ins Blickfeld rückt.", ["Am 8. November findet der Tag des inter* Gedenkens statt, der die Lage von inter* Personen ins Blickfeld rückt."]],
    ["should still open a list glued to the heading over it", "the talks. Benefits of a Neutral Ground* Reduced Tensions: a calmer room * Fewer Leaks: a smaller press corps", ["the talks. Benefits of a Neutral Ground", "* Reduced Tensions: a calmer room", "* Fewer Leaks: a smaller press corps"]],
    ["should keep a product's stars between figures", "The sensor sleeps for esp_deep_sleep(5 * 60 * 1000000ULL); between readings on the harbour wall", ["The sensor sleeps for esp_deep_sleep(5 * 60 * 1000000ULL); between readings on the harbour wall"]],
    ["should rebuild a list flattened with dashes after its colon", "Die wichtigsten Strecken: - Bahnhof bis Universität: 3,2 Kilometer - Uferstraße: 4,5 Kilometer", ["Die wichtigsten Strecken:", "* Bahnhof bis Universität: 3,2 Kilometer", "* Uferstraße: 4,5 Kilometer"]],
    ["should rebuild a list flattened with bullets after its colon", "Key facts about the harbour plan: • 3 km of new lanes • 400 bike racks • works start in autumn", ["Key facts about the harbour plan:", "* 3 km of new lanes", "* 400 bike racks", "* works start in autumn"]],
    ["should not take a byline's bullets for a list", "Anna Lind • Harbour Desk • 3 min read • Nov 3, 2024", ["Anna Lind • Harbour Desk • 3 min read • Nov 3, 2024"]],
    ["should not take dashes in a quoted sentence for a list", "The mayor said on Monday: - we will build it - and then we will see what happens.", ["The mayor said on Monday: - we will build it - and then we will see what happens."]],
  ])("%s", (_n, line, pieces) => {
    expect(splitAll(line)).toEqual(pieces);
    // The same line with a Greek word at its end takes the other path.
    const wide = splitAll(`${line} — Αθήνα`);
    expect(wide.slice(0, -1)).toEqual(pieces.slice(0, -1));
    expect(wide[wide.length - 1]).toBe(`${pieces[pieces.length - 1]} — Αθήνα`);
  });
});

describe("splitAll: a request for comments at a paragraph's end", () => {
  test.each([
    ["should put the request and the reader's question before it on a line of their own", "La ligne 5 doit relier le port à la gare. J'y reviendrai. Le tram a-t-il changé votre quotidien ? Racontez-moi en commentaire.", ["La ligne 5 doit relier le port à la gare. J'y reviendrai.", "Le tram a-t-il changé votre quotidien ? Racontez-moi en commentaire."]],
    ["should keep the text after the request", "The pier reopens in May. Tell us in the comments below. Tickets go on sale on Monday at the harbour office.", ["The pier reopens in May.", "Tell us in the comments below.", "Tickets go on sale on Monday at the harbour office."]],
    ["should keep a line of a question and the request whole", "Have you walked the new pier? Let me know your favourite bench in the comments below!", ["Have you walked the new pier? Let me know your favourite bench in the comments below!"]],
    ["should keep a sentence that reports what commenters said", "The pier reopens in May. Readers in the comments below the first story asked about the price.", ["The pier reopens in May. Readers in the comments below the first story asked about the price."]],
  ])("%s", (_n, line, pieces) => expect(splitAll(line)).toEqual(pieces));
});

describe("unglueLines: buttons glued to their line", () => {
  test.each([
    ["should put a wiki's edit link glued to its heading on a line of its own", "History[edit]", ["History", "[edit]"]],
    ["should put a German wiki's two edit links on a line of their own", "Geschichte[Bearbeiten | Quelltext bearbeiten]", ["Geschichte", "[Bearbeiten | Quelltext bearbeiten]"]],
    ["should put a platform's follow button glued to the writer's name on a line of its own", "Priya Shah·Follow", ["Priya Shah", "Follow"]],
    ["should put a follow button after a spaced dot on a line of its own", "Anna Lind · Folgen", ["Anna Lind", "Folgen"]],
    ["should keep a bracket that is no edit link", "The pier was rebuilt in 1954[3]", ["The pier was rebuilt in 1954[3]"]],
  ])("%s", (_n, line, pieces) => expect(unglueLines([{ no: 4, text: line }])).toEqual(pieces.map((text) => ({ no: 4, text }))));
});
