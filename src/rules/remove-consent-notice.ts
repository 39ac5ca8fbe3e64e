import { lineMatchRule } from "./define";
import { isProse } from "../text";

/** Cookie-consent and ad-blocker banners and their buttons: the site talking about itself, printed
 *  above or below every article. A line is a notice when it speaks of cookies (or an ad blocker)
 *  together with consent, tracking or browsing words, in English or in the languages of the dev pages
 *  (German, French, Spanish, Italian, Portuguese, Dutch). */
const COOKIE = /\b(?:cookies?|ad ?blockers?|adblock)\b/i;
/** Letters every word above has, as a test that is cheaper than the words on lines without them. */
const COOKIE_HINT = /[oO][oO][kK]|[lL][oO][cC][kK]/;
const CONSENT = /\b(?:consent|accept|agree|tracking|privacy|personali[sz](?:e|ed|ing)|browsing|experience|partners|settings|preferences|disable|whitelist|allow|allows|opt[- ]out|GDPR|analy[sz]e (?:our |site |the )?traffic)\b/i;
/** The same in the other languages, as word starts ("akzeptier" for akzeptieren, akzeptiert…). */
const CONSENT_TRANSLATED =
  /(?<![\p{L}])(?:zustimm|stimmst|einverstanden|einverständnis|akzeptier|datenschutz|einstellungen|zulassen|einwilligung|personalisier|surferlebnis|accepte|consentement|paramètres|expérience|confidentialité|acept|consentimiento|configuración|experiencia|privacidad|accett|consenso|impostazioni|esperienza|aceit|consentimento|configurações|experiência|privacidade|toestemming|instellingen|ervaring|nos partenaires|votre accord|finalités|traceurs|nuestros socios|nossos parceiros|technisch notwendig|externe dienste|mesure d['’]audience)/iu;
const BUTTON =
  /^(?:i accept|accept(?: all| cookies| and close)?|i agree|agree|got it|ok(?:ay)?|allow(?: all)?(?: cookies)?|reject(?: all)?|decline|manage (?:cookies|preferences|settings|options)|cookie settings|more options|adblock detected|ad ?blocker detected|(?:alle )?akzeptieren|(?:alle )?ablehnen|(?:tout )?accepter|(?:tout )?refuser|aceptar(?: todo)?|rechazar|accetta(?: tutto)?|rifiuta|aceitar(?: tudo)?|recusar|(?:alles )?accepteren|weigeren|accepter (?:et|&) fermer|continuer sans accepter|accept and continue|continue without accepting|continuar sin aceptar|continua senza accettare|zustimmen|(?:externe )?inhalte? (?:anzeigen|laden)|personnaliser|paramétrer|gérer mes choix|personalizar|personalizza|nur (?:technisch )?(?:notwendige|erforderliche|essenzielle)(?: cookies)?|individuelle datenschutzeinstellungen|(?:cookie-|datenschutz-)?einstellungen (?:anpassen|verwalten)|only (?:necessary|essential|required)(?: cookies)?|necessary (?:cookies )?only)[.!]?[\s|]*$/i;

/** A banner in sentences addresses the reader or speaks for the site ("We use cookies …", "Diese Seite
 *  verwendet …"), or asks for consent ("Wenn Cookies … akzeptiert werden, …"). A paragraph of an
 *  article about browsers speaks of cookies, tracking and privacy in the third person ("… third-party
 *  cookies are now blocked by default for every user"), and stays. */
const ADDRESS = /(?<![\p{L}])(?:we|our|us|you|your|this (?:web)?site|wir|uns|unser\p{L}*|sie|ihre?[nmrs]?|du|dein\p{L}*|diese (?:web)?seite|nous|nos|notre|vous|votre|vos|ce site|utilizamos|usamos|nuestr\p{L}*|usted|este sitio|noi|nostr\p{L}*|utilizziamo|usiamo|questo sito|nós|nosso\p{L}*|você|este site|wij|ons|onze|uw|deze (?:web)?site)(?![\p{L}])/iu;
const ASKS_CONSENT = /(?<![\p{L}])(?:consent|accept|agree|zustimm|einverstanden|einverständnis|akzeptier|einwilligung|accepte|consentement|acept|consentimiento|accett|consenso|aceit|toestemming)/iu;
const isNotice = (t: string): boolean => COOKIE_HINT.test(t) && COOKIE.test(t) && (CONSENT.test(t) || CONSENT_TRANSLATED.test(t)) && (!isProse(t) || ADDRESS.test(t) || ASKS_CONSENT.test(t));
/** The switch in front of an embedded post or video on German and French news pages: its label
 *  ("Externer Inhalt", "Empfohlener externer Inhalt") and the reader's consent to be shown it ("Ich bin
 *  damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an
 *  Drittplattformen übermittelt werden.", "This article contains content provided by Twitter. We ask for your
 *  permission before anything is loaded."): the site speaking, in the first person of a form's checkbox,
 *  of content from elsewhere. */
const EXTERNAL_LABEL = /^(?:(?:empfohlener )?externer? inhalte?|contenus? externes?|external content|contenido externo|contenuto esterno|externe inhoud)$/i;
const EXTERNAL_CONSENT = /^wir benötigen (?:ihre|deine) zustimmung,? um (?:den |die |das |diesen |diese )?[\p{L}-]+(?: [\p{L}-]+){0,2} (?:anzuzeigen|zu laden|darzustellen)|^an dieser stelle finden sie (?:einen |den )?(?:externen )?inhalt (?:von|aus)\s|^(?:ich bin (?:damit )?einverstanden, dass|ich stimme zu, dass|j['’]accepte (?:que|le dépôt|l['’]affichage)|i agree (?:that|to (?:be shown|see|display))|acepto que)\s[^.!?]{0,80}(?:inhalt|contenu|content|contenido|daten|données)|^this (?:article|page|post) contains content provided by [^.!?]{1,40}\. we ask for your permission/iu;
const EXTERNAL_MAX_CHARS = 400;
const isExternalSwitch = (t: string): boolean => t.length <= EXTERNAL_MAX_CHARS && (EXTERNAL_LABEL.test(t) || EXTERNAL_CONSENT.test(t));
export const removeConsentNotice = lineMatchRule("remove-consent-notice", "cookie or ad-blocker notice", (t) => BUTTON.test(t) || isNotice(t) || isExternalSwitch(t));
