import type { SourceLine } from "../model";
import { isDateLine, isTimeAgo } from "../date-words";
import { BY_WORD } from "./byline-words";
import { isProse, wordCount } from "../text";
import { isTickerLabel } from "../rules/remove-news-ticker";
import { CAPTION_TOGGLE, isStandaloneCredit } from "../picture-credit";
import { PRICE_LINE } from "../price";

/* What stands next to a headline candidate and says it is something else: a picture's credit under a
 * caption, a ticker's label, a live page's stamp over a key event, a sender's label over an issuer, the
 * text's dateline opening with a place. */

/** A ticker's bar over the headline ("BREAKING: …", "Trending: …", "LIVE: …"): no headline of the page. */
const TICKER_BAR = /^(?:breaking(?: news)?|weather alert|alert|trending(?: now)?|live|just in|developing|watch live)\s*[:|–—-]\s/i;
/** …but a live page's own headline opens with "Live:" too, and says so at its end ("Live: Jury reaches
 *  verdict in … — follow updates"). */
const LIVE_HEADLINE_END = /(?:follow (?:live )?updates|live updates|latest updates|as it happened|live coverage|live blog|en direct|liveticker|live-ticker|in diretta|en vivo|en directo|ao vivo)[\s.!)]*$/i;
export const isTickerBar = (t: string): boolean => TICKER_BAR.test(t) && !LIVE_HEADLINE_END.test(t);
/** …or one of the headlines a ticker runs under its label ("SON DAKİKA" / headline / headline): other
 *  stories'. Two of them at least, right under the label: under a label over one headline, that
 *  headline may be the article's own, the label its kicker ("Breaking News" / headline / byline). */
const TICKER_ITEMS_MAX = 3;
const TICKER_ITEM_MIN_WORDS = 3;
const isTickerHeadline = (t: string | undefined): boolean => t !== undefined && !isProse(t) && !isDateLine(t) && !BY_WORD.test(t) && !/[|:]$/.test(t) && wordCount(t, TICKER_ITEM_MIN_WORDS) >= TICKER_ITEM_MIN_WORDS;
export function isTickerItem(head: readonly SourceLine[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= TICKER_ITEMS_MAX; k--) {
    if (isTickerLabel(head[k]!.text)) return isTickerHeadline(head[k + 1]?.text) && isTickerHeadline(head[k + 2]?.text) && head.slice(k + 1, i + 1).every((l) => isTickerHeadline(l.text));
  }
  return false;
}

/** A caption with its credit in brackets at its end ("… at dusk. (Harbour Times: Jo Pike)", "… (Supplied)"). */
const BRACKETED_CREDIT = /\((?:[\p{L}.'’&-]+\s){0,3}[\p{L}.'’&-]+:\s*[^()]{2,40}\)$|\((?:supplied|handout|file|archive|archiv)\)$/iu;
export const hasBracketedCredit = (t: string): boolean => BRACKETED_CREDIT.test(t);
/** …or a sentence with its stop and then the credit's capitalised name in brackets ("… on Tuesday
 *  afternoon.(WKXT)", "… at dusk. (Harbour Times)"): a headline has no stop before a bracket. */
const STOPPED_CREDIT = /[.!?]["”’]?\s*\(\p{Lu}[\p{L}\d&.\/'’ -]{1,40}\)$/u;
export const isCreditedCaption = (t: string): boolean => t.endsWith(")") && STOPPED_CREDIT.test(t);

/** An entry's stamp: how long ago, or the bare time ("1h ago", "15:31"). */
const BARE_CLOCK = /^\d{1,2}[:.]\d{2}$/;
const STAMP_MAX_CHARS = 24;
export const isStamp = (t: string): boolean => t.length <= STAMP_MAX_CHARS && (BARE_CLOCK.test(t) || isTimeAgo(t));

/** A line over a picture's credit on the page ("… in London (Archivaufnahme)" / "© Jane Doe/Agency",
 *  "Foto: dpa") is the picture's caption, unless nothing else reads as a headline (a picture without a
 *  caption under the headline has its credit right under it): it scores this share. (The credit itself
 *  left the head with the caption rule; the caption, now the nearest line to the text, took the title
 *  of a dates-set page.) */
export const CAPTION_FACTOR = 0.5;
export const overPictureCredit = (page: readonly SourceLine[], line: SourceLine): boolean => isStandaloneCredit(nextOnPage(page, line));

/** A product card's name over its price, alone on its line or with its shop ("De Zwaluw Z9" / "Vanaf €
 *  549,-", "Aster Swift 14" / "$449 at Example"): a review's box or a deals widget, whose short name
 *  matches the text's words in full. It scores the caption's share. (A dek that opens with a sum, "$310
 *  million contract covers …", is no price.) */
export const overPrice = (page: readonly SourceLine[], line: SourceLine): boolean => PRICE_LINE.test(nextOnPage(page, line));

/** A picture's or a video's title under its caption's toggle ("Show Caption" / "Hide Caption" / the
 *  clip's title / its caption): the media's, not the article's, however well it reads. */
export const underCaptionToggle = (page: readonly SourceLine[], line: SourceLine): boolean => CAPTION_TOGGLE.test(previousOnPage(page, line));

/** The text of the line before on the page as dumped, removed lines included, blank ones skipped. */
function previousOnPage(page: readonly SourceLine[], line: SourceLine): string {
  let k = atOrAfter(page, line.no) - 1;
  while (k >= 0 && (page[k]!.no >= line.no || page[k]!.text === "")) k--;
  return k >= 0 ? page[k]!.text : "";
}
/** The first index of the page whose line number is at least `no`. The page is in line order: the line
 *  is found by its number, not by a search of the page for the line (which, for every candidate of every
 *  page, cost the whole stage a tenth more). */
function atOrAfter(page: readonly SourceLine[], no: number): number {
  let lo = 0;
  let hi = page.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (page[mid]!.no < no) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The text of the next line that is not empty on the page as dumped, removed lines included ("" at its end). */
function nextOnPage(page: readonly SourceLine[], line: SourceLine): string {
  let k = atOrAfter(page, line.no + 1);
  while (k < page.length && page[k]!.text === "") k++;
  return k < page.length ? page[k]!.text : "";
}
/** The dateline's place alone on its line, which the text opens with ("Santa Cruz de La Palma" over
 *  "Santa Cruz de La Palma, 8 mar (EFE).- …"): a place is a few words, and the dateline goes on from it
 *  with a comma, the agency in brackets or a dash. */
const PLACE_MAX_WORDS = 5;
const AFTER_PLACE = /^\s*(?:,|\(|[–—-]\s)/;
export const isDatelinePlace = (t: string, lede: string): boolean => lede.startsWith(t) && AFTER_PLACE.test(lede.slice(t.length)) && wordCount(t, PLACE_MAX_WORDS + 1) <= PLACE_MAX_WORDS;
/** A label alone on its line naming who issued the page; the line under it is the issuer. */
const SENDER_LABEL = /^(?:from|von|de|source|quelle|issued by|published by|herausgeber|absender|émetteur|organi[sz]ations?|departments?|ministry|ministerium)\s*:$/iu;
export const isSenderLabel = (t: string): boolean => SENDER_LABEL.test(t);
/** A match's result over its report's headline ("FC Harbour 09 – SV Island 2:1 (1:0)" / "Lind scores
 *  twice as Harbour stay top"): the sides' names make it overlap the lede most, but the line under it is
 *  the headline. (Alone, the result is the page's only headline.) */
const MATCH_RESULT = /^(?=.{5,100}$)[^:|]{2,50}\s[–—-]\s[^:|]{2,50}\s\d{1,2}\s?[:–-]\s?\d{1,2}(?:\s?\(\d{1,2}\s?[:–-]\s?\d{1,2}\))?$/u;
const HEADLINE_UNDER_MIN_WORDS = 3;
export const isResultOverHeadline = (t: string, under: string | undefined): boolean =>
  MATCH_RESULT.test(t) && !!under && !MATCH_RESULT.test(under) && !/[.!?]$/.test(under) && wordCount(under, HEADLINE_UNDER_MIN_WORDS) >= HEADLINE_UNDER_MIN_WORDS;
