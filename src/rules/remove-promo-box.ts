import type { LineMark, LineRule, SourceLine } from "../model";
import { endsLikeSentence, wordCount } from "../text";

/** Promo boxes that content farms drop into articles: "Did You Know? …" (and "Wussten Sie schon? …", "Le
 *  saviez-vous ? …" …), "Pro Tip: …", and the
 *  "Frequently Asked Questions" header of a generated FAQ with no answers under it. The unglue stage has
 *  already put each on a line of its own (the cue and the one sentence after it). */
const PROMO = /^(?:did you know\?|wussten sie(?: schon)?\?|schon gewusst\?|le saviez-vous\s?\?|¿sab[ií]as que\b|lo sapevi\?|wist je dat\b|você sabia\?|profi-tipp:|pro tip:|quick tip:|fun fact:|editor'?s note: this (?:article|post) (?:was|is) (?:generated|written by ai))/i;
const FAQ_HEADER = /^frequently asked questions\b/i;
/** An answer says something: a sentence of a few words, not a reader prompt's question or the next
 *  article's headline. */
const ANSWER_MIN_WORDS = 5;
/** A FAQ that is one, a question under its header and its answer under that ("Frequently asked questions"
 *  / "Can I eat tomatoes from a plant with blight?" / "Fruit that shows no brown patches is safe…"), is
 *  the article's own text. A generated page's header stands over reader prompts or the next article. */
const isAnsweredFaq = (lines: readonly SourceLine[], index: number): boolean => {
  const question = lines[index + 1]?.text ?? "";
  const answer = lines[index + 2]?.text ?? "";
  return question.endsWith("?") && endsLikeSentence(answer) && !answer.endsWith("?") && wordCount(answer, ANSWER_MIN_WORDS) >= ANSWER_MIN_WORDS;
};

/** A broadcaster's pointer to its videos, between the paragraphs of its stories: "Video Now: <clip>",
 *  "WATCH MORE: Local news from …", "Watch the full report above.", "See the latest news … in our
 *  YouTube playlist:". (A bare "WATCH: …" is left to the title stage: it may be a headline's kicker.) */
const VIDEO_PROMO = /^(?:video now|watch more|more videos?|watch the latest)\s*:\s*\S|^watch the (?:full |entire |whole )?(?:report|story|video|interview|segment|newscast)(?: above| below| here)?[.!]?$|\b(?:in|on) our youtube (?:playlist|channel)\s*[:.!]?$/i;
/** The words every video promo has, as a plain test before the expression, on short lines only: the
 *  search through every paragraph cost 2% of the normaliser's time. */
const VIDEO_HINT = /[Vv]ideo|VIDEO|[Ww]atch|WATCH|YouTube/;
const VIDEO_PROMO_MAX_CHARS = 160;

/** An obituary platform's store under the death notice: "To send flowers to the family or plant a tree
 *  in memory of …, please visit our floral store.", "To plant trees in memory, please visit the
 *  Sympathy Store." The same sentence under every notice, the shop its subject. */
const TRIBUTE_STORE = /^to (?:send (?:flowers|a (?:floral|sympathy) (?:tribute|gift)|sympathy gifts?)|plant (?:a )?(?:memorial )?trees?)\b[^.!?]{0,160}\bvisit\b[^.!?]{0,60}\b(?:store|shop|florist)\.?$/i;
const TRIBUTE_MAX_CHARS = 240;

/** The site selling its own free service or tool beside the text, perhaps under its question
 *  ("Thinking about selling? Request a free, no-obligation home valuation …", "Was verdienst du?" /
 *  "Finde mit unserem Gehaltsrechner heraus, ob …", "Ihr Vorteil als Mitglied" / "Mit unserem
 *  Bonusprogramm … erhalten Sie …"): the site's offer, the same on every page, in the imperative
 *  (a story's "residents can book a free consultation" reports one). */
const SERVICE = /(?:^|[.!?]\s+)(?:request|get|book|schedule|claim) (?:a |an |your )?free\b[^.!?]{0,60}\b(?:valuation|consultation|quote|appraisal|assessment|estimate)\b|\b(?:finde|finden sie|berechne|berechnen sie|prüfe|prüfen sie) (?:mit|über) unse(?:rem|rer) [\p{L}-]*(?:rechner|check|tool)\b|\b(?:use|try) our (?:free )?[\p{L} -]{0,30}(?:calculator|checker)\b|^mit unserem (?:bonus|vorteils|prämien)programm\b/iu;
const SERVICE_MAX_CHARS = 220;
/** A word every form of SERVICE holds ("free", "unser…", "our ", "…programm"), as one plain search before
 *  the expression: it failed on every line of the samples, at five times the hint's cost. */
const SERVICE_HINT = /free|unse|our |rogramm/i;
/** The offer's heading right over it: a question or a label of a few words ("Was verdienst du?"). */
const SERVICE_HEADING_MAX_WORDS = 6;
const isService = (t: string): boolean => t.length <= SERVICE_MAX_CHARS && SERVICE_HINT.test(t) && SERVICE.test(t);

const REASON = "promo box (did-you-know, tip, FAQ header, video promo, tribute store)";
export const removePromoBox: LineRule = {
  id: "remove-promo-box",
  apply(lines: readonly SourceLine[]): LineMark[] {
    const marks: LineMark[] = [];
    lines.forEach((l, index) => {
      const t = l.text;
      if (isService(t)) {
        const over = lines[index - 1]?.text ?? "";
        if (over && (over.endsWith("?") || !endsLikeSentence(over)) && wordCount(over, SERVICE_HEADING_MAX_WORDS + 1) <= SERVICE_HEADING_MAX_WORDS) marks.push({ index: index - 1, reason: "the site's offer of its own service" });
        marks.push({ index, reason: "the site's offer of its own service" });
        return;
      }
      if (PROMO.test(t) || (t.length <= VIDEO_PROMO_MAX_CHARS && VIDEO_HINT.test(t) && VIDEO_PROMO.test(t)) || (FAQ_HEADER.test(t) && !isAnsweredFaq(lines, index)) || (t.length <= TRIBUTE_MAX_CHARS && (t.startsWith("To ") || t.startsWith("to ")) && TRIBUTE_STORE.test(t))) marks.push({ index, reason: REASON });
    });
    return marks;
  },
};
