import { describe, expect, test } from "vitest";
import { detectLanguage } from "../../src/language";
import { numericDayFirst } from "../../src/date-order";
import { extractByline } from "../../src/metadata/extract-byline";
import { names } from "../../src/metadata/byline-names";
import { isDateLine } from "../../src/date-words";
import { agencyFromDateline, authorFromBio, authorFromLabel, authorFromPostFooter } from "../../src/metadata/byline-elsewhere";
import { datedRelatively, extractDate, firstDateLine } from "../../src/metadata/extract-date";
import { labelledAnywhere, threadStart } from "../../src/metadata/labelled-anywhere";
import * as chrono from "chrono-node";
import { findDates, shiftDays, withoutRelative } from "../../src/metadata/parse-date";
import { extractTitle } from "../../src/metadata/extract-title";
import { isTrailOverHeadline } from "../../src/metadata/breadcrumb";
import { isTickerItem } from "../../src/metadata/title-neighbours";
import { contentWords, titleScore } from "../../src/metadata/title-score";
import { extractTags, MAX_TAGS, tagBlock } from "../../src/metadata/extract-tags";
import { normalizeDump } from "../../src/pipeline";

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
const REF = new Date("2026-01-01T00:00:00Z");
const LEDE = "The city council approved the new harbour budget on Tuesday after a long debate about costs.";

describe("extractByline", () => {
  test.each([
    ["should read a By-line", ["By Maria Keller"], "Maria Keller"],
    ["should read an AP story's byline without the agency's job title", ["By DEREK MALONE AP Sports Writer"], "DEREK MALONE"],
    ["should read a tabloid's byline in capitals without the site it writes for", ["By ANNA LIND FOR HARBOURONLINE"], "ANNA LIND"],
    ["should read a By-line glued to the name", ["ByLiam Ferris"], "Liam Ferris"],
    ["should read a German recipe's credit", ["Rezept von Anna Lind", "Zuletzt aktualisiert: 14.01.2025"], "Anna Lind"],
    ["should read a French recipe's credit", ["Recette de Tomas Berg"], "Tomas Berg"],
    ["should leave a paper credited after the comma out of the authors", ["By Tom Hale, Riverbend Ledger"], "Tom Hale"],
    ["should leave a wire credited after the comma out of the authors", ["By Noor Haddad, Valley Health Wire"], "Noor Haddad"],
    ["should read a bare name with its paper and the wire service over the date", ["Clara Voss, The Lakeshore Sentinel (TNS)", "Apr 8, 2025"], "Clara Voss"],
    ["should read two bare names joined by Dutch 'en' over the date", ["Pieter Claes en Anna Lind", "04 maart 2025 om 06:00"], ["Pieter Claes", "Anna Lind"]],
    ["should read bare names with the small words of a family name", ["Pieter Claes en Anna van der Lind", "za 8 mrt 2025, 09:15"], ["Pieter Claes", "Anna van der Lind"]],
    ["should read the bare name over a row of the place, the date and the time, not the place", ["Anna Lind", "Barcelona | 3 de marzo de 2025 | 10:15"], "Anna Lind"],
    ["should read an agency opening a row of the date and the time", ["Reuters | November 18, 2019 | 11:03"], "Reuters"],
    ["should read a blogger's first name after the date", ["Posted on February 9, 2025 by Oisín"], "Oisín"],
    ["should not read a site account's name after the date", ["Posted on February 9, 2025 by Admin"], undefined],
    ["should read a name with its job after a bar", ["Jamie Lind | Staff writer"], "Jamie Lind"],
    ["should read a bare name, not the outlet after its bullet, over the date", ["Anna Lind  •  The Harbour Press", "Published Sep 09, 2025"], "Anna Lind"],
    ["should read a syndicated story's credit", ["Story by Anna Lind"], "Anna Lind"],
    ["should read the writer, not the agency, after German 'und'", ["Von Anna Lind und dpa"], "Anna Lind"],
    ["should read the writer, not the agency and its desk, after German 'und'", ["Von Anna Lind und dpa/lno"], "Anna Lind"],
    ["should read the writer, not the agency in capitals, after French 'et'", ["Par Anna Lind et AFP"], "Anna Lind"],
    ["should still read a co-writer after 'and'", ["By Anna Lind and Apple Berg"], ["Anna Lind", "Apple Berg"]],
    ["should read an Italian 'Testo di' credit", ["Testo di Giulia Lind"], "Giulia Lind"],
    ["should read a German 'Redakteur:' label", ["Redakteur: Tomas Berg"], "Tomas Berg"],
    ["should read a 'Redakteur:' label beside the date", ["12.09.2014 | Redakteur: Tomas Berg"], "Tomas Berg"],
    ["should read a hyphenated name before 'on' and the date", ["By Anna Lind-Berg on 16 November 2025"], "Anna Lind-Berg"],
    ["should read a post's writer before 'on' and the date", ["Posted by Anna Lind on 16 November 2025"], "Anna Lind"],
    ["should read a Greek byline without its article, the name in the genitive as printed", ["Της Ελένης Παπαδάκη", "23.07.2024, 10:05"], "Ελένης Παπαδάκη"],
    ["should read a post's writer after 'Posted By' in title case", ["Posted By Anna Lind on Wed, Jan 15, 2025 at 11:06 AM"], "Anna Lind"],
    ["should read a match report's credit with the ground", ["Report by Anna Lind at Harbour Park"], "Anna Lind"],
    ["should read a French interview's credit", ["Propos recueillis par Anna Lind-Berg"], "Anna Lind-Berg"],
    ["should read a Portuguese writer's credit beside the photographer's", ["Texto de Anna Lind | Fotografia de Tomas Reyes"], "Anna Lind"],
    ["should read a Dutch credit label", ["Tekst: Anna Lind"], "Anna Lind"],
    ["should read two writers joined by Italian 'e'", ["di Anna Lind e Tomas Reyes"], ["Anna Lind", "Tomas Reyes"]],
    ["should read two writers joined by Dutch 'en'", ["Door Anna van der Lind en Tomas Reyes"], ["Anna van der Lind", "Tomas Reyes"]],
    ["should read two writers joined by Swedish 'och'", ["Av Anna Lind och Tomas Åkesson"], ["Anna Lind", "Tomas Åkesson"]],
    ["should read a Swedish agency credit", ["Av TT", "12 mars 2025"], "TT"],
    ["should read a news agency's name alone beside the date", ["ANSA", "12 marzo 2025"], "ANSA"],
    ["should read a one-word agency alone beside the date", ["Xinhua", "12 March 2025"], "Xinhua"],
    ["should read writers stacked over the date with their jobs", ["Anna Lind", "Health correspondent", "Tomas Berg", "Data reporter", "March 12, 2024"], ["Anna Lind", "Tomas Berg"]],
    ["should read writers stacked under the date, each with her job under her name", ["Updated: 6:10 PM EST Mar 3, 2024", "Anna Lind", "Multimedia Journalist", "Tomas Berg", "Chief Meteorologist", "Share"], ["Anna Lind", "Tomas Berg"]],
    ["should read a project blog's authors stacked under the date, each with her role under her name", ["February 19, 2024", "Anna Lind", "Core team", "Tomas Berg", "Maintainer", "Share"], ["Anna Lind", "Tomas Berg"]],
    ["should read one writer whose name is printed twice over the date", ["Anna Lind", "Anna Lind", "March 12, 2024"], "Anna Lind"],
    ["should not read the paper under the writer's name for a second writer", ["Anna Lind", "Harbour Courier-Journal", "March 12, 2024"], "Anna Lind"],
    ["should not read the writer's job under the name for a second writer", ["Anna Lind", "Transport Correspondent", "March 12, 2024"], "Anna Lind"],
    ["should read a name with a paper of four words after its comma", ["Anna Lind, The Sutter Cove Gazette", "Nov 20, 2024"], "Anna Lind"],
    ["should read co-writers stacked with their commas, their jobs and the joiner on lines of their own", ["Anna Lind,", "Political Editor", "and", "Tomas Reyes,", "Senior Political Correspondent", "3 March 2025 • 2:32pm"], ["Anna Lind", "Tomas Reyes"]],
    ["should read co-writers under a by-word alone, the first with the job glued to the name", ["By", "Anna Lind Royal Correspondent", "and", "Tomas Reyes", "14:32, 3 Mar 2025"], ["Anna Lind", "Tomas Reyes"]],
    ["should read co-writers each with a job, set apart by a bar", ["Anna Lind, Political Editor | Tomas Reyes, Whitehall Correspondent", "Monday March 03 2025, 2.32pm GMT"], ["Anna Lind", "Tomas Reyes"]],
    ["should leave the outlet a writer writes for after 'For' out of the name", ["By Anna Lind For Harbouronline", "Published: 14:32 GMT, 3 March 2025"], "Anna Lind"],
    ["should read a bare name over the place it files from and the time alone", ["Anna Lind", "à Montréal", "5 h 00", "Publié le 20 février 2025"], "Anna Lind"],
    ["should read two writers stacked over the date without their jobs", ["Anna Lind", "Tomas Berg", "3. März 2025, 15:14"], ["Anna Lind", "Tomas Berg"]],
    ["should read two writers stacked over the place they filed from and the date", ["Anna Lind", "Tomas Berg", "Rio Claro do Sul", "25.mar.2025 às 14h32"], ["Anna Lind", "Tomas Berg"]],
    ["should read a blog theme's meta line, the writer between the date and the comment count", ["9. Januar 2025 Hannelore Brink 7 Kommentare"], "Hannelore Brink"],
    ["should read a name whose comma the page broke off from the site's staff line", ["Anna Lind,", "Harbour Staff", "Verified Staff Badge", "Posted Wed, Nov 20, 2024 at 5:32 pm ET"], "Anna Lind"],
    ["should not read a job in title case under the name for a second writer", ["Anna Lind", "Research Director", "March 12, 2024"], "Anna Lind"],
    ["should not read a paper called a leader under the name for a second writer", ["Anna Lind", "Bayside Leader", "March 12, 2024"], "Anna Lind"],
    ["should read a bare name with the paper it writes for beside the date", ["Anna Lind for the Harbour Examiner", "March 12, 2024"], "Anna Lind"],
    ["should read a By-line with the paper it writes for", ["By Anna Lind for the Harbour Examiner", "March 12, 2024"], "Anna Lind"],
    ["should read a special correspondent's byline", ["Anna Lind, Special to the Harbour Examiner", "March 12, 2024"], "Anna Lind"],
    ["should read a live page's two writers with their notes", ["Anna Lind (now) and Tomas Berg (earlier)", "Tue 3 Nov 2025 13.02 GMT"], ["Anna Lind", "Tomas Berg"]],
    ["should read a German byline labelled in the feminine", ["Autorin: Anna Lind, Redaktion Energie", "12.11.2025"], "Anna Lind"],
    ["should read a review's byline, the piece's kind and its writer", ["Eine Rezension von Anna Lind", "Veröffentlicht am 09.11.2025"], "Anna Lind"],
    ["should read an English review's byline", ["A review by Anna Lind", "March 12, 2024"], "Anna Lind"],
    ["should read a name with its agency in brackets", ["Anna Lind (AP)", "March 12, 2024"], "Anna Lind"],
    ["should read a German name with its desk in brackets", ["Anna Lindqvist (Redaktion)", "12.03.2024"], "Anna Lindqvist"],
    ["should leave a capitalised job between the by-word and the name out", ["By Chief Meteorologist Anna Lind"], "Anna Lind"],
    ["should read a French byline with a footnote's mark after the name", ["Par Anne Lindqvist*"], "Anne Lindqvist"],
    ["should leave an office's job after the name out", ["By Anna Lind, Volunteer Coordinator"], "Anna Lind"],
    ["should read a Greek writer's label", ["Συντάκτης: Νίκος Λίνδης"], "Νίκος Λίνδης"],
    ["should read an Indonesian writer's label before the editor's", ["Penulis: Anna Lindayani | Editor: Sri Wahyuni"], "Anna Lindayani"],
    ["should read a Hindi writer's label", ["लेखक: राहुल वर्मा"], "राहुल वर्मा"],
    ["should read a Japanese magazine's writer before the photographer", ["文：佐藤花子　写真：高橋健"], "佐藤花子"],
    ["should read a Chinese writer's label", ["作者：李明"], "李明"],
    ["should read a Korean writer's credit before the photographer's", ["글 이서연 · 사진 박준호"], "이서연"],
    ["should read a forum post's credit", ["Post by Anna Lind » Fri Sep 18, 2020 2:41 pm"], "Anna Lind"],
    ["should read a German forum post's credit", ["Beitrag von Anna Lind » Fr 18. Sep 2020, 14:41"], "Anna Lind"],
    ["should read a French forum post's credit", ["Message par Anna Lind » ven. 18 sept. 2020 14:41"], "Anna Lind"],
    ["should read a name with its beat and job", ["Anna Lind Education correspondent"], "Anna Lind"],
    ["should read a name with its job after a comma", ["Anna Maria Lind, Senior Reporter"], "Anna Maria Lind"],
    ["should read a name with a job glued to it", ["Anna LindLive and breaking news reporter"], "Anna Lind"],
    ["should read a By-line in capitals with the outlet it was written for", ["By ANNA LIND FOR HARBOURPOST ONLINE"], "ANNA LIND"],
    ["should read a By-line with the job before the name", ["By national rural reporter Anna Lind"], "Anna Lind"],
    ["should read an analysis's byline with the outlet after the name", ["Analysis by Anna Lind, CNN"], "Anna Lind"],
    ["should read an analysis's byline with the job before the name", ["Analysis by business reporter Anna Lind"], "Anna Lind"],
    ["should read a By-line with the outlet and the job before the name", ["By Harbour News reporter Anna Lind"], "Anna Lind"],
    ["should read a live page's By-line with notes after the names", ["By Anna Lind (now) and Tomas Reyes (earlier)"], ["Anna Lind", "Tomas Reyes"]],
    ["should read a name set apart from its date by an em dash", ["Олена Коваленко — Неділя, 11 лютого 2024, 19:25"], "Олена Коваленко"],
    ["should read a Korean byline", ["[경제부 김서연 기자]"], "김서연"],
    ["should read a Chinese byline", ["记者 林晓"], "林晓"],
    ["should read a Taiwanese byline with its slash", ["記者張雅婷／花蓮報導"], "張雅婷"],
    ["should read an Arabic byline", ["بقلم: سارة خليل"], "سارة خليل"],
    ["should read a Hebrew byline", ["מאת דנה לוי"], "דנה לוי"],
    ["should read a By-line written with a colon", ["by: Tomas Reyes"], "Tomas Reyes"],
    ["should read a By-line followed by its date", ["By Joseph Tsidulko November 19, 2019, 07:47 PM EST"], "Joseph Tsidulko"],
    ["should read a By-line glued to a handle", ["By Chaim Gartenberg@cgartenberg Nov 19, 2019, 7:53pm EST"], "Chaim Gartenberg"],
    ["should read a date then by Name", ["11/19/2019 by Lars Brandle"], "Lars Brandle"],
    ["should read a name glued to its reading time", ["James Thompson3 min read"], "James Thompson"],
    ["should read a name with its handle", ["Nishant Kumar @Nishantopines"], "Nishant Kumar"],
    ["should read several authors", ["By Ann Lee and Bo Park"], ["Ann Lee", "Bo Park"]],
    ["should read a surname that starts like a month or weekday", ["By Elena Marsh"], "Elena Marsh"],
    ["should read a name like Maria that starts like a month, before the date", ["Maria Keller November 18, 2019 11:03 PM"], "Maria Keller"],
    ["should read surnames like Mayer and Sunderland before a date", ["By Tom Mayer and Ann Sunderland March 3, 2024"], ["Tom Mayer", "Ann Sunderland"]],
    ["should read a bare name next to the date line", ["David Ehrlich", "Nov 13, 2019 4:26 pm"], "David Ehrlich"],
    ["should read a bare name and its newsroom next to the date line", ["Anna Lind, Harbour Desk", "19.11.2019, 08:57"], ["Anna Lind", "Harbour Desk"]],
    ["should read an agency named before the date", ["Reuters November 18, 2019 11:03 PM"], "Reuters"],
    ["should read a newsroom in a separated date line", ["Updated on: November 19, 2019 / 10:07 AM / CBS News"], "CBS News"],
    ["should read a site user name between By and a date", ["By editor_01 - 2018-09-16"], "editor_01"],
    ["should read a forum post's user name between its label and the date", ["Beitrag von Anna_L » Mo 4. Mär 2024, 19:32"], "Anna_L"],
    ["should read an English forum post's user name", ["Post by annalind » Mon Mar 04, 2024 7:32 pm"], "annalind"],
    ["should read a one-word name after a byline label", ["written by Marguerite"], "Marguerite"],
    ["should leave out the newsroom's staff credit after the name", ["By Tomas Reyes, Harbour Staff"], "Tomas Reyes"],
    ["should keep a staff credit that is the only name", ["By Harbour Staff"], "Harbour Staff"],
    ["should credit a news site named by its address beside the writer", ["By Anna B. Lind, Harbour.com"], ["Anna B. Lind", "Harbour.com"]],
    ["should read a first name of four letters before the date", ["Tine 2. Februar 2020"], "Tine"],
    ["should read a first name of four letters in a separated date line", ["Anna | Oct 24, 2023"], "Anna"],
    ["should read a Dutch byline whose surname has two particles", ["Door Femke van der Heuvel"], "Femke van der Heuvel"],
    ["should leave out the writer's job after the name", ["By Anna Lind, Local Democracy Reporter"], "Anna Lind"],
    ["should leave out a job glued to the name", ["By Anna LindContributor"], "Anna Lind"],
    ["should leave out the jobs of two writers", ["By Anna Lind and Maria Keller, Senior Reporter"], ["Anna Lind", "Maria Keller"]],
    ["should read a Swedish byline", ["Av Anna Lind"], "Anna Lind"],
    ["should read a Danish byline", ["Af Anna Lind Holm"], "Anna Lind Holm"],
    ["should read a Russian author label", ["Автор: Анна Линд"], "Анна Линд"],
    ["should read a Turkish report label", ["Haber: Anna Lind"], "Anna Lind"],
    ["should not take a Swedish date label for a name", ["Publicerad 12 mars 2024 kl. 14.05"], undefined],
    ["should not take a Spanish date label without its colon for a name", ["Publicado 07/07/2021 13:22:10 CET"], undefined],
    ["should not take a German date label without its colon for a name", ["Veröffentlicht 12.03.2020 14:05"], undefined],
    ["should not take a Dutch date label without its colon for a name", ["Gepubliceerd 12 maart 2020 14:05"], undefined],
    ["should read a name after 'by' in a separated date line", ["October 8, 2025 · by Anna Lind · 9 min read"], "Anna Lind"],
    ["should read a German name after 'von' in a separated date line", ["8. Januar 2020 · von Anna Lind · in Hafen"], "Anna Lind"],
    ["should read the writer after an agency credited first", ["Von dpa/lno und Anna Lind"], "Anna Lind"],
    ["should read the writer after an agency in capitals", ["By AFP and Anna Lind"], "Anna Lind"],
    ["should read a German 'Ein Beitrag von' credit", ["Ein Beitrag von Anna Lind"], "Anna Lind"],
    ["should read a 'Text:' label before the photographer's", ["Text: Anna Lind, Fotos: Jonas Berg"], "Anna Lind"],
    ["should read the writer after a French blog's date", ["Publié le 12 mars 2018 par Anna Lind"], "Anna Lind"],
    ["should read the writer after a German blog's date", ["Veröffentlicht am 9. September 2019 von Anna Lind"], "Anna Lind"],
    ["should read the writer between a Dutch label and the date", ["Geplaatst door Anna de Lind op 7 april 2015"], "Anna de Lind"],
    ["should not read lowercase words between the label and the date as the writer", ["Veröffentlicht von der redaktion am 3. Mai 2016"], undefined],
    ["should read a content system's 'Geschrieben von' credit", ["Geschrieben von Anna Lind"], "Anna Lind"],
    ["should read a plural author label", ["Authors: Anna Lind, Jonas Berg"], ["Anna Lind", "Jonas Berg"]],
    ["should read Hungarian, Lithuanian, Croatian and Polish labels", ["Szerző: Nagy Anna"], "Nagy Anna"],
    ["should read a French magazine's text credit with its space before the colon", ["Texte : Anna Lind"], "Anna Lind"],
    ["should read a French newsroom credit", ["Rédaction : Anna Lind"], "Anna Lind"],
    ["should read a one-word agency after By without its By", ["By AP", "November 19, 2019"], "AP"],
    ["should read a written-by label in capitals before an editor's", ["Written By: Anna Lind | Edited By: Tom Berg"], "Anna Lind"],
    ["should not read a font-size widget's label for a name", ["Font Size", "November 19, 2019"], undefined],
    ["should not read the category beside the date for a writer", ["Local News | Posted March 4, 2024"], undefined],
    ["should not read a desk's name before the date for a writer", ["World Sport March 4, 2024"], undefined],
    ["should not read a category over the date line for a writer", ["Local Politics", "March 4, 2024"], undefined],
    ["should still read an outlet that ends in a desk's word", ["Harbour News | March 4, 2024"], "Harbour News"],
    ["should read a name with its wire service after a bar, over the date", ["Anna Lind | Reuters", "Published March 3, 2024 10:15 AM"], "Anna Lind"],
    ["should not read a headline before the site's name after a bar for a writer", ["Storm Hits Harbour | Harbour Times", "March 3, 2024"], undefined],
    ["should read a name with a particle over the writer's job and the date", ["Anna van den Berg", "Journaliste au service Société", "Publié le 28/03/2024 à 06:00"], "Anna van den Berg"],
    ["should not read an outlet's name with 'du' over the date for a writer", ["L'Écho du Port", "Publié le 28/03/2024 à 06:00"], undefined],
    ["should read a name with its broadcaster's initials after a dash, over the date", ["Anna Lind - HTV", "15 Jan 2016, 19:32"], "Anna Lind"],
    ["should not read a headline before the site's name after a dash for a writer", ["Storm Hits Harbour - Harbour Times", "March 3, 2024"], undefined],
    ["should read a Polish compiler's credit", ["oprac. Anna Lind"], "Anna Lind"],
    ["should read where the writer was after the name", ["By Anna Lind at the Harbour Stadium"], "Anna Lind"],
    ["should leave out an office after the name", ["By Anna Lind, University Communications"], "Anna Lind"],
    ["should leave out a photographer's job after the name", ["By Anna Lind, Staff Photographer"], "Anna Lind"],
    ["should read a name with the writer's university beside the date", ["Anna Lind, University of Harbourtown", "Published: February 11, 2026 4:05am EST"], "Anna Lind"],
    ["should read two bare names joined by 'and' next to the date line", ["Anna Lind and Tomas Reyes", "March 3, 2025"], ["Anna Lind", "Tomas Reyes"]],
    ["should read three bare names, the last joined by 'und', next to the date line", ["Anna Lind, Jonas Berg und Tomas Reyes", "03.03.2025, 14:05 Uhr"], ["Anna Lind", "Jonas Berg", "Tomas Reyes"]],
    ["should read two bare names joined by 'et' next to the date line", ["Anna Lind et Tomas Reyes", "Publié le 03/03/25 à 16h33"], ["Anna Lind", "Tomas Reyes"]],
    ["should read two bare names with a capital inside a surname", ["Ann McKay and Ian MacLeod", "March 3, 2025"], ["Ann McKay", "Ian MacLeod"]],
    ["should read a bare name over the writer's post, without a date", ["Anna Lind", "Professor of Marine Biology at the University of Harbourton"], "Anna Lind"],
    ["should read a live page's coverage credit", ["Live coverage by Anna Lind and Tomas Reyes"], ["Anna Lind", "Tomas Reyes"]],
    ["should read an interview's writer", ["As told to Anna Lind"], "Anna Lind"],
    ["should read a book review's writer after 'Reviewed by'", ["Reviewed by Anna Lind"], "Anna Lind"],
    ["should read an interviewer's label", ["Interview: Anna Lind"], "Anna Lind"],
    ["should read a German guest piece's writer with her titles", ["Ein Gastbeitrag von Prof. Dr. Anna Lind"], "Prof. Dr. Anna Lind"],
    ["should read a German guest commentary's writer", ["Gastkommentar von Anna Lind"], "Anna Lind"],
    ["should read a French interviewer's credit at the top", ["Recueilli par Anne Lind"], "Anne Lind"],
    ["should read an English interviewer's credit", ["Interviewed by Anna Lind"], "Anna Lind"],
    ["should read a German portal's story credit", ["Story von Anna Lind"], "Anna Lind"],
    ["should read a French portal's article credit", ["Article de Anne Lind"], "Anne Lind"],
    ["should read a German investigation's credit", ["Eine Recherche von Anna Lind, Tom Berg und Maria Keller"], ["Anna Lind", "Tom Berg", "Maria Keller"]],
    ["should read a German data analysis's credit", ["Datenanalyse von Anna Lind und Tom Berg"], ["Anna Lind", "Tom Berg"]],
    ["should read the writer before a data team", ["By Anna Lind and the Harbour Times data team"], "Anna Lind"],
    ["should read the by-part of a feed's line, not the feed's name", ["Harbour Policy Digest / by Anna Lind / Feb 12, 2025"], "Anna Lind"],
    ["should read a by-part after a section's name and a bar", ["Politik | von Anna Lind | 3. März 2025"], "Anna Lind"],
    ["should read a Portuguese text credit beside the photographer's", ["Texto: Rui Valadares | Fotos: Inês Coutinho"], "Rui Valadares"],
    ["should read an Italian text credit", ["Testo: Marco Bellandi"], "Marco Bellandi"],
    ["should keep a name whose last letter is an accented 'e' whole", ["By Renée Gagnon and José Ruiz"], ["Renée Gagnon", "José Ruiz"]],
    ["should read the bare name over the date, not a caption's photographer", ["Anna Lind", "March 3, 2025", "Fishermen unload at the east pier. Photo by Tom Kellaway"], "Anna Lind"],
    ["should read the writer before the agency she wrote with", ["Par Anna Lind avec Belga"], "Anna Lind"],
    ["should read the writer before the agency she wrote with, in German", ["Von Anna Lind mit dpa"], "Anna Lind"],
    ["should read the writer on a blog's meta line that ends with its comment count", ["Posted on March 14, 2021 by Anna Lind — 3 Comments"], "Anna Lind"],
    ["should read the writer on a German meta line that ends with its comment count", ["Veröffentlicht am 9. September 2019 von Anna Lind – 2 Kommentare"], "Anna Lind"],
    ["should read the writer on a French meta line that ends with its comment count", ["Publié le 12 février 2020 par Anna Lind — 7 commentaires"], "Anna Lind"],
    ["should read the writer on a German meta line with its reading time and comments set apart", ["Veröffentlicht am 8. Juli 2023 von Anna Lind · Lesezeit: 6 Min. · Kommentare (12)"], "Anna Lind"],
    ["should read the writer on a French meta line with its reading time set apart", ["Publié le 12 février 2020 par Anna Lind | 4 min de lecture"], "Anna Lind"],
    ["should read the writer on a meta line whose count follows a bar", ["Posted on March 14, 2021 by Anna Lind | 0 comments"], "Anna Lind"],
    ["should leave out a wire agency after the writers, without a comma", ["By ANNA LIND and TOMAS T. REYES Associated Press"], ["ANNA LIND", "TOMAS T. REYES"]],
    ["should leave out a wire agency after one writer, without a comma", ["By ANNA LIND Associated Press"], "ANNA LIND"],
    ["should leave out a wire agency after a comma", ["By Anna Lind and Tomas Reyes, Associated Press"], ["Anna Lind", "Tomas Reyes"]],
    ["should leave out the paper credited beside the writer", ["By Anna Lind, The Harbour Times"], "Anna Lind"],
    ["should leave out the portal credited beside the writer", ["Por Fernanda Lins, Portal Cerrado"], "Fernanda Lins"],
    ["should end a name in capitals where the outlet in title case starts, and spell it in title case", ["By ANNA LIND Tri-County Press"], "Anna Lind"],
    ["should end names in capitals where the outlet in title case starts, and spell them in title case", ["By ANNA LIND and TOMAS O'REYES-BERG Harbour Wire"], ["Anna Lind", "Tomas O'Reyes-Berg"]],
    ["should leave the outlet and the job of wire copy out of the name", ["By Anna Lind Harbour Press Writer"], "Anna Lind"],
    ["should leave a job with its beat out of the name after a by-word", ["By Anna Lind Local Democracy Reporter"], "Anna Lind"],
    ["should keep a name of three words before a job's usual opening word", ["By Mary Ann Lind Staff Writer"], "Mary Ann Lind"],
    ["should not take a job's last word for a name's", ["By Anna Lind Senior Reporter"], "Anna Lind"],
    ["should read a German regional paper's byline with the writer's job", ["Von unserer Mitarbeiterin Anna Lind"], "Anna Lind"],
    ["should read a German correspondent's byline with the place after the name", ["Von unserem Korrespondenten Jonas Berg, Brüssel"], "Jonas Berg"],
    ["should read a German credit for text and photos", ["Text und Foto: Anna Lind"], "Anna Lind"],
    ["should read a French credit for text and photos", ["Texte et photos : Anna Lind"], "Anna Lind"],
    ["should read a magazine's credit for the words, not the photos", ["Words: Anna Lind / Photos: Tomas Reyes"], "Anna Lind"],
    ["should read a blogger's first name before the post's date", ["Posted by Oisín on 4 March 2025 in Travel"], "Oisín"],
    ["should read an editorial board as the writer", ["The Harbour Sentinel Editorial Board"], "The Harbour Sentinel Editorial Board"],
    ["should read a French post line with a weekday before the date", ["Publié le lundi 3 février 2025 par Anna Lind"], "Anna Lind"],
    ["should read a French 'Posté par … le' line", ["Posté par Anna Lind le 3 février 2025"], "Anna Lind"],
    ["should read a German post line with a weekday before the date", ["Veröffentlicht am Montag, 3. Februar 2025 von Anna Lind"], "Anna Lind"],
    ["should read German 'Eingestellt von … am' with a weekday", ["Eingestellt von Anna Lind am Montag, 3. Februar 2025"], "Anna Lind"],
    ["should leave an expert's title after the comma out of the authors", ["Written by Anna Lind, Certified Sleep Science Coach"], "Anna Lind"],
    ["should leave a degree after the comma out of the authors", ["By Anna Lind, MD"], "Anna Lind"],
    ["should read a blogger's first name before a bar and a Spanish date", ["Por Lucía | 3 de marzo de 2025"], "Lucía"],
    ["should read a blogger's first name before the post's time", ["Posted by Gwen at 9:41 PM"], "Gwen"],
    ["should read a hosted blog's user name in lowercase after the date", ["Posted on March 5, 2025 by annalindbakes"], "annalindbakes"],
    ["should read the writer beside her outlet's name and the dates", ["Anna Lind · Harbour News · Posted: Feb 18, 2024 4:00 AM CST | Last Updated: February 18"], "Anna Lind"],
    ["should read a user name between the date and the categories", ["Tue 03 Mar 2009 by annalind in Linux, Sysadmin"], "annalind"],
    ["should read a first name between a labelled numeric date and the categories", ["Posted 24.03.2009 by Anna in Landscape, Travel"], "Anna"],
    ["should read a blogger's first name alone after 'by'", ["by Helen"], "Helen"],
    ["should leave an outlet that opens with 'The' out of the authors", ["By Hollis Grant, The Exchange"], "Hollis Grant"],
    ["should read the name under a by-word on a line of its own, not the reviewer's beside the date", ["Written by", "Sofia Lind", "Edited by", "Marcus Oyelaran", "Reviewed by", "Denise Farrow, CFP", "Last updated: September 18, 2025"], "Sofia Lind"],
    ["should read a doctor's name over her job in one compound word, the date three lines down", ["Dr. med. Anna Lind", "Medizinredakteurin", "Medizinisch geprüft von Dr. med. Tom Hale", "Letzte Aktualisierung: 12.11.2024"], "Dr. med. Anna Lind"],
    ["should read a name with a particle before an en dash and the date", ["Marieke van Dongen – March 3, 2025"], "Marieke van Dongen"],
    ["should read co-writers stacked with 'and' on a line of its own", ["Alice Kim", "and", "Ben Ortiz", "Mar 4, 2025"], ["Alice Kim", "Ben Ortiz"]],
    ["should read a name over a platform's follow button, the date far below", ["Leena Sorvari", "Follow", "Published in", "Data Notes", "7 min read", "Jan 14, 2024"], "Leena Sorvari"],
    ["should read a name over a platform's follow button with a dot between them", ["Anna Lind", "·", "Follow", "Published in", "Data Notes", "Mar 10, 2025"], "Anna Lind"],
    ["should read a name over a reader mode's reading time", ["Anna Lind", "7–9 minutes"], "Anna Lind"],
    ["should read a name over a German reading time", ["Anna Lind", "Lesezeit: 4 Min."], "Anna Lind"],
    ["should read a name over her handle, the date three lines down", ["Anna Lind", "@annalind", "/", "8:02 AM PDT • July 9, 2025"], "Anna Lind"],
    ["should read a correspondent's name with the place she files from, over the date", ["Anna Lind in Port Kastel", "Mon 17 Mar 2025 08.30 GMT"], "Anna Lind"],
    ["should read the writer beside the update's date and the first one's, not the fact-checker under them", ["Anna Lind · Updated Oct 14, 2024 · Originally published Oct 3, 2024", "Fact-checked by Tom Hale"], "Anna Lind"],
  ])("%s", (_n, texts, author) => expect(extractByline(lines(...texts))?.author).toEqual(author));

  test.each([
    ["should not read a fact box's date label beside its date for a writer", ["Datum\t18.06.2025", "Alarm\t14:32 Uhr"]],
    ["should not read a date label beside its date for a writer", ["Datum 18.06.2025"]],
    ["should not read a box's place over its date for a writer", ["Ort Hafenstadt", "Datum 28.01.2022"]],
    ["should not read a weekday after 'By' for a first name", ["By Tuesday, 4 March 2025 the council will have voted."]],
    ["should not read a newsroom's word in lowercase after the date for a user name", ["Posted on March 5, 2025 by staff"]],
    ["should not read a category after a date and a separator for a writer", ["8. Dezember 2010 um 09:43 · Rezepte von Mutti · 6 Kommentare"]],
    ["should not read a site's account alone after 'Posted by' for a writer", ["Posted by Harbourcam"]],
    ["should not read a podcast platform's button over the date for a writer", ["Disponible sur", "Apple Podcasts", "12 mars 2024"]],
    ["should not read a share widget's label under the date for a writer", ["12 March 2024", "Social Sharing"]],
    ["should not read a German weekday after 'Von' for a first name", ["Von Montag, 3. März 2025 an gilt der neue Fahrplan."]],
    ["should not read a consent sentence as a byline", ["By choosing I Accept, you consent to our use of cookies."]],
    ["should not read a job alone as a name", ["Chief Foreign Affairs Correspondent"]],
    ["should not read a recipe's button beside the date as a name", ["Print Recipe", "Nov 3, 2024"]],
    ["should not read a scores tab beside the date as a name", ["Box Score", "Nov 3, 2024 5:42 PM"]],
    ["should not read a newspaper's editor for a name", ["The Harbour Editor"]],
    ["should not read a Chinese sentence that opens with the word for reporter", ["记者会上说"]],
    ["should not read a section before a hyphen and the date as a credit", ["Erhverv - 02. januar 2020 kl. 10:21"]],
    ["should not read a heading above a paragraph as a name", ["Published: 2025-10-17 02:25", "Diplomatic Efforts Intensify", LEDE]],
    ["should not read a bare name far from any date", ["Middle East", "World", "Sport"]],
    ["should not read sections joined by 'and' beside the date as names", ["Arts and Culture", "March 3, 2025"]],
    ["should not read two names when the layout glued the second to its newsroom", ["Anna Lind and Tomas ReyesHarbour Post", "March 3, 2025"]],
    ["should not read a weekday or a time zone as a credit", ["Monday, November 18, 2019, 04:05 pm PT"]],
    ["should not read a zone in capitals before the date as a credit", ["CEST | Oct 24, 2023"]],
    ["should not read a German weekday's abbreviation as a credit", ["Do 9 Apr 2020"]],
    ["should not read 'By now' before a dash and no date as a user name", ["By now - three things to know"]],
    ["should not read a headline opening with 'Text' as a label", ["Text Messages Reveal Harbour Plan"]],
    ["should not read a sentence with a year and a name after 'von'", ["Der Preis wurde 2019 von Anna Lind"]],
    ["should not read an Italian weekday before the date as a credit", ["Martedì 4 Febbraio 2014 11:20"]],
    ["should not read a forum table's header as a label and a name", ["Autor\tNachricht"]],
    ["should not read a Turkish newsroom as a name", ["Haber Merkezi"]],
    ["should not read a French date line's article as a credit", ["Le 23/04/2026 à 07h30"]],
    ["should not read a picture agency under 'Image copyright' as a name", ["Image copyright", "Harbour Press Agency", "19 November 2019"]],
    ["should not read a one-word label after 'Author' that runs into a sentence", ["Author Marguerite writes about harbours in her new book about the coast."]],
    ["should not read a reviewer under 'Reviewed by' as the writer", ["Reviewed by", "Denise Farrow", "September 18, 2025"]],
    ["should not read a city with a particle before an en dash and the date", ["Ciudad de México – 5 de septiembre de 2024"]],
    ["should not read a section before an en dash and the date", ["Politik – 3. März 2025"]],
    ["should not read a category with a particle between the date and a comment count", ["8. Dezember 2010 um 09:43 · Rezepte von Mutti · 6 Kommentare"]],
    ["should not read a fact-checker as the writer", ["Fact-checked by Tom Hale"]],
    ["should not read a medical reviewer as the writer", ["Medically reviewed by Tom Hale"]],
    ["should not read a translator as the writer", ["Translated by Tom Hale"]],
    ["should not read the one interviewed after a kicker as the writer", ["Interview: Anna Lind über die neue Fähre"]],
    ["should not read a line of two dates and two sections as a credit", ["News · Updated Oct 14, 2024 · Politics · Oct 3, 2024"]],
    ["should not read a Dutch update label beside its date as a name", ["Aangepast 3 maart 2024 om 11:02"]],
    ["should not read the words after a date for a writer without the comment count after them", ["12.10.2025 Kreisliga Nord"]],
    ["should not read a Finnish weekday before the date for a writer", ["Tiistai 23.7.2024"]],
    ["should not read a Danish weekday before the date for a writer", ["Tirsdag 23. juli 2024"]],
  ])("%s", (_n, texts) => expect(extractByline(lines(...texts))).toBeUndefined());

  const T = "Harbour budget passes after long debate";
  const TEXT = ["The harbour board passed its budget on Tuesday night after a debate that ran for more than four hours.", "Members argued over the cost of the new ferry terminal and the dredging of the north channel."];
  const authorOf = (page: string[]) => normalizeDump("over.txt", new TextEncoder().encode(page.join("\n")), { reference: REF }).articles[0]!.meta.author;
  test.each([
    ["on the date line over it", ["Harbour Post", "News", "Posted on 9/12/2024 by Anna Lind", T, ...TEXT], "Anna Lind"],
    ["right over the date line over it", ["Harbour Post", "News", "By Anna Lind", "February 14, 2025", T, ...TEXT], "Anna Lind"],
    ["right over it, a section's label over the byline and the date under the dek", ["Harbour Post", "Economia", "di Anna Lind", "Il porto chiude il bilancio in attivo per il terzo anno di seguito, ma crescono i costi", "La giunta approva il piano dei lavori sul molo nord. I dubbi dei commercianti", "4 maggio 2024", ...TEXT], "Anna Lind"],
  ])("should read a marked byline over the headline %s", (_n, page, author) => expect(authorOf(page)).toBe(author));
  const PAYWALL = ["Questo contenuto è riservato agli abbonati", "Abbonati ora", "Sei già abbonato? Accedi"];
  test.each([
    ["a name right over the reserved rights, a paywall's box between the text and the name", [...PAYWALL, "Giulia Ferri", "© RIPRODUZIONE RISERVATA", "Le notizie più lette"], "Giulia Ferri"],
    ["a name right over the site's copyright line", ["Giulia Ferri", "© 2024 Harbour Media Group", "Privacy"], "Giulia Ferri"],
    ["no name under a box, not the text, over a kept line", ["Leggi anche", "Giulia Ferri", "Il porto chiude per lavori fino a maggio"], undefined],
    ["no syndicator's credit over the reserved rights", ["Via Harbourwire.info", "© RIPRODUZIONE RISERVATA"], undefined],
    ["a name right under the last paragraph, over a related box a junk rule takes", ["Giulia Ferri", "Leggi anche", "Il porto chiude per lavori fino a maggio"], "Giulia Ferri"],
    ["a name with her newsroom after a comma, right under the last paragraph", ["Sophie Ferri, HTV Studio Nord", "Dieses Thema im Programm:", "HTV um 4 | 09. März 2024 | 16:00 Uhr"], "Sophie Ferri"],
    ["no forum post's greeting under the last paragraph", ["Gruß Micha", "Leggi anche", "Il porto chiude per lavori fino a maggio"], undefined],
    ["no button in capitals under the last paragraph", ["ZUR STARTSEITE", "© RIPRODUZIONE RISERVATA"], undefined],
    ["no two capitalised words over a kept line", ["Externe Links", "Hafenamt Nord", "Hafenamt Süd"], undefined],
    ["the reporters of a wire's credit, not its editors, without where they filed from", ["(Reporting by Anna Lind in Oslo and Tom Berg in Milan; Editing by Jo Roe)"], ["Anna Lind", "Tom Berg"]],
  ])("should read the writer's signature under the text: %s", (_n, below, author) => expect(authorOf(["Harbour Post", "News", T, ...TEXT, ...below])).toEqual(author));
  test.each([
    ["a section's name beside the date over it", ["Harbour Post", "Nachricht 19. November 2021", T, ...TEXT]],
    ["a teaser's byline over another headline over it", ["Harbour Post", "By Tomas Reyes", "Ferry fares to rise in spring", "February 14, 2025", T, ...TEXT]],
  ])("should not read %s", (_n, page) => expect(authorOf(page)).toBeUndefined());
  test.each([
    ["should leave the newsroom after the writer's comma out when the site's header names it", ["Radar Harbour", "News", T, "Por Anna Lind, Radar Harbour — Port Lind", "12/03/2025 09h47", ...TEXT], "Anna Lind"],
    ["should keep a co-writer the site's header does not name", ["Radar Harbour", "News", T, "By Anna Lind, Tomas Berg", "12/03/2025 09h47", ...TEXT], ["Anna Lind", "Tomas Berg"]],
  ])("%s", (_n, page, author) => expect(authorOf(page)).toEqual(author));

  test("should read a bare name over a date line that the located text opened with, under the dek", () => {
    const page = ["Harbour Post", "Sports", T, "Down two goals at the break, the Harbour side came back to win on Saturday night. The win puts them top of the table.", "Tomas Reyes", "| Published 16/03/2025", ...TEXT];
    const [article] = normalizeDump("lead.txt", new TextEncoder().encode(page.join("\n")), { reference: REF }).articles;
    expect(article!.meta.author).toBe("Tomas Reyes");
    expect(article!.meta.summary).toMatch(/^Down two goals/);
    expect(article!.blocks.map((b) => b.text).join(" ")).not.toMatch(/Tomas Reyes|Down two goals/);
  });

  test("should not take the headline printed twice for its own dek", () => {
    const page = ["Harbour Trust", "Home", "Research", "Dry quays: the cost of water in the harbour's settlements", "Dry quays: the cost of water in the harbour's settlements", "Report summary", ...TEXT];
    const [article] = normalizeDump("twice.txt", new TextEncoder().encode(page.join("\n")), { reference: REF }).articles;
    expect(article!.meta.title).toBe("Dry quays: the cost of water in the harbour's settlements");
    expect(article!.meta.summary).toBeUndefined();
  });

  test("should read a bare name under the headline when the date line stands above the headline", () => {
    const head = lines("Wednesday 20 November 2019 9:22 am", "Harbour budget passes after long debate", "Anna Lind", "Anna Lind", "Share");
    const underTitle = head.slice(2);
    expect(extractByline(underTitle, { head: underTitle, around: head })?.author).toBe("Anna Lind");
    expect(extractByline(underTitle, { head: underTitle })).toBeUndefined();
  });

  test("should not read the place a writer filed from, printed over the headline too, for a second writer", () => {
    const page = lines("Villaseca del Río", "La comarca se queda sin su última oficina bancaria", "Lucía Ferrer", "Villaseca del Río", "Actualizado 17/02/2025 09:40 CET", LEDE);
    const underTitle = page.slice(2);
    expect(extractByline(underTitle, { page })?.author).toBe("Lucía Ferrer");
    expect(extractByline(underTitle)?.author).toEqual(["Lucía Ferrer", "Villaseca del Río"]);
  });

  test("should read a bare name right under the headline when the text follows it at once", () => {
    const page = lines("November 19, 2019 / 12:21 AM", "Harbour budget passes after long debate", "Anna Lind", LEDE);
    const underTitle = page.slice(2);
    expect(extractByline(underTitle, { head: underTitle.slice(0, 1), around: page })?.author).toBe("Anna Lind");
  });

  test("should read a bare name over a paragraph when a removed counter stood between them on the page", () => {
    const page = lines("Harbour budget passes after long debate", "12. Oktober 2019", "Anna Lind", "1 Kommentar", LEDE);
    const kept = [page[1]!, page[2]!, page[4]!];
    expect(extractByline(kept, { head: kept.slice(0, 2), dateLine: kept[0], page })?.author).toBe("Anna Lind");
    expect(extractByline(kept, { head: kept.slice(0, 2), dateLine: kept[0] })).toBeUndefined();
  });

  test("should read a bare name beside the line the date was read from, however long its labels", () => {
    const head = lines("PUBLISHED TUE, NOV 19 2019 7:05 AM EST UPDATED TUE, NOV 19 2019 7:16 AM EST", "Anna Lind", "Share");
    expect(extractByline(head, { dateLine: head[0] })?.author).toBe("Anna Lind");
    expect(extractByline(head)).toBeUndefined();
  });
});

describe("authorFromBio", () => {
  test.each([
    ["should read the name from a writer's bio with a handle", "Tomas Reyes (@tomasreyes) is a contributing writer at Coastlines covering cities.", "Tomas Reyes"],
    ["should read the name from a bio that gives the job with 'the'", "Ines Marlow is the restaurant critic for the Harbour Gazette.", "Ines Marlow"],
    ["should read a three-word name", "Anna Maria Lind is a senior reporter based in Malmö.", "Anna Maria Lind"],
    ["should read the name from a local reporter's note with how to reach them", "Anna Lind covers city hall for the Harbour Courier. Reach her at alind@courier.example.", "Anna Lind"],
    ["should not read someone who covers something in the text", "Tomas Reyes covers the night shift for the harbour pilots when the weather turns.", undefined],
    ["should not read a company described as a network", "Harbour Media is a network of local newspapers and radio stations.", undefined],
    ["should not read a one-word name", "Coastlines is a journal for writers on climate and cities.", undefined],
    ["should not read someone with a job other than writing", "Tomas Reyes is a harbour engineer at the port authority.", undefined],
    ["should not read a bio whose job word comes too late", "Tomas Reyes is a man who once wanted to be a famous novelist and writer.", undefined],
    ["should not read a name followed by something other than a job", "Tomas Reyes is ready to take his case to the high court.", undefined],
  ])("%s", (_n, text, author) => expect(authorFromBio(lines(text))).toBe(author));
});

describe("authorFromLabel", () => {
  test.each([
    ["should read a role label's name", ["Share", "Author: Anna Lind"], "Anna Lind"],
    ["should read a generated-content site's journalist label", ["AI Journalist: Tomas Reyes"], "Tomas Reyes"],
    ["should read a label in another language", ["Auteur: Anna Lind"], "Anna Lind"],
    ["should read a Russian writer's 'Текст:' credit", ["Текст: Ольга Смирнова"], "Ольга Смирнова"],
    ["should read an Indonesian writer's label", ["Penulis: Rahmat Hidayat", "Editor: Dewi Lestari"], "Rahmat Hidayat"],
    ["should read a German writer's 'Text:' credit under the text", ["Text: Anna Lind"], "Anna Lind"],
    ["should not read a menu entry without a colon", ["Author Services Center"], undefined],
    ["should not read an interview's question", ["Reporter: Thanks for your time."], undefined],
    ["should not read a label with more than names after it", ["Author: Anna Lind covers the harbour"], undefined],
  ])("%s", (_n, page, author) => expect(authorFromLabel(lines(...page))).toBe(author));
});

describe("authorFromPostFooter", () => {
  test.each([
    ["should read a blog platform's byline under the post with its time", ["Posted by Anna Lind at 9:41 PM", "Email This"], "Anna Lind"],
    ["should read it without the time", ["Posted by Anna Lind", "Share to Twitter"], "Anna Lind"],
    ["should read its German translation with a 24-hour time", ["Eingestellt von Anna Lind um 21:41"], "Anna Lind"],
    ["should read its French translation", ["Publié par Anna Lind à 21:41"], "Anna Lind"],
    ["should read the French byline with its date, the month in French", ["Publié par Anna Lind le 3 mai 2024"], "Anna Lind"],
    ["should read 'Posté par' with its date", ["Posté par Anna Lind le 3 mai 2024", "Catégories : Animations"], "Anna Lind"],
    ["should read the German byline with its date, the month in German", ["Eingestellt von Anna Lind am 3. Mai 2024"], "Anna Lind"],
    ["should read a local paper's report credit under the text", ["Report by Anna Lind"], "Anna Lind"],
    ["should read a blog's writer credit under the text", ["Written by Anna Lind", "Posted in Eat & Drink | September 12, 2016"], "Anna Lind"],
    ["should not read a sentence on who wrote something", ["Written by Anna Lind in 1998, the song became the harbour's anthem."], undefined],
    ["should read the writer from an older WordPress theme's sentence under the post", ["This entry was posted in Harbour and tagged ferries, tides on March 4, 2019 by Anna Lind. Bookmark the permalink."], "Anna Lind"],
    ["should read two writers", ["Posted by Anna Lind and Tomas Reyes at 9:41 PM"], ["Anna Lind", "Tomas Reyes"]],
    ["should not read a sentence that goes on after the name", ["Posted by Anna Lind on her blog, the photo of the harbour was shared widely."], undefined],
    ["should not read a one-word user name", ["Posted by admin at 9:41 PM"], undefined],
    ["should read a blogger's first name before the time", ["Posted by Anna at 9:14 PM"], "Anna"],
    ["should read the byline before the meta line's counters", ["Posted by Anna Lind at 11:42 PM | Comments (4) | TrackBack (1)"], "Anna Lind"],
    ["should read two first names joined by an ampersand", ["posted by Anna & Tomas at 10:15 PM"], ["Anna", "Tomas"]],
    ["should read a blog's user name in lowercase before the time, the category and counters", ["Posté par anne_en_balade à 10:15 - Bretagne - Commentaires [2] - Rétroliens [0]"], "anne_en_balade"],
    ["should read an old theme's 'Filed under' line with the writer and time after a dash", ["Filed under: Harbour news, Corrections — Anna Lind @ 3:12 pm"], "Anna Lind"],
    ["should not read a site account's name in lowercase before the time", ["Posted by webmaster at 9:14 PM"], undefined],
    ["should not read a site account's name before the time", ["Posted by Admin at 9:14 PM"], undefined],
    ["should not read a first name without the time", ["Posted by Anna"], undefined],
    ["should read a text credit closing the text", ["Text: Anna Lind"], "Anna Lind"],
    ["should read a French text credit", ["Texte : Anne Lind"], "Anne Lind"],
    ["should read a German interviewer's credit", ["Das Interview führte Anna Lind."], "Anna Lind"],
    ["should read a broadcaster's credit for a report under the text", ["Ein Beitrag von Anna Lind und Tomas Reyes"], ["Anna Lind", "Tomas Reyes"]],
    ["should read a French broadcaster's credit for a report", ["Un reportage de Anne Lind"], "Anne Lind"],
    ["should read a French interviewer's credit", ["Propos recueillis par Anne Lind"], "Anne Lind"],
    ["should read a German interviewer's credit that says 'Gespräch'", ["Das Gespräch führte Anna Lind."], "Anna Lind"],
    ["should read a German credit for the questions", ["Die Fragen stellte Anna Lind."], "Anna Lind"],
    ["should read a short French interviewer's credit", ["Recueilli par Anne Lind"], "Anne Lind"],
    ["should read a text credit beside the photographer's after a dot", ["Text: Anna Lind · Fotos: Tomas Reyes"], "Anna Lind"],
    ["should read a Spanish written-by credit with the writer's job after a comma", ["Escrito por Ana Lind, coordinadora de Ciencias"], "Ana Lind"],
    ["should read a German written-by credit glued to the name", ["Geschrieben vonAnna Lind"], "Anna Lind"],
    ["should read a German report credit with its colon", ["Bericht: Anna Lind"], "Anna Lind"],
    ["should read a text credit with the writer's office after a comma, a German noun in capitals", ["Text: Anna Lind, Pfarreisekretariat"], "Anna Lind"],
  ])("%s", (_n, page, author) => expect(authorFromPostFooter(lines(...page))).toEqual(author));
});

describe("agencyFromDateline", () => {
  test.each([
    ["should read the agency in a wire story's dateline", "OSLO (Reuters) - The central bank left rates unchanged on Thursday.", "Reuters"],
    ["should read an agency after a place of two words and an em dash", "NEW YORK (AP) — Shares rose in early trading.", "AP"],
    ["should read a station's call sign", "BOULDER (KXYZ) – Snow closed the pass overnight.", "KXYZ"],
    ["should not read brackets in running text", "The Harbour Party (HP) - a small group - won two seats.", undefined],
    ["should not read a dateline without a credit", "OSLO — The central bank left rates unchanged on Thursday.", undefined],
  ])("%s", (_n, text, author) => expect(agencyFromDateline(lines(text))).toBe(author));
});

describe("findDates", () => {
  test.each([["Januar"], ["Februar"], ["Mai"], ["März"]])("should measure a German date with %s as written, to the line's end", (month) => {
    const line = `Geschrieben von Anna Lind am 22. ${month} 2025`;
    expect(findDates(line, REF, "de")[0]!.end).toBe(line.length);
  });
  test.each([
    ["French 'mars'", "Publié le 3 mars 2025", "fr"],
    ["Dutch 'januari'", "Gepubliceerd op 12 januari 2025", "nl"],
  ])("should measure a date with %s, a month another language shares, as written", (_n, line, language) => {
    expect(findDates(line, REF, language as "fr")[0]!.end).toBe(line.length);
  });
  test("should read the date of a German writer's line with a month Danish shares", () => {
    expect(extractDate(lines("Geschrieben von Annalena Lindqvist am 22. Januar 2025"), [], { reference: REF, language: "de" })?.date).toBe("2025-01-22");
  });
  test("should not take a chronicle's first section date in the text's first lines for the article's", () => {
    const body = lines("Seit Jahren wird um die Umgehungsstraße gestritten, und noch ist kein Meter davon gebaut.", "Die wichtigsten Stationen des Streits:", "12. Mai 2019", "Stadtrat beschließt Planung", "Mit 19 zu 11 Stimmen beauftragt der Stadtrat das Bauamt, eine Trasse südlich der Altstadt zu planen.");
    expect(extractDate(lines("Von Anna Lind", "22. April 2024"), body, { reference: REF, language: "de" })?.date).toBe("2024-04-22");
  });
  test.each([
    ["should read an English date with time and zone", "Nov. 19, 2019 8:03 am ET", "en", "2019-11-19T08:03-05:00"],
    ["should give a seasonal zone its summer offset when the time comes first", "Last updated: 10:32 a.m. ET, Oct. 28, 2024", "en", "2024-10-28T10:32-04:00"],
    ["should give a seasonal zone its winter offset when the time comes first", "4:05 p.m. PT, Dec. 2, 2024", "en", "2024-12-02T16:05-08:00"],
    ["should read day-first dots on an English page", "Published 02.11.2020", "en", "2020-11-02"],
    ["should read a German month name", "Veröffentlicht am 3. März 2019", "de", "2019-03-03"],
    ["should keep the minutes of a French time with spaces around its 'h'", "Publié le 11 mars 2025 à 16 h 45", "fr", "2025-03-11T16:45"],
    ["should keep the minutes of a time glued to the update's label", "Publié le 8 avr. 2025 à 7:05Mis à jour le 8 avr. 2025 à 9:40", "fr", "2025-04-08T07:05"],
    ["should open a date glued to a word, and keep the time after its dash", "La Información16.08.2020 - 21:03h", "es", "2020-08-16T21:03"],
    ["should keep the time before Argentina's hours word", "27 de febrero de 2025 - 18:41hs", "es", "2025-02-27T18:41"],
    ["should open a month's name glued to the name before it", "Anna LindMarch 12, 2018", "en", "2018-03-12"],
    ["should open a date printed twice without a space", "25/08/201725/08/2017 ~ Anna Lind", "de", "2017-08-25"],
    ["should read a German date without the day's full stop", "14 Januar 2022", "de", "2022-01-14"],
    ["should read a month's name between full stops, and an hour written with 'h'", "12.mar.2025 às 20h15", "pt", "2025-03-12T20:15"],
    ["should read an English month's name between full stops", "Updated 12.Mar.2025", "en", "2025-03-12"],
    ["should read an Arabic afternoon hour after its time", "الأربعاء 12 مارس 2025 - 02:30 م", "en", "2025-03-12T14:30"],
    ["should read a Spanish hour written with 'h'", "12 de marzo de 2025, 20h15", "es", "2025-03-12T20:15"],
    ["should read a German date written month first", "Autor: Team Juli 12, 2017", "de", "2017-07-12"],
    ["should read a German month-first date on an English page", "Autor: Team Juli 12, 2017", "en", "2017-07-12"],
    ["should read a German date without the day's full stop in a name English shares", "3 November 2022 um 10:15 Uhr", "de", "2022-11-03T10:15"],
    ["should read the time of an English date whose month German shares", "PUBLISHED: November 8, 2023 at 4:56 p.m.", "en", "2023-11-08T16:56"],
    ["should read the time of an English day-first date whose month German shares", "Published: 22:00 GMT, 26 September 2020", "en", "2020-09-26T22:00+00:00"],
    ["should read a Russian date", "Опубликовано 13 января 2020", "ru", "2020-01-13"],
    ["should read a Japanese date", "2020年7月1日 10時00分", "ja", "2020-07-01T10:00"],
    ["should read a Polish month name", "12 marca 2024, 14:05", "en", "2024-03-12T14:05"],
    ["should read a Czech month name", "12. března 2024 14:05", "en", "2024-03-12T14:05"],
    ["should read a Turkish month name", "3 Şubat 2024", "en", "2024-02-03"],
    ["should read a Swedish month name", "Publicerad 12 maj 2024", "en", "2024-05-12"],
    ["should read a Finnish month name", "12. maaliskuuta 2024", "en", "2024-03-12"],
    ["should read a Greek month name", "15 Οκτωβρίου 2024", "en", "2024-10-15"],
    ["should read a Hindi month name", "18 अप्रैल 2024", "en", "2024-04-18"],
    ["should read an Arabic month name in Arabic-Indic digits", "٨ ديسمبر ٢٠٢٤", "en", "2024-12-08"],
    ["should read a Levantine Arabic month name of two words", "3 كانون الأول 2024", "en", "2024-12-03"],
    ["should read a Hebrew month name with its preposition", "5 ביולי 2024", "en", "2024-07-05"],
    ["should read an Indonesian month name", "Minggu, 17 Agustus 2024 10:00 WIB", "en", "2024-08-17T10:00+07:00"],
    ["should read a Korean date", "2024년 11월 3일 14:05", "en", "2024-11-03T14:05"],
    ["should read a Vietnamese date", "ngày 10 tháng 12 năm 2024", "en", "2024-12-10"],
    ["should read the Norwegian December with its full stops", "2. des. 2024", "en", "2024-12-02"],
    ["should not read a French 'des' between numbers", "12 des 2000 participants", "fr", undefined],
    ["should not read a month word without its day", "Mart 2024", "en", undefined],
    ["should not read a month word after a longer number", "112 marca 2024", "en", undefined],
    ["should keep a time set apart by a middle dot", "Nov 3, 2024 · 5:42 PM", "en", "2024-11-03T17:42"],
    ["should keep a time set apart by a bar, with its zone", "November 3, 2024 | 5:42 PM EST", "en", "2024-11-03T17:42-05:00"],
    ["should keep a time set apart before its date", "5:42 AM PST · November 3, 2024", "en", "2024-11-03T05:42-08:00"],
    ["should keep a time after the Polish year's 'r.'", "8 listopada 2024 r., 08:15", "en", "2024-11-08T08:15"],
    ["should read a Korean afternoon time", "2024.06.21 오후 3:27", "en", "2024-06-21T15:27"],
    ["should keep a French time written with an h", "Publié le 02/11/23 à 16h33", "fr", "2023-11-02T16:33"],
    ["should not join the second date of a period as a time", "03.11.2024 – 05.11.2024", "de", "2024-11-03"],
    ["should read the time after a Nordic clock word", "Publisert 3. nov. 2024 kl. 14.05", "en", "2024-11-03T14:05"],
    ["should read a Portuguese month before the day, as WordPress writes it", "maio 5, 2024 por Ana Paula", "pt", "2024-05-05"],
    ["should read a Spanish month before the day, with the time", "Mayo 12, 2024 a las 14:05", "es", "2024-05-12T14:05"],
    ["should read a Dutch month before the day", "mei 5, 2024", "nl", "2024-05-05"],
    ["should read a French month before the day", "mars 5, 2024", "fr", "2024-03-05"],
    ["should read the time after a Finnish clock word", "Julkaistu 3.11.2024 klo 9.30", "en", "2024-11-03T09:30"],
    ["should not take a number after the clock word for a time", "3.11.2024 kl. 14.05.2023", "en", "2024-11-03"],
    ["should read a date in Arabic-Indic digits", "١٢/٠٣/٢٠٢٤", "en", "2024-12-03"],
    ["should read the Dutch abbreviation of March", "Gepubliceerd op 12 mrt 2020 om 14:05", "nl", "2020-03-12T14:05"],
    ["should read the French abbreviation of February", "Publié le 12 févr. 2020 à 08h15", "fr", "2020-02-12T08:15"],
    ["should read a short numeric date on a Dutch page day first", "Gepubliceerd op 05-02-24 om 07:12", "nl", "2024-02-05"],
    ["should still read a short numeric date on an English page month first", "Published 05-02-24", "en", "2024-05-02"],
  ])("%s", (_n, text, lang, iso) => expect(findDates(text, REF, lang as "en")[0]?.iso).toBe(iso));

  test.each([
    ["should not invent a year for 'yesterday'", "yesterday"],
    ["should not take a month and year for a day", "in May 2023"],
    ["should ignore text with no date", "The council met for three hours."],
  ])("%s", (_n, text) => expect(findDates(text, REF)).toEqual([]));
});

describe("withoutRelative", () => {
  const stated = (parser: chrono.Chrono, text: string) =>
    parser.parse(text, REF).filter((r) => r.start.isCertain("year") && /\d{4}/.test(r.text)).map((r) => [r.index, r.text, r.start.date().toISOString()]);

  test.each(["en", "de", "fr", "es", "it", "nl", "ru", "uk", "zh"] as const)("should drop the relative parsers of %s", (locale) => {
    const full = chrono[locale].casual;
    expect(withoutRelative(full).parsers.length).toBeLessThan(full.parsers.length);
  });

  test.each([
    ["should read a date after a time ago", "en", "3 days ago, on March 3, 2024 at 10am"],
    ["should read a date before a later-phrase", "en", "March 3, 2024, two weeks later"],
    ["should read a date after a within-phrase", "en", "within 2 hours of March 3, 2024 10:00"],
    ["should read a date after 'next week'", "en", "next week on Tuesday, March 10, 2020 at 10am"],
    ["should read a date after 'end of the month'", "en", "by the end of the month, March 31, 2020"],
    ["should read a German date after 'vor 3 Tagen'", "de", "vor 3 Tagen, am 5. März 2019 um 10:15 Uhr"],
    ["should read an Italian date after '3 giorni fa'", "it", "3 giorni fa, il 5 marzo 2019"],
    ["should read a Dutch date after '2 dagen geleden'", "nl", "2 dagen geleden, op 5 maart 2019"],
    ["should read a Russian date after '3 дня назад'", "ru", "3 дня назад, 13 января 2020"],
  ] as const)("%s as the full parser does", (_n, locale, text) => {
    const full = chrono[locale].casual;
    expect(stated(withoutRelative(full), text)).toEqual(stated(full, text));
    expect(stated(full, text)).toHaveLength(1);
  });

  test("should read the date itself in an offset from it (the sum is an event's arithmetic, not a stated date)", () => {
    expect(stated(withoutRelative(chrono.en.casual), "2 days after March 3, 2024")).toEqual([[13, "March 3, 2024", "2024-03-03T12:00:00.000Z"]]);
  });
});

describe("shiftDays", () => {
  test.each([
    ["should go back a day within a month", "2025-10-17", -1, "2025-10-16"],
    ["should go back across a month's start", "2025-03-01", -1, "2025-02-28"],
    ["should go back across a leap day", "2024-03-01", -1, "2024-02-29"],
    ["should go back across a year's start", "2026-01-01", -1, "2025-12-31"],
    ["should keep only the date of a timestamp", "2025-10-17T08:30+02:00", -1, "2025-10-16"],
  ])("%s", (_n, iso, days, expected) => expect(shiftDays(iso, days)).toBe(expected));
});

describe("labelledAnywhere", () => {
  test.each([
    ["should read a label right before its date", "Veröffentlicht: 3. März 2019", "de", "2019-03-03"],
    ["should read an English blog footer with categories before the date", "This entry was posted in Gardening, Diary and tagged frost on March 4, 2019 by admin.", "en", "2019-03-04"],
    ["should read a German blog footer with categories before the date", "Dieser Eintrag wurde veröffentlicht in Garten, Tagebuch am 8. Oktober 2014 von Anna.", "de", "2014-10-08"],
    ["should read a German footer that names the date before the label", "Der Beitrag wurde am Dienstag, den 5. März 2019 um 09:40 Uhr veröffentlicht und unter Garten abgelegt.", "de", "2019-03-05T09:40"],
    ["should read a date after the poster's name", "Gespeichert von anna am 6. Mai 2016 - 07:30", "de", "2016-05-06T07:30"],
    ["should read a French blog footer", "Cette entrée a été publiée dans Actualités, Quartier le 12 octobre 2019 par Claire.", "fr", "2019-10-12"],
    ["should read a Spanish blog footer", "Esta entrada fue publicada en Noticias el 12 de octubre de 2019 por Ana.", "es", "2019-10-12"],
    ["should read a Dutch blog footer", "Dit bericht is geplaatst in Nieuws op 12 oktober 2019 door Anna.", "nl", "2019-10-12"],
    ["should read a 'Posted in … on' footer", "Posted in Gardening, Diary on March 4, 2019", "en", "2019-03-04"],
    ["should read German 'Erstellt am'", "Erstellt am 12.10.2019 von Petra Lorenz", "de", "2019-10-12"],
    ["should read the site's note that the story was first published on a day", "This story was originally published on Sept. 30, 2024, and has been updated with new figures from the harbour office.", "en", "2024-09-30"],
    ["should read a label after a bar on a byline's line", "Anna Lind | Published on 12 May 2019", "en", "2019-05-12"],
    ["should read the second of two labels on a line", "erstellt von Anna — veröffentlicht 28.01.2022 06:00", "de", "2022-01-28T06:00"],
    ["should read a post's title before 'wurde am … gepostet'", "Frost im Garten wurde am 12. April 2011 um 08:05 Uhr gepostet und unter Tagebuch abgelegt.", "de", "2011-04-12T08:05"],
    ["should read a German 'Stand:' under the text", "Stand: 25.11.2025, 16:40 Uhr", "de", "2025-11-25T16:40"],
    ["should read Swiss 'Publiziert am'", "Publiziert am 25. November 2025", "de", "2025-11-25"],
    ["should read French 'Date de publication :'", "Date de publication : 14 janvier 2025", "fr", "2025-01-14"],
    ["should read Italian 'Data di pubblicazione:'", "Data di pubblicazione: 14/01/2025", "it", "2025-01-14"],
    ["should date a first publication told by its time alone on the update's day", "Updated March 12, 2025 — 2.05pm, first published at 6.40am", "en", "2025-03-12T06:40"],
    ["should read a first publication on another day than the update", "Updated March 13, 2025 — 9.05am, first published March 12, 2025 — 6.40pm", "en", "2025-03-12T18:40"],
  ])("%s", (_n, text, lang, iso) => expect(labelledAnywhere(lines(text), { reference: REF, language: lang as "en" })?.date).toBe(iso));

  test.each([
    ["should not read a study's publication far from the label", "The study, published in a journal of the society for marine biology on March 3, 2019, found the same.", "en"],
    ["should not read a report's first publication told inside a sentence", "The village design statement, first published on 12 May 2019, lists the kiosk among the village's landmarks.", "en"],
    ["should not read results published on a day, in a sentence", "The survey results were published on 2 June 2025 and showed a clear majority for the new ferry route.", "en"],
    ["should not read a stand at a fair for a label", "Am Stand der Bäckerei gab es am 12. März 2025 frische Brezeln.", "de"],
    ["should not read a time after a label without a day before it", "First published at 6.40am", "en"],
    ["should not read a later sentence of a footer", "Der Beitrag wurde von Anna veröffentlicht, die seit Jahren über Gärten schreibt. Am 9. Februar 2015 kam der erste Frost.", "de"],
  ])("%s", (_n, text, lang) => expect(labelledAnywhere(lines(text), { reference: REF, language: lang as "en" })).toBeUndefined());

  test.each([
    ["should take out a stamp that is only its label, its publisher and its date", "Published by Island Gazette on Mar. 21, 2024.", true],
    ["should take out a bare label and date", "Publié le 29 juin 2019", true],
    ["should leave a footer sentence that goes on after its date", "This entry was posted in Gardening, Diary and tagged frost on March 4, 2019 by admin.", false],
    ["should leave a line that says more after the date", "Published on 12 May 2019 in the spring issue of the harbour magazine", false],
    ["should leave a label after a byline's bar", "Anna Lind | Published on 12 May 2019", false],
  ])("%s", (_n, text, consumed) => expect(labelledAnywhere(lines(text), { reference: REF, language: "en" })?.consumeLine).toBe(consumed));
});

describe("an update's date under the headline and the publication's at the foot", () => {
  test("should say in the removals that the date was read from the publication line at the foot", () => {
    const page = ["City", "Metro line gets its first three stations", "By Anna Lind", "Updated - May 10, 2025 12:02 am IST", LEDE, LEDE.replace("Tuesday", "Monday"), LEDE.replace("harbour", "ferry"), "Published - May 09, 2025 08:14 pm IST", "Related Topics"];
    const removals = normalizeDump("metro.txt", new TextEncoder().encode(page.join("\n")), { reference: REF }).removals;
    expect(removals.find((r) => r.text.startsWith("Published -"))?.rule).toBe("extract-date");
  });
  test("should date the article by its publication, not by its update read again past the dash", () => {
    const page = ["City", "Metro line gets its first three stations", "By Anna Lind", "Updated - May 10, 2025 12:02 am IST", LEDE, LEDE.replace("Tuesday", "Monday"), LEDE.replace("harbour", "ferry"), "Published - May 09, 2025 08:14 pm IST", "Related Topics"];
    const meta = normalizeDump("metro.txt", new TextEncoder().encode(page.join("\n")), { reference: REF }).articles[0]!.meta;
    expect([meta.date?.slice(0, 10), meta.dateSource]).toEqual(["2025-05-09", "published"]);
  });
});

describe("an update's label over the text's dateline", () => {
  const dateOf = (...top: string[]) => normalizeDump("fares.txt", new TextEncoder().encode(["News", "Harbour ferry fares to rise 18% from May", "Last updated: April 8, 2025", "By Anna Lind", ...top, "Port Lind, Harbourland — April 7, 2025 — Passengers on the island ferry will pay 18 percent more for a single ticket from May 1, the operator said.", LEDE, LEDE.replace("harbour", "ferry")].join("\n")), { reference: REF }).articles[0]!.meta;
  test("should date the article by its dateline, earlier than the update", () => {
    expect(dateOf().date).toBe("2025-04-07");
  });
  test("should read the dateline under a box of key points over the text", () => {
    expect(dateOf("Key Takeaways:", "Single fares rise by 18% on May 1", "Monthly passes go up by 9%", "Island residents keep their discount", "Students pay the old fare until June").date).toBe("2025-04-07");
  });
});

describe("a forum thread", () => {
  const REPLY = "I had the same trouble with the harbour ferry app after the update, and reinstalling it did not help at all. The timetable still shows the winter sailings and the ticket page stays blank until I restart the phone.";
  const page = (starter: string, start: string) => ["Harbour Riders Forum", "Forums", "Ferries", "Ferry app shows the old timetable", starter, start, "Anna Lind", "Member", "Sep 18, 2020", "#1", "Since the update the app shows the old timetable.", "Tomas Reyes", "Member", "Oct 6, 2020", "#2", REPLY, REPLY.replace("the same", "similar"), "Reply", "Log in or register to reply here."].join("\n");
  const dateOfPage = (starter: string, start: string) => normalizeDump("thread.txt", new TextEncoder().encode(page(starter, start)), { reference: REF }).articles[0]!.meta.date;
  test("should date a thread by its start when the text is taken from a reply", () => {
    expect(dateOfPage("Thread starter Anna Lind", "Start date Sep 18, 2020")).toBe("2020-09-18");
  });
  test.each([
    ["should read a French thread's start", ["Auteur de la discussion Anna Lind", "Date de début 18 sept. 2020"], "fr", "2020-09-18"],
    ["should read a German thread's start", ["Ersteller Anna Lind", "Erstellt am 18.09.2020"], "de", "2020-09-18"],
  ])("%s", (_n, head, lang, iso) => expect(threadStart(lines(...head), { reference: REF, language: lang as "en" })?.date).toBe(iso));
  test.each([
    ["should not read a course's start date", ["Harbour sailing course", "Start date 18 September 2020"]],
    ["should not read a start date away from the starter", ["Thread starter Anna Lind", "Replies 12", "Start date Sep 18, 2020"]],
  ])("%s", (_n, head) => expect(threadStart(lines(...head), { reference: REF, language: "en" })).toBeUndefined());
});

describe("a platform's post head, the writer's name over the date over the headline", () => {
  const authorOf = (over: string[]) => normalizeDump("post.txt", new TextEncoder().encode(["Harbour Dev Community", "Log in", "Create account", "Like", "Save", "Report Abuse", ...over, "Posted on Mar 3", "Why our ferry app moved to server-side rendering", "#webdev", LEDE, LEDE.replace("Tuesday", "Monday"), LEDE.replace("harbour", "ferry")].join("\n")), { reference: REF }).articles[0]!.meta.author;
  test("should read the name over the date line as the writer's", () => expect(authorOf(["Anna Lind"])).toBe("Anna Lind"));
  test("should not read the last of a run of capitalised menu entries as a writer", () => expect(authorOf(["Harbour Sports", "Harbour Weather"])).toBeUndefined());
});

describe("an article dated by its age", () => {
  const dump = (age: string) => ["Zum Inhalt springen", "Rheinfurter Rundschau", "Politik", "22.11.2025", "Lokales", "Warnstreik legt den Hafen lahm", age, LEDE, LEDE.replace("Tuesday", "Monday"), LEDE.replace("harbour", "ferry")].join("\n");
  test.each([["vor 3 Stunden"], ["3 hours ago"], ["há 3 horas"], ["3 uur geleden"]])("should take no plain date from the page when '%s' stands under the headline", (age) => {
    expect(normalizeDump("aged.txt", new TextEncoder().encode(dump(age)), { reference: REF }).articles[0]!.meta.date).toBeUndefined();
  });
  const dateOf = (page: string[]) => normalizeDump("teaser.txt", new TextEncoder().encode(page.join("\n")), { reference: REF }).articles[0]!.meta.date;
  test.each([
    ["under the headline", ["Correio do Alto", "Leia também", "Câmara aprova orçamento de 32 milhões", "Publicado a 14 de março de 2025", "Economia", "Warnstreik legt den Hafen lahm", "há 3 horas", LEDE, LEDE.replace("Tuesday", "Monday")]],
    ["under the dek and the byline", ["Il Tifoso", "In evidenza", "Calciomercato, il Vallerossa pensa a un nuovo attaccante", "12/03/2025", "Warnstreik legt den Hafen lahm", "Partita bloccata per un'ora, poi la zampata del centravanti", "di Luca Ranieri", "2 ore fa", LEDE, LEDE.replace("Tuesday", "Monday")]],
  ])("should take no date of a teaser over the headline when the age stands %s", (_n, page) => expect(dateOf(page)).toBeUndefined());
  test("should not take a live page's key event, its age over it, for the headline, nor leave the page undated", () => {
    const entry = (stamp: string, heading: string, text: string) => [stamp, heading, text, LEDE.replace("council", "harbour board")];
    const page = ["Harbour Courier", "News", "Live", "Harbour fire: terminal evacuated as smoke drifts over the old town – live updates", "Residents told to keep their windows shut; the council says the terminal stays closed today", "Live reporting by Anna Lind and Tomas Reyes", "Tue 4 Mar 2025 06.58 GMT", "Share", "Key events", "1h ago", "Council calls an emergency meeting", "3h ago", "Ferries held at the north quay", "5h ago", "Terminal evacuated before noon", "Show key events only", "Pinned post", "8h ago", "What we know so far", "The fire started in the terminal's kitchen shortly after ten.", "About 400 passengers were moved to the sports hall.", "No injuries have been reported.", ...entry("15:31", "Council calls an emergency meeting", LEDE), ...entry("13:47", "Ferries held at the north quay", LEDE.replace("Tuesday", "Monday")), ...entry("11:02", "Terminal evacuated before noon", LEDE.replace("harbour", "ferry"))];
    const meta = normalizeDump("live.txt", new TextEncoder().encode(page.join("\n")), { reference: REF }).articles[0]!.meta;
    expect(meta.title).not.toBe("Terminal evacuated before noon");
    expect(meta.date).toBe("2025-03-04T06:58+00:00");
  });
  test.each([
    ["bare dates", ["14/06/2025", "Road closed after crash on the coast road", "13/06/2025", "New ferry timetable for the summer"]],
    ["labelled dates", ["Publicado a 14 de março de 2025", "Câmara aprova orçamento de 32 milhões", "Publicado a 13 de março de 2025", "Festival de folclore regressa em julho"]],
  ])("should take no date from a strip of cards over the headline, each with %s over its headline", (_n, strip) => {
    expect(dateOf(["Harbour News", "Home", ...strip, "Events", "Warnstreik legt den Hafen lahm", LEDE, LEDE.replace("Tuesday", "Monday")])).toBeUndefined();
    expect(dateOf(["Harbour News", "Home", ...strip, "Events", "Warnstreik legt den Hafen lahm", LEDE, LEDE.replace("Tuesday", "Monday"), "Published on 15 June 2025", "Share"])).toBe("2025-06-15");
  });
  test("should keep the zone of a time glued to the next label", () => {
    expect(dateOf(["Harbour Wire", "Ferry operator agrees to buy its rival", "March 14, 20243:12 PM GMTUpdated 2 hours ago", LEDE, LEDE.replace("Tuesday", "Monday")])).toBe("2024-03-14T15:12+00:00");
  });
  test("should take a German CMS's 'Eingestellt am' date under the text", () => {
    expect(dateOf(["Harbour Club", "News", "Warnstreik legt den Hafen lahm", LEDE, LEDE.replace("Tuesday", "Monday"), "Text: Anna Lind", "Eingestellt am 15.04.2024", "« Zurück zur Übersicht"])).toBe("2024-04-15");
  });
  test("should still take the date over the headline when only an update's age stands under it", () => {
    expect(dateOf(["Harbour Times", "March 3, 2025", "Ferry fares rise for the first time in ten years", "Updated 2 hours ago", LEDE, LEDE.replace("Tuesday", "Monday")])).toBe("2025-03-03");
  });
});

describe("teaser cards under the text", () => {
  const dump = (below: string[]) => ["Rheinfurter Rundschau", "Politik", "Warnstreik legt den Hafen lahm", "Von Anna Lind", LEDE, LEDE.replace("Tuesday", "Monday"), LEDE.replace("harbour", "ferry"), ...below].join("\n");
  const dateOfDump = (cards: string[]) => normalizeDump("cards.txt", new TextEncoder().encode(dump(cards)), { reference: REF }).articles[0]!.meta.date;
  test("should not take a labelled date from a run of cards", () => {
    expect(dateOfDump(["Aus der Region", "Flughafen: Neue Nachtflugregeln treten in Kraft", "Veröffentlicht am 21.11.2025", "Autobahn 661: Sperrung am Wochenende", "Veröffentlicht am 20.11.2025"])).toBeUndefined();
  });
  test("should still take the post's own labelled date under the text", () => {
    expect(dateOfDump(["Veröffentlicht am 21.11.2025", "Kommentare"])).toBe("2025-11-21");
  });
});

describe("datedRelatively", () => {
  test.each([
    ["should read a labelled stamp of hours ago", "Published 3 hours ago", true],
    ["should read 'about' before the hours", "Published about 5 hours ago", true],
    ["should read a German labelled stamp", "Erstellt: vor 4 Stunden", true],
    ["should read a labelled yesterday's hour", "Posted yesterday at 14:05", true],
    ["should read a Portuguese labelled stamp", "Publicado há 3 horas", true],
    ["should read a Dutch labelled stamp", "Gepubliceerd: 3 uur geleden", true],
    ["should read an Italian labelled stamp", "Pubblicato: 2 ore fa", true],
    ["should not read a bare stamp, which may be another story's age", "2 days ago", false],
    ["should not read an update's stamp", "Updated 2 hours ago", false],
    ["should not read today's hour, which is the page's own day", "Today at 10:05", false],
    ["should not read a written date", "Published 13 November 2025", false],
    ["should not read prose that mentions hours ago", "The crane broke down 3 hours ago, the board said.", false],
  ])("%s", (_n, text, relative) => expect(datedRelatively([{ no: 1, text }])).toBe(relative));
});

describe("firstDateLine", () => {
  const ctx = { reference: REF, language: "de" as const };
  test("should pass over a date alone at the very top of the page, the site's 'today'", () => {
    expect(firstDateLine(lines("7. Juni 2021", "Startseite", "Politik"), ctx)).toBeUndefined();
  });
  test("should read a date alone further down", () => {
    expect(firstDateLine(lines("Startseite", "Politik", "Kultur", "Sport", "7. Juni 2021"), ctx)?.date).toBe("2021-06-07");
  });
});

describe("extractDate", () => {
  const ctx = { reference: REF, language: "en" as const };
  test("should prefer a Published label to an Updated one", () => {
    expect(extractDate(lines("Updated: 2025-10-18 06:47", "Published: 2025-10-17 02:25"), [], ctx)).toMatchObject({ date: "2025-10-17T02:25", dateSource: "published" });
  });
  test.each([
    ["a run of related cards, a headline over each date", ["Related", "Harbour ferry review: the best boat under $600", "Nov 12, 2019", "Three harbour cafés that punch above their weight", "Nov 8, 2019", "Phones"]],
    ["a video card's date under its title and running time", ["TECH", "VIDEO 2:31", "Harbour chief on the ferry shortage: 'We saw it coming'", "Nov 14, 2019"]],
  ])("should not take %s above the headline", (_n, head) => expect(extractDate(lines(...head), [], ctx)).toBeUndefined());
  test.each([
    ["under the age", ["Municipality cuts power to 40 000 homes", "Thandeka Mokoena", "Published 4h ago", "Tue, 22 Oct 2024 10:45"]],
    ["over the age", ["Municipality cuts power to 40 000 homes", "Thandeka Mokoena", "Tue, 22 Oct 2024 10:45", "Published 4h ago"]],
  ])("should take the date written out right beside the article's age, %s", (_n, head) => {
    expect(extractDate(lines(...head), [], ctx)).toMatchObject({ date: "2024-10-22T10:45", dateSource: "published" });
  });
  test("should take the published date of a line that also gives the update's", () => {
    const head = lines("Dengue cases rise as clinics extend their hours", "Staff Correspondent", "Tue Nov 12, 2024 11:42 PM Last update on: Wed Nov 13, 2024 12:05 AM");
    expect(extractDate(head, [], ctx)).toMatchObject({ date: "2024-11-12T23:42", dateSource: "published" });
  });
  test("should still pass over a date away from the article's age, the site header's clock", () => {
    expect(extractDate(lines("Tue, 22 Oct 2024", "The Harbour Sentinel", "News", "Municipality cuts power to 40 000 homes", "Published 4h ago"), [], ctx)).toBeUndefined();
  });
  test.each([
    ["its year at its end only", "15 March – 30 June 2025"],
    ["month first", "March 15 – June 30, 2025"],
    ["in figures", "15.03.–30.06.2025"],
  ])("should not take an exhibition's period under its headline, %s", (_n, period) => {
    expect(extractDate(lines("Exhibitions", "Maps of imagined lands from four centuries", period, "Main Gallery, Level 2"), [], ctx)).toBeUndefined();
  });
  test("should still take an event's day with its span of hours", () => {
    expect(extractDate(lines("Vortrag: Der Hafen im Wandel", "Samstag, 14.06.2025, 14.30 - 16.00 Uhr"), [], { reference: REF, language: "de" })?.date.slice(0, 10)).toBe("2025-06-14");
  });
  test("should not take a video's upload stamp", () => {
    expect(extractDate(lines("How to spot the signs of a stroke", "Uploaded Nov 14, 2019", "1:47"), [], ctx)).toBeUndefined();
  });
  test("should not take the site header's clock on the page's first line", () => {
    expect(extractDate(lines("Wednesday 20 November 2019", "The Harbour Sentinel", "News"), [], ctx)).toBeUndefined();
  });
  test.each([
    ["under a skip link", ["Zum Inhalt springen", "Montag, 24. November 2025", "Rheinfurter Rundschau", "Politik", "Stadtrat stoppt Parkhaus"]],
    ["under the logo, with the hour", ["Rheinfurter Rundschau", "Sonntag, 23. November 2025 | 18:42 Uhr", "Politik", "Stadtrat stoppt Parkhaus"]],
    ["with its weekday shortened", ["Tue, 18 Nov 2025", "Sign In", "The Harbour Sentinel", "News", "Ferry fares to rise in spring"]],
    ["with its weekday shortened, in German", ["Mo., 24.11.2025", "Rheinfurter Rundschau", "Politik", "Stadtrat stoppt Parkhaus"]],
  ])("should not take the site header's clock %s", (_n, head) => {
    const l = lines(...head);
    expect(extractDate(l, [], { reference: REF, language: "de", titleLine: l[l.length - 1] })).toBeUndefined();
  });
  test("should take a blog's day right over the post's title when the title is known", () => {
    const l = [{ no: 3, text: "Friday, December 23, 2016" }, { no: 4, text: "Harbour 3.6.0 is now available!" }];
    expect(extractDate(l, [], { ...ctx, titleLine: l[1] })?.date).toBe("2016-12-23");
  });
  test("should take a blog's day a few lines down, over the post's title", () => {
    expect(extractDate([{ no: 3, text: "Friday, December 23, 2016" }, { no: 4, text: "Harbour 3.6.0 is now available!" }], [], ctx)?.date).toBe("2016-12-23");
  });
  test.each([
    ["English", "en", "March 3, 2024", "Updated: March 5, 2024", "2024-03-03"],
    ["German", "de", "12.03.2024, 14:05 Uhr", "Aktualisiert: 12.03.2024, 16:20 Uhr", "2024-03-12T14:05"],
    ["Dutch", "nl", "12 maart 2024, 14:05", "Bijgewerkt: 12 maart 2024, 16:20", "2024-03-12T14:05"],
    ["Polish", "en", "12.03.2024, 14:05", "Aktualizacja: 12.03.2024, 16:20", "2024-03-12T14:05"],
    ["Russian", "en", "12.03.2024, 14:05", "Обновлено: 12.03.2024, 16:20", "2024-03-12T14:05"],
  ] as const)("should prefer a plain %s date line to the Updated line under it", (_n, language, plain, updated, date) => {
    expect(extractDate(lines("By Anna Lind", plain, updated), [], { reference: REF, language })).toMatchObject({ date, dateSource: "published" });
  });
  test.each([
    ["Korean", "입력 2024.11.03 14:05", "수정 2024.11.03 16:20", "2024-11-03T14:05"],
    ["Chinese", "发布时间：2024-09-14 10:30", "更新时间：2024-09-15 08:00", "2024-09-14T10:30"],
    ["Hebrew", "פורסם: 05.07.2024, 07:50", "עודכן: 06.07.2024, 10:15", "2024-07-05T07:50"],
    ["Indonesian", "Diterbitkan 09/09/2024 15:22", "Diperbarui 10/09/2024 08:00", "2024-09-09T15:22"],
  ] as const)("should know %s published and updated labels", (_n, published, updated, date) => {
    expect(extractDate(lines("Harbour news", published, updated), [], { reference: REF, language: "en", dayFirst: true })?.date).toBe(date);
  });
  test.each([
    ["later date under", "15.10.2024 20:40", "16.10.2024 09:00", "2024-10-15T20:40"],
    ["same day, later time under", "03.11.2024 14:05", "03.11.2024 16:20", "2024-11-03T14:05"],
  ] as const)("should take the earlier of two date lines whose labels it does not know (%s)", (_n, first, second, date) => {
    expect(extractDate(lines("Harbour news", `Ξ ${first}`, `Ψ ${second}`), [], { reference: REF, language: "en", dayFirst: true })?.date).toBe(date);
  });
  test("should not take a date from a list of other posts above the headline", () => {
    const list = ["Latest news", "Harbour cleanup day with the school – 18/10/2022", "Parents' evening at the primary school – 12/10/2022", "Staff strike closes the office – 07/10/2022"];
    expect(extractDate(lines(...list, "Pupils plant a school garden"), lines("The pupils of class 2B planted a garden behind the gym."), { reference: REF, language: "en", dayFirst: true })).toBeUndefined();
    expect(firstDateLine(lines("Site", "Menu", "About", ...list), { reference: REF, language: "en", dayFirst: true })).toBeUndefined();
  });
  test("should still read a post's own date line beside its label", () => {
    expect(extractDate(lines("Pupils plant a school garden", "School news – 18/10/2022"), [], { reference: REF, language: "en", dayFirst: true })?.date).toBe("2022-10-18");
  });
  test("should read a date before an update glued to it", () => {
    expect(extractDate(lines("Harbour news", "Published March 30, 2025Updated March 31, 2025, 10:12 a.m. ET"), [], ctx)?.date).toBe("2025-03-30");
  });
  test.each([
    ["German", "de", "Erstellt am 05.02.2024", "Zuletzt aktualisiert: 20.02.2024", "2024-02-05"],
    ["French", "fr", "Créé le 12/03/2024", "Dernière mise à jour : 15/03/2024", "2024-03-12"],
    ["English", "en", "Mon 20 Jan 2020 06.05 GMT", "Last modified on Mon 20 Jan 2020 06.07 GMT", "2020-01-20T06:05+00:00"],
  ] as const)("should know a %s last-change label for an update", (_n, language, plain, updated, date) => {
    expect(extractDate(lines(plain, updated), [], { reference: REF, language, dayFirst: true })?.date).toBe(date);
  });
  test.each([
    ["a delivery date", "de", "Lieferbar ab 15.04.2025 (Versand nur im Frühjahr)"],
    ["an offer's end", "de", "Angebot gültig bis 30.04.2025"],
    ["an application deadline", "de", "Bewerbungsschluss: 30.09.2025"],
    ["a French deadline", "fr", "Date limite d'inscription : 29 mars 2025"],
    ["an English closing date", "en", "Closing date: 30 April 2025"],
    ["a match's kick-off", "en", "Kick-off: 19:45, Tuesday 1 October 2024"],
    ["a German kick-off", "de", "Anstoß: Samstag, 12.10.2024, 15.30 Uhr"],
    ["a product's release date", "en", "Release date: 14 November 2024"],
    ["a product's first day on sale", "en", "On sale: 14 November 2024"],
    ["a film's release in a review's box", "de", "Kinostart: 21.03.2024"],
    ["a record's release in a review's box", "de", "VÖ: 23.02.2024"],
    ["a French film's release", "fr", "Sortie en salles : 20 mars 2024"],
    ["a programme's first night", "en", "Premieres: Thursday, March 28, 2024"],
    ["the next meeting", "de", "Nächster Termin: Sa, 26.10.2024, 9 Uhr"],
    ["a site's clock", "de", "Heute ist Freitag, 22. März 2024"],
    ["a news ticker", "de", "+++ 14.03.2024: Wasserrohrbruch in der Hauptstraße +++"],
  ] as const)("should not take %s for the publication date", (_n, language, text) => {
    expect(extractDate(lines("Harbour news", text), [], { reference: new Date("2026-11-22"), language, dayFirst: true })).toBeUndefined();
  });
  test("should read a press release's dateline with a comma after the place, however long its paragraph", () => {
    const lead = `Freiburg, 21.11.2022 – Die Hafen GmbH hat heute eine neue Fähre in Betrieb genommen, die künftig zwischen den Inseln pendelt. ${"Sie fährt jeden Tag. ".repeat(6)}`;
    expect(extractDate([], lines(lead), { reference: REF, language: "de", dayFirst: true })).toMatchObject({ date: "2022-11-21", dateSource: "dateline" });
  });
  test("should take the post's meta line with its writer over a match's kick-off under it", () => {
    const head = lines("13.10.2025 | Tim Berg | Herren", "Kreisliga A, 9. Spieltag", "So., 12.10.2025, 15:00 Uhr", "TSV Hafenstadt");
    expect(extractDate(head, [], { reference: REF, language: "de", dayFirst: true })?.date).toBe("2025-10-13");
  });
  test("should still take the later of two bare date lines when neither names a writer", () => {
    const head = lines("13.10.2025", "Kreisliga A, 9. Spieltag", "So., 12.10.2025, 15:00 Uhr", "TSV Hafenstadt");
    expect(extractDate(head, [], { reference: REF, language: "de", dayFirst: true })?.date).toBe("2025-10-12T15:00");
  });
  test("should read a Spanish press release's dateline with a stop and a dash after the date", () => {
    const lead = "Castellmar, 10 de febrero de 2025.– La fundación ha presentado hoy un programa para recuperar cinco humedales costeros del litoral.";
    expect(extractDate([], lines(lead), { reference: REF, language: "es", dayFirst: true })).toMatchObject({ date: "2025-02-10", dateSource: "dateline" });
  });
  test.each([
    ["month first", "en", ["APR", "02", "2020"], "2020-04-02"],
    ["day first, in German", "de", ["12", "MÄR", "2024"], "2024-03-12"],
    ["month first, in German", "de", ["MÄR", "14", "2022"], "2022-03-14"],
    ["month first, in German's other abbreviation", "de", ["MRZ", "14", "2022"], "2022-03-14"],
    ["month first, in German with its stop", "de", ["Okt.", "3", "2021"], "2021-10-03"],
    ["month first, German May", "de", ["MAI", "14", "2022"], "2022-05-14"],
    ["month first, German December", "de", ["DEZ", "14", "2022"], "2022-12-14"],
    ["day first, in French", "fr", ["12", "FÉVR", "2020"], "2020-02-12"],
    ["month first, in French", "fr", ["AOÛT", "9", "2021"], "2021-08-09"],
    ["month first, French December", "fr", ["DÉC", "3", "2019"], "2019-12-03"],
  ] as const)("should read a blog's date badge, one part a line, %s", (_n, language, badge, date) => {
    expect(extractDate(lines("Harbour notes", ...badge, "Sowing tomatoes on the windowsill"), [], { reference: REF, language })?.date).toBe(date);
  });
  test("should not read a German badge that names no real day", () => {
    expect(extractDate(lines("Harbour notes", "MRZ", "32", "2022", "Sowing tomatoes on the windowsill"), [], { reference: REF, language: "de" })).toBeUndefined();
  });
  test("should not take a chronicle's first entry for a dateline", () => {
    const body = lines("15.09.2023 – Auftaktsieg gegen den Hafen-SV mit 3:1.", "21.10.2023 – Unentschieden im Derby gegen die Inselkicker.", "02.12.2023 – Weihnachtsfeier im Vereinsheim.");
    expect(extractDate([], body, { reference: REF, language: "de", dayFirst: true })).toBeUndefined();
  });
  test("should not take a date from which something will be for the time of writing", () => {
    expect(extractDate([], lines(LEDE, "As of 1 May 2024, the harbour shop will also open on Sunday mornings."), ctx)).toBeUndefined();
  });
  test("should keep the Updated date over a plain date line that is later than it", () => {
    expect(extractDate(lines("Updated: March 5, 2024", "Harbour events: May 9, 2025"), [], ctx)?.date).toBe("2024-03-05");
  });
  test("should not read a rating out of ten as a date", () => {
    expect(extractDate(lines("By Anna Lind", "Our rating: 7.5/10"), [], ctx)).toBeUndefined();
  });
  test.each([
    ["Publié", "Publié le 12 mars 2020 à 14h30, mis à jour le 13 mars 2020 à 09h00 par Anna Lind, correspondante du port"],
    ["Publiée", "Publiée le 12 mars 2020 à 14h30, mise à jour le 13 mars 2020 à 09h00 par Anna Lind, correspondante du port"],
  ])("should read the date after the label %s on a long French line", (_n, text) => {
    expect(extractDate(lines(text), [], { reference: REF, language: "fr" })).toMatchObject({ date: "2020-03-12T14:30", dateSource: "published" });
  });
  test.each([
    ["a date line", lines("Concert: March 3, 2027"), []],
    ["a dateline", [], lines("Harbourtown – March 3, 2027 – The new quay will open to ferries next spring.")],
    ["a Published label", lines("Published: March 3, 2027"), []],
  ])("should not take a date after the reference day in %s for the publication date", (_n, head, body) => {
    expect(extractDate(head, body, ctx)).toBeUndefined();
  });
  test("should take the day after the reference, which a zone ahead of the reference's may give", () => {
    expect(extractDate(lines("Published: January 2, 2026"), [], ctx)?.date).toBe("2026-01-02");
  });
  test("should read a label's date after the poster's name", () => {
    expect(extractDate(lines("Submitted by the harbour newsroom editors on Wed, 03/06/2019 - 10:20"), [], ctx)?.date).toMatch(/^2019-03-06/);
  });
  test("should not take a post's title with its date in brackets for a date line", () => {
    expect(extractDate(lines("Harbour notes and links (April 2nd 2018)"), [], ctx)).toBeUndefined();
  });
  test("should not take a listing's table row for the page's date line", () => {
    expect(extractDate(lines("1,204\tAnna Lind\tMar 3, 2013"), [], ctx)).toBeUndefined();
  });
  test("should read a date line that ends with the time elsewhere in brackets", () => {
    // Under the headline (not on the page's first line, where a weekday-first date is the header's clock).
    expect(extractDate([{ no: 5, text: "Tuesday, March 3, 2020, 09:15 am PT (12:15 pm ET)" }], [], ctx)?.date).toMatch(/^2020-03-03/);
  });
  test("should read a dateline in the first paragraph", () => {
    expect(extractDate([], lines("Berlin, Germany – December 14, 2025 – In a move that surprised many, the talks resumed."), ctx)).toMatchObject({ date: "2025-12-14", dateSource: "dateline" });
  });
  test.each([
    ["after the date", "LONDON, March 12, 2020 (Reuters) - The harbour board said on Thursday it would close the quay."],
    ["after the place", "HARBOURTON (Harbour Wire), March 12, 2020 – The harbour board said on Thursday it would close the quay."],
  ])("should read a dateline with the agency in brackets %s", (_n, lead) => {
    expect(extractDate([], lines(lead), ctx)).toMatchObject({ date: "2020-03-12", dateSource: "dateline" });
  });
  test.each([
    ["a visitation", "Visitation: Sunday, November 2, 2025, 2:00 PM – 5:00 PM, Harbour Funeral Home, 40 Elm Street"],
    ["a funeral service", "Funeral Service: Monday, November 3, 2025, 11:00 AM, Harbour Chapel"],
    ["a German funeral", "Trauerfeier: Montag, 3. November 2025, 11 Uhr, Friedhofskapelle"],
  ])("should not date an obituary by %s under its text", (_n, line) => {
    expect(extractDate([], lines("Anna Lind, 87, of Harbourtown, died peacefully on the quay where she had worked all her life.", line), { reference: REF, language: line.startsWith("Trauer") ? "de" : "en" })).toBeUndefined();
  });
  test("should read a German press release's dateline that a full stop ends", () => {
    expect(extractDate([], lines("Hafenstadt, 03.04.2025. Ein Team der Hochschule hat den Preis für die beste Hafenstudie gewonnen."), { reference: REF, language: "de" })).toMatchObject({ date: "2025-04-03", dateSource: "dateline" });
  });
  test.each([
    ["the state and the wire between slashes", "HARBOURTON, Texas, March 12, 2020 /HarbourWire/ -- Harbour Health today opened a night clinic at the north quay."],
    ["a shortened state", "SPRINGFIELD, Ill., March 12, 2020 /PRWire/ -- The harbour board said on Thursday it would close the quay."],
  ])("should read a press release's dateline with %s", (_n, lead) => {
    expect(extractDate([], lines(lead), ctx)).toMatchObject({ date: "2020-03-12", dateSource: "dateline" });
  });
  test("should keep the time of the date line under the byline on the dateline's day", () => {
    const head = lines("By Anna Lind", "12 Mar 2020, 14:32");
    expect(extractDate(head, lines("HARBOURTON, Texas, March 12, 2020 /HarbourWire/ -- The harbour board said on Thursday it would close the quay."), ctx)?.date).toBe("2020-03-12T14:32");
  });
  test.each([
    ["in brackets", "(23.09.2016) The ferry company announced new winter timetables."],
    ["with a dash", "23.09.2016 – The ferry company announced new winter timetables."],
    ["with a full stop before the first sentence", "23. September 2016. The ferry company announced new winter timetables."],
  ])("should read a date that opens the first paragraph %s as its dateline", (_n, text) => {
    expect(extractDate([], lines(text), { ...ctx, dayFirst: true })).toMatchObject({ date: "2016-09-23", dateSource: "dateline" });
  });
  test("should not read a date that opens a paragraph without a bracket or dash after it", () => {
    expect(extractDate([], lines("23.09.2016 was the day the new winter timetable began on every ferry route of the harbour company."), { ...ctx, dayFirst: true })).toBeUndefined();
  });
  test("should resolve 'yesterday, <date>' to the day after, from the text", () => {
    expect(extractDate([], lines(LEDE, "Trump announced yesterday, October 16th, 2025, that talks would go on."), ctx)).toMatchObject({ date: "2025-10-17", dateSource: "text" });
  });
  test.each([
    ["a German closure period", "Verkehr: Sperrung der Hafenstraße vom 04.11.23 – 30.08.24!", "de"],
    ["an English event period", "Harbour festival: March 3, 2024 - March 5, 2024", "en"],
  ])("should not take the end of %s for the publication date", (_n, text, language) => {
    expect(extractDate(lines(text), [], { reference: REF, language: language as "en" })).toBeUndefined();
  });
  test.each([
    ["dots", "⋅ April 9, 2015 ⋅ Share on the social networks ⋅ Save for later ⋅ 4 comments"],
    ["double slashes", "9 April 2015 @ 07:45 // Author: anna // Category: harbour news // 2 min read"],
    ["runs of spaces", "09.04.2015 07h45  Last revised on 2015-04-10T09:00:00Z"],
    ["a spaced hyphen", "09.04.2015 - Editor: Anna Lind (press office of the harbour association)"],
  ])("should read the date part of a byline line separated by %s", (_n, text) => {
    expect(extractDate(lines(text), [], ctx)?.date).toMatch(/^2015-04-09/);
  });
  test("should still read a date followed by its time after a dash", () => {
    expect(extractDate(lines("November 19, 2019 – 8:03 am"), [], ctx)?.date).toMatch(/^2019-11-19/);
  });
  test("should leave an event date in the prose alone", () => {
    expect(extractDate([], lines("The stadium, which closed in May 2023, reopened after work first announced on January 4, 2022."), ctx)).toBeUndefined();
  });
  test("should take an Updated date that puts the time first when nothing else dates the page", () => {
    expect(extractDate(lines("Updated 0339 GMT (1139 HKT) November 19, 2019"), [], ctx)?.date).toBe("2019-11-19");
  });
  test("should read a date joined to the byline by a slash after its year", () => {
    expect(extractDate(lines("October 12, 2018/0 Comments/in Promotion /by admin"), [], ctx)?.date).toBe("2018-10-12");
  });
  test.each([
    ["should not date an article by the event it announces (German label)", "de", ["Termin: 08.05.2020, 19 Uhr"]],
    ["should not date an article by the event it announces (English label)", "en", ["When: Saturday, June 6, 2020, 8 pm"]],
    ["should take the article's own date line over the event's", "en", ["When: June 6, 2020", "May 2, 2020"], "2020-05-02"],
    ["should take a print view's date row over its writer's row", "de", ["Wolf reißt sieben Schafe am Hafen", "Datum: 04.04.2023", "Autor: Anna Lind", "Rubrik: Region"], "2023-04-04"],
    ["should take a press release's date row between its reference and its sender", "en", ["Ferry timetable to change on the Calder line", "Reference: PR/2024/044", "Date: 2024-09-17", "From: Harbour Transport Office"], "2024-09-17"],
    ["should not date a release by an event's date row under its sender", "en", ["From: Harbour Transport Office", "Open day at the ferry yard", "Date: 2024-10-03", "Time: 10am to 4pm"]],
  ] as const)("%s", (_n, language, head, date?: string) => {
    expect(extractDate(lines(...head), [], { ...ctx, language })?.date).toBe(date);
  });
  test("should take a line of a published and an updated date as metadata, whole", () => {
    expect(extractDate(lines("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"), [], ctx)).toMatchObject({ date: "2019-11-19T10:48", consumeLine: true });
  });
  test("should take a date line with its reading time, abbreviated, as metadata, whole", () => {
    expect(extractDate(lines("9. Januar 2024 | Lesezeit: 5 Min."), [], { ...ctx, language: "de" })).toMatchObject({ date: "2024-01-09", consumeLine: true });
  });
  test.each([
    ["dashes", "Medically reviewed by Anna Lind, MD — Written by Tomas Berg — Updated on October 27, 2025"],
    ["bars", "By Tomas Berg | Reviewed by Anna Lind, CFA | Last updated October 27, 2025"],
  ])("should read the updated date after a row of credits set apart by %s", (_n, line) => {
    expect(extractDate(lines("Can a short walk after meals lower your blood sugar?", line), [], ctx)).toMatchObject({ date: "2025-10-27", consumeLine: true });
  });
  test("should read the date part of a separated byline line", () => {
    expect(extractDate(lines("Von Jan Kupitz | Oct 24, 2023 | Zuletzt geändert: Nov 7, 2023, 8:54 AM"), [], ctx)?.date).toBe("2023-10-24");
  });
  test.each([
    ["its date printed twice, glued", "de", "3. März 20213. März 2021 Anna Lind 2 Kommentare Hafen, Inseln, Fähren", "2021-03-03"],
    ["its date glued to the categories", "fr", "Anna Lind Actualités du port 3 mars 20213 mars 2021écluses, navigation 0 Comment", "2021-03-03"],
    ["a count that must not read as the time", "de", "Autor: hafenredaktion_insel Juli 12, 2017 0 Kommentare", "2017-07-12"],
    ["two different dates", "en", "March 3, 2021 Anna Lind Harbour news, ferries, islands April 9, 2021 4 comments", undefined],
  ] as const)("should read a post's meta line with %s", (_n, language, text, date) => {
    expect(extractDate(lines("Island Council Approves the New Harbour Budget", text), [], { ...ctx, language })?.date).toBe(date);
  });
});

describe("language", () => {
  test.each([
    ["en", "The council said that the plan was approved and that work on the harbour is expected to begin in the spring."],
    ["de", "Der Rat sagte, dass der Plan genehmigt wurde und die Arbeiten am Hafen im Frühjahr beginnen sollen, nicht später."],
    ["fr", "Le conseil a dit que le projet est approuvé et que les travaux pour le port commencent dans le printemps."],
    ["ru", "Совет заявил, что план утверждён и работы в порту начнутся весной."],
    ["uk", "Рада заявила, що план затверджено і роботи в порту почнуться навесні."],
    ["ru", "Русский | Українська\nСовет заявил, что план утверждён и работы в порту начнутся весной. Это было объявлено вчера."],
    ["ja", "市議会は火曜日に港の予算を承認したと発表しました。"],
  ])("should recognise %s", (lang, text) => expect(detectLanguage(text)).toBe(lang));

  test("should recognise a page written in capitals, umlauts included", () => {
    expect(detectLanguage("DER RAT SAGTE, DASS DER PLAN FÜR DEN HAFEN GENEHMIGT IST UND DIE ARBEITEN AUCH NICHT SPÄTER BEGINNEN.")).toBe("de");
    expect(detectLanguage("LE CONSEIL A DIT QUE LE PROJET POUR LE PORT EST APPROUVÉ ET QUE LES TRAVAUX COMMENCENT DANS LE PRINTEMPS.")).toBe("fr");
  });

  const GERMAN = "Der Rat sagte, dass der Plan für den Hafen genehmigt ist und die Arbeiten auch nicht später beginnen. ";
  const ENGLISH = "The council said that the plan for the harbour was approved and that the work is on time. ";
  test("should stop reading once one language leads clearly (a German page with a long English section below)", () => {
    const text = GERMAN.repeat(25) + ENGLISH.repeat(80);
    // Read whole, the English section would outweigh the German text.
    expect(text.indexOf(ENGLISH)).toBeGreaterThan(2000);
    expect(detectLanguage(ENGLISH.repeat(80) + GERMAN.repeat(25))).toBe("en");
    expect(detectLanguage(text)).toBe("de");
  });
  test("should read on while the lead is still unclear (a short English menu above German text)", () => {
    const menu = Array.from({ length: 70 }, (_, i) => (i % 4 ? `Regional Business Weather ${i}` : `Home of Section ${i}`)).join(" | ") + "\n";
    // Nearly the first chunk read, with some English function words and no German ones.
    expect(menu.length).toBeGreaterThan(1900);
    expect(menu.length).toBeLessThan(2000);
    expect(detectLanguage(menu + GERMAN.repeat(40))).toBe("de");
    expect(detectLanguage(menu)).toBe("en");
  });

  test.each([
    ["day first when a day exceeds 12", "Posted 25/10/2020, updated 03/11/2020", true],
    ["month first when the second number exceeds 12", "Posted 10/25/2020", false],
    ["unknown when every date is ambiguous", "Posted 03/04/2020", undefined],
    ["day first when that reading is nearer the dates written with month names", "Harbour Times 02/10/2020. Photo taken Sept. 29, 2020 at the quay.", true],
    ["month first when that reading is nearer them", "Harbour Times 10/02/2020. Photo taken Sept. 29, 2020 at the quay.", false],
    ["unknown when a number is far from every written date (a version)", "Harbour 2.7.13 released December 23, 2016", undefined],
    ["day first on a page in Arabic script with no other evidence", "افتتاح أول مكتبة عامة في بلدة النخيل 03/04/2020", true],
    ["day first when the time after it is India's", "Published: 05/11/2025, 11:05 AM IST", true],
    ["month first when the time after it is America's", "Posted: 11/05/2025 / 6:12 PM PT", false],
    ["unknown when a lowercase word looks like a zone", "Posted 03/04/2020. Die Sitzung um 11:05 ist offen.", undefined],
    ["unknown by zone when the page writes dotted dates", "Posted 03/04/2020, 01.11.2023 06:06 PM, updated 11:52 EST", undefined],
    ["day first on a page with sums in pounds only", "Published: 03/12/2025. A loaf now costs £2.40 at the harbour bakery.", true],
    ["unknown on a page with sums in pounds and dollars", "Published: 03/12/2025. A loaf costs £2.40, or $3.05.", undefined],
    ["day first when the weekday before it fits only that reading", "Tuesday 04/03/2025 09:15 GMT", true],
    ["month first when the weekday fits only that reading", "Thu, 04/03/2025 09:15", false],
    ["day first when the weekday is another language's", "mardi 04/03/2025", true],
    ["unknown when the weekday is a word's end", "The statue 04/03/2025", undefined],
    ["day first on a page with British spellings", "Posted 04/05/2025 by Club Admin. The working bee was organised at the centre.", true],
    ["unknown when American spellings are as many", "Posted 04/05/2025. The working bee was organised at the center, the colour and color debate aside.", undefined],
  ])("should read numeric dates %s", (_n, text, dayFirst) => expect(numericDayFirst(text)).toBe(dayFirst));
});

describe("date provenance", () => {
  test("should mark a date read only from an Updated label as the page's update", () => {
    const dump = ["Harbour Times", "Ferry fares rise for the first time in ten years", "By Anna Lind", "Updated: March 5, 2024", LEDE, LEDE.replace("council", "harbour board")].join("\n");
    const [article] = normalizeDump("u.txt", new TextEncoder().encode(dump), { reference: REF }).articles;
    expect(article?.meta).toMatchObject({ date: "2024-03-05", dateSource: "updated" });
  });
  test.each([
    ["Dutch", "Laatste update: 5 maart 2024"],
    ["Dutch, a page's edit", "Gewijzigd op 5 maart 2024"],
    ["Italian", "Modificato il 05.03.2024"],
    ["Portuguese", "Última atualização: 05.03.2024"],
    ["Spanish, shortened", "Act. 05.03.2024"],
    ["review", "Last reviewed: March 5, 2024"],
    ["German review", "Zuletzt geprüft: 05.03.2024"],
  ])("should mark a date read only from a %s update label as the page's update", (_n, label) => {
    const dump = ["Harbour Times", "Ferry fares rise for the first time in ten years", "By Anna Lind", label, LEDE, LEDE.replace("council", "harbour board")].join("\n");
    const [article] = normalizeDump("u.txt", new TextEncoder().encode(dump), { reference: REF }).articles;
    expect(article?.meta).toMatchObject({ date: "2024-03-05", dateSource: "updated" });
  });
  test("should not take a French 'Posté le' date line over the headline for the headline", () => {
    const text = ["Le musée, installé dans une ancienne péniche amarrée au quai, fermera ses portes le 1er novembre pour des travaux de rénovation.", "La commune a obtenu une subvention régionale pour refaire la coque et moderniser les salles d'exposition."];
    const dump = ["Le Courrier", "Posté le 22 octobre 2024", "Le musée de la Batellerie ferme pour un an", "Par Anna Lind avec Belga", ...text].join("\n");
    const [article] = normalizeDump("p.txt", new TextEncoder().encode(dump), { reference: REF }).articles;
    expect(article?.meta).toMatchObject({ title: "Le musée de la Batellerie ferme pour un an", date: "2024-10-22", dateSource: "published" });
  });
});

describe("extractTitle", () => {
  test("should take a headline that ends with a full stop over its longer dek", () => {
    const head = lines("Harbour Times", "Opinion", "Our ferries are not a luxury. Stop treating them like one.", "Cutting the night sailing to save a few thousand euros is a false economy that the island will regret.", "Anna Lind", "Published: 06:00, 12 May 2025");
    expect(extractTitle(head, lines(LEDE)).title).toBe("Our ferries are not a luxury. Stop treating them like one.");
  });
  test.each([
    ["a box's heading", ["What we know so far", "- A boil-water notice was issued on Thursday."]],
  ])("should take the headline over the byline and date, not %s under them", (_n, box) => {
    const head = lines("Harbour Gazette", "EXPLAINER", "Harbour water: what we know so far", "Residents of four streets have been told to boil their tap water. Here is what happened.", "By Anna Lind, Health reporter", "Published 11:20am, 22 August 2025", ...box.slice(0, -1));
    expect(extractTitle(head, lines(box[box.length - 1]!, LEDE)).title).toBe("Harbour water: what we know so far");
  });
  test("should take the headline under a category menu, not the site's name its copyright footer names, nor the date's label", () => {
    const site = "Harbour Beekeepers' Association Upper Valley";
    const head = lines(site, "Join us", "Members", "About", "News", "All posts", "Association", "Events", "Harbour beekeepers' day 2025: new board, old worries", "Association", "Beitrag vom 21. März 2025");
    const body = lines("Around 260 beekeepers from every district met in the town hall on Saturday for the association's yearly day.", "The retiring chair opened the meeting with a minute's silence for the members who died last year.");
    const page = [...head, ...body, ...lines(site, `© 2025 ${site}`)];
    expect(extractTitle(head, body, page).title).toBe("Harbour beekeepers' day 2025: new board, old worries");
  });
  test.each([
    ["should score a Greek headline that ends in its question mark, a semicolon", "Λιμάνι: Σε λειτουργία η νέα μονάδα αφαλάτωσης – Τέλος στα υδροφόρα πλοία;", true],
    ["should not score a Latin line that ends in a semicolon", "The harbour council meets on Tuesday to vote on the new fees;", false],
  ])("%s", (_n, line, scored) => expect(titleScore(line, 0, new Set()) > 0).toBe(scored));
  test("should take a date's label of two words and its date for no headline", () => {
    expect(titleScore("Beitrag vom 21. März 2025", 0, new Set())).toBe(0);
    expect(titleScore("Einladung zum Sommerfest am 14. Juli 2025", 0, new Set())).toBeGreaterThan(0);
  });
  test("should read the headlines a breaking-news ticker runs under its label as other stories'", () => {
    const head = lines("Liman Postası", "Gündem", "SON DAKİKA", "Limankent'te trafik kazası: 2 yaralı", "Belediye meclisi toplantısı ertelendi", "Reklam", "Limankent'te sahil yolu yaya bölgesine dönüşüyor");
    expect([3, 4, 6].map((i) => isTickerItem(head, i))).toEqual([true, true, false]);
  });
  test("should still take the headline under a breaking-news label over it alone", () => {
    const head = lines("Harbour Times", "Breaking News", "Ferry runs aground off Harbour Point, all passengers safe", "By Anna Lind", "March 3, 2025");
    expect(extractTitle(head, lines("A ferry with 120 passengers on board ran aground off Harbour Point on Monday morning, the coastguard said.")).title).toBe("Ferry runs aground off Harbour Point, all passengers safe");
  });
  test("should give a picture's caption with its credit glued on no summary", () => {
    const texts = ["Harbour 11 News", "Local News", "Boil advisory issued for much of Harbour after water main breaks downtown", "Crews work to repair a ruptured water main on Sayre Street in downtown Harbour on Tuesday evening.(WHBR)", "By Anna Lind", "Published: Nov. 3, 2025 at 6:42 PM EST", "HARBOUR, Ohio (WHBR) - Thousands of residents are being told to boil their tap water after a water main burst late Tuesday.", "The break was reported shortly after 4:30 p.m., according to the city's utilities department."];
    const [article] = normalizeDump("c.txt", new TextEncoder().encode(texts.join("\n")), { reference: REF }).articles;
    expect(article?.meta.summary).toBeUndefined();
  });
  test("should take the headline over a clip's title under its caption's toggles, and give the clip's title no summary", () => {
    const texts = ["Harbour Press-Herald", "LOCAL", "Harbour County to spend $46M on jail expansion despite pushback from residents", "Show Caption", "Hide Caption", "Why Harbour County says it needs a bigger jail", "Sheriff Tom Berg walks through housing units at the county detention center, which has exceeded its capacity on most nights this year.", "Anna Lind", "Harbour Valley Press-Herald", "Published 6:42 PM EST Nov. 3, 2025", "Harbour County commissioners on Tuesday approved a $46 million plan to add 180 beds to the county jail, overriding objections from residents.", "The 4-1 vote clears the way for the county to borrow the money through a bond sale early next year, officials said."];
    const [article] = normalizeDump("c.txt", new TextEncoder().encode(texts.join("\n")), { reference: REF }).articles;
    expect(article?.meta.title).toBe("Harbour County to spend $46M on jail expansion despite pushback from residents");
    expect(article?.meta.summary).toBeUndefined();
  });
  test("should take a two-sentence headline in title case right over the date, not the site's name", () => {
    const head = lines("Skip to content", "Harbour Institute for Policy Studies", "Research", "Experts", "Commentary", "Ferry Tickets Are Cheap Now. Parking Is Not.", "November 14, 2023", "Anna Lind");
    expect(extractTitle(head, lines(LEDE)).title).toBe("Ferry Tickets Are Cheap Now. Parking Is Not.");
  });
  test("should take a blog post's title under its 'Posted on' line, not the blog's tagline over the menu", () => {
    const headline = "Guest column: Vote yes on the harbour library levy — it's the best deal in town";
    const head = lines("Harbour Township Community Blog", "News and views from Harbour Township and the Upper Kettle Valley", "Home", "About", "Events", "Submit a Story", "Contact", "Posted on June 2, 2024 by admin", headline, "Republished with permission from the Harbour Weekly.", "By Anna Lind");
    const text = lines("I have lived in Harbour Township for 41 years, and I have voted against more tax levies than I can count. I am going to vote yes on the library levy on June 11, and I want to explain why.", "The levy would cost the owner of a $200,000 home about $4.60 a month. For that, the Upper Kettle Valley Library would keep its doors open six days a week instead of four.");
    expect(extractTitle(head, text).title).toBe(headline);
  });
  test.each([
    ["a labelled writer", "Texto: Anna Lind"],
  ])("should take the headline over its dek, date and %s, not the picture's caption under them", (_n, byline) => {
    const headline = "Harbour towns agree to clear 900 hectares of scrub before the summer fire season";
    const head = lines("Regional", headline, "Four councils sign a deal with the commons boards; owners have until 30 April to clear their land", "12 mar 2025, 14:05", byline, "The four mayors of the harbour towns signed the protocol at the town hall in Portsea");
    const text = lines("The four mayors of the harbour towns signed a protocol on Wednesday at the town hall in Portsea to clear 900 hectares of scrub before the summer.");
    expect(extractTitle(head, text).title).toBe(headline);
  });
  test("should take an interview's headline over its dek, date and byline, not the caption naming its subject under them", () => {
    const headline = "«Il porto ci ha salvato, ma i giovani non vogliono più pescare». Parla Anna Lind, armatrice a Portovecchio";
    const head = lines("Economia", headline, "Dopo vent'anni alla guida della flotta di famiglia, la presidente della cooperativa San Marco racconta crisi, export e ricambio", "pubblicato il 12 marzo 2025 alle 14:05", "di Tomas Berg", "Anna Lind nel magazzino del pesce della cooperativa San Marco");
    const text = lines("PORTOVECCHIO – Ogni mattina alle cinque Anna Lind è già al porto. Da vent'anni guida la cooperativa San Marco, trenta pescherecci e un magazzino del pesce.");
    expect(extractTitle(head, text).title).toBe(headline);
  });
  test("should still take a headline under its byline and date under a newsletter's short link", () => {
    const headline = "Mayor of Portsea explains the town's decision to keep requiring face coverings";
    const head = lines("Portsea", "90°", "Harbour News Email Alerts", "Coronavirus", "By Anna Lind", "Published May 14, 2020 1:34 pm", headline);
    const text = lines("The town of Portsea passed an emergency ordinance on Wednesday that will keep requiring face coverings in public.");
    expect(extractTitle(head, text).title).toBe(headline);
  });
  test("should take a Hebrew headline over its longer dek over a bare name and the date", () => {
    const headline = "בטבריה תיפתח טיילת חדשה לאורך הנמל: \"סוף סוף נוכל ללכת ליד המים\"";
    const dek = "הטיילת באורך שלושה קילומטרים תחבר את העיר העתיקה לחוף הדרומי. העבודות יימשכו כשנה וחצי";
    const body = lines("הטיילת באורך שלושה קילומטרים תחבר את העיר העתיקה לחוף הדרומי, כך הודיעה העירייה ביום רביעי.", "העבודות יימשכו כשנה וחצי ויעלו כשלושים מיליון שקלים, לפי העירייה.");
    expect(extractTitle(lines("חדשות", headline, dek, "יעל ברק", "פורסם: 12.03.25, 14:30"), body).title).toBe(headline);
  });
  test("should still take a short headline and the site's name after a bar over the date for the headline", () => {
    expect(extractTitle(lines("News", "Storm Hits Harbour | Harbour Times", "12 March 2025"), lines(LEDE)).title).toBe("Storm Hits Harbour | Harbour Times");
  });
  test.each([
    ["a special correspondent's byline", "Anna Lind, Special to the Harbour Examiner"],
    ["a German credit for text and photos", "Text: Anna Lindqvist / Fotos: Tomas Berg"],
  ])("should not take %s for the headline", (_n, credit) => {
    const headline = "A century-old organ finds a new voice";
    expect(extractTitle(lines("News", headline, credit, "March 12, 2024"), lines(LEDE)).title).toBe(headline);
  });
  test("should not take a news site's analysis byline over the writer's job for the headline", () => {
    const headline = "Why the harbour budget vote keeps slipping, and who gains from the delay";
    const head = lines("Politics", "Analysis", headline, "Analysis by Anna Lind", "Senior political correspondent", "Updated 4:52 PM EDT, Thu June 20, 2024");
    expect(extractTitle(head, lines(LEDE)).title).toBe(headline);
  });
  test("should not take a news site's analysis byline with its outlet for the headline, with nothing else above the date", () => {
    const head = lines("Politics", "Analysis", "Analysis by Anna Lind, HTN", "3 minute read", "Updated 3:14 PM EDT, Tue March 4, 2025");
    expect(extractTitle(head, lines(LEDE)).title).not.toBe("Analysis by Anna Lind, HTN");
  });
  test.each([
    ["under a dek", ["World", "Centre-right wins most seats in island vote but falls short of majority", "Party of Anna Lind will need a partner to govern after record turnout in the snap election", "Tom Hale in Port Kastel", "Mon 17 Mar 2025 08.30 GMT"], "Centre-right wins most seats in island vote but falls short of majority"],
    ["under a section's label, a headline in title case", ["World", "Protests Grow in Port Kastel", "Mon 17 Mar 2025 08.30 GMT"], "Protests Grow in Port Kastel"],
  ])("should read a name with its place over the date as the byline only %s", (_n, head, title) => {
    expect(extractTitle(lines(...head), lines(LEDE)).title).toBe(title);
  });
  test.each([
    ["the writer's paper on the line under the name", ["The Harbour Daily Ledger", "Subscribe", "News", "Sports", "LOCAL", "Anna Lind, harbour's longest-serving mayor, dies at 88", "Tom Reyes", "The Harbour Daily Ledger", "Published 5:32 PM EST Nov. 20, 2024"], "Anna Lind, harbour's longest-serving mayor, dies at 88"],
    ["the reporting programme on the line under the name", ["Nouvelles", "Municipal", "Le conseil adopte un règlement pour encadrer les locations de courte durée", "Anna Lind", "Initiative de journalisme local", "Publié le 11 mars 2025 à 16 h 45"], "Le conseil adopte un règlement pour encadrer les locations de courte durée"],
    ["the writer's job on the line under the name", ["News", "Harbour budget passes after a four-hour debate on the ferry terminal", "Anna Lind", "Local Democracy Reporter", "Published 5:32 PM EST Nov. 20, 2024"], "Harbour budget passes after a four-hour debate on the ferry terminal"],
    ["a paper of four words after the name's comma", ["News", "Local", "Gazette to end print edition Dec. 28, move to digital-only", "Anna Lind, The Sutter Cove Gazette", "Nov 20, 2024"], "Gazette to end print edition Dec. 28, move to digital-only"],
    ["a headline that opens with 'The' under a name over the date", ["Opinion", "Tom Reyes", "The Harbour Deal Falls Short", "Nov 20, 2024"], "The Harbour Deal Falls Short"],
    ["a dek, the writer's name over a platform's publication label and name and then the date", ["Datennotizen", "Follow publication", "Warum unsere Datenpipelines jeden Montag brechen", "Ein Erfahrungsbericht über Zeitzonen, Sommerzeit und eine Tabelle namens final_v3", "Anna Lind", "Published in", "Datennotizen", "Mar 10, 2025"], "Warum unsere Datenpipelines jeden Montag brechen"],
    ["the writer's name printed twice over the line she describes herself with", ["Articles", "People", "Join now", "Why the harbour ferry needs a night timetable", "Report this article", "Anna Lind", "Anna Lind", "Head of Operations at Harbour Freight | Logistics, people, process", "Published Mar 3, 2025", "+ Follow"], "Why the harbour ferry needs a night timetable"],
    ["a shorter dek between them and the writer's job between the name and the date", ["News", "Local News", "Go-ahead for £240m reservoir that will flood farmland near the harbour", "Councillors approved the scheme despite 2,300 objections", "Anna Lind", "Local democracy reporter", "09:47, 21 Oct 2024"], "Go-ahead for £240m reservoir that will flood farmland near the harbour"],
    ["a dek over a Portuguese date label, the byline under it", ["Futebol", "Vallerossa vence clássico contra o Porto Lindo e dispara na liderança do estadual", "Alviverde fez 2 a 0 no estádio do porto com gols de Anna Lind e Tom Hale", "Publicado em 3 de março de 2024 às 10:45", "Por Anna Lind, da Redação"], "Vallerossa vence clássico contra o Porto Lindo e dispara na liderança do estadual"],
    ["a dek over an Italian date label", ["Cronaca", "Il porto chiude il bilancio in attivo per il terzo anno di seguito", "La giunta approva il piano dei lavori sul molo nord e rinvia quello del molo sud", "Pubblicato il 4 maggio 2024 alle 10:45"], "Il porto chiude il bilancio in attivo per il terzo anno di seguito"],
  ])("should take the headline over a byline with %s", (_n, head, title) => {
    expect(extractTitle(lines(...head), lines(LEDE)).title).toBe(title);
  });
  test.each([
    ["a region's name in the menu over a one-word kicker and a long headline", ["Nantes", "Angers", "Pays de la Loire", "Entretien", "« Les éleveurs ne veulent plus être la variable d'ajustement » : le président de la chambre d'agriculture s'explique"], "ENTRETIEN. À la veille du salon régional, le président de la chambre d'agriculture des Pays de la Loire revient sur la colère des éleveurs.", "« Les éleveurs ne veulent plus être la variable d'ajustement » : le président de la chambre d'agriculture s'explique"],
    ["a portal's provider under its credit", ["Regions", "Provided by The Vale Journal", "The Vale Journal", "Hail in the Vale: up to 80 % of the harvest lost in some vineyards after the storm on Sunday"], LEDE, "Hail in the Vale: up to 80 % of the harvest lost in some vineyards after the storm on Sunday"],
  ])("should take the headline, not %s", (_n, head, lede, title) => {
    expect(extractTitle(lines(...head), lines(lede), lines(...head, lede)).title).toBe(title);
  });
  describe("a table of contents or jump links over the text", () => {
    const SECTIONS = ["The council voted on the budget after a long debate about the ferry terminal and its costs.", "Where does the money go?", "Most of it pays for the new terminal, which is due to open in two years.", "What happens next for ferry users", "The plan goes to the regional board, which meets again in May."];
    const headline = "Harbour budget passes: what it means for ferry users";
    test("should take the headline, not an entry of the jump links under the credits, printed again over its section", () => {
      const head = ["Menu", "Search", headline, "Reviewed by Dr Tomas Berg — Written by Anna Lind — Updated on March 12, 2024 at the harbour office", "Fares", "Timetable", "Where does the money go?", "What happens next for ferry users"];
      const page = lines(...head, ...SECTIONS);
      expect(extractTitle(page.slice(0, head.length), page.slice(head.length), page).title).toBe(headline);
    });
    test("should take the headline, not the text's first subheading under the table of contents (removed) that lists it", () => {
      const text = ["Die Gürtelrose ist eine Erkrankung der Nerven, die das Windpocken-Virus nach Jahren wieder auslöst.", "Symptome", "Zuerst brennt die Haut, dann bilden sich Bläschen in einem Streifen an einer Körperseite.", "Behandlung", "Antivirale Mittel helfen am besten, wenn sie in den ersten drei Tagen genommen werden."];
      const title = "Gürtelrose: Was wirklich hilft";
      const head = ["Gesundheit", "Krankheiten", title, "Brennen, Bläschen, Schmerzen: Jeder Dritte erkrankt im Leben einmal an Gürtelrose. Was hilft – und wann die Impfung sinnvoll ist.", "Aktualisiert am 11.03.2025", "Autorin: Anna Lind", "Inhalt", "Was ist Gürtelrose?", "Symptome", "Behandlung", "Was ist Gürtelrose?"];
      const page = lines(...head, ...text);
      const kept = page.slice(0, head.length).filter((l) => l.no < 7 || l.no > 10);
      expect(extractTitle(kept, page.slice(head.length), page).title).toBe(title);
    });
    test("should still take a headline that the table of contents lists first, with the sections' headings", () => {
      const page = lines("My blog", headline, "March 12, 2024", "Contents", headline, "Where does the money go?", "What happens next for ferry users", headline, ...SECTIONS);
      expect(extractTitle(page.slice(0, 8), page.slice(8), page).title).toBe(headline);
    });
  });
  test.each([["Medizinisch geprüft von Dr. med. Tomas Berg, Facharzt für HNO-Heilkunde"], ["Relu par Dr Anna Lind, médecin généraliste"], ["Rezept von Anna Lind"], ["Recipe by Anna Lind"]])("should not take a reviewer's or a recipe's credit for the headline: %s", (credit) => {
    const headline = "Heuschnupfen: Was wirklich hilft";
    expect(extractTitle(lines("Gesundheit", headline, "Autorin: Anna Lind", credit), lines(LEDE)).title).toBe(headline);
  });
  test.each([["Von Erststimme bis Überhangmandat: Das kleine Wahl-Glossar"], ["By the numbers: the harbour's year in twelve charts"]])("should take a headline that opens with a by-word crediting nobody: %s", (headline) => {
    expect(extractTitle(lines("Politik", "Politik | Landtagswahl", headline, "Anna Lind", "22.09.2024 – 08:00 Uhr"), lines(LEDE)).title).toBe(headline);
  });
  test("should not take a name and its outlet after a bullet for the headline", () => {
    const headline = "Fishing crews brace for a shorter lobster season after the warm summer";
    const head = lines("News", "National", headline, "Author of the article:", "Anna Lind  •  The Harbour Press", "Published Sep 09, 2025  •  Last updated Sep 09, 2025  •  3 minute read");
    expect(extractTitle(head, lines(LEDE)).title).toBe(headline);
  });
  test("should take a kicked headline over the article's labelled byline and dates", () => {
    const headline = "Analysis: Why the harbour bridge closure will hurt the market traders most";
    const head = lines("The Harbour Courier", "News", "Home › Opinion", headline, "Author: Anna Lind", "Published: 3 March 2024", "Updated: 4 March 2024");
    expect(extractTitle(head, lines(LEDE)).title).toBe(headline);
  });
  test("should not take a fact box's row over the text for the headline", () => {
    const body = lines("The harbour bus carries about 14,000 riders on a typical weekday, more than any other line in the town, and it is among the slowest.", "The new lanes, painted red and separated by low kerbs, will run down the middle of the quay road.");
    const headline = "Explained: Why the harbour bus lanes are coming — and what changes for drivers";
    const head = lines("Harbour Ledger", "Transit", headline, "Anna Lind", "The town's first bus lanes will open on Quay Road next month. Here is what the project is, what it costs and what changes.", "The project in brief", "Length: 3.4 miles, from the station to the quay", "Cost: $48 million, mostly grants", "Opening: Monday, March 2", "Expected time saving: up to 11 minutes per trip");
    expect(extractTitle(head, body).title).toBe(headline);
  });
  test.each([
    ["German", ["Erstellt: 11.01.2025", "Zuletzt aktualisiert: 03.02.2025", "Zugriffe: 412"]],
    ["French", ["Créé le : 11/01/2025", "Modifié le : 03/02/2025", "Vues : 412"]],
  ])("should take a headline with a colon over a CMS's %s date rows, which are no fact box", (_n, rows) => {
    const headline = "Winterbehandlung im Verein: Erfahrungen aus unserer Aktion am Hafen";
    const head = lines("Startseite", "Über uns", "Termine", "Kontakt", "Blog", headline, ...rows, "Geschrieben von Anna Lind");
    expect(extractTitle(head, lines(LEDE)).title).toBe(headline);
  });
  test("should still not take a review's fact box row with its release date for the headline", () => {
    const head = lines("Reviews", "Anna Lind – „Hafen“", "Indie/Post-Rock", "VÖ: 23.02.2024", "Label: Hafen Records", "Wertung: 8/10");
    expect(extractTitle(head, lines(LEDE)).title).toBe("Anna Lind – „Hafen“");
  });
  test("should not take a photo's caption over the byline for the headline", () => {
    const head = lines("Harbour Times", "Ferry service to resume after two years of repairs", "Updated Nov 19, 6:55 AM", "The old ferry at the north quay.", "By Anna Lind, Harbour Times");
    expect(extractTitle(head, lines(LEDE)).title).toBe("Ferry service to resume after two years of repairs");
  });
  test("should not take the department the text's opening names for the headline under it", () => {
    const lede = "Researchers in the School of Harbour Studies have produced the most detailed record yet of how the island's quays have moved since the early seventeenth century.";
    const head = lines("Home", "News", "School of Harbour Studies", "News", "Historians chart 400 years of change on the Fenwick quays", "Published: 22 November 2022");
    expect(extractTitle(head, lines(lede, LEDE)).title).toBe("Historians chart 400 years of change on the Fenwick quays");
  });
  test.each([
    ["Home » Harbour News » Island Council Approves the New Harbour Budget", "Island Council Approves the New Harbour Budget"],
    ["Browse: Home / Essays / Harbour Lights", "Harbour Lights"],
    ["Yes / No: The Harbour Vote Explained", "Yes / No: The Harbour Vote Explained"],
  ])("should take the last crumb of a trail that starts at the home page: %s", (line, title) => {
    expect(extractTitle(lines(line, "By Anna Lind"), lines(LEDE)).title).toBe(title);
  });
  test.each([
    ["a caption with its copyright", "The old harbour at dawn © Harbour Council / Anna Lind", 0],
    ["a caption with its photo credit", "The old harbour at dawn. Foto: Anna Lind / Harbour Agency", 0],
    ["a post's meta line (writer, category, date twice, comment count)", "Anna Lind Harbour policy of the islands 20 March 202120 March 2021ferries, HCB 0 Comment", 0],
    ["a post's tags in a row", "Anna Lind, Harbour News, Ferries, Islands", 0],
    ["a menu in a row", "Deutsch · English (US) · Svenska · Español", 0],
    ["yesterday's hour", "· Gestern um 07:45 ·", 0],
    ["a date printed twice, glued, with the writer", "22. Dezember 201922. Dezember 2019 von Anna Lind", 0],
    ["a byline with its date in French, set apart by a bar", "Anna Lind | lundi 9 décembre 2019 à 09h08", 0],
    ["a byline in Portuguese", "Por Ana Lind, G1 Porto — Ilha Nova", 0],
    ["a labelled date line", "Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46", 0],
    ["an event's place", "Ort: Gaststätte am Hafen, Hafenstraße 11, 06114 Halle", 0],
    ["a keyword line", "Mots-clés > Services publics, Transports, Démocratie", 0],
    ["a Dutch posting line", "Geplaatst op 7 mei 2023 door Bestuur", 0],
    ["a Chinese breadcrumb", "当前位置：首页 > 新闻 > 社会", 0],
    ["a place over its date and hour", "A Coruña 03/11/2024 14:05 h", 0],
    ["a German update label with its date", "Aktualisiert: 03.11.2024, 22:41 Uhr", 0],
    ["a German byline that says it is an article by someone", "Ein Artikel von Anna Lind", 0],
    ["a Vietnamese date line opening with its weekday", "Thứ ba, 10/12/2024, 16:45 (GMT+7)", 0],
    ["an Indonesian date line opening with its weekday", "Senin, 09 Sep 2024 15:22 WIB", 0],
    ["a font-size widget", "字号：大 中 小", 0],
    ["a menu flattened into a line", "Menu Home News Business Sport Culture", 0],
    ["a French menu flattened into a line", "Accueil Actualités Société Sport Culture", 0],
    ["a German publication label", "Veröffentlicht am 20. Juni 2019", 0],
    ["a link to the previous post", "← Sinnvoll und aktiv auf das Abitur lernen", 0],
    ["a link to the previous post, in lowercase after guillemets", "« vorschau: neue fähren für die insel ab 2024", 0],
    ["a picture's credit with a slash", "Photos: Anna Lind / Harbour Herald Agency Images", 0],
    ["a short gallery label", "PHOTOS: Harvest festival", 0],
    ["a label and its date", "Date of Last Revision: August 9, 2017", 0],
    ["a writer's job and outlet set off by middle dots", "Reporter·Harbour Herald·", 0],
    ["a writer's name and the date", "Anna Lind Jun 23, 2025", 0],
    ["a score ticker's full-time result", "FT Harbourside 2-1 Kestrel Town", 0],
    ["a review's rating in stars", "★★★½ (out of four)", 0],
    ["a table's row with bars between its cells", "North Star | 12 € | 40 min", 0],
    ["a review's rating in words", "3.5 out of 4 stars", 0],
    ["a French review's mark", "Note : 15/20", 0],
    ["a live score with its minute", "TSV Hafen – SC Insel 0:0 (23.)", 0],
    ["a tennis result's row ending in set scores", "[3] Tom Hale (GBR) d. Jan Berg (SWE) 6-3 6-4", 0],
    ["a result's row with tie-breaks", "Anna Lind (SWE) d. [1] Maria Keller (GER) 6-7(4) 7-6(9) 7-5", 0],
    ["a stamp of how long ago after its label", "Prices checked 3 hours ago", 0],
    ["a Japanese update label with its date", "更新日：2025/04/10", 0],
    ["a Japanese update stamp in brackets", "（最終更新 3月12日 16時05分）", 0],
    ["a Japanese date line", "2025年3月12日 14時30分", 0],
    ["a Korean headline's sub-headline after its dash", "- 시, 친환경 유람선 3척 도입…총사업비 90억원", 0],
    ["a writer's name and the date with its hour", "Anna Lind, 3 March 2025 14:05", 0],
    ["a scoreboard's two sides and the score", "Atlético Ribera 2 - 1 CD Portuaria", 0],
    ["a fixtures widget's next match", "Millbrook Athletic v Harbour City", 0],
    ["a scoreboard's scorers with their minutes", "Buts : Lind (34e), Berg (90e+2) pour Harbour FC ; Keller (71e) pour Port Athletic", 0],
    ["a scoreboard's scorers in English", "Goals: Lind (23'), Berg (67')", 0],
    ["a scoreboard's ground and crowd", "Stade du Port – 4 318 spectateurs", 0],
    ["a scoreboard's ground and its crowd after a dot", "Harbour Park · Att: 4,211", 0],
    ["a scoreboard's crowd alone", "Attendance: 12,004", 0],
    ["a live page's full-time entry", "FT: Harbour City 3-1 Stanport Rovers", 0],
    ["a cookie notice's button", "Manage cookies", 0],
    ["a cookie notice's link", "Cookie settings", 0],
    ["a notice that JavaScript is off", "JavaScript is disabled", 0],
    ["a tutorial's level and reading time", "Niveau : intermédiaire · 8 min de lecture", 0],
    ["a German reading time after its label", "Lesezeit: 4 Min.", 0],
    ["a review's pro after its plus", "+ Quiet in the eco mode", 0],
    ["a Dutch review's rating in stars", "4 van 5 sterren", 0],
    ["a photographer's credit", "Photos by Jane Doe", 0],
    ["a picture's courtesy line", "Image courtesy of the harbour board", 0],
    ["a credit after its label", "Credit: Jane Doe", 0],
    ["a photographer's credit, written out", "Photography by Jane Doe", 0],
  ])("should not score %s as a headline", (_n, text) => expect(titleScore(text, 0)).toBe(0));
  test.each([
    ["a column's name over its issue's numbers", "Opening Bell 11.18.19"],
    ["a headline that announces an event and its date after a colon", "Announcing Open Harbour Night: Saturday, June 14, 2025"],
    ["a gallery's headline after its kicker", "PHOTOS: Harvest festival draws record crowd to the harbour"],
    ["a video's headline after its kicker", "WATCH: Snow buries the harbour road, dozens of cars stuck"],
    ["a vote's tally and what it was for", "Senate Votes 51-49 To Confirm Harbour Judge"],
    ["a results headline that says more", "Harbour City 2-1 Kestrel Town: late header settles the derby"],
    ["a headline that ends in one score", "Harbour City beat Kestrel Town 2-1"],
    ["a headline opening with 'Listening'", "Listening to a glacier break"],
    ["a headline opening with 'Watchdog'", "Watchdog fines harbour operator over late ferries"],
    ["a headline opening with 'Following'", "Following the storm, islanders count the cost"],
    ["a headline opening with 'Sources'", "Sources say harbour board will resign on Friday"],
    ["a headline opening with 'Credit'", "Credit Utilization: The Number That Quietly Moves Your Score"],
    ["a headline opening with 'Photos'", "Photos show the harbour wall breaking in the storm"],
    ["a headline opening with 'Pictures'", "Pictures of the year from the harbour"],
    ["a headline about cookies", "Harbour browser 3.0 blocks third-party cookies by default"],
    ["a headline about JavaScript", "Harbour council rebuilds its JavaScript booking site"],
  ])("should score %s as a headline", (_n, text) => expect(titleScore(text, 0)).toBeGreaterThan(0));
  test.each([
    ["Arabic", "مكتبة متنقلة تجوب قرى الصعيد لتشجيع الأطفال على القراءة", "Мобильная библиотека объезжает деревни, чтобы дети читали больше"],
    ["Korean", "바닷가 마을 주민들, 문 닫은 초등학교를 공동 도서관으로 되살렸다", "Мобильная библиотека объезжает деревни, чтобы дети читали больше"],
  ])("should score a %s headline as a headline in a cased script of its length", (_n, caseless, cased) => {
    expect(titleScore(caseless, 0)).toBeGreaterThanOrEqual(titleScore(cased, 0) * 0.9);
  });
  test("should take the headline over a byline with its job, not the site's name above it", () => {
    const head = lines("Harbour Falls Courier", "Local News", "Council approves harbour upgrade despite worries over rates", "Anna Lind | Staff writer", "Published: 03/11/2025 6:15 PM CDT");
    const page = [...head, ...lines(LEDE, "Harbour Falls Courier Harbour Falls Courier", "© 2025 Harbour Falls Courier")];
    expect(extractTitle(head, lines(LEDE), page).title).toBe("Council approves harbour upgrade despite worries over rates");
  });
  test("should take the headline over a bare name and its job, not the masthead that shares the lede's words", () => {
    const head = lines("Log In", "The Harbour Falls Courier", "News", "Crime & Courts", "Sports", "Crime & Courts", "Man gets 18 months for string of harbour thefts", "Anna Lind", "Staff Writer", "2 days ago", "Aug 12, 2025");
    const body = lines("HARBOUR FALLS — A Kestrel man who admitted stealing catalytic converters from more than 20 vehicles across Lind County was sentenced Monday to 18 months in jail.");
    expect(extractTitle(head, body).title).toBe("Man gets 18 months for string of harbour thefts");
  });
  test("should take the report's headline under the match's result, not the result", () => {
    const head = lines("Fußball", "Spielbericht", "FC Harbour 09 – SV Island 2:1 (1:0)", "Lind trifft doppelt: Harbour bleibt oben dran", "Der FC Harbour 09 hat das Verfolgerduell gegen den SV Island verdient gewonnen, weil Anna Lind zweimal traf.", "So., 23.11.2025 | 19:48 Uhr", "Von Tomas Berg");
    const body = lines("Wer die erste halbe Stunde gesehen hatte, wunderte sich über das knappe Ergebnis: Der FC Harbour 09 spielte schnell gegen den SV Island.");
    expect(extractTitle(head, body).title).toBe("Lind trifft doppelt: Harbour bleibt oben dran");
  });
  test("should take the headline over a video's caption with its credit glued on, not the caption", () => {
    const head = lines("Watch Live", "Water main break floods downtown Harbour Flats streets", "Video player is loading.", "Crews work to repair a water main under Harbour Avenue in Harbour Flats on Tuesday.(WKXT)", "By Anna Lind", "Published: Nov. 3, 2025 at 4:12 PM EST");
    const body = lines("A water main break under Harbour Avenue flooded streets in downtown Harbour Flats on Tuesday as crews worked to repair it.");
    expect(extractTitle(head, body).title).toBe("Water main break floods downtown Harbour Flats streets");
  });
  test("should take the headline over a product card's name that its price stands under", () => {
    const page = lines("Review: Harbour Z9 – the robot vacuum that no longer gets stuck under the sofa", "4 out of 5 stars", "Anna Lind", "March 3, 2025", "Pros and cons", "Maps fast", "Quiet", "Small bin", "The Harbour Z9", "From € 549,-", "View at Example", "The Harbour Z9 robot vacuum maps a house in twelve minutes and, for once, does not get stuck, we found after three weeks of tests.");
    const head = page.slice(0, 9);
    expect(extractTitle(head, page.slice(11), page).title).toBe("Review: Harbour Z9 – the robot vacuum that no longer gets stuck under the sofa");
  });
  test("should take the headline over a shorter dek of two sentences on the byline", () => {
    const head = lines("Home", "Obituaries", "Harbour loses Anna Lind, who founded the island's first ferry line", "She was 91. The funeral is on Saturday", "Tomas Reyes", "Tuesday 5 March 2024");
    expect(extractTitle(head, lines(LEDE)).title).toBe("Harbour loses Anna Lind, who founded the island's first ferry line");
  });
  test("should take the headline over its dek and a byline with its job", () => {
    const head = lines("Thousands of island ferry workers 'treated as second-class staff'", "Report claims the ferry companies have created a pool of low-paid crews for the summer season", "Anna Lind Transport editor", "Mon 20 Jan 2020 06.05 GMT");
    expect(extractTitle(head, lines(LEDE)).title).toBe("Thousands of island ferry workers 'treated as second-class staff'");
  });
  test("should take the headline over its dek and a byline with a label in another language", () => {
    const lede = lines("В Самаре во вторник начался ремонт набережной Волги. Городские власти обещают, что доступ к пляжам сохранится, но часть велодорожек будет закрыта до конца лета.");
    const head = lines("Общество", "В Самаре начали ремонт набережной: работы продлятся до конца лета", "Городские власти обещают сохранить доступ к пляжам, но часть велодорожек будет закрыта", "Автор: Анна Смирнова", "Опубликовано 3 июня 2025, 14:05");
    expect(extractTitle(head, lede).title).toBe("В Самаре начали ремонт набережной: работы продлятся до конца лета");
  });
  test.each([
    ["Spanish", "Vinculan a proceso al exdirector de obras del puerto de Villa Serena por el desvío de 14 millones de pesos", "El exfuncionario seguirá en prisión preventiva; la próxima audiencia será el 22 de mayo en la capital", "Última actualización: 10 de abril de 2024, 07:30", "Por Ana Lindqvist"],
    ["Dutch", "Gemeente Havenstad wil de oude veerpont na ruim zestig jaar dienst definitief uit de vaart halen en vervangen", "De raad beslist in juni; bewoners van de overkant vrezen langere reistijden naar hun werk in de stad", "Laatste update: 5 april 2024 14:02", "Door Anna Lind"],
  ])("should take a long headline over its dek and a %s update's date line over the byline", (_n, headline, dek, updated, byline) => {
    expect(extractTitle(lines("Nieuws", headline, dek, updated, byline, "9 April 2024, 18:05"), lines(LEDE)).title).toBe(headline);
  });
  test("should take a release's headline over its provider label, not the menu's last entry over it", () => {
    const head = lines("Browse News Releases", "Health", "Biotechnology", "Clinical Trials & Medical Discoveries", "Harbour BioLabs Reports Positive Phase 2 Results for HBL-217 in Chronic Cough", "News provided by", "Harbour BioLabs, Inc.", "Sep 10, 2024, 08:00 ET", "Share this article", "Share to X");
    const lede = lines("HBL-217 reduced cough frequency by 41% versus placebo at 12 weeks", "Company plans to start Phase 3 program in the first half of 2025", "PORT LIND, Ore., Sept. 10, 2024 /HarbourWire/ -- Harbour BioLabs, Inc., a clinical-stage biopharmaceutical company, today announced positive topline results from its Phase 2 trial of HBL-217 in adults with refractory chronic cough.");
    expect(extractTitle(head, lede).title).toBe("Harbour BioLabs Reports Positive Phase 2 Results for HBL-217 in Chronic Cough");
  });
  test("should not take a French interviewer's credit for the headline", () => {
    const head = lines("INTERVIEW", "« Les ferries du port ont deux heures de retard en moyenne », alerte une chercheuse", "La géographe Anna Lind publie une vaste étude sur les traversées. Elle plaide pour de nouveaux horaires", "Propos recueillis par Tom Berg", "Publié le 03/10/24 à 17h45 — Mis à jour le 04/10/24 à 09h10");
    expect(extractTitle(head, lines(LEDE)).title).toBe("« Les ferries du port ont deux heures de retard en moyenne », alerte une chercheuse");
  });
  test("should take the line over a 'by:' byline for the headline over a programme's promo", () => {
    const head = lines("Watch live", "KVTR 7 News at 10", "Local News", "Crews battle overnight fire at old harbour warehouse", "by: Anna Lind", "Posted: Nov 3, 2025 / 06:12 PM CST");
    const lede = lines("KVTR 7 News at 10 reports: (KVTR) Crews battled an overnight fire at the old harbour warehouse, the fire chief said.");
    expect(extractTitle(head, lede).title).toBe("Crews battle overnight fire at old harbour warehouse");
  });
  test("should take the headline over its dek and a writer with her university", () => {
    const head = lines("Science", "Why the harbour seals are getting smaller", "Warmer winters are producing smaller seal pups, and that may matter for the fish they feed on", "Anna Lind, University of Harbourtown", "Published: February 11, 2026 4:05am EST");
    const body = lines("If you have noticed that the seals in the harbour look a little smaller than they used to, you may not be imagining it.", "In a study published last month, my colleagues and I measured more than 600 seal pups born in the harbour over forty years.", "Anna Lind receives funding from the Harbour Research Council.");
    expect(extractTitle(head, body).title).toBe("Why the harbour seals are getting smaller");
  });
  test("should not count the site's name in its copyright line as a headline printed twice", () => {
    const head = lines("Le Journal du Port", "Actualités", "Le port de plaisance s'agrandit pour accueillir cent bateaux de plus", "Publié le 18 novembre 2024 à 07h00", "Par Anna Lind");
    const body = lines("Les travaux d'agrandissement du port de plaisance commenceront au printemps, a annoncé lundi la mairie.", "Cent nouveaux anneaux seront créés le long de la digue nord du port, pour un coût estimé à quatre millions d'euros.");
    const page = [...head, ...body, { no: 20, text: "© 2024 Le Journal du Port" }];
    expect(extractTitle(head, body, page).title).toBe("Le port de plaisance s'agrandit pour accueillir cent bateaux de plus");
  });
  test("should not take a health site's reviewer credit for the headline", () => {
    const head = lines("Nutrition", "Is oat milk good for you? What dietitians at the harbour clinic say", "Written by Jonas Berg", "Medically reviewed by Dr. Anna Lind, RD");
    expect(extractTitle(head, lines(LEDE)).title).toBe("Is oat milk good for you? What dietitians at the harbour clinic say");
  });
  test("should not take a byline over the winning line for its section", () => {
    const head = lines("By Anna Lind", "Harbour ferry fares rise for the first time in ten years");
    expect(extractTitle(head, lines(LEDE)).section).toBeUndefined();
  });
  test.each([["Location: Northport"], ["Film: Harbour Lights"], ["Supported by"], ["Sponsored by"]])("should not take a label with its value or a sponsor's (%s) over the headline for its section", (label) => {
    const head = lines(label, "Harbour ferry fares rise for the first time in ten years");
    expect(extractTitle(head, lines(LEDE)).section).toBeUndefined();
  });
  test("should still take a label over the headline for its section", () => {
    expect(extractTitle(lines("Local", "Harbour ferry fares rise for the first time in ten years"), lines(LEDE)).section).toBe("Local");
  });
  test("should take the headline over its longer dek, a bare name and the date", () => {
    const head = lines("Harbour Today", "Warehouse fire at the docks: smoke warning for homes", "Residents told to keep their windows closed as eighty firefighters tackle the blaze", "Anna Lind", "Tuesday 2 June 2026 13:10");
    expect(extractTitle(head, lines(LEDE)).title).toBe("Warehouse fire at the docks: smoke warning for homes");
  });
  test("should not take a byline with its job for the headline", () => {
    expect(extractTitle(lines("Greater Harbour News", "Anna LindLive and breaking news reporter", "10:04, 3 NOV 2023"), lines(LEDE)).title).not.toContain("Anna Lind");
  });
  test("should give a bare name the text opens with only a share of the lede's weight", () => {
    const lede = contentWords("Anna Lind was 17 when she was attacked in the street near the harbour in October 2017.");
    const full = titleScore("Anna Lind attacked", 0, lede) - titleScore("Anna Lind attacked", 0);
    expect(titleScore("Anna Lind", 0, lede) - titleScore("Anna Lind", 0)).toBeLessThan(full * 0.7);
  });
  test("should score a Chinese headline without spaces by its characters, not as one word", () => {
    expect(titleScore("新渡轮下月投入运营港口扩建工程同步启动", 0)).toBeGreaterThan(titleScore("新闻", 0) * 2);
  });
  test("should not let a figure in a caseless headline count as its capital", () => {
    expect(titleScore("香港今增4例確診 1例本土患者曾到酒吧消遣", 0)).toBe(titleScore("索尼鎧俠業績遭波及 已向美申請供貨華為", 0));
  });
  test("should rank a line without a capital below a headline beside it ('kolumnen anna lind')", () => {
    expect(titleScore("kolumnen anna lind über hafen", 1)).toBeLessThan(titleScore("Kolumne: Über den Hafen der Insel", 0) / 2);
    expect(titleScore("10 things the harbour board will decide today", 0)).toBeGreaterThan(titleScore("kolumnen anna lind über hafen", 0) * 2);
  });
  test.each([
    ["a headline that lists places", "Young leaders from Canada, Fiji, Pakistan, Uganda win harbour awards"],
    ["a headline that lists three names", "Lind, Berg, Holm and Dahl Take Over the Harbour Board"],
    ["a headline that opens with a number", "10 Ways the New Harbour Fees Will Change Island Life"],
    ["a French headline that opens with a quote", "« Il y a, d’abord, le poids de la géographie ». Sur les ports de l’île"],
    ["a title-case headline that opens with 'Home'", "Home Office Announces New Harbour Visa Rules"],
  ])("should still score %s", (_n, text) => expect(titleScore(text, 0)).toBeGreaterThan(0));
  test("should still score a headline whose é was mangled into Ã©", () => {
    expect(titleScore('AndrÃ©s Lind: "The Harbour Memories Are Magic"', 0)).toBeGreaterThan(0);
  });
  test.each([
    ["a table's row, its cells separated by tabs", "Harbour Regatta\t2024\tSailing Club\t1st"],
  ])("should not take %s as the headline", (_n, row) => {
    const head = lines("Island Council Approves the New Harbour Budget", row);
    expect(extractTitle(head, lines(LEDE)).title).toBe("Island Council Approves the New Harbour Budget");
  });
  test.each([
    ["a ticker's bar", "BREAKING: Coastguard searches for missing kayaker off Kestrel Point"],
    ["a trending strip", "Trending: Coastguard searches for missing kayaker off Kestrel Point"],
    ["a caption with its bracketed credit", "Walkers on the east pier at dusk on Monday evening. (Harbour Times: Jo Pike)"],
  ])("should not move the title up from a headline without a dek onto %s", (_n, over) => {
    const headline = "Harbour board extends east pier opening hours to midnight";
    expect(extractTitle(lines("Harbour Times", "News", over, headline, "By Anna Lind", "March 4, 2025"), lines(LEDE)).title).toBe(headline);
  });
  test("should take a live page's headline that opens with 'Live:' over its dek and byline", () => {
    const headline = "Live: Jury reaches verdict in harbour fraud trial — follow updates";
    expect(extractTitle(lines("Harbour Times", "Courts", headline, "Former ferry company chief found guilty on 7 of 9 counts", "By Anna Lind | Harbour Times", "Published March 3, 2025 at 9:02 a.m."), lines(LEDE)).title).toBe(headline);
  });
  test.each([["Photo : Anne Lind"], ["Foto: dpa"], ["(Foto: Anna Lind)"], ["© picture alliance/dpa"], ["EFE/Marta Ejemplo"], ["Anna Lind/Getty Images"]])("should not take a caption over its credit line '%s' for the headline", (credit) => {
    const headline = "Harbour board extends east pier opening hours to midnight";
    const page = ["Harbour Times", "News", "Walkers on the east pier at dusk on Monday evening", credit, headline, "By Anna Lind", "March 4, 2025", LEDE, LEDE.replace("council", "harbour board")];
    expect(normalizeDump("caption.txt", new TextEncoder().encode(page.join("\n")), { reference: REF }).articles[0]!.meta.title).toBe(headline);
  });
  test("should take a German headline of four long words over the dek on the byline", () => {
    const headline = "Stadtbibliothek Grünau verlängert Öffnungszeiten";
    const head = lines("Kreisbote", "Kultur", headline, "Ab November ist die Bibliothek auch am Samstagnachmittag geöffnet", "Von Anna Lind", "21. Oktober 2024");
    expect(extractTitle(head, lines("Die Stadtbibliothek Grünau erweitert ihre Öffnungszeiten. Ab dem 2. November ist das Haus am Marktplatz auch samstags geöffnet, bisher war um 13 Uhr Schluss.")).title).toBe(headline);
  });
  test("should not take a key event's headline under its stamp for the page's headline", () => {
    const headline = "Harbour fire: ferry terminal evacuated as smoke drifts over the old town – live updates";
    const head = lines("Harbour Courier", "Live", headline, "Tue 4 Mar 2025 06.58 GMT", "Share", "Key events", "1h ago", "Council calls an emergency meeting", "3h ago", "Ferries held at the north quay", "5h ago", "Terminal evacuated before noon");
    expect(extractTitle(head, lines(LEDE)).title).toBe(headline);
  });
  test("should take the headline over two bare names as over a By-line, not a key event below them", () => {
    const headline = "Storm Elna: thousands without power as gales close the harbour road – live";
    const head = lines("Harbour Courier", "Storm Elna live", headline, "Ferries cancelled and schools shut in three villages; forecasters say gusts of 90mph possible overnight", "Anna Lind and Tomas Reyes", "Tue 14 Jan 2025 16.05 GMT", "Key events", "5h ago", "Red warning extended to midnight", "4h ago", "Harbour bridge closed in both directions", "2h ago", "Council chairs emergency meeting on the harbour");
    expect(extractTitle(head, lines(LEDE)).title).toBe(headline);
  });
  test.each([
    ["two bare names joined by 'and' over the date", ["Harbour Courier", "Ferry deal signed", "Anna Lind and Tomas Reyes", "March 3, 2025"]],
    ["a live page's coverage credit", ["Harbour Courier", "Ferry vote: live", "Live coverage by Anna Lind and Tomas Reyes", "Last updated: March 3, 2025, 4:41 p.m."]],
    ["an interview's credit", ["Harbour Courier", "Ferry captain on forty years at the helm", "As told to Anna Lind", "March 3, 2025"]],
    ["an interviewer's credit", ["Harbour Courier", "Ferry captain on forty years at the helm", "Interview by Anna Lind", "March 3, 2025"]],
    ["a community paper's 'Submitted by' credit", ["Harbour Courier", "Creamery marks 100 years with a new cheese plant", "Submitted by Anna Lind Dairy Cooperative", "March 3, 2025"]],
    ["a 'Courtesy of' credit", ["Harbour Courier", "Creamery marks 100 years with a new cheese plant", "Courtesy of Anna Lind Dairy Cooperative", "March 3, 2025"]],
    ["a guest piece's 'Special to' credit", ["Harbour Courier", "Creamery marks 100 years with a new cheese plant", "Special to the Anna Lind Record", "March 3, 2025"]],
    ["a sponsor's credit over a partner's piece", ["Maison", "CONTENU PARTENAIRE", "Présenté par la Coopérative Anna Lind", "Cinq travaux à faire avant les grands froids pour réduire sa facture", "Mis à jour le 3 novembre 2025", "Tomas Berg"]],
    ["an English sponsor's credit over the headline and its dek", ["Home", "Presented by Anna Lind Savings Bank", "Five jobs to do before winter to cut your heating bill", "From the loft to the boiler, small repairs that pay for themselves within a year.", "By Tomas Berg", "November 3, 2025"]],
    ["a review's byline, the piece's kind and its writer, under the dek", ["Kultur", "Roman „Die Salzgärten“", "Das Meer nimmt, was es will", "Tomas Berg erzählt in seinem dritten Roman von einer Familie an der Küste, die Salz gewinnt.", "Eine Rezension von Anna Lind", "Veröffentlicht am 09.11.2025"]],
    ["an editorial board's byline", ["Harbour Sentinel", "Editorials", "The school board owes parents a straight answer on the closure", "The Harbour Sentinel Editorial Board", "September 21, 2025"]],
    ["an Italian byline in lowercase under the dek", ["Cronaca", "Rita Berg: «Il vino del porto non è una moda»", "La produttrice racconta vent'anni di vendemmie sulle colline sopra il porto e il ritorno alle vecchie viti.", "di Anna Lind", "21 marzo 2025"]],
    ["Joomla's 'Geschrieben von' in its info block", ["Feuerwehr Hafenstadt", "Scheunenbrand in Oberhafen", "Details", "Geschrieben von Anna Lind", "Kategorie: Einsätze", "Veröffentlicht: 12. März 2025"]],
  ])("should not take %s as the headline", (_n, head) => {
    expect(extractTitle(lines(...head), lines(LEDE)).title).not.toContain("Anna Lind");
  });
  test("should not take an Italian byline in lowercase for the headline when the interviewer's name opens the questions", () => {
    const head = lines("L'INTERVISTA", "Rita Berg: «Il vino del porto non è una moda, è un ritorno alle origini»", "La produttrice racconta vent'anni di vendemmie senza chimica e il premio appena ricevuto", "di Anna Lind", "21 marzo 2025");
    const body = lines("Rita Berg ha 52 anni e guida da sola l'azienda agricola di famiglia sulle colline sopra il porto.", "Anna Lind: Signora Berg, si aspettava questo premio?", "Rita Berg: Assolutamente no. Ho iscritto il vino quasi per scherzo.");
    expect(extractTitle(head, body).title).toBe("Rita Berg: «Il vino del porto non è una moda, è un ritorno alle origini»");
  });
  test.each([
    ["under a bare name", ["OPINION", "The harbour seals are telling us something about the bay", "Anna Lind", "Professor of Marine Biology at the University of Harbourton", "March 3, 2025"]],
    ["under a By-line", ["OPINION", "The harbour seals are telling us something about the bay", "By Anna Lind", "Professor of Marine Biology at the University of Harbourton", "March 3, 2025"]],
    ["in Spanish under 'Por'", ["OPINIÓN", "The harbour seals are telling us something about the bay", "Por Ana Lind Reyes", "Catedrática de Biología Marina en la Universidad de Puertonuevo", "Puertonuevo - 3 MAR 2025 - 05:30 CET"]],
  ])("should take neither the writer's post %s nor the name over it for the headline and section", (_n, head) => {
    const t = extractTitle(lines(...head), lines(LEDE));
    expect(t.title).toBe("The harbour seals are telling us something about the bay");
    expect(t.section).toBe(head[0]);
  });
  test.each([
    ["with a byline under it", ["Harbour Review", "Professor of poetry steps down after row over harbour festival", "By Anna Lind", "March 3, 2025"]],
    ["with the date under it", ["Harbour Review", "Professor of poetry steps down after row over harbour festival", "March 3, 2025"]],
  ])("should still take a headline that opens with a post under the site's name, %s", (_n, head) => {
    expect(extractTitle(lines(...head), lines(LEDE)).title).toBe(head[1]);
  });
  test("should take the headline on the byline over a box of other stories' headlines below it", () => {
    const head = lines(
      "Traders cannot decide what to make of the harbour fee dispute",
      "By Anna Lind, Harbour Desk",
      "Updated 0339 GMT (1139 HKT) November 19, 2019",
      "Island council says ferry talks are going well",
      "Why the old lighthouse keeper never left the island",
      "What the new harbour fee means for fishermen",
      "How one shipyard changed the island's economy",
      "This is the island's answer to the electric ferry",
    );
    expect(extractTitle(head, lines(LEDE)).title).toBe("Traders cannot decide what to make of the harbour fee dispute");
  });
  test("should take the headline over a box of key points between it and the byline", () => {
    const headline = "Harbour council approves new ferry timetable";
    const head = lines("Menu", headline, "Key points:", "The early ferry will not return this summer", "Evening crossings run an hour later on weekends", "Fares stay at last year's level", "By Anna Lind", "March 3, 2024");
    expect(extractTitle(head, lines("The council said on Tuesday that evening crossings will run an hour later on weekends, and that fares stay at last year's level.")).title).toBe(headline);
  });
  test("should take a live page's headline over its key points, one of which names a time, and its credit line", () => {
    const headline = "Live: harbour fire closes the ferry terminal – latest updates";
    const head = lines(headline, "Thousands of passengers stranded as ferries are cancelled across the islands", "Key points", "Red warning in place for the harbour until 18:00", "About 4,000 passengers waiting, says the operator", "All ferries from the north quay cancelled today", "Updated 14:32 GMT", "Live reporting by Anna Lind and Maria Keller", "Published 12 February 2025");
    expect(extractTitle(head, lines(LEDE)).title).toBe(headline);
  });
  test("should take a long unended headline under a labelled date line, not the date line", () => {
    const headline = "Harbour operators discharged ballast water into the bay for 2,100 hours last year, Bay Watch analysis finds";
    const head = lines("News", "Press releases", "Press release | 5 February 2024", headline);
    expect(extractTitle(head, lines(LEDE)).title).toBe(headline);
  });
  test("should take the headline over the dateline's place on its own line over the date, which the text opens with", () => {
    const headline = "El puerto amplía el horario de los ferris durante el verano";
    const head = lines("PUERTO", headline, "La naviera añade dos salidas nocturnas desde julio", "EFE", "Santa Cruz de La Palma", "08/03/2025 21:15 CET");
    const body = lines("Santa Cruz de La Palma, 8 mar (EFE).- La autoridad portuaria ha ampliado este sábado el horario de los ferris durante el verano, con dos salidas nocturnas más.");
    expect(extractTitle(head, body, [...head, ...body]).title).toBe(headline);
  });
  test("should take the headline over the issuer under a sender's label, not the issuer", () => {
    const headline = "£12 million to protect 900 homes from flooding on the harbour front";
    const head = lines("Press release", headline, "New flood walls will be built along the quay this year, the minister has announced.", "From:", "Department for Harbours and Coastal Affairs and Anna Lind MP", "Published", "11 January 2024");
    expect(extractTitle(head, lines(LEDE)).title).toBe(headline);
  });
  test("should take the headline over the sending institute's name right over the text, which the lede declines", () => {
    const headline = "Seegras speichert mehr Kohlenstoff als gedacht";
    const head = lines("Pressemitteilung", headline, "22.04.2024 11:03", "Anna Lind Presse- und Öffentlichkeitsarbeit", "Institut für Hafenökologie Nordstadt (IHN)");
    const body = lines("Seegraswiesen binden pro Hektar doppelt so viel Kohlenstoff wie angenommen. Das zeigt eine Studie des Instituts für Hafenökologie Nordstadt (IHN), die jetzt erschienen ist.");
    expect(extractTitle(head, body).title).toBe(headline);
  });
  test("should take a live page's headline over the live coverage's credit line under it", () => {
    const headline = "Ferry terminal fire: live coverage";
    const head = lines("Harbour Post", "LIVE", headline, "Live coverage by Anna Lind and Maria Keller", "Last updated: March 4, 2025, 4:41 p.m. GMT");
    expect(extractTitle(head, lines(LEDE)).title).toBe(headline);
  });
  test("should take the headline over a box of key points under the byline that runs on to the text", () => {
    const headline = "Harbour council approves new ferry timetable";
    const head = lines(headline, "Harbour News", "By Anna Lind", "Posted Sun 3 Mar 2024 at 3:05pm", "The early ferry leaves the north quay at dawn.(Harbour News: Anna Lind)", "Key points:", "The early ferry will not return this summer", "Evening crossings run an hour later on weekends", "Fares stay at last year's level");
    expect(extractTitle(head, lines("The council said on Tuesday that evening crossings will run an hour later on weekends, and that fares stay at last year's level.")).title).toBe(headline);
  });
  test("should keep the headline under a breadcrumb's label that ends in a colon", () => {
    const headline = "Island council approves the new ferry timetable";
    const head = lines("Service", "You are here:", "Harbour Post News Island Politics", headline, "Ferry talks: Island council approves the timetable", "Published on March 3, 2024 at 14:34");
    expect(extractTitle(head, lines(LEDE)).title).toBe(headline);
  });
  test("should keep a headline under a kicker that ends in a colon", () => {
    const headline = "Harbour council approves new ferry timetable";
    expect(extractTitle(lines("Exclusive:", headline, "The early ferry will not return this summer, the chair says", "By Anna Lind"), lines(LEDE)).title).toBe(headline);
  });
  test("should take the headline over the dek in title case that sits right on the byline", () => {
    const headline = "Harbour Deals: More Summer Deals Are Live, Including Ferry Tickets, Touring Kayaks, Life Jackets and Dry Bags, and More";
    const head = lines(headline, "Summer Is Next Week, But Several Deals Go Live Today", "By Anna Lind");
    expect(extractTitle(head, lines(LEDE)).title).toBe(headline);
  });
  test("should not take a breadcrumb trail over the headline on the byline", () => {
    const head = lines("Home » Harbour News From the Island Council", "Island Council Approves the New Harbour Budget", "By Anna Lind");
    expect(extractTitle(head, lines(LEDE)).title).toBe("Island Council Approves the New Harbour Budget");
  });
  test("should drop a breadcrumb run into the headline when the head prints the headline again", () => {
    const head = lines("Home", "Recipes", "Home Recipes Harbour Fish Stew for Winter Evenings", "HARBOUR FISH STEW FOR WINTER EVENINGS", "written by Anna Lind");
    expect(extractTitle(head, lines(LEDE)).title).toBe("Harbour Fish Stew for Winter Evenings");
  });
  test("should keep a headline whose end is printed again as a phrase that does not start like one", () => {
    const head = lines("zur Bunten Republik Neustadt", "Keine Spielstraße zur Bunten Republik Neustadt", "By Anna Lind");
    expect(extractTitle(head, lines(LEDE)).title).toBe("Keine Spielstraße zur Bunten Republik Neustadt");
  });
  test("should take the headline above the byline, not the menu above it", () => {
    const head = lines("Home", "World", "Business", "Council Approves Harbour Budget After Long Debate", "By Maria Keller", "March 3, 2024");
    expect(extractTitle(head, lines(LEDE)).title).toBe("Council Approves Harbour Budget After Long Debate");
  });
  test("should prefer the headline to a long dek that repeats the lede", () => {
    const head = lines("Harbour Budget Approved", "The city council approved the new harbour budget on Tuesday after a long debate about the costs of it", "By Maria Keller");
    expect(extractTitle(head, lines(LEDE)).title).toBe("Harbour Budget Approved");
  });
  test("should keep a headline that carries a date, and skip a date line and a name over the date", () => {
    const head = lines("Opening Bell 11.18.19", "T-Swift is beefing with the record label again, what a time to be alive", "The Water Coolest", "Publish date:", "Nov 18, 2019");
    expect(extractTitle(head, lines("Start your day with the Opening Bell, the newsletter for finance people.")).title).toBe("Opening Bell 11.18.19");
  });
  test.each([
    ["should keep a short dated headline that opens with a word like Mayor", "Mayor Approves 2024 Budget"],
    ["should keep a dated headline that opens with a name like Marshall", "Marshall Islands Vote on June 3, 2024"],
  ])("%s", (_n, headline) => {
    expect(extractTitle(lines("Home", headline, "By Maria Keller"), lines(LEDE)).title).toBe(headline);
  });
  test.each([
    ["should give no headline score to a German weekday date line", "Montag, 12. Oktober 2020"],
    ["should give no headline score to an English weekday date line", "Monday, November 18, 2019"],
    ["should give no headline score to a month and day", "Juli 12, 2017"],
  ])("%s", (_n, line) => expect(titleScore(line, 0)).toBe(0));
  test.each([
    ["should score a headline whose label stands before a figure", "Timetable bug: 50 instead of 5"],
    ["should score a series' headline whose label stands before a distance", "Rondje Veenhoop: 86 kilometer tegen de wind in"],
  ])("%s", (_n, line) => expect(titleScore(line, 0)).toBeGreaterThan(0));
  test("should still give no headline score to a short label before a date", () => expect(titleScore("Harbour desk: 12.03.2020", 0)).toBe(0));
  test("should take an exclamation that opens the text when the head has no headline", () => {
    const t = extractTitle(lines("Python core development news and information."), lines("Python 3.6.0 is now available!", LEDE));
    expect(t).toMatchObject({ title: "Python 3.6.0 is now available!", titleSource: "dump" });
  });
  test("should take a blog's exclamation that opens the text under its date as the headline, over the blog's name", () => {
    const t = extractTitle(lines("Notes from the Harbour", "Plot 14, Harbour Road. Veg, weather and wildlife since 2011.", "Tuesday, March 4, 2025"), lines("Broad beans in at last, and the heron is back!", "Finally got the broad beans in today: the top bed had been like porridge since Christmas, but a dry week did the trick."));
    expect(t.title).toBe("Broad beans in at last, and the heron is back!");
  });
  test("should not take an exclamation under the byline and date for the headline: it is the dek", () => {
    const t = extractTitle(lines("Home", "Harbour = Neighbourhood", "von Anna Lind", "31. März 2020"), lines("The council calls on everyone to help their neighbours!", LEDE));
    expect(t.title).not.toBe("The council calls on everyone to help their neighbours!");
  });
  test.each([
    ["French, with a writer's bare name over the date", ["Culture", "Festival de la Grève", "«On joue pour les gens qui ne mettent jamais les pieds au théâtre»", "La douzième édition du festival de théâtre de rue s'ouvre jeudi sur les quais. Rencontre avec sa directrice, qui passe la main.", "Anna Lind", "Publié: 22.05.2025, 06h30"], "«On joue pour les gens qui ne mettent jamais les pieds au théâtre»"],
    ["German, with a By-line", ["Lokales", "Windpark Nordheide", "Sechs neue Anlagen sollen ab dem Frühjahr am Hafen Strom liefern", "Der Kreistag hat am Dienstag den Bau genehmigt, die Anwohner wollen dagegen klagen und sammeln Unterschriften.", "Von Anna Lind", "12.03.2025, 14:35 Uhr"], "Sechs neue Anlagen sollen ab dem Frühjahr am Hafen Strom liefern"],
  ])("should take the headline under its kicker (%s)", (_n, head, headline) => {
    // The text names the kicker's event, as it does.
    const text = lines(`${head[1]}: ${LEDE}`, LEDE);
    expect(extractTitle(lines(...head), text).title).toBe(headline);
  });
  test("should keep a short headline over its long dek and the byline", () => {
    const head = ["Harbour Courier", "Ferry deal signed at last", "The harbour board and the ferry company agreed on Tuesday on a ten-year contract for the island routes", "By Anna Lind", "March 3, 2025"];
    expect(extractTitle(lines(...head), lines(LEDE)).title).toBe("Ferry deal signed at last");
  });
  test("should take a headline with full stops over the writer's bare name, job and date", () => {
    const t = extractTitle(lines("Harbour Ledger", "Opinion", "Columns", "The county fair is not a line item. Stop budgeting it like one.", "Anna Lind", "Columnist", "Published 5:02 a.m. CT Oct. 14, 2025"), lines(LEDE));
    expect(t.title).toBe("The county fair is not a line item. Stop budgeting it like one.");
  });
  test("should take a headline with full stops right over its 'Posted by' line", () => {
    const t = extractTitle(lines("Harbour Walks", "Slow travel, strong tea and the odd wrong turn", "Home", "About", "I walked the harbour road. It nearly broke me.", "Posted by Anna Lind on 4 March 2025 in Travel"), lines(LEDE));
    expect(t.title).toBe("I walked the harbour road. It nearly broke me.");
  });
  test("should keep the head's headline over a shouting sub-heading that opens the text", () => {
    const t = extractTitle(lines("Home", "Champion Returns to the Ring Tomorrow Night", "By Maria Keller"), lines("A British Grudge Match at Last!", LEDE));
    expect(t.title).toBe("Champion Returns to the Ring Tomorrow Night");
  });
  test("should derive a title, marked as such, when the head has none", () => {
    const t = extractTitle(lines("Home", "News"), lines("Kyiv – The Eastern Ukrainian city has become a focal point in the ongoing conflict over the region."));
    expect(t).toMatchObject({ titleSource: "derived" });
    expect(t.title.startsWith("The Eastern Ukrainian city")).toBe(true);
  });
});

describe("extractTags", () => {
  test.each([
    ["should read a Keywords line", "Keywords: harbour, ferry, budget", ["harbour", "ferry", "budget"]],
    ["should read a singular Keyword label with a trailing comma", "Keyword: harbour, ferry,,", ["harbour", "ferry"]],
    ["should read German Stichworte", "Stichworte: Hafen, Fähre", ["Hafen", "Fähre"]],
    ["should read the tags of an older WordPress theme's sentence under the post", "This entry was posted in Harbour and tagged ferries, tides on March 4, 2019 by Anna Lind. Bookmark the permalink.", ["ferries", "tides"]],
    ["should read the tags of the German translation of that sentence", "Dieser Eintrag wurde veröffentlicht in Reiseberichte und verschlagwortet mit Hafen, Fähre von Anna Lind. Permanenter Link zum Eintrag.", ["Hafen", "Fähre"]],
    ["should read the tags of its French translation", "Ce contenu a été publié dans Voyages, avec comme mot(s)-clé(s) port, ferry. Vous pouvez le mettre en favoris avec ce permalien.", ["port", "ferry"]],
    ["should read the categories of the first default theme's sentence, all it files the post under", "This entry was posted on Tuesday, March 3rd, 2009 at 10:15 am and is filed under Harbour, Ferries. You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.", ["Harbour", "Ferries"]],
    ["should read Spanish palabras clave", "Palabras clave: puerto, ferry", ["puerto", "ferry"]],
    ["should read a French keyword line with an arrow", "Mots-clés > Services publics, Transports, Démocratie", ["Services publics", "Transports", "Démocratie"]],
    ["should read a blog's Filed under line", "Filed under: Boats, Restoration", ["Boats", "Restoration"]],
    ["should read a blog's Tagged line", "Tagged: dinghy, epoxy, plywood", ["dinghy", "epoxy", "plywood"]],
    ["should read the tags, not the categories, of a theme's line of both", "Filed Under: Places, Industry Tagged With: 19th century, tannery", ["19th century", "tannery"]],
    ["should read German Schlagworte after the categories and a bar", "Kategorie: Baubericht, Elektrik | Schlagworte: Servo, Weichen", ["Servo", "Weichen"]],
    ["should read WordPress's Tagged part after a tab", "Posted in Trip Reports\tTagged Cley, Norfolk", ["Cley", "Norfolk"]],
    ["should read German Themen", "Themen: Hafen, Fähre", ["Hafen", "Fähre"]],
    ["should read Russian Теги", "Теги: гавань, паром, бюджет", ["гавань", "паром", "бюджет"]],
    ["should read Polish Tagi and Turkish Etiketler", "Etiketler: liman, feribot", ["liman", "feribot"]],
    ["should read Blogger's Labels", "Labels: campsites, ferries, tour 2017", ["campsites", "ferries", "tour 2017"]],
    ["should read French WordPress's Étiquettes", "Étiquettes : chorale, printemps", ["chorale", "printemps"]],
    ["should read the Tagged part of WordPress's line under a post", "Posted in Seeds, Tomatoes | Tagged seed saving, tomatoes | 3 Comments", ["seed saving", "tomatoes"]],
    ["should read French Mots-clés after the categories and a bar", "Catégorie : Tartes salées, Légumes d'hiver | Mots-clés : comté, poireaux", ["comté", "poireaux"]],
  ])("%s", (_n, text, tags) => expect(extractTags(lines(text))?.tags).toEqual(tags));
  test.each([
    ["a sentence that opens with a label", "Topics: the council discussed the harbour budget for three long hours on Tuesday"],
    ["a sentence where something is tagged", "Every bird was tagged with a ring before it was released on the island."],
  ])("should not read %s as keywords", (_n, text) => expect(extractTags(lines(text))).toBeUndefined());
  describe("a tag list under the text, one tag a line", () => {
    const tail = (...texts: string[]) => lines(...texts);
    test.each([
      ["should read the tags under an English label", ["Tags", "ferries", "Harbour budget", "Island council"], ["ferries", "Harbour budget", "Island council"]],
      ["should read a Spanish label with a colon", ["Archivado en:", "Puerto", "Transbordadores"], ["Puerto", "Transbordadores"]],
      ["should drop the comma after each tag", ["Topics", "Harbour,", "Ferries,", "Budget"], ["Harbour", "Ferries", "Budget"]],
      ["should stop at a count, a button's sign or a shouted button", ["Tags", "ferries", "(42) Comments", "harbour"], ["ferries"]],
      ["should stop at glued share buttons", ["Tags", "ferries", "ShareTweetEmail"], ["ferries"]],
      ["should stop at a sentence", ["Tags", "ferries", "Harbour bridge closed for repairs until the end of May."], ["ferries"]],
      ["should stop at the header of the teasers under it", ["Tags", "ferries", "Popular", "Bridge closed for repairs"], ["ferries"]],
      ["should split a line of tags at its commas", ["Schlagwörter", "Fähren, Hafen", "Die Fähre fährt ab Montag wieder nach Plan."], ["Fähren", "Hafen"]],
      ["should stop at a German teasers' header", ["Schlagwörter", "Fähren", "Weitere Beiträge zum Thema", "Brücke gesperrt"], ["Fähren"]],
      ["should stop at a media player's button", ["Tags", "ferries", "lancer la lecture", "play"], ["ferries"]],
      ["should stop at the list's button to fold it", ["Topics", "Ferries", "Harbour budget", "See Less", "Trending Topics"], ["Ferries", "Harbour budget"]],
      ["should stop at the link to the article's reprint terms", ["Topics", "Ferries", "Island councils", "Reuse this content"], ["Ferries", "Island councils"]],
      ["should read a Portuguese label alone and stop at a newsletter's name", ["Tópicos", "Paleontologia", "Dinossauros", "Newsletter Ciência", "Todas as sextas-feiras, as descobertas explicadas."], ["Paleontologia", "Dinossauros"]],
      ["should read a Dutch label and stop at a recommendations header", ["Meer over dit onderwerp", "Storm", "Veerdienst", "Aanbevolen voor jou", "Veerboot vaart weer na storing"], ["Storm", "Veerdienst"]],
      ["should stop at a Spanish related-notes header", ["Temas", "Puerto", "Transbordadores", "Notas relacionadas", "Cierra la planta procesadora"], ["Puerto", "Transbordadores"]],
      ["should stop at a Portuguese most-read header", ["Tópicos", "Porto", "Ferries", "Os mais lidos", "Câmara aprova orçamento"], ["Porto", "Ferries"]],
      ["should stop at a Swedish follow button", ["Ämnen", "Hamnen", "Färjor", "Följ"], ["Hamnen", "Färjor"]],
    ])("%s", (_n, texts, tags) => {
      const t = tail(...texts);
      expect(tagBlock(t, t)?.tags).toEqual(tags);
    });
    test("should stop where a junk rule removed a line (a teasers' header)", () => {
      const page = tail("Tags", "ferries", "Related stories", "Bridge closed");
      expect(tagBlock([page[0]!, page[1]!, page[3]!], page)?.tags).toEqual(["ferries"]);
    });
    test("should read the tags under a writer's card and a login link", () => {
      const page = tail("Anna Lind", "Editor", "Author email", "Follow Anna Lind", "Close", "Log In", "Tags", "Harbour schools", "Levy");
      expect(tagBlock(page, page)?.tags).toEqual(["Harbour schools", "Levy"]);
    });
    test("should not read a menu far under the text", () => {
      const page = tail("Share", "Newsletter", "Most read", "Harbour bridge closed", "Storm warning", "Weather", "About us", "Topics", "Politics", "Sport");
      expect(tagBlock(page, page)).toBeUndefined();
    });
    test("should read the tags of a page into its front matter", () => {
      const dump = ["Harbour News", "Island council approves the ferry budget", "By Anna Lind", LEDE, LEDE.replace("Tuesday", "Monday"), LEDE.replace("harbour", "ferry"), "Temas", "Puerto", "Transbordadores", "Share", "© 2025 Harbour News"].join("\n");
      expect(normalizeDump("tags.txt", new TextEncoder().encode(dump), { reference: REF }).articles[0]!.meta.tags).toEqual(["Puerto", "Transbordadores"]);
    });
  });
  test("should keep the first tags of a keyword-stuffed line and say how many it held", () => {
    const keywords = Array.from({ length: 500 }, (_, k) => `harbour ${k}`);
    const dump = ["Harbour budget approved", "", LEDE, "", `Keywords: ${keywords.join(", ")}`].join("\n");
    const r = normalizeDump("stuffed.txt", new TextEncoder().encode(dump), { reference: REF });
    expect(r.articles[0]!.meta.tags).toEqual(keywords.slice(0, MAX_TAGS));
    expect(r.messages).toContainEqual({ line: 5, rule: "extract-tags", reason: `500 keywords; the first ${MAX_TAGS} were kept as tags (the whole line is in the report)` });
    expect(r.removals.find((x) => x.rule === "extract-tags")?.text).toContain("harbour 499");
  });
});

describe("a breadcrumb trail over the headline it cuts short", () => {
  const head = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
  test("should lose to the headline its last crumb opens", () => {
    const h = head("Village of Brookmere", "Home › Events › Spring Plant Swap", "Spring Plant Swap fills the library lawn with seedlings and advice", "Date: Saturday, May 10, 2025", "Time: 9 a.m. – 1 p.m.");
    expect(extractTitle(h, lines("The spring plant swap returns to the library lawn, where gardeners trade seedlings and cuttings.")).title).toBe("Spring Plant Swap fills the library lawn with seedlings and advice");
  });
  test("should lose to the longer headline right under it when its last crumb is the page's category", () => {
    const h = head("Quiethome", "Reviews", "Sleep", "Home / Air Quality / Air Purifiers", "Harbour Aero 3 Review: A Quiet Air Purifier That Earns Its Price", "Written by Anna Lind", "Reviewed by Tom Berg", "Last updated: May 2, 2024", "Our rating: 4.5/5");
    expect(extractTitle(h, lines("Best air purifiers for bedrooms: the Aero 3 is the quietest air purifier we have tested at this price, and it cleans a bedroom in under twenty minutes.")).title).toBe("Harbour Aero 3 Review: A Quiet Air Purifier That Earns Its Price");
  });
  test("should still give its last crumb over a line no longer than a label", () => {
    const h = head("Home / Air Quality / Air Purifiers", "Our rating: 4.5/5");
    expect(isTrailOverHeadline(h[0]!.text, h, 0)).toBe(false);
  });
  test("should take the headline under a topic's tag that it opens with, not the tag", () => {
    const h = head("Harbour Live", "News", "Politics", "Harbour Market Hall", "Harbour Market Hall to close for two years as £31m revamp finally gets green light", "Traders say they are relieved but nervous after councillors approved the long-delayed plans", "Bookmark", "Share", "Comments", "News", "Anna Lind", "Local Democracy Reporter", "10:15, 4 Nov 2025", "Updated 11:02, 4 Nov 2025");
    expect(extractTitle(h, lines("Harbour's Victorian Market Hall will shut its doors for around two years from next summer after councillors finally approved a £31million plan to restore the building.")).title).toBe("Harbour Market Hall to close for two years as £31m revamp finally gets green light");
  });
  test("should still give its last crumb when no line goes on from it", () => {
    expect(isTrailOverHeadline("Durchsuchen: Home » Unbefriedigt", head("Unbefriedigt", "8. Januar 2020 · by Aureliana"))).toBe(false);
  });
});

describe("small papers', finance sites' and press releases' bylines", () => {
  test.each([
    ["should read a byline with the writer's address after the name", ["By Dana Whitcomb dwhitcomb@lindenpress.com"], "Dana Whitcomb"],
    ["should read a name with a credential as one writer", ["Dana Whitcomb, CFA", "March 3, 2025"], "Dana Whitcomb"],
    ["should read a name with an accountant's credential as one writer", ["By Dana Whitcomb, CPA"], "Dana Whitcomb"],
  ])("%s", (_n, texts, author) => expect(extractByline(lines(...texts))?.author).toBe(author));
  test.each([
    ["should read both writers of a byline the page broke after its comma", ["KLNR | By Anna Lind,", "Tom Berg", "Published March 3, 2025 at 4:10 PM CST"], ["Anna Lind", "Tom Berg"]],
    ["should read both writers of two names broken after the first one's comma, the date over them", ["wo 5 mrt 2025 14:37", "Anna de Lind,", "Tom Berg"], ["Anna de Lind", "Tom Berg"]],
  ])("%s", (_n, texts, author) => {
    const found = extractByline(lines(...texts));
    expect(found?.author).toEqual(author);
    expect(found?.more).toBeDefined();
  });
  test.each([
    ["should read a dated byline with the writer's job after a comma", ["April 16, 2024 By Anna Lind, Editor"], "Anna Lind"],
    ["should read two writers joined by 'and' with their shared job after a comma", ["Anna Lind and Tom Berg, Staff Writers", "November 3, 2025"], ["Anna Lind", "Tom Berg"]],
  ])("%s", (_n, texts, author) => expect(extractByline(lines(...texts))?.author).toEqual(author));
  test.each([
    ["the German date first, the writer's role in brackets and the categories after", "15. März 2025 | Anna Lind (Pressewart Handball) | Kategorie: Herren I, Spielberichte"],
    ["the writer first, the French date after", "Anna Lind | 3 février 2025"],
  ])("should read the writer on a date line with its month in words: %s", (_n, text) => {
    expect(extractByline(lines(text))?.author).toBe("Anna Lind");
  });
  test("should not read a section's one word beside a German date for the writer", () => {
    expect(extractByline(lines("15. März 2025 | Handball"))).toBeUndefined();
  });
  test("should read the writer from her part of a post's meta line", () => {
    expect(extractByline(lines("Published: Oct 14, 2024 · Modified: Jan 3, 2025 by Anna Lind · This post may contain affiliate links · 14 Comments"))?.author).toBe("Anna Lind");
  });
  test("should read a German report's credit over the text", () => {
    expect(extractByline(lines("Bericht: Anna Lind", "21. März 2025"))?.author).toBe("Anna Lind");
  });
  test("should read a Romanian byline, 'de' before the writer's names", () => {
    expect(extractByline(lines("de Ana Popescu", "11.02.2025 10:20"))?.author).toBe("Ana Popescu");
  });
  test("should still read a job after a comma as no second writer", () => {
    expect(extractByline(lines("Anna Lind, Staff Writer", "November 3, 2025"))?.author).toBe("Anna Lind");
  });
  test("should not take a button under a byline that ends with a comma for a writer", () => {
    expect(extractByline(lines("By Anna Lind,", "Share This", "March 3, 2025"))?.author).toBe("Anna Lind");
  });
  test.each([
    ["a press release's label", ["FOR IMMEDIATE RELEASE", "March 3, 2025"]],
    ["a newsroom's section", ["News Releases", "March 3, 2025"]],
  ])("should not read %s as the writer", (_n, texts) => expect(extractByline(lines(...texts))).toBeUndefined());
  test("should not read a French press release's label between a desk's byline and the dateline as the writer", () => {
    const text = ["Le syndicat des cheminots a déposé ce mardi un préavis de grève nationale couvrant la période du lundi 20 mai au mercredi 22 mai.", "Lors de la table ronde salariale du 29 avril, la direction a proposé une augmentation générale de 1,8 % au 1er juillet.", "Pour le syndicat, cette proposition ne compense pas la perte de pouvoir d'achat subie depuis deux ans."];
    const dump = ["Accueil", "Communiqués", "Préavis de grève du 21 mai : la direction doit rouvrir les négociations", "Publié le 07/05/2024 à 11h42", "par Bureau national", "COMMUNIQUÉ DE PRESSE", "Paris, le 7 mai 2024", ...text].join("\n");
    expect(normalizeDump("d.txt", Buffer.from(dump), { reference: REF }).articles[0]!.meta.author).toBeUndefined();
  });
  test("should read a row of credits with its date as a date line", () => {
    expect(isDateLine("By Nora Fielding | Reviewed by Owen Pratt, CFA | Last updated March 3, 2025")).toBe(true);
    expect(isDateLine("Our panel: Nora Fielding, Owen Pratt, Lena Ortiz and Tom Hale | March 3, 2025 | Read the full ranking")).toBe(false);
  });
});

describe("the writer's bio under the text", () => {
  const TEXT = [
    "The county pays its two ferry operators a flat subsidy for every sailing, whether the boat leaves full or empty.",
    "That rewards timetables over passengers, and the early sailings run half empty while the evening boats turn people away.",
    "A subsidy paid per passenger would move the boats to where the riders are without costing the county more.",
  ];
  const body = (byline: string, ...end: string[]) => {
    const dump = ["Harbour Review", "Ferry subsidies should follow the passengers, not the operators", byline, "April 9, 2025", ...TEXT, ...end].join("\n");
    return normalizeDump("d.txt", Buffer.from(dump), { reference: REF }).articles[0]!.blocks.map((b) => b.text);
  };
  test.each([
    ["should remove the bio under two lines of end matter", "By Marta Olsen", ["Marta Olsen is a columnist who writes about transport.", "Correction: An earlier version of this column gave the wrong number of daily sailings.", "This column is part of our series on the future of the coast, published every Friday."], ["Correction: An earlier version of this column gave the wrong number of daily sailings.", "This column is part of our series on the future of the coast, published every Friday."]],
    ["should keep a paragraph that names the writer three lines above the end", "By Marta Olsen", ["Marta Olsen is a columnist who writes about transport.", "Correction: An earlier version of this column gave the wrong number of daily sailings.", "This column is part of our series on the future of the coast, published every Friday.", "We read every one of them, and we answer most of them within a week."], ["Marta Olsen is a columnist who writes about transport.", "Correction: An earlier version of this column gave the wrong number of daily sailings.", "This column is part of our series on the future of the coast, published every Friday.", "We read every one of them, and we answer most of them within a week."]],
    ["should keep a wire's closing line that opens with the agency's name", "By Reuters", ["Reuters was unable to verify the figures independently."], ["Reuters was unable to verify the figures independently."]],
    ["should keep the issuer's description under a release credited to it", "By Harbour Ferries", ["Harbour Ferries is a passenger shipping company based in Harbourton, serving twelve islands."], ["Harbour Ferries is a passenger shipping company based in Harbourton, serving twelve islands."]],
    ["should remove each writer's bio when the byline names two", "By Marta Olsen and Tomas Berg", ["Marta Olsen covers transport for the Review.", "Tomas Berg is a national correspondent for the Review covering the islands."], []],
    ["should still remove a bio that names the writer's institute", "By Marta Olsen", ["Marta Olsen is a senior fellow in the transport programme at the Harbour Institute."], []],
    ["should remove the name and the job over the bio", "By Marta Olsen", ["Marta Olsen", "Transport columnist", "Marta Olsen is a columnist who writes about transport."], []],
    ["should keep a line over the bio that is not the writer's name", "By Marta Olsen", ["The council votes on the contracts next spring", "Marta Olsen is a columnist who writes about transport."], ["The council votes on the contracts next spring"]],
    ["should remove a card's name and a bio that does not name her", "By Marta Olsen", ["Marta Olsen", "Columnist from Harbourton. Writes about ferries, buses and the people who run them."], []],
    ["should keep a live entry's text under its writer's name", "By Marta Olsen", ["Marta Olsen", "Welcome to our live coverage of the ferry strike, which starts at noon today."], ["Marta Olsen", "Welcome to our live coverage of the ferry strike, which starts at noon today."]],
    ["should keep the last entry when the name signs another one above", "By Marta Olsen", ["Marta Olsen", "The first boats left on time this morning, the operator said.", "Marta Olsen", "Columnist from Harbourton. Writes about ferries, buses and the people who run them."], ["Marta Olsen", "The first boats left on time this morning, the operator said.", "Marta Olsen", "Columnist from Harbourton. Writes about ferries, buses and the people who run them."]],
  ])("%s", (_n, byline, end, kept) => expect(body(byline, ...end).slice(TEXT.length)).toEqual(kept));
});

describe("a blog post dated only by its footer", () => {
  const dump = (footer: string) =>
    ["Harbour Kitchen", "Home", "Recipes", "Cranberry harbour loaf", "This loaf has been our winter favourite for years, and it keeps well for a week in a tin.", "Mix the flour, sugar and orange zest, then stir in the cranberries and the buttermilk.", "Bake it for an hour, until a skewer comes out clean, and let it cool before slicing.", footer, "3 comments", "Blog Archive"].join("\n");
  const meta = (footer: string) => normalizeDump("d.txt", Buffer.from(dump(footer)), { reference: REF }).articles[0]!.meta;
  test("should read the date from the platform's byline under the post", () => {
    expect(meta("Posted by Beth Lind at 11/22/2017 06:30:00 AM")).toMatchObject({ date: "2017-11-22T06:30", dateSource: "published", author: "Beth Lind" });
  });
  test("should leave the post undated when its footer gives only the time", () => {
    expect(meta("Posted by Beth Lind at 6:30 AM").date).toBeUndefined();
  });
});

describe("names", () => {
  test.each([
    ["should part two writers at their comma", "Anna Lind, Tomas Reyes", ["Anna Lind", "Tomas Reyes"]],
    ["should keep a company's legal form with its name", "Harbour BioWorks, Inc.", "Harbour BioWorks, Inc."],
    ["should keep a German company's legal form after a comma", "Nordwind Energie, GmbH", "Nordwind Energie, GmbH"],
  ])("%s", (_n, list, expected) => expect(names(list)).toEqual(expected));
});

describe("the writer's card under the text", () => {
  const page = (closing: string[]) =>
    ["Harbour Gear", "The best kettle deals this week, checked every morning", "By Jane Holm", "March 3, 2025", "Spring sales are here, and the kettles worth owning are cheaper than they have been all year at several big shops.", "The quickest kettle we tested is down to £39 at three shops, and the cheaper models follow it.", ...closing, "© 2025 Harbour Gear"].join("\n");
  const body = (closing: string[]) => normalizeDump("kettles.txt", new TextEncoder().encode(page(closing))).markdown[0]!;
  test("should take the card whose bio opens with the writer's first name", () => {
    expect(body(["Jane Holm", "Senior Deals Editor", "Jane has covered kitchen deals for eight years and has tested more than fifty kettles."])).not.toContain("Jane has covered");
  });
  test("should keep a closing sentence that opens with the writer's first name, with no card over it", () => {
    expect(body(["Jane has covered the kettle market for this page since the winter, and she says the best time to buy is now."])).toContain("Jane has covered the kettle market");
  });
});
