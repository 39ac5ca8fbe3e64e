import { lineMatchRule } from "./define";

/** Ad slot labels ("Advertisement", "Story continues below advertisement", "Reklama", "広告", "إعلان"):
 *  the ad itself is gone from the text dump and only its label is left between paragraphs. */
const AD_LABEL =
  /^[-–—(\[]*\s*(advertisement|advertising|advert|ad|ads|sponsored|sponsored content|paid content|promoted|ad feedback|advertorial|anzeige|werbung|reklame|publicité|publicidad|publicidade|pubblicità|advertentie|annonce|anuncio|реклама|reklama|reklam|annons|annonse|mainos|publicitate|iklan|quảng cáo|διαφήμιση|διαφημιση|إعلان|مساحة إعلانية|تبلیغات|تبليغات|פרסומת|विज्ञापन|广告|廣告|広告|광고|haberin devamı|czytaj dalej|devamını oku|story continues below(?: advertisement)?|article continues below(?: (?:this )?(?:ad|advertisement))?|continue reading(?: below| the main story)?|weiterlesen|lire la suite|seguir leyendo|leggi tutto|continuar lendo|lees verder|scroll to continue(?: with content)?|skip (?:ad|advert(?:isement)?))(?:\s*[·•|]\s*scroll to continue(?: with content)?)?\s*[-–—)\]]*[.:]?$/i;

export const removeAdLabel = lineMatchRule("remove-ad-label", "advertisement label", (t) => AD_LABEL.test(t));
