/** A price alone, perhaps after "from" ("$449", "ab 279 €", "Vanaf € 549,-", "Aktuell ab 149,90 Euro"):
 *  a shop's button or a product card's (see title-neighbours, product-cards). The currency's word is
 *  followed by no letter, not by the \p{L} class: the expressions that embed this one are not all
 *  Unicode-aware. */
export const PRICE = String.raw`(?:(?:aktuell|derzeit|jetzt|now|currently|actuellement) )?(?:ab |from |à partir de |desde |vanaf |a partir de |da )?(?:[$€£]\s?\d[\d,.]*(?:,[-–])?|\d[\d,.]*\s?(?:[€$£]|euros?(?![a-zà-ÿ])))`;
/** A price alone on its line, or with its shop ("$449 at Example"). */
export const PRICE_LINE = new RegExp(String.raw`^${PRICE}(?:\s+(?:at|on|from|bei|sur|chez|en|bij|op|su)\s+[\p{L}\d.&'’-]+(?:\s+[\p{L}\d.&'’-]+){0,2})?\*?$`, "iu");
/** A shop's buttons, in the languages of the audits' pages ("Buy now", "View deal", "Zum Angebot", "Voir
 *  l'offre"): see remove-ui-message and product-cards. */
export const SHOP_BUTTON_WORDS = String.raw`buy now|shop now|view deal|see deal|get (?:the )?deal|check (?:the )?price|see (?:the )?price|jetzt kaufen|zum angebot|voir l['’]offre|acheter maintenant|comprar ahora|ver oferta`;
