import { lineMatchRule } from "./define";
import { META_LINE_START } from "../date-words";

/** Affiliate and sponsorship disclosures ("If you buy something through this post, we may get a share of
 *  the sale", "… may earn an affiliate commission", "X participates in various affiliate marketing
 *  programs, which means we may get paid commissions …", "Dieser Artikel enthält Affiliate-Links", "Wir
 *  finanzieren uns über Affiliate-Links. … erhalten wir eine Provision", "Este artículo contiene enlaces
 *  de afiliado", "… ricevo una piccola commissione", "… ontvangen wij een kleine commissie", "Deze
 *  review bevat affiliate links", "Le site peut percevoir une rémunération sur les achats …", "My
 *  tickets were provided by X. All opinions are my own."): the site's standing notice about its income,
 *  printed on every shopping, review or travel page, never part of the story. Said as the site says it:
 *  a modal with earning a commission or a share, links said to be affiliate links, or opinions said to
 *  be the writer's own despite a sponsor. */
const DISCLOSURE =
  /\b(?:may|might|can|could|will)\s+(?:earn|receive|get|make)\s+(?:a\s+|an\s+)?(?:small\s+|paid\s+)?(?:share of (?:the )?sales?|(?:affiliate\s+)?commissions?)\b|\bparticipates? in (?:various |several |an? )?(?:[\w-]+ ){0,3}?affiliate (?:marketing |advertising )?programs?\b|\b(?:may|might|can|could)\s+(?:earn|receive|get)\s+compensation\b[^.!?]{0,40}\blinks?\b|\bif you (?:buy|purchase|click)\b[^.!?]{0,60}\b(?:through|via)\b[^.!?]{0,40}\b(?:links?|posts?|site|page)\b|\b(?:contains?|includes?|enthält|enthalten|befinden sich|bevat|bevatten|contient|contiennent)\b[^.!?]{0,40}\baffiliate(?:[- ]links?\b|\b[^.!?]{0,30}\blinks\b)|\bliens? (?:affiliés|d['’]affiliation)\b|\b(?:peut|peuvent|pourr(?:a|ait|ions)|pouvons)\s+(?:percevoir|recevoir|toucher)\s+une\s+(?:petite\s+)?(?:commission|rémunération)\b[^.!?]{0,60}\b(?:liens?|achats?|achetez)\b|\baffiliate-links?\b[^!?]{0,160}\b(?:provision|vergütung)\b|\b(?:erhalten|bekommen)\s+(?:wir|die redaktion|der verlag)\b[^.!?]{0,40}\bprovision\b|\bprovision\b[^.!?]{0,80}\b(?:über (?:unsere|die|diese) links|links? (?:ein)?kaufen|gekennzeichneten links)\b|\bsind affiliate-links\b|\b(?:contiene|contienen|incluye|contém|inclui|bevat)\b[^.!?]{0,40}\b(?:enlaces?|links?)\b[^.!?]{0,20}\b(?:de )?(?:afiliad[oa]s?|affiliat\w*|affiliazione)\b|\b(?:recib(?:o|imos)|receb(?:o|emos)|ricev(?:o|iamo)|ontvang(?:en)?)\b[^.!?]{0,30}\b(?:comisión|comissão|commissione|commissie|provisie|vergoeding)\b|\bamazon[- ]?(?:associates?|partner|affiliat[eo]|afiliad[oa]|associad[oa])\b|\b(?:associates?|partner|partenaire|affiliat[eo]|afiliad[oa]|associad[oa]) (?:de |da |d['’])?amazon\b/i;
/** A notice is a sentence or two; a longer paragraph that mentions commissions is reporting. The
 *  shortest wording ("may earn a commission") keeps menu entries and labels from being tested at all. */
const NOTICE_MAX_CHARS = 300;
const NOTICE_MIN_CHARS = "may earn commission".length;

/** Letters every disclosure above has, in any case, as one cheap test before the full expression
 *  ("commis", "affili", "share of", "if you", "pensa"; "comis", "afilia", "provis", "mazon", "percev"). Classes,
 *  not the i flag, and each part opening on a letter that few positions hold, so the engine skips
 *  ahead: a third faster than the words whole. */
const HINT = /[Mm][Mm][Ii][Ss]|[Ff][Ff][Ii][Ll]|[Yy][Oo][Uu] |[Aa][Rr][Ee] [Oo][Ff]|[Pp][Ee][Nn][Ss][Aa]|[Cc][Oo][Mm][Ii][Ss]|[Ff][Ii][Ll][Ii][Aa]|[Pp][Rr][Oo][Vv][Ii][Ss]|[Mm][Aa][Zz][Oo][Nn]|[Pp][Ee][Rr][Cc][Ee][Vv]/;

/** A sponsor's notice: the writer's opinions said to be their own, or the post said to be sponsored
 *  or to hold advertising ("Dieser Beitrag enthält Werbung durch Markennennung", the German bloggers'
 *  required label).
 *  Apart from the disclosure expression, behind plain searches for its words, so that the lines the
 *  hint above lets through (every "you ") are not read for it. */
const SPONSORED = /\b(?:all )?(?:opinions|views|thoughts) (?:expressed )?are (?:entirely )?(?:my|our) own\b|\b(?:post|article|review) (?:is|was) sponsored by\b|\b(?:beitrag|artikel|post|video) (?:enthält|beinhaltet) (?:unbezahlte |unbeauftragte )?werbung\b/i;
const SPONSOR_HINT = / own|ponsored|erbung/;


/** "If you buy through them, Example gets a small commission": the site named as the one who earns, on a
 *  line that speaks of its affiliate links (a broker who "gets a commission" in a story is no notice). */
const GETS_COMMISSION = /\b(?:gets?|earns?|receives?)\s+(?:a\s+)?(?:small\s+)?commission\b/i;
const OF_LINKS = /\b(?:affiliate|links?)\b/i;

/** A shop box's note on its price, perhaps with the time the price was read ("Preis kann jetzt höher sein.
 *  Stand: 03.03.2025, 08:12 Uhr", "Letzte Aktualisierung am 3.03.2025", "Prices may have changed since
 *  publication"): the widget's, and its stamp is no date of the article's. */
const PRICE_NOTE = /^\*?\s*(?:(?:der )?preis kann (?:jetzt |inzwischen )?höher sein|preise? (?:inkl\.|inklusive) (?:mwst|ust)\b|(?:letzte )?aktualisierung am \d|prices? (?:may|might|can|could) (?:have changed|change|vary|be higher)|(?:le )?prix (?:peut|peuvent|pourrait) (?:avoir changé|varier|être plus élevé)|(?:el )?precio puede (?:variar|haber cambiado|ser más alto))[^\n]{0,120}$/i;
const PRICE_NOTE_MAX_CHARS = 160;
/** The footnote a shop box's starred links point to, alone on its line ("*Affiliate-Link", "* Partnerlink"). */
const AFFILIATE_MARK = /^\*\s?(?:affiliate[- ]?links?|partner[- ]?links?|werbelinks?|liens? affiliés?|enlaces? de afiliados?)$/i;
export const removeAffiliateNotice = lineMatchRule("remove-affiliate-notice", "affiliate disclosure", (t) => (t.charCodeAt(0) === 42 && AFFILIATE_MARK.test(t)) || (t.length >= NOTICE_MIN_CHARS && t.length <= NOTICE_MAX_CHARS && !META_LINE_START.test(t) && ((HINT.test(t) && (DISCLOSURE.test(t) || (GETS_COMMISSION.test(t) && OF_LINKS.test(t)))) || (SPONSOR_HINT.test(t) && SPONSORED.test(t)))) || (t.length <= PRICE_NOTE_MAX_CHARS && PRICE_NOTE.test(t)));
