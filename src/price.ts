/** A price alone, perhaps after "from" ("$449", "ab 279 €", "Vanaf € 549,-"): a shop's button or a
 *  product card's (see title-neighbours, product-cards). */
export const PRICE = String.raw`(?:ab |from |à partir de |desde |vanaf |a partir de |da )?(?:[$€£]\s?\d[\d,.]*(?:,[-–])?|\d[\d,.]*\s?[€$£])`;
/** A price alone on its line, or with its shop ("$449 at Example"). */
export const PRICE_LINE = new RegExp(String.raw`^${PRICE}(?:\s+(?:at|on|from|bei|sur|chez|en|bij|op|su)\s+[\p{L}\d.&'’-]+(?:\s+[\p{L}\d.&'’-]+){0,2})?\*?$`, "iu");
/** A shop's buttons, in the languages of the audits' pages ("Buy now", "View deal", "Zum Angebot", "Voir
 *  l'offre"): see remove-ui-message and product-cards. */
export const SHOP_BUTTON_WORDS = String.raw`buy now|shop now|view deal|see deal|get (?:the )?deal|check (?:the )?price|see (?:the )?price|jetzt kaufen|zum angebot|voir l['’]offre|acheter maintenant|comprar ahora|ver oferta`;
