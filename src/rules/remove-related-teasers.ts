import type { LineMark, LineRule, SourceLine } from "../model";
import { isTagLine } from "../metadata/extract-tags";
import { isProse, pieceCount } from "../text";
import { MORE_SEE_ALSO } from "./remove-inline-link";
import { isStampLine } from "../date-words";
import { NAMED_BY_WORD } from "../metadata/byline-words";
import { COMMENTS_HEADING } from "./remove-comment-widget";
import { adjacent } from "../structure/stopped-items";
import { isFactRow, MIN_FACT_ROWS } from "../structure/rebuild-blocks";
import { tickerEntryAt } from "../live-entry";
import { HEADED_PARAGRAPHS, headsParagraph, isSectionAfterCards, isShortPhraseAfterCards, KICKER } from "../teaser-section";

/** Teaser blocks: "Popular posts", "More in …", "Related", "Read more" headers followed by other
 *  articles' headlines. The header and the headline run after it are removed; the run ends at the
 *  first line of prose, so an article that resumes after a mid-body teaser keeps its text, or at the
 *  article's own "Published:" line, which blogs print under an empty "Related posts" box. "Don't miss"
 *  is one of these, not an end header: on the dev pages it sits inside the text as often as after it. */
/** "Related articles" beyond English and the Western European languages (Turkish, Czech, Slovak,
 *  Polish, Russian, Ukrainian, Bulgarian, Nordic, Finnish, Romanian, South Slavic, Lithuanian, Latvian,
 *  Portuguese, Catalan, Spanish news, Greek, Indonesian, Hebrew, Korean): a box of a few headlines set
 *  in the text or under it, like English "Related articles", whose run it shares. Hungarian "Kapcsolódó cikkek" is in MORE_SEE_ALSO.
 *  Turkish's dotted capital İ is not an I to the case-blind match, so it is spelled out. */
const RELATED_ELSEWHERE = "[iİ]lg[iİ]l[iİ] (?:haber|haberler|[iİ]çerikler)|benzer haberler|související (?:články|zprávy)|súvisiace (?:články|správy)|(?:powiązane|podobne) artykuły|(?:похожие|связанные) (?:новости|статьи|материалы)|(?:схожі|пов['’]язані) (?:новини|статті|матеріали)|свързани (?:новини|статии)|relater(?:ade|te|ede) (?:artiklar|artikler|nyheter|nyheder)|aiheeseen liittyvät(?: artikkelit| uutiset)?|articole (?:similare|asemănătoare|corelate)|[șşs]tiri (?:similare|asemănătoare)|(?:povezani|srodni|sorodni) članci|(?:povezane|slične) vijesti|(?:povezane|slične) vesti|повезане вести|susiję straipsniai|susijusios naujienos|saistītie raksti|notícias relacionadas|notícies relacionades|articles relacionats|noticias relacionadas|σχετικά άρθρα|(?:berita|artikel) terkait|עוד באתר|כתבות נוספות|קראו עוד|함께 읽으면 좋은 기사";
export const HEADER = new RegExp(String.raw`^(?:related(?: articles?| stor(?:y|ies)| posts?| news| content| coverage| topics| reading| locations| places| venues| events)?|read (?:more|also|next)|also read|more(?=\s*:)|see also|other topics of interest|(?:most read|most popular|trending) in [\p{L} &-]{2,40}|don['’]?t miss|lesen sie auch|mehr zum thema|recent (?:posts|comments|articles)|(?:neueste|letzte|aktuelle) (?:beiträge|kommentare|artikel)|(?:articles|commentaires) récents|derniers articles|(?:entradas|comentarios) recientes|últimas entradas|(?:articoli|commenti) recenti|lire aussi|à lire aussi|lisez aussi|lisez également|à voir aussi|voir aussi|articles correspondants|weitere beiträge(?: zum thema)?|zum thema|passend dazu|passend zum (?:artikel|thema)|ebenfalls interessant|lesen sie dazu|auch lesen|leggi anche|vedi anche|ver também|veja também|leia também|ler também|saiba mais|lea también|más información|lees ook|lees meer|leia mais|lee más|seguí leyendo|segui leyendo|bekijk ook|ook interessant|lies auch|ver también|te recomendamos|(?:przeczytaj|czytaj|zobacz) (?:również|także|też)|${RELATED_ELSEWHERE}|${MORE_SEE_ALSO})\s*[:：]?$`, "iu");
/** Headers of the page's own teaser lists after the article: the text does not continue past them
 *  (a wall for the locate stage), unless the article's paragraphs plainly resume after the box. */
export const END_HEADER = /^(?:popular(?: posts(?: from this blog)?)?|sur le même (?:sujet|thème)|articles en lien|mais populares|aanbevolen voor (?:jou|u)|more (?:on|about) this (?:story|topic|subject)|mehr zu diesem thema|(?:most|more) (?:popular|read|viewed|shared)(?: articles| stories| videos| now)?|more in [\p{L} &-]{2,40}|(?:subscribers|readers|others) are (?:reading|watching)|what (?:others|people|readers|subscribers) are (?:reading|watching)|more from [\p{L} &.-]{2,40}|du même auteur|de la même autrice|(?:mehr )?vom selben autor|(?:mehr )?von (?:derselben autorin|demselben autor)|del mismo autor|dello stesso autore|van dezelfde auteur|(?:mer från|mer fra|mere fra) [\p{L} &.-]{2,40}|more (?:great |top |recent )?(?:[\p{L}]+ )?(?:stories|news|articles|videos)|you (?:may|might) (?:also )?(?:like|enjoy)|you may be interested in|recommended(?: for you| stories| articles| videos)?|trending(?: now| news| stories| articles| topics)?|latest (?:news|stories|articles|posts|videos)|top stories|editor['’]?s picks?|newer posts?|older posts?|(?:newer|older) posts? (?:newer|older) posts?|weitere artikel|das könnte sie auch interessieren|auch interessant|vous aimerez aussi|à lire également|te puede interesar|también te puede interesar|potrebbe interessarti(?: anche)?|recomendad[oa]s? para (?:ti|usted|você)|ti potrebbe interessare|você pode gostar|voc[êe] tamb[ée]m pode gostar|(?:notas |noticias )?relacionad[oa]s|articles liés|ähnliche (?:beiträge|artikel)|articles similaires|artículos relacionados|articoli correlati|artigos relacionados|gerelateerde artikelen|meistgelesen(?:e (?:artikel|beiträge|nachrichten))?|meist gelesen|am meisten gelesen|weitere meldungen|(?:les )?plus lus|les \+ lus|les articles les plus (?:lus|partagés|commentés)|(?:lo )?más leído|más leíd[oa]s|(?:i )?più letti|meest gelezen|(?:os |as )?mais lid[oa]s|mest lästa?|mest delade?|mest lest|mest læste|luetuimmat|najczęściej czytane|najpopularniejsze|nejčtenější(?: zprávy| články)?|najčítanejšie|legolvasottabb(?: cikkek)?|cele mai citite|en çok okunan(?:lar)?|meer nieuws|más noticias|altre notizie|mais notícias)\s*(?:\.{3}|…)?\s*:?$/iu;
/** Longer than any header above (the longest, "more from" a 40-letter name, is under 60 characters):
 *  lines past this are not tested at all. */
const HEADER_MAX_CHARS = 80;
/** A teaser headline stands alone on a short line; one short dek paragraph may follow it. */
const HEADLINE_MAX_WORDS = 25;
const DEK_MAX_CHARS = 300;

/** Before any article text, a "Trending:" header heads the site's menu, and the headline after it
 *  may be the article's own: only the header goes. One paragraph of text makes it a teaser block. */
const MIN_PROSE_BEFORE = 1;

export const removeRelatedTeasers: LineRule = {
  id: "remove-related-teasers",
  apply(lines) {
    const marks: LineMark[] = [];
    let prose = 0;
    // What the runs below ask of a line (is it a headline card? prose?) is remembered: a menu can hold
    // many headers over one long run, and each header walks the run again.
    let memo: LineMemo | undefined;
    let markedUpTo = -1;
    lines.forEach((l, i) => {
      // Once a header's runs asked about the lines below it, their answers are reused here.
      if (memo ? isProseAt(memo, i) : isProse(l.text)) prose++;
      if (l.text.length > HEADER_MAX_CHARS) return;
      const end = END_HEADER.test(l.text);
      if (!end && !HEADER.test(l.text)) return;
      memo ??= { lines, card: new Int8Array(lines.length), prose: new Int8Array(lines.length), runEnd: new Int32Array(lines.length + 1), plainRunEnd: new Int32Array(lines.length + 1), repeatedAbove: new Map() };
      // Under the page's own end lists, questions do not lengthen the run: where it ends decides whether
      // the text resumes under it, and a list's cards run on into an offer box's sentences.
      const j = tickerEntryAt(lines, i, runEndAt(memo, i + 1, !end));
      // (A run of two cards or more is a small box: see resumesAfter.)
      const single = end && prose >= MIN_PROSE_BEFORE && j <= i + 2 ? singleCardInText(memo, i) : prose >= MIN_PROSE_BEFORE && j > i + 2 ? cardOverBlank(memo, i) : undefined;
      // A question over the paragraphs that go on under a "read also" box inside the text is the text's
      // own subheading ("Læs også" / headline / "Hvem får ikke rabat?" / paragraph), not a second card,
      // and so is a label shorter than every card over it ("Leggi anche" / "Valmonte, approvato il
      // bilancio: 2 milioni per strade e scuole" / "I percorsi alternativi" / paragraph). Under an end
      // header, only after a small box: the text goes on there.
      const section = j > i + 2 && j < lines.length && (!end || j - i - 2 <= SMALL_BOX_CARDS) && isProseAt(memo, j) && (isSectionAfterCards(lines, i + 1, j - 1) || ((headsParagraph(lines[j - 1]!.text, lines[j]!.text) || isShortPhraseAfterCards(lines, i + 1, j - 1)) && (paragraphsInARow(memo, j) >= HEADED_PARAGRAPHS || introducesList(memo, j))));
      marks.push({ index: i, reason: "related-articles header", wall: end && prose >= MIN_PROSE_BEFORE && !single && !section && !resumesAfter(memo, i, j, prose) });
      if (prose < MIN_PROSE_BEFORE) return;
      // A box of one story inside the text: its card and excerpt, whatever the run below took.
      if (single) {
        for (const k of single) if (k > markedUpTo) marks.push({ index: k, reason: "related-article headline" });
        markedUpTo = Math.max(markedUpTo, single[single.length - 1]!);
        return;
      }
      // The same headline just above the header is the card's link (innerText prints it twice).
      const prev = lines[i - 1];
      if (prev && !isProse(prev.text) && lines.slice(i + 1, i + 3).some((n) => n.text === prev.text)) marks.push({ index: i - 1, reason: "related-article headline" });
      const last = section ? j - 1 : j;
      // Headlines an earlier header's run took already are not marked twice.
      for (let k = Math.max(i + 1, markedUpTo + 1); k < last; k++) marks.push({ index: k, reason: "related-article headline" });
      markedUpTo = Math.max(markedUpTo, last - 1);
      // A card's dek: one short paragraph right after a repeated headline. (The box's header printed
      // again closes it, "Read More" / "Related Articles" under its cards: the text goes on under it.)
      const lastHeadline = j > i + 1 && !isHeaderText(lines[j - 1]!.text) ? lines[j - 1]!.text : "";
      const dek = lines[j];
      // …or right after the card's stamp ("Von Jane Doe | 29.02.2024, 16:05 Uhr"), another card or the
      // page's end under it rather than the text.
      const stamped = NAMED_BY_WORD.test(lastHeadline) && isStampLine(lastHeadline) && !isProse(lines[j + 1]?.text ?? "");
      if (lastHeadline && dek && dek.text.length <= DEK_MAX_CHARS && (stamped || repeatedAbove(memo, j - 1, Math.max(0, i - 1)))) {
        marks.push({ index: j, reason: "related-article summary" });
      }
    });
    return marks;
  },
};

export const isHeaderText = (t: string): boolean => t.length <= HEADER_MAX_CHARS && (HEADER.test(t) || END_HEADER.test(t));

/** What the runs ask of the lines, remembered: a page of many headers (a menu of "More from …" links)
 *  would otherwise walk the same run again from each header, which is quadratic in the page's lines.
 *  card: per line, 0 not asked yet, 1 a card, 3 a question's card, 2 neither; prose: 0 not asked, 1
 *  yes, 2 no; runEnd (plainRunEnd, without questions' cards): per line, 0 not known yet, else 1 +
 *  the first line at or after it that is not a card; repeatedAbove: per headline that ends a run, the
 *  nearest line above it with the same text (-1: none down to the first header that asked); suffixProse:
 *  prose lines from each line to the end. */
interface LineMemo {
  lines: readonly SourceLine[];
  card: Int8Array;
  prose: Int8Array;
  runEnd: Int32Array;
  plainRunEnd: Int32Array;
  repeatedAbove: Map<number, number>;
  suffixProse?: Int32Array;
}
const isCardAt = (m: LineMemo, k: number, questions = false): boolean => {
  // A deals post's product cards are the text's (see product-cards): no run takes them for headlines.
  const kind = (m.card[k] ||= m.lines[k]!.card ? 2 : isHeadlineCard(m.lines[k]!.text) ? 1 : isQuestionCard(m, k) ? 3 : 2);
  return kind === 1 || (questions && kind === 3);
};
/** A headline that asks ("Wetter in Niedersachsen: Wann kommt der erste Frost?"): prose by its stop, but
 *  one phrase, and a card when it has a kicker as teasers do, or another card under it. A question
 *  under a box with the text's paragraph under it is the text's (an interview's next question, "Wie
 *  lange kann das dauern?"). */
const isQuestionCard = (m: LineMemo, k: number): boolean => {
  const t = m.lines[k]!.text;
  if (!t.trimEnd().endsWith("?") || INNER_STOP.test(t) || pieceCount(t, HEADLINE_MAX_WORDS + 1) > HEADLINE_MAX_WORDS) return false;
  return KICKER.test(t) || (k + 1 < m.lines.length && isHeadlineCard(m.lines[k + 1]!.text));
};
const INNER_STOP = /[.!?…]["'”’»]?\s/;
const isProseAt = (m: LineMemo, k: number): boolean => (m.prose[k] ||= isProse(m.lines[k]!.text) ? 1 : 2) === 1;

/** The first line at or after `from` that is not a headline card (the end of a header's run). */
function runEndAt(m: LineMemo, from: number, questions: boolean): number {
  const runEnd = questions ? m.runEnd : m.plainRunEnd;
  let k = from;
  while (k < m.lines.length && runEnd[k] === 0 && isCardAt(m, k, questions)) k++;
  const end = k < m.lines.length && runEnd[k] !== 0 ? runEnd[k]! - 1 : k;
  for (let x = from; x <= k && x < m.lines.length; x++) runEnd[x] = end + 1;
  return end;
}

/** Whether the headline at `last` is printed again at or below `from`. Headers that share a run ask
 *  about the same headline, the first from the highest line: its search is the only one made. */
function repeatedAbove(m: LineMemo, last: number, from: number): boolean {
  let at = m.repeatedAbove.get(last);
  if (at === undefined) {
    at = -1;
    for (let k = last - 1; k >= from; k--) {
      if (m.lines[k]!.text === m.lines[last]!.text) {
        at = k;
        break;
      }
    }
    m.repeatedAbove.set(last, at);
  }
  return at >= from;
}

export const isHeadlineCard = (text: string) => !isProse(text) && pieceCount(text, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS && !isPublicationLabel(text) && !isTagLine(text) && !SECTION_MARK.test(text) && !RECIPE_LABEL.test(text) && !(text.length <= COMMENTS_HEADING_MAX_CHARS && COMMENTS_HEADING.test(text));
/** Longer than the comments' headings, the longest of which names the post ("12 thoughts on <its
 *  headline>", up to 150 characters after "on"). */
const COMMENTS_HEADING_MAX_CHARS = 180;
/** A recipe's own labels ("Ingrédients", "Zubereitung") under a box of links: the recipe the text goes on
 *  to, never another article's headline. (Nor is the comments' heading, "Commentaires (8)": left in the
 *  run, the comment rule never saw it, and the last comment stayed as the text's closing line.) */
const RECIPE_LABEL = /^(?:ingr[eé]dients?|ingredientes|ingredienti|zutaten|ingrediënten|pr[ée]paration|preparaci[oó]n|preparazione|preparo|modo de preparo|zubereitung|bereiding|method|instructions|directions)\s*:?$/i;
/** A long read's section marks ("II.", "* * *") after a box in the text are the text's own. Not a bare
 *  number: a date widget prints its day alone ("2023", "November", "8") among the cards. */
const SECTION_MARK = /^(?:[IVXLC]{1,6}\.?|(?:[*•·#~–—-]\s?){1,5})$/;
/** "Published: …", "Veröffentlicht am: …", "Issue published: …", "ePublished: …", "Last reviewed: …":
 *  the page's own metadata, not another article's headline (and so is its keyword line, "Tags: …"). */
const PUBLICATION_LABEL = /^(?:\p{L}+\s+)?e?(?:published|posted|veröffentlicht|erschienen|publié(?:e)?|publicado|pubblicato|gepubliceerd|updated|reviewed|aktualisiert|geprüft|mis à jour|actualizado)(?:\s+(?:on|am|le|el|il|op))?\s*:/iu;
/** The label needs its colon: the plain search spares most lines the expression. */
export const isPublicationLabel = (text: string): boolean => text.includes(":") && PUBLICATION_LABEL.test(text);

/** Lines looked at after a teaser run, and how many of them must be prose for the article to go on
 *  there: a teaser box set inside the body ("More from UK" between two paragraphs) is followed by the
 *  rest of the text, an end-of-page list by more cards, a dek at most every other line. Chosen on the
 *  dev pages: four of six lets four sites' articles resume and no end-of-page list. */
const RESUME_WINDOW = 6;
const RESUME_MIN_PROSE = 4;

/** A box of one recommended story inside the text ("Te puede interesar" over one headline, then the
 *  paragraphs go on): the site's own lists ("Most read", "Trending") and end-of-page lists hold several
 *  cards. The two lines after the card must be whole paragraphs (or one long one under the text's next
 *  subheading): a card's excerpt is cut off with an ellipsis, and a list of cards with summaries has the
 *  next card there. The card may be a question ("Sur le même sujet" / "Test X3 : le meilleur … ?"). */
const RECOMMENDATION = /^(?:you (?:may|might)|recommended|das könnte|auch interessant|vous aimerez|à lire|sur le même|more on this|mehr zu diesem|te puede|también te|potrebbe|ti potrebbe|você|voc[êe] tamb)/iu;
const SINGLE_CARD_PARAGRAPHS = 2;
const SINGLE_CARD_WINDOW = 3;
const CUT_OFF = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$/;
/** The card may have its excerpt under it, and the text may go on with a subheading: "À lire
 *  également" / headline (a question, perhaps) / one-sentence excerpt / "Un modèle exportable ?" /
 *  paragraphs. The lines of such a box (card and excerpt), or undefined when the header is no box of one
 *  story inside the text. */
const SUBHEADING_MAX_WORDS = 12;
const isSubheadingAt = (m: LineMemo, k: number): boolean => k < m.lines.length && pieceCount(m.lines[k]!.text, SUBHEADING_MAX_WORDS + 1) <= SUBHEADING_MAX_WORDS && (!isProseAt(m, k) || m.lines[k]!.text.trimEnd().endsWith("?"));
function singleCardInText(m: LineMemo, header: number): number[] | undefined {
  if (!RECOMMENDATION.test(m.lines[header]!.text)) return undefined;
  const card = header + 1;
  if (card >= m.lines.length || !(isCardAt(m, card, true) || isSubheadingAt(m, card))) return undefined;
  let k = card + 1;
  const box = [card];
  // An excerpt: a sentence cut off, or one with a subheading under it.
  if (k < m.lines.length && isProseAt(m, k) && !isSubheadingAt(m, k) && (CUT_OFF.test(m.lines[k]!.text) || isSubheadingAt(m, k + 1))) box.push(k++);
  if (isSubheadingAt(m, k)) k++;
  // Whole paragraphs under it, perhaps each under its own question (an FAQ's answers); a list of
  // cards has other titles, no questions, between its excerpts.
  let paragraphs = 0;
  for (let p = k; p < k + SINGLE_CARD_WINDOW && p < m.lines.length && paragraphs < SINGLE_CARD_PARAGRAPHS; p++) {
    const t = m.lines[p]!.text;
    if (CUT_OFF.test(t)) return undefined;
    // A paragraph of a section's length under a subheading is the text's next section: a card's
    // excerpt is shorter.
    if (isProseAt(m, p) && !isSubheadingAt(m, p)) paragraphs += p > card + 1 && isSubheadingAt(m, p - 1) && t.length > DEK_MAX_CHARS ? SINGLE_CARD_PARAGRAPHS : 1;
    else if (!(p > k && isSubheadingAt(m, p) && t.trimEnd().endsWith("?"))) break;
  }
  return paragraphs >= SINGLE_CARD_PARAGRAPHS ? box : undefined;
}

/** …or a small box (one story to three) set off from the text by a blank line under its cards, the
 *  header right over them ("Lees ook" / headline / blank / "Wat er precies komt" / the text under it):
 *  the text's next section opens under the blank, its heading right over its text, a lead-in or a
 *  result line at most between ("La fiche technique" / "A - B : 2-1 (1-1)" / "Stade …. Spectateurs :
 *  6 218."), or over a sentence that introduces a list, or over its rows of facts and the text under
 *  them ("Key terms of the offer" / "Offer price: S$1.26 per share" / … / blank / paragraph). */
const SECTION_TEXT_REACH = 2;
/** A lead-in is a sentence, five words at least; a card's headline with a colon is a kicker and a few words. */
const LEAD_IN_MIN_WORDS = 5;
function cardOverBlank(m: LineMemo, header: number): number[] | undefined {
  if (!adjacent(m.lines, header)) return undefined;
  let last = header + 1;
  while (last < header + SMALL_BOX_CARDS && adjacent(m.lines, last)) last++;
  const heading = last + 1;
  if (heading >= m.lines.length || adjacent(m.lines, last) || !isSubheadingAt(m, heading)) return undefined;
  const cards = Array.from({ length: last - header }, (_, k) => header + 1 + k);
  if (cards.some((k) => isProseAt(m, k))) return undefined;
  for (let p = heading + 1; p <= heading + SECTION_TEXT_REACH && p < m.lines.length && adjacent(m.lines, p - 1); p++) {
    if (isProseAt(m, p) && !CUT_OFF.test(m.lines[p]!.text)) return cards;
  }
  // (A blank line may stand between the heading and a sentence that introduces the section's list, a
  // short one too: "The six new stations will be at:".)
  if (heading + 1 < m.lines.length && introducesList(m, heading + 1, LEAD_IN_MIN_WORDS)) return cards;
  let row = heading + 1;
  while (row < m.lines.length && adjacent(m.lines, row - 1) && isFactRow(m.lines[row]!.text)) row++;
  return row - heading - 1 >= MIN_FACT_ROWS && row < m.lines.length && !adjacent(m.lines, row - 1) && isProseAt(m, row) ? cards : undefined;
}

/** …or a small box (two or three cards) has paragraphs in a row under it, whole ones (a card's excerpt
 *  is cut off with an ellipsis): a box a few paragraphs before the end ("Weitere Artikel", "Te puede
 *  interesar", "Most Popular") has the article's last paragraphs under it. The site's own lists hold
 *  more cards, and cards glued to their summaries read as paragraphs too (on a dev page, "Most Read"
 *  has no headline on a line of its own, only such cards; one card on its own line may be their
 *  first). */
const SMALL_BOX_MIN_CARDS = 2;
const SMALL_BOX_CARDS = 3;
const RESUME_PARAGRAPHS = 3;
function paragraphsInARow(m: LineMemo, j: number): number {
  let k = j;
  while (k < m.lines.length && k < j + RESUME_PARAGRAPHS && isProseAt(m, k) && !CUT_OFF.test(m.lines[k]!.text)) k++;
  return k - j;
}

/** …or a sentence that introduces a list under it ("Under the new rules, landlords will have to:" /
 *  items): the text goes on there; a card's excerpt ends otherwise. */
const LIST_ITEMS_MIN = 2;
function introducesList(m: LineMemo, j: number, minPieces = 0): boolean {
  const t = m.lines[j]!.text;
  if (!t.trimEnd().endsWith(":") || (minPieces ? pieceCount(t, minPieces) < minPieces : !isProseAt(m, j))) return false;
  let items = 0;
  for (let k = j + 1; k < m.lines.length && items < LIST_ITEMS_MIN && !isProseAt(m, k) && !isHeaderText(m.lines[k]!.text); k++) items++;
  return items >= LIST_ITEMS_MIN;
}

/** Whether the article's text resumes after a header (at `header`) whose run of headlines ends at `j`: prose right
 *  after the run, and at least as much of it below as there was above (`proseBefore` lines). A list
 *  of cards glued to their summaries reads as prose too, but it is short next to the article. */
function resumesAfter(m: LineMemo, header: number, j: number, proseBefore: number): boolean {
  const cards = j - header - 1;
  if (cards >= SMALL_BOX_MIN_CARDS && cards <= SMALL_BOX_CARDS && paragraphsInARow(m, j) >= RESUME_PARAGRAPHS) return true;
  let window = 0;
  for (let k = j; k < Math.min(m.lines.length, j + RESUME_WINDOW); k++) if (isProseAt(m, k)) window++;
  if (window < RESUME_MIN_PROSE) return false;
  if (!m.suffixProse) {
    m.suffixProse = new Int32Array(m.lines.length + 1);
    for (let k = m.lines.length - 1; k >= 0; k--) m.suffixProse[k] = m.suffixProse[k + 1]! + (isProseAt(m, k) ? 1 : 0);
  }
  return m.suffixProse[j]! >= proseBefore;
}
