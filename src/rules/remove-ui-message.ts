import { lineMatchRule } from "./define";

/** Status messages of the page's scripts, frozen into the dump ("Loading…", "Something went wrong with
 *  the connection!", "Please enable JavaScript", "Your browser does not support the video tag"), the
 *  site's note on browsers ("This site is best viewed with <browser> or higher"), and the buttons of
 *  galleries, pagers, comments, ads and embedded posts, alone on their line ("Fullscreen", "Next",
 *  "Reply", "Report", "Report this ad", "View gallery" and its "+5"), a gallery's counter ("1 of 5",
 *  "Bild 2 von 12", "2 / 12" with its spaces; not "4/5", which may be a rating), a shop's buttons ("Buy
 *  now", "Check price at Example"), and the links for keyboards and screen readers that skip the menu
 *  ("Skip to content", "Zum Inhalt"). */
const UI = /^(?:loading(?:\.{3}|…)?|fullscreen|full screen|vollbild|click to enlarge|zum vergrößern klicken|cliquez pour agrandir|(?:(?:photo|image|picture|slide|bild|foto|diapositive)\s+)?\d{1,3}\s+(?:of|von|sur|de|di|van)\s+\d{1,3}|\d{1,3} \/ \d{1,3}|next|previous|reply|report|report (?:this )?ad|(?:view|open|see) (?:the )?(?:gallery|all (?:photos|pictures|images))|\+\d{1,3}|antworten|répondre|responder|rispondi|next (?:page|article|post|story)|previous (?:page|article|post|story)|plein écran|pantalla completa|schermo intero|tela cheia|volledig scherm|please wait(?:\.{3}|…)?|something went wrong\b.*|an error (?:has )?occurred\b.*|(?:please |you (?:need|have) to |you must )?(?:enable|turn on) javascript\b.*|javascript is (?:disabled|required)\b.*|this (?:video|content|feature) (?:is not available|requires javascript)\b.*|your browser does not support\b.*|(?:please )?try again(?: later)?\.?|refresh the page\.?|no results found\.?|click to (?:expand|shrink)(?:\.{3}|…)?|skip to (?:the )?(?:main )?(?:content|navigation|menu|search|footer)|(?:buy now|shop now|view deal|see deal|get (?:the )?deal|check (?:the )?price|see (?:the )?price|jetzt kaufen|zum angebot|acheter maintenant|comprar ahora)(?: (?:at|on|from|bei|sur|en) [\w.&'’-]+(?: [\w.&'’-]+){0,2})?|zum inhalt springen|(?:direkt )?zum inhalt|aller au contenu(?: principal)?|saltar al contenido(?: principal)?|vai al contenuto(?: principale)?|(?:pular|ir) para o conteúdo|(?:ga )?naar (?:de )?inhoud(?: springen)?|\/\*\s*(?:<!\[CDATA\[|\]\]>)\s*\*\/)$|^(?:this (?:site|website|page) is )?best viewed (?:with|in|using)\b/i;

export const removeUiMessage = lineMatchRule("remove-ui-message", "status message, button or skip link of the page", (t) => UI.test(t));
