import { lineMatchRule } from "./define";

/** Promo boxes that content farms drop into articles: "Did You Know? …" (and "Wussten Sie schon? …", "Le
 *  saviez-vous ? …" …), "Pro Tip: …", and the
 *  "Frequently Asked Questions" header of a generated FAQ. The unglue stage has already put each on a
 *  line of its own (the cue and the one sentence after it). */
const PROMO = /^(?:did you know\?|wussten sie(?: schon)?\?|schon gewusst\?|le saviez-vous\s?\?|¿sab[ií]as que\b|lo sapevi\?|wist je dat\b|você sabia\?|profi-tipp:|pro tip:|quick tip:|fun fact:|editor'?s note: this (?:article|post) (?:was|is) (?:generated|written by ai)|frequently asked questions\b)/i;

/** A broadcaster's pointer to its videos, between the paragraphs of its stories: "Video Now: <clip>",
 *  "WATCH MORE: Local news from …", "Watch the full report above.", "See the latest news … in our
 *  YouTube playlist:". (A bare "WATCH: …" is left to the title stage: it may be a headline's kicker.) */
const VIDEO_PROMO = /^(?:video now|watch more|more videos?|watch the latest)\s*:\s*\S|^watch the (?:full |entire |whole )?(?:report|story|video|interview|segment|newscast)(?: above| below| here)?[.!]?$|\b(?:in|on) our youtube (?:playlist|channel)\s*[:.!]?$/i;
/** The words every video promo has, as a plain test before the expression, on short lines only: the
 *  search through every paragraph cost 2% of the normaliser's time. */
const VIDEO_HINT = /[Vv]ideo|VIDEO|[Ww]atch|WATCH|YouTube/;
const VIDEO_PROMO_MAX_CHARS = 160;

export const removePromoBox = lineMatchRule("remove-promo-box", "promo box (did-you-know, tip, FAQ header, video promo)", (t) => PROMO.test(t) || (t.length <= VIDEO_PROMO_MAX_CHARS && VIDEO_HINT.test(t) && VIDEO_PROMO.test(t)));
