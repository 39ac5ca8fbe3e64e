import type { LineMark, SourceLine } from "./model";
import { endsLikeSentence, wordCount } from "./text";
import { BY_WORD } from "./metadata/byline-words";
import { CAPTION_ABOVE_MAX_WORDS, CAPTION_MAX_CHARS, CAPTION_TOGGLE } from "./picture-credit";

/* Video and audio players and cards set into the text, as a dump keeps them (their labels, running
 * times, clocks and buttons): read by the caption rule (see remove-media-caption). */

/** A video or audio card in the text: its label, its running time under it ("WATCH NOW" / "VIDEO" / "03:12"),
 *  and the clip's title and show under that. The time is the clip's length; left in the text, it read
 *  as a teaser card's stamp, which ended the text there. */
export const VIDEO_LABEL = /^(?:v[ií]d[eé]o|audio|watch(?: now| live| video)?|play(?: video)?|[▶►]\s*(?:play)?|bekijk|kijk|ver v[ií]deo|assista|regarder|guarda|(?:reproducir|reproduzir|riproduci)(?: (?:el |o |il )?v[ií]deo)?)$/i;
/** The time alone, labelled or not, or with the show the clip is from, as broadcasters print their audio
 *  and video cards ("01:42 min, aus Rendez-vous vom 11.03.2025."). */
export const RUNNING_TIME = /^(?:(?:duration|length|running time|dauer|laufzeit|durée|duración|duração|durata|duur)\s*:?\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*min\.?)?(?:,?\s+(?:aus|from|de|dans|tratto da|uit)\s[^.!?]{1,60}?(?:\s(?:vom|du|del|van|of)\s[\d.\/ ]{6,10})?\.?)?$/i;
/** Where a running time can start: its digit, or its label's first letter. */
export const RUNNING_TIME_START = /^[\dDdLlRr]/;
export const VIDEO_TITLE_LINES = 2;

/** A video card's label with more words: "Related Video", "Related video: <title> (<channel>)", "Watch:
 *  …", "Video: …", "WATCH | …", "Bekijk: …", "Watch the video: …" and its translations ("Se video: …", "Zobacz wideo:
 *  …", "Bekijk de video: …"). Short and without a sentence's stop, as labels are. The clip's age
 *  ("2 hours ago") or date may stand between its title and its running time ("Duration 2:14"): left in
 *  the text, that stamp read as a teaser card's, and ended the text there. */
export const VIDEO_CARD_LABEL = /^(?:(?:related|featured|latest|more) videos?\b|v[ií]d[eé]os?\s*[:|]|(?:watch|bekijk|kijk)\s*[:|]|(?:watch|se|titta på|katso|zobacz|bekijk|kijk|mira|guarda|veja|assista|regardez|sehen sie)\s+(?:(?:the|la|el|il|o|de|het|den)\s+)?(?:v[ií]d[eé]o(?:en|n)?|wideo|klipp(?:et)?|clip)\s*[:|]|bloque de v[ií]deo$)/i;
const VIDEO_TITLE_MAX_WORDS = 12;
/** A player's button that says what the clip is ("Ouça aqui a reportagem da Antena TVN", "Luister naar
 *  het gesprek", "Hören Sie den Beitrag") over its running time. */
export const CLIP_LEAD = /^(?:ouça|oiça|escute|escuche|escucha|ascolta|écoutez|hören sie|listen to|luister naar|kijk naar|veja|assista)\s/i;
export const isClipCaption = (t: string): boolean => t !== "" && !endsLikeSentence(t) && wordCount(t, CAPTION_ABOVE_MAX_WORDS + 1) <= CAPTION_ABOVE_MAX_WORDS;
const SHOW_MAX_WORDS = 3;
export const isShowName = (t: string): boolean => /^\p{Lu}/u.test(t) && !endsLikeSentence(t) && wordCount(t, SHOW_MAX_WORDS + 1) <= SHOW_MAX_WORDS;
/** A card's label with the clip's title and its channel on one line ("Related video: How small towns are
 *  rethinking who owns the pipes (Video by Harbour Start)") runs longer. */
const LABELLED_VIDEO_TITLE_MAX_WORDS = 20;
export const isLabelledVideoTitle = (t: string): boolean => !endsLikeSentence(t) && wordCount(t, LABELLED_VIDEO_TITLE_MAX_WORDS + 1) <= LABELLED_VIDEO_TITLE_MAX_WORDS;
export const isVideoTitle = (t: string): boolean => t !== "" && !endsLikeSentence(t) && wordCount(t, VIDEO_TITLE_MAX_WORDS + 1) <= VIDEO_TITLE_MAX_WORDS;

/** A player's clock as a text dump keeps it: the position at the start and the clip's length, on two
 *  lines ("0:00", "1:35") or one ("0:00 / 1:35"). Under it stand the clip's title, its description
 *  and credit, and the caption's toggle ("Show Caption"): a player set between the headline and the
 *  byline gave the article its title. */
export const PLAYER_START = /^0?0:[0-5]\d(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** The clip's title, description and credit: three lines on the audit's invented pages; one more
 *  for a two-line title. */
const PLAYER_CAPTION_LINES = 4;

export function playerMarks(lines: readonly SourceLine[], index: number): LineMark[] {
  const oneLine = lines[index]!.text.includes("/");
  // The clock over the player's button ("Bekijk: <the clip's title>" / "00:00" / "Video afspelen"): the
  // button, the clock and the labelled title over them.
  if (!oneLine && (PLAYER_LABEL.test(lines[index + 1]?.text ?? "") || VIDEO_LABEL.test(lines[index + 1]?.text ?? ""))) {
    const above = lines[index - 1]?.text ?? "";
    const titled = VIDEO_CARD_LABEL.test(above) && isVideoTitle(above);
    return [...(titled ? [{ index: index - 1, reason: "video's title" }] : []), { index, reason: "video player's clock" }, { index: index + 1, reason: "video player's button" }];
  }
  if (!oneLine && !RUNNING_TIME.test(lines[index + 1]?.text ?? "")) return [];
  const first = index + (oneLine ? 1 : 2);
  const marks: LineMark[] = [];
  for (let k = index; k < first; k++) marks.push({ index: k, reason: "video player's clock" });
  // With a caption's toggle a few lines down, everything up to it is the clip's; without one, its title.
  const toggle = lines.slice(first, first + PLAYER_CAPTION_LINES + 1).findIndex((x) => CAPTION_TOGGLE.test(x.text));
  if (toggle >= 0) {
    for (let k = first; k < first + toggle; k++) marks.push({ index: k, reason: "video's title and caption" });
    return marks;
  }
  for (let k = first; k < first + VIDEO_TITLE_LINES && k < lines.length && isVideoTitle(lines[k]!.text); k++) marks.push({ index: k, reason: "video's title" });
  return marks;
}

/** A broadcaster's player set into the text, as its button and clock paste: the button's label in words
 *  ("Video abspielen", "Video afspelen", "Lire la vidéo", "Play video"), or with the clip's title and length on one line
 *  (a public broadcaster's 'Play video, "<title>", Duration 0,58'); and the clip's length in a label
 *  ("Audio: 3 Min.", "Durée de la vidéo : 01:47"). */
export const PLAYER_LABEL = /^(?:(?:video|audio|clip)\s+(?:abspielen|starten|anhören|ansehen|afspelen|bekijken|beluisteren)|spela upp (?:video|klippet)|(?:lire|regarder|écouter)\s+(?:la |le |l['’])?(?:vidéo|audio|reportage|podcast|émission)|(?:play|watch|listen to)\s+(?:the )?(?:video|audio|clip)|(?:play|watch)\s+(?:video|audio),\s*["“].{1,150}["”],\s*(?:duration|length)\s+\d{1,2}[,:]\d{2}(?:[,:]\d{2})?)$/i;
export const CLIP_LENGTH = /^(?:(?:audio|video|vidéo|podcast)\s*:\s*\d{1,3}(?::\d{2})?\s*min(?:\.|utes?|uten)?|(?:durée|dauer|länge|duration|length)\s+(?:de la vidéo|de l['’]audio|du reportage|des videos|des beitrags|of (?:the )?(?:video|clip))\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?)$/i;
/** …or the length at the end of the button's own line ('…", Duration 0,58'). */
const LENGTH_AT_END = /(?:duration|length)\s+\d{1,2}[,:]\d{2}(?:[,:]\d{2})?$/i;
const hasLength = (t: string): boolean => CLIP_LENGTH.test(t) || (RUNNING_TIME_START.test(t) && RUNNING_TIME.test(t)) || LENGTH_AT_END.test(t);
/** The player's lines under its label: the clip's title, its length, its show and date, each short and
 *  without a sentence's stop (a byline is the article's). Four lines at most; the label's own line
 *  then counts as the block only with a length among them. A short line over the label that ends
 *  with a colon introduces the clip ("Le reportage de la rédaction :"). */
const PLAYER_LINES = 4;
const INTRO_MAX_WORDS = 8;
export function playerBlock(lines: readonly SourceLine[], index: number): LineMark[] {
  const label = lines[index]!.text;
  let end = index;
  let timed = hasLength(label);
  for (let k = index + 1; k <= index + PLAYER_LINES && k < lines.length; k++) {
    const t = lines[k]!.text;
    const length = hasLength(t) && t.length <= CAPTION_MAX_CHARS;
    if (!length && !PLAYER_LABEL.test(t) && !(isVideoTitle(t) && !BY_WORD.test(t))) break;
    timed ||= length;
    end = k;
  }
  if (!timed) return [];
  const above = lines[index - 1]?.text ?? "";
  const start = above.endsWith(":") && wordCount(above, INTRO_MAX_WORDS + 1) <= INTRO_MAX_WORDS ? index - 1 : index;
  const marks: LineMark[] = [];
  for (let k = start; k <= end; k++) marks.push({ index: k, reason: "video or audio player in the text: its button, title and length" });
  return marks;
}
