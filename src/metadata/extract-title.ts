import { fold } from "../fold";
import { extractSource, isProviderUnderCredit } from "./extract-source";
import type { SourceLine } from "../model";
import { type JoinedPage, printedElsewhere } from "./printed-elsewhere";
import { isListedCopy, isSectionEntry, type SectionIndex } from "./section-entries";
import { contentWords, IDEAL_WORDS, isHeadlineLength, titleScore, titleWords } from "./title-score";
import { capitalShare, endsLikeSentence, firstWords, isProse, wordCount } from "../text";
import { DATE_WORDS, isDateLine, isLifespan, META_LINE_START } from "../date-words";
import { isCreditLine, isJobByline, isLabelledByline, isPostUnderName } from "./extract-byline";
import { isBareNames, isJobLine, isNameWithAffiliation, isOutletName, isReportingProgramme, nameAtVenue, nameInPlace, RELEASE_LABEL } from "./bare-names";
import { inFactBox } from "../structure/rebuild-blocks";
import { isNameSlashOutlet } from "../structure/heading-shape";
import { BREADCRUMB, isTrailOverHeadline, withoutBreadcrumb } from "./breadcrumb";
import { introducedItems } from "./title-key-points";
import { isNamedInLede } from "./named-in-lede";
import { EXCLAMATION_END, isStoppedHeadline, opensAsHeadline, opensAsStoppedHeadline, QUESTION_END, STOPPED_FACTOR, STOPPED_TITLE_CASE } from "./headline-shapes";
import { deriveTitle } from "./derive-title";
import { CAPTION_FACTOR, isCreditedCaption, isDatelinePlace, isResultOverHeadline, isSenderLabel, isStamp, isTickerBar, isTickerItem, overPictureCredit, underCaptionToggle, overPrice, hasBracketedCredit } from "./title-neighbours";
import { BYLINE_START, DATE_LABEL, GENRE_BY, isByline, isBylineOrDate, isCreditBy, isKickerOver, isNameLine, isProviderLabel, isUnderDek, isUnderDoubledName, LOWER_DI, PERSON_NAME } from "./title-bylines";
import { isLoginButton } from "../rules/remove-subscribe-prompt";

/** Section labels ("Politics", "World News") are one to three words right above the title. */
const SECTION_MAX_WORDS = 3;

export interface TitleResult {
  title: string;
  titleSource: "dump" | "derived";
  section?: string;
  /** lines that became metadata (removed from the article) */
  consumed: { line: SourceLine; reason: string }[];
}

/** How much of the text's opening the candidates are compared with (see titleScore). */
const LEDE_WORDS = 250;

/** The first n words of the lines' text, reading only as many lines as it takes. */
function openingWords(lines: readonly SourceLine[], n: number): string {
  const texts: string[] = [];
  let left = n;
  for (const l of lines) {
    if (left <= 0) break;
    const words = wordCount(l.text);
    texts.push(words <= left ? l.text : firstWords(l.text, left));
    left -= words;
  }
  return texts.join(" ");
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** A dek runs to a sentence's length (DEK_MIN_WORDS) and longer than the headline over it by a third. */
const DEK_OVER_HEADLINE_RATIO = 1.3;
const isLongUnendedDek = (dek: string, headline: string): boolean => {
  const words = wordCount(dek);
  return words >= DEK_MIN_WORDS && words > wordCount(headline) * DEK_OVER_HEADLINE_RATIO && !endsLikeSentence(dek) && !dek.endsWith("?");
};
/** The newsroom credited instead of a writer ("Redacción", "Da Redação", "Redaktion", "Staff"). */
const NEWSROOM = /^(?:(?:la |da |de )?(?:redacción|redação|redaktion|rédaction|redazione|redactie)|newsroom|news desk|staff|staff reports?)$/iu;
/** What a candidate under the byline costs when a headline-like line stands over that byline; when a
 *  full headline does (FULL_HEADLINE_WORDS), what is left counts half too (TRAIL_FACTOR): a review's
 *  info box under the date line ("SINGAPORE – The Salt Orchard (PG13)") took a film review's title. */
const UNDER_BYLINE_COST = 0.5;
/** A labelled byline or date line: "Author: …", "Published: …", "By: …", "Veröffentlicht: …", and a CMS's
 *  dates of creation and change ("Erstellt: 11.01.2025", "Zuletzt aktualisiert: …"), which under a
 *  headline with a colon of its own read as a fact box's rows. (A review's "VÖ: …" is its box's row.) */
const CMS_DATE_LABEL = /^(?:zuletzt |last )?(?:erstellt|aktualisiert|geändert|bearbeitet|created|modified|créé|modifié|mis à jour|creado|actualizado)(?!\p{L})/iu;
const isMetaRow = (t: string): boolean => META_LINE_START.test(t) || DATE_LABEL.test(t) || isLabelledByline(t) || BYLINE_START.test(t) || (CMS_DATE_LABEL.test(t) && isDateLine(t));
/** A byline or date line is short; a longer line (a dek, a paragraph) is not tested as one. */
const BYLINE_LINE_MAX_CHARS = 200;
/** How far over the byline or date its headline may stand: a dek and a kicker between. */
const HEADLINE_OVER_BYLINE_LINES = 3;

/** A line that marks the end of a headline block: a byline, a date line, a release's provider label, or
 *  the dek under it. */
function anchorsTitle(next: SourceLine | undefined, after?: SourceLine): boolean {
  if (!next) return false;
  const t = next.text;
  // A writer's bare name over the job ("Carla Wynn" / "Staff Writer" / "2 days ago"), as local papers
  // print the byline.
  if (after && isNameLine(t) && isJobLine(after.text)) return true;
  return isBylineOrDate(t) || isProviderLabel(t) || (DATE_WORDS.test(t) && wordCount(t) <= 12) || isProse(t) || wordCount(t) >= DEK_MIN_WORDS || (wordCount(t) >= DEK_SENTENCE_CASE_MIN_WORDS && capitalShare(t) < 0.5);
}
/** A kicker of one word between a line and a long one under it ("Pays de la Loire" / "Entretien" / a
 *  headline of twenty words): the long line is the kicker's headline, not the dek of the line over it. */
const isKickerOverLongLine = (head: readonly SourceLine[], i: number): boolean => {
  const [kicker, below] = [head[i + 1]?.text ?? "", head[i + 2]?.text ?? ""];
  return wordCount(kicker, 2) === 1 && /^\p{Lu}\p{L}+$/u.test(kicker) && !isBylineOrDate(below) && !DATE_WORDS.test(below);
};
/** A line this long under a headline is its dek, punctuated or not; in sentence case, from 8 words. */
const DEK_MIN_WORDS = 12;
const DEK_SENTENCE_CASE_MIN_WORDS = 8;
/** Bonus for a candidate directly above a byline, date or dek (or right above the text). Labels of one
 *  or two words ("Top Stories") sit above such lines too, so the bonus needs three words. */
const ANCHOR_BONUS = 0.5;
/** A "By …" line right under a candidate of headline length is the page's own byline (teaser cards
 *  carry none): worth as much again. The line above a byline may be the dek; the headline-over-dek
 *  check below sees to a short one, and a long one does not get the bonus. */
const BYLINE_BONUS = 0.5;
const ANCHOR_MIN_WORDS = 3;
/** A headline of full length: the audit's captions under a byline stood under headlines of 14 and 18
 *  words; a dev page's headline under its byline, under a newsletter's 5-word link. */
const FULL_HEADLINE_WORDS = 8;

/** What such a breadcrumb trail keeps of its score: the headline it cuts short wins. */
const TRAIL_FACTOR = 0.5;
/** A headline is printed again elsewhere on the page (share buttons, breadcrumbs, "Related" cards):
 *  a candidate found inside another line of the dump is worth this much more. */
const REPEATED_BONUS = 0.4;
const REPEATED_MIN_WORDS = 4;

/** The headline: the best title-like line in the head above the body. */
export function extractTitle(allHead: readonly SourceLine[], body: readonly SourceLine[], page: readonly SourceLine[] = []): TitleResult {
  const consumed: TitleResult["consumed"] = [];
  // A press release's label ("FOR IMMEDIATE RELEASE") stands under the site's name and menus, over the
  // release's own date and headline: the headline is below it.
  // Some releases print the headline over the label: then the whole head is searched.
  const release = allHead.findLastIndex((l) => RELEASE_LABEL.test(l.text));
  if (release >= 0 && release < allHead.length - 1) {
    const under = extractTitle(allHead.slice(release + 1), body, page);
    if (under.titleSource === "dump") return under;
  }
  const headLines = allHead;
  // A headline phrased as a question ("…; time to be careful?") or an exclamation ("Broad beans in at
  // last!", a blog's) reads as a short sentence and can open the located text: it is still a candidate
  // when prose follows it. An exclamation under a byline is the dek: the headline stands over the byline.
  const first = body[0];
  const shouted = opensAsHeadline(body, EXCLAMATION_END) && !headLines.slice(-BYLINE_OVER_TEXT_LINES).some((l) => isByline(l.text));
  const head = opensAsHeadline(body, QUESTION_END) || shouted ? [...headLines, first!] : headLines;
  let best = -1;
  let bestScore = 0;
  const opening = openingWords(body.filter((l) => l !== first || head === headLines), LEDE_WORDS);
  const lede = contentWords(opening);
  const openingLower = opening.toLowerCase();
  const joined: JoinedPage = { page };
  const sections: SectionIndex = { page, body };
  const listedCopy = (other: SourceLine) => isListedCopy(sections, other);
  const items = introducedItems(head);
  // The byline above a candidate, with its headline over it ("Headline" / "By …" / "What we know so
  // far" / the text): the candidate is a box's heading or a caption in the article's opening.
  // (For want of one, a bare name or the newsroom over a plain date line a few lines over the text:
  // "Tobias Wren" / "Mar 4, 2025 — 8 min read" / a picture's text alternative / the text. Further up, a
  // site's name over its header clock.)
  // (A menu's entry between two others, "Events" / "Submit a Story" / "Contact", is no headline: a blog
  // prints "Posted on … by admin" under its menu, over the post's title.)
  const inMenu = (k: number) => isLabel(head[k]) && isLabel(head[k - 1]) && isLabel(head[k + 1]);
  const headlineOver = (top: number, minWords: number) => {
    for (let k = Math.max(0, top - HEADLINE_OVER_BYLINE_LINES); k < top; k++) if (titleWords(head[k]!.text) >= minWords && titleScore(head[k]!.text, 0, lede) > 0 && !inMenu(k)) return true;
    return false;
  };
  const hasHeadlineOver = (top: number) => headlineOver(top, ANCHOR_MIN_WORDS);
  const marked = head.findIndex((l, i) => l.text.length <= BYLINE_LINE_MAX_CHARS && (isBylineOrDate(l.text) || isLabelledByline(l.text)) && hasHeadlineOver(i));
  const bylineAbove = marked >= 0 ? marked : head.findLastIndex((l, i) => i > 0 && i >= head.length - HEADLINE_OVER_BYLINE_LINES && l.text.length <= BYLINE_LINE_MAX_CHARS && isDateLine(l.text) && (isNameLine(head[i - 1]!.text) || NEWSROOM.test(head[i - 1]!.text)) && hasHeadlineOver(i - 1));
  const longHeadlineOver = (top: number) => top >= 0 && headlineOver(top, FULL_HEADLINE_WORDS);
  let texts: string[] | undefined;
  // The copyright holder, read once ("" when the page names none: ??= would read it again for a null).
  let holder: string | undefined;
  const isSiteName = (t: string): boolean => {
    holder ??= extractSource(page)?.source.toLowerCase() ?? "";
    return holder !== "" && holder === t.toLowerCase();
  };
  head.forEach((l, i) => {
    // A live page's key event under its stamp, in a run of them ("Key events" / "1h ago" / headline /
    // "3h ago" / headline …): an entry's headline, not the page's.
    if (isStamp(head[i - 1]?.text ?? "") && (isStamp(head[i - 3]?.text ?? "") || isStamp(head[i + 1]?.text ?? ""))) return;
    // A name and its outlet after a bullet ("Anna Lind • The Harbour Press") is a byline; after a bar it
    // may be a headline and the site's name.
    if (items.has(i) || isCreditBy(l.text) || isNameSlashOutlet(l.text) || GENRE_BY.test(l.text) || LOWER_DI.test(l.text) || isCreditLine(l.text) || ((l.text.includes("•") || l.text.includes("·")) && isNameWithAffiliation(l.text)) || isJobByline(l.text) || isPostUnderName(l.text, head[i - 1]?.text, head[i - 2]?.text) || isUnderDoubledName(head, i)) return;
    // A row of a fact box over the text ("Length: 3.4 miles", "Cost: …", "Opening: …").
    // The article's own labelled byline and dates under a kicked headline ("Analysis: …" / "Author: …" /
    // "Published: …") are no box's rows.
    // The dateline's place on its own line over the date ("Santa Cruz de La Palma" / "08/03/2025 21:15"),
    // which the text opens with ("Santa Cruz de La Palma, 8 mar (EFE).- …").
    if (first && isDateLine(head[i + 1]?.text ?? "") && isDatelinePlace(l.text, first.text)) return;
    // The value under a sender's label ("From:" / "Department for …", as government pages print it),
    // or a portal's provider under its credit ("Fourni par Le Journal du Val" / "Le Journal du Val").
    if (isTickerItem(head, i) || isSenderLabel(head[i - 1]?.text ?? "") || isProviderUnderCredit(l.text, head[i - 1]?.text) || isResultOverHeadline(l.text, head[i + 1]?.text)) return;
    if (l.text.includes(": ") && inFactBox((texts ??= head.map((h) => (isMetaRow(h.text) ? "" : h.text))), i)) return;
    // A name over the date line ("Publish date:" may stand between), perhaps with its newsroom or
    // university after a comma, or two names joined by "and", is the byline, not the headline;
    // over a life's dates, it is an obituary's headline.
    // So is a name with the place it is filed from under a headline or a dek ("Tom Hale in Port Kastel").
    // So is the writer's paper or reporting programme under the name ("Tom Reyes" / "The Harbour
    // Daily Ledger" / date, "Initiative de journalisme local").
    if ((isDateLine(head[i + 1]?.text ?? "") || isDateLine(head[i + 2]?.text ?? "")) && (PERSON_NAME.test(l.text) || isNameWithAffiliation(l.text) || isBareNames(l.text) || nameAtVenue(l.text) || isFiledFrom(head, i) || (PERSON_NAME.test(head[i - 1]?.text ?? "") && (isOutletName(l.text) || isReportingProgramme(l.text)))) && !isLifespan(head[i + 1]?.text ?? "")) return;
    const scored = isStoppedHeadline(head, i) ? l.text.slice(0, -1) : l.text;
    let s = titleScore(scored, head.length - 1 - i, isNamedInLede(l.text, openingLower) ? NO_WORDS : lede) * (scored === l.text || capitalShare(scored) >= STOPPED_TITLE_CASE ? 1 : STOPPED_FACTOR);
    // An entry of the text's table of contents or jump links (see section-entries).
    if (s > 0 && isSectionEntry(sections, l)) return;
    const words = s > 0 ? titleWords(l.text) : 0;
    // (Right over the text, under the byline of a headline of full length over it, a line is a
    // picture's caption.)
    if (s > 0 && words >= ANCHOR_MIN_WORDS && (anchorsTitle(head[i + 1], head[i + 2]) || (anchorsTitle(head[i + 2]) && !isKickerOverLongLine(head, i)) || (i === head.length - 1 && !(i > bylineAbove && longHeadlineOver(bylineAbove))))) s += ANCHOR_BONUS;
    if (s > 0 && words >= ANCHOR_MIN_WORDS && words <= IDEAL_WORDS[1] && isByline(head[i + 1]?.text ?? "")) s += BYLINE_BONUS;
    if (s > 0 && words >= REPEATED_MIN_WORDS && printedElsewhere(joined, l, listedCopy)) s += REPEATED_BONUS;
    if (s > 0 && bylineAbove >= 0 && i > bylineAbove) s = (s - UNDER_BYLINE_COST) * (longHeadlineOver(bylineAbove) ? TRAIL_FACTOR : 1);
    if (s > 0 && (overPictureCredit(page, l) || overPrice(page, l) || isCreditedCaption(l.text) || underCaptionToggle(page, l))) s *= CAPTION_FACTOR;
    // A trail from the home page may name the page by a short form of the headline under it.
    // So may a topic's tag that the headline right under it opens with ("Harbour Market Hall" over
    // "Harbour Market Hall to close for two years …").
    if (s > 0 && (isTrailOverHeadline(l.text, head, i) || opensNext(head, i))) s *= TRAIL_FACTOR;
    // The site's name, which its copyright footer names ("© 2026 <name>"), heads every page of the
    // site, printed again in the footer: no headline, however well it scores.
    if (s > bestScore && isSiteName(l.text)) return;
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  });
  // Headline, then dek, then byline: when the winner sits right on the byline and the line above it is
  // a headline too (not a breadcrumb trail), the winner is the dek.
  const over = head[best - 1];
  // A writer's bare name over the date line is a byline too ("Joanne Whitlock" / "Tuesday 2 June 2026"),
  // under a dek longer than the headline (a shorter line under a headline-like one is the headline, under
  // a trending link or a repeat).
  // (With the writer's job between the name and the date, "Owen Pritchard" / "Local democracy reporter" /
  // date, the lines under the winner are a byline whatever their lengths: a UK paper's dek is shorter
  // than its headline.)
  const nameUnder = isNameLine(head[best + 1]?.text ?? "") || !!nameInPlace(head[best + 1]?.text ?? "");
  const byline = isUnderDek(head[best + 1]?.text ?? "") || (nameUnder && head.slice(best + 2, best + 2 + NAME_OVER_DATE_LINES).some((l) => isDateLine(l.text)) && wordCount(head[best]?.text ?? "") > wordCount(over?.text ?? "")) || (nameUnder && isJobLine(head[best + 2]?.text) && isDateLine(head[best + 3]?.text ?? ""));
  // A ticker's bar ("BREAKING: …", "Trending: …") or a caption, with its bracketed credit ("…
  // (Harbour Times: Jo Pike)") or over its credit line, over a headline without a dek is no headline.
  // …or with no byline, when the winner opens the text's block as a long dek without its stop under a
  // shorter headline (a press release: headline / "Forschende … nachgewiesen, dass …" / the text).
  const dekOverText = best >= 0 && best === head.length - 1 && !!over && isLongUnendedDek(head[best]!.text, over.text);
  // …or of two sentences under a line of one ("Aveva 91 anni. Sabato i funerali …" under "Addio a
  // Giuseppe Boselli, …"): a headline says one thing.
  const twoSentences = best >= 0 && !!over && INNER_SENTENCE.test(head[best]!.text) && !INNER_SENTENCE.test(over.text);
  if (over && (byline || dekOverText || twoSentences) && !isCreditBy(over.text) && !isTickerBar(over.text) && !hasBracketedCredit(over.text) && !overPictureCredit(page, over) && isHeadlineLength(over.text) && !BREADCRUMB.test(over.text) && !isDateLine(over.text) && titleScore(over.text, 0, lede) > 0) best--;
  else if (best >= 0 && isKickerOver(head, best, lede)) best++;
  if (best < 0 && (opensAsHeadline(body, EXCLAMATION_END) || opensAsStoppedHeadline(body, headLines))) return { title: first!.text, titleSource: "dump", consumed: [{ line: first!, reason: "title (moved to front matter)" }] };
  if (best < 0) return { title: deriveTitle(body), titleSource: "derived", consumed };
  const title = head[best]!;
  consumed.push({ line: title, reason: "title (moved to front matter)" });
  const above = head[best - 1];
  let section: string | undefined;
  // A label right above the headline is its section, unless it ends a run of labels: then it is
  // the last entry of the site's menu. A button to log in is the header's, "Supported by" a sponsor's.
  if (isLabel(above) && !isLabel(head[best - 2]) && !isLoginButton(above!.text) && !SPONSOR_LABEL.test(above!.text)) {
    section = above!.text;
    consumed.push({ line: above!, reason: "section label (moved to front matter)" });
  }
  return { title: withoutBreadcrumb(title.text, head), titleSource: "dump", section, consumed };
}

const opensNext = (head: readonly SourceLine[], i: number): boolean => {
  const next = head[i + 1]?.text;
  return next !== undefined && next.length > head[i]!.text.length && fold(next).startsWith(`${fold(head[i]!.text)} `);
};

/** A sponsor's label alone on its line over the headline, its logo's image not in the text. */
const SPONSOR_LABEL = /^(?:supported|sponsored|presented|powered|brought to you|unterstützt|präsentiert|présenté|patrocinado) (?:by|von|par|por)$/i;

/** How far over the date a writer's name under the dek stands: right over it, or over a platform's
 *  publication label and name ("Anna Lind" / "Published in" / "Slow Build" / "Mar 10, 2025"). */
const NAME_OVER_DATE_LINES = 3;
/** A label and its value ("Location: Northport" in a forum poster's profile): a fact, not a section. */
const FACT_PAIR = /:\s+\S/;
// The helpers below are module-level, not closures made per call: tsx keeps function names, and
// naming a fresh closure costs a property definition each time.

/** How far over the text a byline makes an exclamation opening it a dek (byline, date, then the dek). */
const BYLINE_OVER_TEXT_LINES = 3;
/** A stop between two sentences: after a lowercase letter or a figure, before a capital ("… 91 anni.
 *  Sabato …"); not an initial's or a title's ("Dr. Lind", "U.S. Navy"). */
const INNER_SENTENCE = /[\p{Ll}\d][.!?]\s+\p{Lu}/u;
const isLabel = (l: SourceLine | undefined): boolean => !!l && !FACT_PAIR.test(l.text) && wordCount(l.text) <= SECTION_MAX_WORDS && !isProse(l.text) && /^\p{Lu}/u.test(l.text) && !/\d/.test(l.text) && !BYLINE_START.test(l.text);


/** A name with its place is a byline under a line of a headline's or a dek's length; under a section's
 *  label it may be a headline in title case ("World" / "Protests Grow in Hong Kong"). */
const FILED_FROM_UNDER_WORDS = 8;
const isFiledFrom = (head: readonly SourceLine[], i: number): boolean => !!nameInPlace(head[i]!.text) && i > 0 && wordCount(head[i - 1]!.text, FILED_FROM_UNDER_WORDS) >= FILED_FROM_UNDER_WORDS;
