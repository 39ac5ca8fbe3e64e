import { lineMatchRule } from "./define";

/** Ad slot labels ("Advertisement", "Story continues below advertisement", "Reklama", "Hirdetés", "広告",
 *  "إعلان"): the ad itself is gone from the text dump and only its label is left between paragraphs.
 *  Some sites print a button to close the slot under its label or after it ("Advertisement Hide Ad"),
 *  or number the slots ("Advertisement 2", with "Article content" to mark where the text resumes).
 *  Brazilian sites say where the text resumes ("Continua após a publicidade"), French ones shorten the
 *  label ("Pub"). Portals and syndicated copy say only that the text goes on ("Story continues",
 *  "Story continues below this ad"), or that the slot is still empty ("This advertisement has not loaded yet,
 *  but your article continues below"). */
const AD_LABEL =
  /^[-–—(\[]*\s*(advertisement|advertising|advert|ad|ads|sponsored|sponsored content|sponsored ads?|paid content|promoted|ad feedback|advertorial|anzeige|werbung|reklame|publicité|publicidad|publicidade|pubblicità|advertentie|annonce|anuncio|реклама|reklama|reklam|annons|annonse|mainos|publicitate|publicitat|anunci|hirdetés|oglas|оглас|inzerce|inzercia|reklaam|reklāma|iklan|quảng cáo|διαφήμιση|διαφημιση|إعلان|مساحة إعلانية|تبلیغات|تبليغات|פרסומת|विज्ञापन|广告|廣告|広告|광고|haberin devamı|czytaj dalej|devamını oku|(?:story|article) continues(?: below(?: (?:this |the )?(?:ad|advert|advertisement))?)?|continue reading(?: below| the main story)?|continua (?:após a|depois da) publicidade|pub|weiterlesen|lire la suite|seguir leyendo|leggi tutto|continuar lendo|lees verder|scroll to continue(?: with content)?|(?:skip|hide) (?:ad|advert(?:isement)?)|article content)(?:\s+\d{1,2})?(?:\s*[·•|]\s*scroll to continue(?: with content)?|\s+hide ad)?\s*[-–—)\]]*[.:]?$/i;

/** An empty slot's note, kept apart so the label's expression above stays anchored on short lines. */
const AD_NOT_LOADED = /^(?:this |the )?(?:ad|advert|advertisement) (?:has not|hasn['’]t) loaded yet(?:[,;]? but (?:your|the) (?:article|story) continues(?: below)?)?[.!]?$/i;

export const removeAdLabel = lineMatchRule("remove-ad-label", "advertisement label", (t) => AD_LABEL.test(t) || AD_NOT_LOADED.test(t));
