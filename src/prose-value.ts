import { capitalShare, CHECKBOX_ITEM, endsWithOneOf, isLetterAt, UNSPACED_MAX_PIECES, UNSPACED_SCRIPT, wordCount } from "./text";
import { endsWithReservedRights, isCopyrightLine } from "./metadata/extract-source";
import { isPictureCopyright } from "./picture-credit";
import { isUpdateLabelled } from "./metadata/extract-date";
import { opensProgrammeEntry } from "./structure/programme-entry";

/* How much one line speaks for being article text, for the body's maximum-sum run (locate-body): prose
 * adds its length, furniture costs a fixed amount, a site's footer a wall. */

/** What one non-prose line costs, in characters of prose. Tuned on the dev pages: 25 bridges a heading
 *  or an eight-item list inside an article (≈200 characters against paragraphs of 300+) but stops at
 *  the ten- to forty-line menus and share bars around it. */
export const FURNITURE_COST = 25;
/** A short sentence ("The vote is on Monday.") is weaker evidence than a paragraph: it counts half. */
const SHORT_PROSE_WEIGHT = 0.5;
/** Below this many words a line is a label, a headline or a button, whatever its punctuation. */
export const MIN_SENTENCE_WORDS = 5;
/** Scripts written without spaces between words (Chinese, Japanese, Thai): a line of a few pieces is
 *  a sentence when it ends with a stop; menus, buttons and headlines there have none. From 60
 *  characters it counts as a paragraph; a shorter one ("町内に映画館ができるのは34年ぶり。", 17) as a
 *  short sentence does, at half: a site's footer of services, each a name over a sentence of 40–60
 *  characters, must not outweigh a news article's paragraphs of 100 and more. */
const MIN_UNSPACED_PROSE_CHARS = 60;
const MIN_UNSPACED_SENTENCE_CHARS = 10;
/** …and each character of such a paragraph counts as much as this many of a spaced script's: a Chinese
 *  or Japanese character says about what a word of two or three letters does. Counted as one, a
 *  subheading and a short list ("・…", "一、…"), each line costing a menu entry's FURNITURE_COST,
 *  outweighed the two paragraphs of 60–80 characters under them, and the text ended there. Short
 *  sentences keep their weight: the footer's services above would outweigh the article. */
const UNSPACED_CHAR_WEIGHT = 2.5;

/** Unpunctuated lines this long that are not in headline case are prose that lost its final stop (a
 *  paywall cut, a glued title split off); shorter ones are labels and captions. */
const UNENDED_PROSE_MIN_WORDS = 15;
/** Share of capitalised words above which a line is in headline case (English prose runs ~0.1–0.3;
 *  German capitalises nouns, ~0.35–0.5, so the bar sits above that). */
const HEADLINE_CAPITALS = 0.6;
export const HEADLINE_MAX_WORDS = 30;
/** A score between two figures and two names ("Saltcote 1-1 Merrindale", "Sandholm 19–19 Castlebrae"), in
 *  a line of five words at least; a page range ("35. 1-7.") or hours ("Di–Fr 8–12 und …") have no names
 *  around them, nor a weekday's hours ("Sa 9–12 Uhr"): the names have three letters at least. */
const RESULT_SCORE = /\p{Lu}[\p{L}'’.-]{2,}\s\d{1,3}[-–]\d{1,3}\s\p{Lu}/u;
const RESULTS_MIN_WORDS = 5;
/** What every score holds, as a plain search before the expression: most paragraphs have none, and the
 *  expression's names cost a scan of every capital. */
const SCORE_HINT = /\d[-–]\d/;
/** …but a sentence with long lowercase words is prose whatever its capitals: headline case capitalises
 *  every word of five letters or more, while a German lead full of names and nouns ("Jetzt macht
 *  Minister Peter Kranich Ernst: Familien mit Kindern sollen … zahlen!") keeps its verbs lowercase.
 *  Two such words in a sentence of ten words or more: English title case lets one through now and then
 *  ("… is Ready, says …"); with three, an obituary's last line full of names and figures ("Das Requiem
 *  findet am Freitag, 15. März, um 14 Uhr in der Pfarrkirche St. Martin statt.") was furniture, and so
 *  were the closing paragraphs of two dev pages (aeb body F1 0.973 → 0.975). */
const PROSE_LOWERCASE_WORDS = 2;
const LONG_LOWERCASE_WORD = /(?:^|\s)\p{Ll}{5,}/gu;
/** …or short English verbs and pronouns in lowercase, which English title case capitalises ("May",
 *  "Be", "Is", "He"): two make a sentence ("Memorials may be directed to St. Paul's Lutheran Church or
 *  Cedar Valley Hospice."; an obituary's closing line of names was furniture, and the text ended
 *  before it). English words only: a German teaser's "auf" and "zum" say nothing of its case. */
const SHORT_SENTENCE_WORD = /(?:^|\s)(?:may|be|is|are|was|were|been|can|will|has|had|have|do|does|did|it|he|she|we|they|his|her|its|our|who|not|said|says|would|must|also)(?=[\s,;:.!?]|$)/g;
/** …or German's: its nouns and names take capitals, so a sentence full of them ("Nächste Woche empfangen
 *  wir Tabellenführer FC Obertal. Anpfiff ist am Sonntag, 19. Oktober, …") reads as headline case by
 *  its capitals alone; its pronouns, auxiliaries and articles stay lowercase, as no headline case
 *  prints them. */
const SHORT_SENTENCE_WORD_DE = /(?:^|\s)(?:ist|sind|wird|wurde|werden|hat|haben|hatte|war|waren|wir|ich|sich|nicht|auch|noch|und|der|das|dem|den|des|einen|einem|einer)(?=[\s,;:.!?]|$)/g;
/** A line that opens with a one-word label ("Quelle: …", "Autor*in: …") is a note, not a sentence of the
 *  text, whatever its wording: a press release's source and a guest writer's bio. */
const LABELLED = /^[^\s:]+:\s/;
const inSentenceCase = (text: string): boolean => {
  if ((text.match(LONG_LOWERCASE_WORD)?.length ?? 0) >= PROSE_LOWERCASE_WORDS) return true;
  return (text.match(SHORT_SENTENCE_WORD)?.length ?? 0) >= PROSE_LOWERCASE_WORDS || (!LABELLED.test(text) && (text.match(SHORT_SENTENCE_WORD_DE)?.length ?? 0) >= PROSE_LOWERCASE_WORDS);
};

/** …and a short one closed by a full stop, with a verb or a noun in lowercase ("Liebe: Eine Begegnung am
 *  Dienstag bleibt Ihnen im Kopf."): German capitalises its nouns, and a horoscope's or a checklist's
 *  lines of eight words read as headlines; a headline in title case has no lowercase word of five
 *  letters, and seldom a full stop. */
const HAS_LONG_LOWERCASE_WORD = /(?:^|\s)\p{Ll}{5,}/u;
const isShortSentence = (text: string): boolean => text.endsWith(".") && HAS_LONG_LOWERCASE_WORD.test(text);

/** Footers are short; checking the length first keeps the expressions off long paragraphs. */
const FOOTER_MAX_CHARS = 200;
/** "© Jane Doe", "© Oli Muster/Agency", "© dpa": a picture's credit (isPictureCopyright), printed under
 *  pictures inside the text, is no footer. */
export const isCopyrightFooter = (text: string) => text.length <= FOOTER_MAX_CHARS && ((isCopyrightLine(text) && !isPictureCopyright(text)) || endsWithReservedRights(text));
/** What the copyright footer costs: more than any run of teaser cards after it (≈150 characters each)
 *  adds up to on the dev pages, so the text never continues past it. */
export const WALL_COST = 2000;
const NUMBERED_ITEM = /^\d{1,3}[.)]\s+\S/;
const NUMBERED_ITEM_WEIGHT = 0.3;
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;
/** A list row that opens with an amount and a word in lowercase ("500 g white fish", "2 onions", "3
 *  große Zwiebeln"): an ingredient list or a training plan, whose markup innerText dropped. Neutral
 *  like a bare link, so the text runs on across the list instead of stopping before it (a recipe lost
 *  its introduction and ingredients); it never starts or ends the text alone. Short, unended, and not
 *  a stamp ("4 min read", "3 comments"); a capital after the number is a headline, an address or a
 *  price ("3 Questions for …", "20095 Hamburg", "2,50 EUR"). */
const QUANTITY_ITEM = /^\d+(?:[.,/]\d+)?\s*(?:[½¼¾⅓⅔])?\s*(?:g|kg|mg|ml|cl|dl|l|oz|lb|lbs|tbsp|tsp|cups?|EL|TL|Stk\.?|litres?|liters?)?\s+(?!(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|comments?|kommentare?|shares?|views?|likes?|replies|antworten|photos?|bilder|fotos|seconds?|sek|std|stunden|tage|jahren?|years?)\b)\p{Ll}[^.!?:|]{0,60}$/u;
/** Stops that end a sentence, in the scripts of the dev pages and beyond: CJK full-width forms, the
 *  Devanagari danda (Hindi), the Arabic question mark and the Urdu full stop. */
export const SENTENCE_STOPS = ".!?…。！？:;：；।؟۔";
/** Every word count below is compared with these thresholds only: counting stops past the largest. */
const WORDS_CAP = Math.max(HEADLINE_MAX_WORDS, 2 * MIN_SENTENCE_WORDS, UNENDED_PROSE_MIN_WORDS);

/** A signature in brackets after a sentence's stop: a few names or an agency, perhaps a date. */
const SIGNED_END = /[.!?…]["”»’]?\s*\([^()]{1,80}\)$/;
/** …not a picture's credit, which ends a caption ("A farmer walks across a dried riverbed. (Express
 *  Archive)", "(File photo)", "(Archivbild)"). */
const PICTURE_NOTE = /archiv|photo|foto|file|image|bild|picture|pic\b|getty|reuters|afp|ap\b/i;

/** A sign-off after a dash: the outlet's or agency's name of a few capitalised words, or its address. */
const DASH_SIGNED_END = /[\p{Ll}\d][.!?…]["”»’]?\s[–—-]\s?\p{Lu}[\p{L}\d&'’]*(?:[ .]\p{L}[\p{L}\d&'’]*){0,3}$/u;
/** A paragraph signed after a dash: no heading, however short ("… of easing. – Harbourly.com"). */
export const isSignedAfterDash = (text: string): boolean => signedAfterDash(text) >= 0;
/** Where the sentences before a dash's sign-off end (after their stop), or -1: a sentence of a few words
 *  at least, as a shop's "Heger & Cie. - Die Manufaktur" is none. */
function signedAfterDash(text: string): number {
  if (!isLetterAt(text, text.length - 1)) return -1;
  const tail = text.length > DASH_SIGNED_TAIL_CHARS ? text.slice(-DASH_SIGNED_TAIL_CHARS) : text;
  const signed = DASH_SIGNED_END.exec(tail);
  if (!signed) return -1;
  const end = text.length - tail.length + signed.index + 2;
  return wordCount(text.slice(0, end), SIGNED_MIN_WORDS) >= SIGNED_MIN_WORDS ? end : -1;
}
const SIGNED_MIN_WORDS = 6;
/** Longer than any sign-off DASH_SIGNED_END matches, with the stop before it. */
const DASH_SIGNED_TAIL_CHARS = 48;

/** How much a line speaks for being article text: positive for prose, negative for furniture. */
export function proseValue(text: string): number {
  // The site's copyright footer ends the page's main content; crossing it takes a lot of prose.
  if (isCopyrightFooter(text)) return -WALL_COST;
  // Numbered items ("1) Lego Star Wars …", "2. Check the oil") are the article's own lists; menus are
  // not numbered. A bare link under an item is neutral.
  if (NUMBERED_ITEM.test(text)) return text.length * NUMBERED_ITEM_WEIGHT;
  // A checklist's item is neutral too: the text's own list, whatever its length (see CHECKBOX_ITEM). So is
  // a programme's entry, its day or hour before what happens then ("Sonntag, 23. März, 15 Uhr:
  // Künstlergespräch …", "18:00 Uhr – Nordwelle: „Landarztpraxis“"): the text runs on across its event's
  // programme or a TV listing to the sentences under it, and an events box beside the text, with no
  // sentence under it, is not taken in.
  if (BARE_URL.test(text) || QUANTITY_ITEM.test(text) || CHECKBOX_ITEM.test(text) || opensProgrammeEntry(text)) return 0;
  // A table row is data the article presents: it counts like a short sentence, by its cells' text.
  if (text.startsWith("|")) {
    const cells = text.split("|").map((c) => c.trim()).filter((c) => c && !/^:?-+:?$/.test(c));
    return cells.length >= 2 ? cells.join(" ").length * SHORT_PROSE_WEIGHT : cells.length === 0 ? 0 : -FURNITURE_COST;
  }
  // A paragraph signed after its last stop, by the agency or the writers and the day ("… am Montag.
  // (dpa)", "… beschlossen werden. (Lena Hofbauer, Michael Strasser, 3.3.2025)"), is valued as the
  // sentences it ends: the names' capitals read as a headline's.
  if (text.endsWith(")")) {
    const signed = SIGNED_END.exec(text);
    if (signed && !PICTURE_NOTE.test(signed[0])) return proseValue(text.slice(0, signed.index + 1));
  }
  // …or signed after a dash, by the outlet or the agency ("… the pace of easing. – Harbourly.com", "…
  // on Monday. — Reuters"): a site that ends every story so.
  const signedEnd = signedAfterDash(text);
  if (signedEnd >= 0) return proseValue(text.slice(0, signedEnd));
  const words = wordCount(text, WORDS_CAP);
  const sentence = endsWithOneOf(text, SENTENCE_STOPS);
  if (words <= UNSPACED_MAX_PIECES && UNSPACED_SCRIPT.test(text)) {
    if (!sentence || text.length < MIN_UNSPACED_SENTENCE_CHARS) return -FURNITURE_COST;
    return text.length >= MIN_UNSPACED_PROSE_CHARS ? text.length * UNSPACED_CHAR_WEIGHT : text.length * SHORT_PROSE_WEIGHT;
  }
  // A results line of a round-up, its teams' or players' names around the scores and a full stop at its
  // end ("Football, Harbour League: Saltcote 1-1 Merrindale Athletic; Dunmarrow 2-0 Quenbury."), reads
  // as headline case by its names; a teaser's headline with a score has no stop.
  if (sentence && words >= RESULTS_MIN_WORDS && text.endsWith(".") && SCORE_HINT.test(text) && RESULT_SCORE.test(text)) return text.length * SHORT_PROSE_WEIGHT;
  // Every branch below gives a short unended line (a menu entry, a label) this value: decided without
  // measuring its capitals.
  if (!sentence && words < UNENDED_PROSE_MIN_WORDS) return -FURNITURE_COST;
  // Headline case ("Is an Oscar Contender, but Where Does That Leave…?") marks teasers and titles,
  // even when they end in a question mark; running prose has few capitalised words.
  if (words < HEADLINE_MAX_WORDS && capitalShare(text) > HEADLINE_CAPITALS && !(sentence && (words >= 2 * MIN_SENTENCE_WORDS ? inSentenceCase(text) : isShortSentence(text)))) return -FURNITURE_COST;
  if (sentence && words >= 2 * MIN_SENTENCE_WORDS) return text.length;
  if (sentence && words >= MIN_SENTENCE_WORDS) return text.length * SHORT_PROSE_WEIGHT;
  // Long lines without an ending are often prose whose last sentence lost its stop (or a paywall
  // cut-off); they neither help nor hurt much.
  if (words >= UNENDED_PROSE_MIN_WORDS) return text.length * SHORT_PROSE_WEIGHT * 0.5;
  return -FURNITURE_COST;
}

/** A note that opens with an update's label and says what changed, a sentence at least after its colon. */
const UPDATE_NOTE_MIN_WORDS = 8;
export const isUpdateNote = (text: string): boolean => text.includes(": ") && isUpdateLabelled(text) && wordCount(text, UPDATE_NOTE_MIN_WORDS) >= UPDATE_NOTE_MIN_WORDS;
