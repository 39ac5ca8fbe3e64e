import type { LineMark, LineRule, SourceLine } from "../model";
import { pushAll } from "../arrays";
import { endsLikeSentence, isProse, wordCount } from "../text";
import { isJobByline } from "../metadata/extract-byline";
import { isCopyrightLine, isRightsAlone } from "../metadata/extract-source";
import { BY_WORD } from "../metadata/byline-words";
import { isDateLine, isStampLine, isTimeAgo } from "../date-words";
import { toggledCaption } from "../toggled-caption";
import { CAPTION_ABOVE_MAX_WORDS, CAPTION_MAX_CHARS, CREDIT_LABEL, isAgencyCredit, isAgencyName, isCaptionOrCredit, isPhotoNote, OPENS_QUOTE } from "../picture-credit";
import { isDeskCreditUnderCaption } from "../desk-credit";
import { CLIP_LEAD, CLIP_LENGTH, isClipCaption, isLabelledVideoTitle, isShowName, isVideoTitle, PLAYER_LABEL, PLAYER_START, playerBlock, playerMarks, RUNNING_TIME, RUNNING_TIME_START, VIDEO_CARD_LABEL, VIDEO_LABEL, VIDEO_TITLE_LINES } from "../media-player";

/** "Image caption," alone on its line, the caption on the next: the label goes with what it labels,
 *  and with the same caption printed over the label (the picture's text alternative). */
const BARE_CAPTION_LABEL = /^(?:image|media|video|photo) caption\s*[,:]?$/i;
const REASON = "picture or video caption label or credit";

/** A credit alone on its line, its label and a name or agency and nothing else ("Foto: Jörg Tammen",
 *  "Photograph: Jane Doe/Agency", "Photo by Jane Doe", "Credit..."): CMSs print it under the
 *  picture's caption, so the short line over it is that caption. "©" only with an agency in capitals
 *  or a name over its agency ("© BELGA", "© Jane Doe / Agency"): "© Agency" or "© Name" alone also
 *  ends a story under its last paragraph, and "Image copyright …" stands over its caption. The label in
 *  the languages of the news pages ("Kuva: …", "Фото: …", "Fot. …"). The credit may be in lowercase
 *  ("Foto: sidm / DW", "Foto: privat"). */
const CREDIT_ONLY = /^(?:photo(?:graph)?s?|fotos?|bild(?:er)?|bildrechte|visualisierung(?:en)?|rendering|credits?|crédits? photos?|picture|beeld|kuva|fotó|фото|zdjęcie|fot\.|snímek|bilde|billede|φωτογραφία)(?:\s*:|\s+by\b|\s*(?:\.{3}|…))\s*(?:\p{L}(?:(?<!\p{L})\p{L}\.|[^.!?:]){0,60})?$/iu;
// Case-sensitive: under the i flag \p{Lu} matches lowercase letters too.
const COPYRIGHT_CREDIT_ONLY = /^©\s*(?:\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*|[^/]{1,40}\/[^/]{1,40})$/u;
/** Words of the credit before its outlet: the outlet after a slash or a bar ("Photo by Jane Doe / The
 *  Harbour City Ledger", "Photo credit: Jane Doe | Harbour Media Group") is a name of its own. */
const CREDIT_ONLY_MAX_WORDS = 7;
const creditWords = (t: string): number => {
  const cut = OUTLET_SEPARATOR.exec(t)?.index ?? -1;
  return wordCount(cut > 0 ? t.slice(0, cut) : t, CREDIT_ONLY_MAX_WORDS + 1);
};
const OUTLET_SEPARATOR = /\/| \| /;
const isCreditOnly = (t: string): boolean => (CREDIT_ONLY.test(t) || COPYRIGHT_CREDIT_ONLY.test(t) || isPhotoNote(t)) && creditWords(t) <= CREDIT_ONLY_MAX_WORDS;
/** Under a caption's stop only, these too: a name and its agency without a label ("Jane Doe/The Canadian
 *  Press", "Gallo Images/Jane Doe"), a byline's form as well; the credit in brackets ("(Foto: Jane
 *  Doe/Agency)") or labelled "Photo credit:", which a section's heading stands over in a buying guide
 *  ("Where to Buy" / "(Image credit: Harbour Shop)"). */
const SENTENCE_CREDIT_ONLY = /^(?:\((?:photo(?:graph)?s?|fotos?|bild(?:er)?|credits?|picture|image)|(?:photo|image|picture) credits?)\s*:\s*\p{L}[^.!?:]{0,60}$/iu;
const isCreditUnderSentence = (t: string, above: string): boolean => endsLikeSentence(above) && (SENTENCE_CREDIT_ONLY.test(t) || isAgencyCredit(t)) && creditWords(t) <= CREDIT_ONLY_MAX_WORDS;
/** A closing paragraph's length: most captions over a credit on the dev pages run to one sentence of
 *  6 to 24 words; two sentences of 20 words or more over the page's furniture are the text's. */
const CLOSING_PARAGRAPH_MIN_WORDS = 20;
/** Text goes on under the credit: a sentence, or a paragraph whose last words lost their stop. */
const TEXT_UNDER_MIN_WORDS = 15;
const isTextUnder = (t: string): boolean => isProse(t) || wordCount(t, TEXT_UNDER_MIN_WORDS) >= TEXT_UNDER_MIN_WORDS;
const INNER_SENTENCE_STOP = /[.!?…]["”’»]?\s+["“„«]?\p{Lu}/u;
/** How far under a credit the byline of a headline over it stands: a second credit ("Video report
 *  by …") between them on the audit's broadcaster page. */
const BYLINE_UNDER_CREDIT_LINES = 2;
const isBylineUnder = (lines: readonly SourceLine[], index: number): boolean => {
  for (let k = index + 1; k <= index + BYLINE_UNDER_CREDIT_LINES && k < lines.length; k++) {
    const t = lines[k]!.text;
    if (BY_WORD.test(t) || isJobByline(t)) return true;
    if (!isCaptionOrCredit(t)) return false;
  }
  return false;
};

/** A table's source under its last row ("Quelle: Umfrage bei den Kommunen, Stand März 2024"): the
 *  table's, and the text's, not a picture's credit. */
const SOURCE_LABEL = /^(?:quelle|source|sources|fuente|fonte|bron)\s*:/i;
const isSourceUnderTable = (lines: readonly SourceLine[], index: number): boolean => {
  const above = lines[index - 1]?.text ?? "";
  // (With a date in it, "…; Stand: 31.03.2024", kept it read as a teaser's stamp and cut the text there.)
  return SOURCE_LABEL.test(lines[index]!.text) && (above.includes("\t") || above.startsWith("|")) && !DATED.test(lines[index]!.text);
};
const DATED = /\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}/;

/** The caption alone (the picture's text alternative), then again with its credit glued on: "Premier
 *  Jane Doe." over "Premier Jane Doe.Credit: Ann Lee". Shorter than a caption, a line that starts
 *  this one is a label's word ("Foto" over "Foto: dpa"), gone with it anyway. */
const TWIN_MIN_CHARS = 10;
const isCaptionTwin = (above: string, t: string): boolean => above.length >= TWIN_MIN_CHARS && t.length > above.length && t.startsWith(above);

/** The credit split in two under the caption, the photographer over the agency ("… on Tuesday." / "Jane
 *  Doe" / "AP Photo"), as small papers' layouts print it. */
const PHOTOGRAPHER = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}$/u;
function isPhotographerOverAgency(lines: readonly SourceLine[], index: number): boolean {
  const name = lines[index - 1]?.text ?? "";
  const caption = lines[index - 2]?.text ?? "";
  return isAgencyName(lines[index]!.text) && PHOTOGRAPHER.test(name) && endsLikeSentence(caption) && !OPENS_QUOTE.test(caption) && wordCount(caption, CAPTION_ABOVE_MAX_WORDS + 1) <= CAPTION_ABOVE_MAX_WORDS;
}

const CAPTION_BELOW_MIN_WORDS = 3;
const TEXT_CREDIT = /^(?:text|tekst|texte|testo|texto|teksti|текст)\s*:\s*\p{L}/iu;
/** Rights reserved, and no owner named: the article's own notice under its last paragraph ("©
 *  RIPRODUZIONE RISERVATA"), no picture's credit. */
/** A photographer's name after "©" ("© Jane Doe"), with the text going on under it: a caption's credit.
 *  Under a blog's last paragraph, the same line is its writer's rights; right under the date line, the
 *  line over it may be the dek over the lead picture, longer than a caption (invented pages: captions of
 *  8 and 14 words, a dek of 28). */
const LEAD_CAPTION_MAX_WORDS = 20;
const COPYRIGHT_NAME = /^©\s?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}$/u;
function isCaptionAbove(lines: readonly SourceLine[], index: number): boolean {
  const t = lines[index]!.text;
  if (isRightsAlone(t)) return false;
  const above = lines[index - 1]?.text ?? "";
  if (above === "" || above.endsWith(":") || !(isCreditOnly(t) || isCreditUnderSentence(t, above) || (COPYRIGHT_NAME.test(t) && isProse(lines[index + 1]?.text ?? "") && (!isStampLine(lines[index - 2]?.text ?? "") || wordCount(above, LEAD_CAPTION_MAX_WORDS + 1) <= LEAD_CAPTION_MAX_WORDS)))) return false;
  // A quote is the text's (over a picture without a caption); captions say what the picture shows.
  if (OPENS_QUOTE.test(above) || wordCount(above, CAPTION_ABOVE_MAX_WORDS + 1) > CAPTION_ABOVE_MAX_WORDS || isCaptionOrCredit(above)) return false;
  // The writer's credit over the photographer's ("Tekst: Anna Lind" / "Foto: Tomas Berg"): a byline.
  if (TEXT_CREDIT.test(above)) return false;
  // Under the text's last paragraph, with no text under it, the credit is the lead picture's: a paragraph
  // of two sentences over it is the text's close, not a caption.
  if (!isTextUnder(lines[index + 1]?.text ?? "") && INNER_SENTENCE_STOP.test(above) && wordCount(above, CLOSING_PARAGRAPH_MIN_WORDS) >= CLOSING_PARAGRAPH_MIN_WORDS) return false;
  // The headline over its lead picture's credit, the byline under them (other credits between); or the
  // header's byline or date line over the picture's credit ("By Jane Doe" / "Photographs by Ann Lee",
  // "9. Januar 2024 | Lesezeit: 5 Min." / "Foto: Jane Doe/dpa").
  if (!endsLikeSentence(above) && isBylineUnder(lines, index)) return false;
  if (((BY_WORD.test(above) || isJobByline(above)) && !endsLikeSentence(above)) || isStampLine(above)) return false;
  // A phrase without its stop under the credit, a sentence over it: the caption is the phrase, under
  // a credit printed first (not under a label alone, "Credit...", whose name is the line under it). A
  // word or two there is no caption: a dateline's place ("Nashville"), a label.
  const below = lines[index + 1]?.text ?? "";
  return CREDIT_LABEL.test(t) || !(endsLikeSentence(above) && below !== "" && !endsLikeSentence(below) && wordCount(below, CAPTION_ABOVE_MAX_WORDS + 1) <= CAPTION_ABOVE_MAX_WORDS && wordCount(below, CAPTION_BELOW_MIN_WORDS) >= CAPTION_BELOW_MIN_WORDS);
}


export const removeMediaCaption: LineRule = {
  id: "remove-media-caption",
  apply(lines: readonly SourceLine[]): LineMark[] {
    const marks: LineMark[] = [];
    // The last line of a player's block marked so far: its lines are not read again.
    let playerEnd = -1;
    // The running time that ends the last video card marked: a block's next card follows it.
    let cardEnd = -2;
    lines.forEach((l, index) => {
      if (index <= playerEnd) return;
      if ((PLAYER_LABEL.test(l.text) || CLIP_LENGTH.test(l.text)) && l.text.length <= CAPTION_MAX_CHARS) {
        const player = playerBlock(lines, index);
        if (player.length > 0) {
          pushAll(marks, player);
          playerEnd = player[player.length - 1]!.index;
          return;
        }
      }
      const time = RUNNING_TIME_START.test(l.text) && RUNNING_TIME.test(l.text);
      if (l.text.charCodeAt(0) === 48 && PLAYER_START.test(l.text)) {
        const player = playerMarks(lines, index);
        if (player.length > 0) {
          pushAll(marks, player);
          return;
        }
      }
      if (time && VIDEO_LABEL.test(lines[index - 1]?.text ?? "")) {
        for (let k = index - 1; k >= index - 2 && k >= 0 && VIDEO_LABEL.test(lines[k]!.text); k--) marks.push({ index: k, reason: "video's label" });
        marks.push({ index, reason: "video's running time" });
        // The time printed twice, in two forms ("2:31" / "02:31"): the card goes on under the second.
        const at = RUNNING_TIME.test(lines[index + 1]?.text ?? "") ? index + 1 : index;
        if (at > index) marks.push({ index: at, reason: "video's running time" });
        // The clip's title and its show under the time: short lines without a sentence's stop; or its caption,
        // a caption's length without a stop, with the text under it.
        const caption = lines[at + 1]?.text ?? "";
        // (The show's name may stand under the caption: "… says Jane Doe" / "Closing Bell" / the text.)
        const show = isShowName(lines[at + 2]?.text ?? "") && isProse(lines[at + 3]?.text ?? "");
        if (!isVideoTitle(caption) && isClipCaption(caption) && (isProse(lines[at + 2]?.text ?? "") || show)) {
          marks.push({ index: at + 1, reason: "video's caption" });
          if (show) marks.push({ index: at + 2, reason: "video's show" });
        }
        else for (let k = at + 1; k <= at + VIDEO_TITLE_LINES && k < lines.length && isVideoTitle(lines[k]!.text); k++) marks.push({ index: k, reason: "video's title" });
      } else if (time) {
        // "Related Video" (or "Video") / the clip's title / its channel / "0:48": the label a few lines up (the farthest,
        // as a block's name may stand over the clip's "Vídeo: <title>"), titles between.
        const label = [3, 2, 1].map((d) => index - d).find((k) => k >= 0 && (VIDEO_CARD_LABEL.test(lines[k]!.text) ? isLabelledVideoTitle(lines[k]!.text) : (VIDEO_LABEL.test(lines[k]!.text) || CLIP_LEAD.test(lines[k]!.text)) && isVideoTitle(lines[k]!.text)));
        // Between them, titles and stamps; or the clip's caption in a sentence, alone under a bare label.
        const between = label === undefined ? [] : lines.slice(label + 1, index);
        const captioned = label !== undefined && between.length === 1 && VIDEO_LABEL.test(lines[label]!.text) && wordCount(between[0]!.text, CAPTION_ABOVE_MAX_WORDS + 1) <= CAPTION_ABOVE_MAX_WORDS;
        if (label !== undefined && (captioned || between.every((x) => isVideoTitle(x.text) || isTimeAgo(x.text) || isDateLine(x.text)))) {
          for (let k = label; k <= index; k++) marks.push({ index: k, reason: k === index ? "video's running time" : "video's label or title" });
          cardEnd = index;
        } else if (cardEnd === index - 2 && isVideoTitle(lines[index - 1]!.text)) {
          // The next card of the block under the same label: its title and running time.
          marks.push({ index: index - 1, reason: "video's label or title" }, { index, reason: "video's running time" });
          cardEnd = index;
        }
      }
      // A broadcaster's clip without its running time, between two paragraphs: the label alone ("Vídeo",
      // "bekijk") over the clip's title. (Over the headline, "Watch Live" is the menu's.)
      if (!time && VIDEO_LABEL.test(l.text) && isProse(lines[index - 1]?.text ?? "") && isVideoTitle(lines[index + 1]?.text ?? "") && isProse(lines[index + 2]?.text ?? "")) {
        marks.push({ index, reason: "video's label" }, { index: index + 1, reason: "video's title" });
        return;
      }
      // A clip's label over its station's copyright ("WATCH: Rescue crews describe the climb" / "Copyright 2025
      // KTRV. All rights reserved."), as an embedded player prints it between paragraphs: left in, the
      // copyright read as the site's footer, and the text ended there.
      if (VIDEO_CARD_LABEL.test(l.text) && isVideoTitle(l.text) && isCopyrightLine(lines[index + 1]?.text ?? "")) {
        marks.push({ index, reason: "video's label" }, { index: index + 1, reason: "video's copyright" });
        return;
      }
      if (isDeskCreditUnderCaption(lines, index)) {
        // Under a label alone ("Credit..."), the name is the label's: the label goes as a credit below.
        if (!CREDIT_LABEL.test(lines[index - 1]!.text)) marks.push({ index: index - 1, reason: "picture's caption over its credit" });
        marks.push({ index, reason: REASON });
        return;
      }
      if (!isCaptionOrCredit(l.text) || isSourceUnderTable(lines, index)) return;
      marks.push({ index, reason: REASON });
      for (const k of toggledCaption(lines, index)) marks.push({ index: k, reason: "gallery's caption under its toggle, up to its credit" });
      if (isCaptionAbove(lines, index)) marks.push({ index: index - 1, reason: "picture's caption over its credit" });
      else if (isPhotographerOverAgency(lines, index)) marks.push({ index: index - 2, reason: "picture's caption over its credit" }, { index: index - 1, reason: "photographer over the agency's credit" });
      else if (isCaptionTwin(lines[index - 1]?.text ?? "", l.text)) marks.push({ index: index - 1, reason: "picture's caption, printed again with its credit" });

      const next = lines[index + 1];
      if (!next || !BARE_CAPTION_LABEL.test(l.text) || next.text.length > CAPTION_MAX_CHARS) return;
      marks.push({ index: index + 1, reason: REASON });
      // The picture's own text, printed again over the label: the same caption.
      if (lines[index - 1]?.text === next.text) marks.push({ index: index - 1, reason: REASON });
    });
    return marks;
  },
};
