import type { SourceLine } from "./model";
import { endsLikeSentence, isProse, wordCount } from "./text";
import { isDateLine } from "./date-words";
import { BY_WORD } from "./metadata/byline-words";
import { JOB_END } from "./metadata/co-writers";
import { CAPTION_ABOVE_MAX_WORDS, OPENS_QUOTE } from "./picture-credit";

/* A caption's credit to the paper's own desk, read by the caption rule (see remove-media-caption). */

/** The photographer and the paper's own desk: after a slash, its initials ("Jane Doe/MNN", "Jane Doe /
 *  ZAB"), a station's call sign and channel ("Jane Doe / KXLD 12"), its staff ("Jane Doe/Staff
 *  photographer") or its name ("Jane Doe/The Harbour Times", "Jane Doe/Harbour Ledger"); the name after
 *  a bar ("Jane Doe | Harbour Ledger") or "for" ("Jane Doe for The Harbour Review"); or the station
 *  first, over its camera ("KXLD 12 / Drone 12", "KXLD 12 / SkyCam"). Unlike an agency's credit, the
 *  desk is no known name, so the credit counts only where a caption's is: under a sentence that may be
 *  a caption, over the text that goes on (under a byline, it credits a teaser's picture; in a menu,
 *  "Questions / FAQ" is an entry; over a date line, "Jane Doe | Harbour Ledger" is a byline). */
const DESK_PERSON = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}`;
const DESK_NAME = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}'’&-]+(?:\s+(?:&|\p{Lu}[\p{L}'’&-]+)){0,3}`;
/** After "for", the outlet's article or two words of its name at least: a subheading in title case names
 *  whom it is for in one ("New Restrictions for Residents", "Alternative Routes for Importers"). */
const OUTLET_AFTER_FOR = String.raw`(?:[Tt]he\s+\p{Lu}[\p{L}'’&-]+(?:\s+(?:&|\p{Lu}[\p{L}'’&-]+)){0,3}|\p{Lu}[\p{L}'’&-]+(?:\s+(?:&|\p{Lu}[\p{L}'’&-]+)){1,3})`;
const DESK_CREDIT = new RegExp(
  String.raw`^${DESK_PERSON}(?:\s?\/\s?(?:\p{Lu}{2,6}(?:\s\d{1,2})?|Staff(?: [Pp]hotographer)?|${DESK_NAME})|\s\|\s${DESK_NAME}|\sfor\s${OUTLET_AFTER_FOR})$|^\p{Lu}{3,5}\s\d{1,2}\s?\/\s?\p{Lu}[\p{L}]+(?:\s(?:\p{Lu}[\p{L}]+|\d{1,2}))?$`,
  "u",
);
const DESK_CREDIT_MAX_CHARS = 70;
/** What every desk credit holds, as plain searches before the expression. */
const mayBeDeskCredit = (t: string): boolean => t.length <= DESK_CREDIT_MAX_CHARS && (t.includes("/") || t.includes(" | ") || t.includes(" for "));
/** A heading, a dateline's place or a drop cap between the credit and the text: a few words without
 *  a sentence's stop, and no date (a byline's date line stands there). */
const LEAD_IN_MAX_WORDS = 12;
const isLeadIn = (t: string): boolean => t !== "" && !endsLikeSentence(t) && !isDateLine(t) && wordCount(t, LEAD_IN_MAX_WORDS + 1) <= LEAD_IN_MAX_WORDS;
const textGoesOn = (lines: readonly SourceLine[], k: number): boolean => isProse(lines[k]?.text ?? "") || (isLeadIn(lines[k]?.text ?? "") && isProse(lines[k + 1]?.text ?? ""));
/** After the bar, the writer's job ("Jane Doe | Reporter"): her sign-off. After the slash, a social
 *  network: the post the sentence over it introduces ("Jane Doe/Instagram"). */
const SOCIAL_NETWORK = /[/|]\s?(?:Instagram|Twitter|X|Facebook|TikTok|YouTube|Threads|Bluesky)$/;
/** …or the photographer's bare name under the lead picture's caption, the caption right under the
 *  header's date line or byline ("Publié aujourd'hui à 07h12" / "Le parking devait être creusé sous la
 *  place." / "Jane Doe" / the text), as Swiss and German papers print it. Elsewhere a name alone under
 *  a sentence may head what follows. */
const BARE_PERSON = new RegExp(String.raw`^${DESK_PERSON}$`, "u");
const BARE_NAME_MAX_CHARS = 40;
function isPhotographerUnderLeadCaption(lines: readonly SourceLine[], index: number): boolean {
  const t = lines[index]!.text;
  if (t.length > BARE_NAME_MAX_CHARS || !BARE_PERSON.test(t) || wordCount(t, 4) > 3) return false;
  const header = lines[index - 2]?.text ?? "";
  return (isDateLine(header) || BY_WORD.test(header)) && isCaptionSentence(lines[index - 1]?.text ?? "") && textGoesOn(lines, index + 1);
}
const isCaptionSentence = (t: string): boolean => endsLikeSentence(t) && !OPENS_QUOTE.test(t) && wordCount(t, CAPTION_ABOVE_MAX_WORDS + 1) <= CAPTION_ABOVE_MAX_WORDS;

export function isDeskCreditUnderCaption(lines: readonly SourceLine[], index: number): boolean {
  if (isPhotographerUnderLeadCaption(lines, index)) return true;
  const t = lines[index]!.text;
  if (!mayBeDeskCredit(t) || BY_WORD.test(t) || JOB_END.test(t) || SOCIAL_NETWORK.test(t) || !DESK_CREDIT.test(t)) return false;
  return isCaptionSentence(lines[index - 1]?.text ?? "") && textGoesOn(lines, index + 1);
}
