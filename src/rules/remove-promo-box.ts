import { lineMatchRule } from "./define";

/** Promo boxes that content farms drop into articles: "Did You Know? …" (and "Wussten Sie schon? …", "Le
 *  saviez-vous ? …" …), "Pro Tip: …", and the
 *  "Frequently Asked Questions" header of a generated FAQ. The unglue stage has already put each on a
 *  line of its own (the cue and the one sentence after it). */
const PROMO = /^(?:did you know\?|wussten sie(?: schon)?\?|schon gewusst\?|le saviez-vous\s?\?|¿sab[ií]as que\b|lo sapevi\?|wist je dat\b|você sabia\?|profi-tipp:|pro tip:|quick tip:|fun fact:|editor'?s note: this (?:article|post) (?:was|is) (?:generated|written by ai)|frequently asked questions\b)/i;

export const removePromoBox = lineMatchRule("remove-promo-box", "promo box (did-you-know, tip, FAQ header)", (t) => PROMO.test(t));
