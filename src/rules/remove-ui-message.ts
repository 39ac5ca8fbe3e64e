import { isCodeBoxLabel } from "../structure/find-code";
import type { LineMark, LineRule, SourceLine } from "../model";
import { isProse, wordCount } from "../text";
import { PRICE, SHOP_BUTTON_WORDS } from "../price";
import { isCardButton } from "../product-cards";
import { isViewOn } from "./remove-social-embed";
import { EDIT_MARKER, isHistoryTab, WIKI_TAGLINE, WIKI_TAGLINE_MAX_CHARS, wikiTabs } from "../structure/wiki-furniture";

/** Status messages of the page's scripts, frozen into the dump ("Loading…", "Wird geladen …", "Getting
 *  your Trinity Audio player ready...", "Something went wrong with
 *  the connection!", "Please enable JavaScript", "Your browser does not support the video tag"), the
 *  site's note on browsers ("This site is best viewed with <browser> or higher"), and the buttons of
 *  galleries, video players ("Video Loading", "Tap to play", "The video will auto-play soon", "Play
 *  now"), pagers ("Page 2 of 3", "Seite 1/2", "Next page: <its title>"), comments, ads and embedded
 *  posts, alone on their line ("Fullscreen", "Next", "Reply", "Report", "Report this ad", "View gallery" and its
 *  "+5"), a gallery's counter ("1 of 5", "Bild 2 von 12", "2 / 12" with its spaces; not "4/5", which
 *  may be a rating), a shop's buttons ("Buy now", "Check price at Example", "Voir l'offre", "$449 at
 *  Example", "Buy at Example $279", "Zum Angebot bei Example*"), a chart tool's ("Created with Datawrapper", "Get the data"),
 *  a wire story's rule of underscores, bookmark and gift buttons ("Save", "Save this story", "Story Saved", "Lire plus
 *  tard", "Merken", "Offrir l'article"), a form's "Submit", an author card's "See full bio" and a premium story's badge ("Premium", "Plus-Artikel", "Abonnés", "Subscriber exclusive"), the ad slot's "Advertise with …", an editor's initials closing the story ("/jpv"),
 *  a forum post's "Last edited by …" note, and the links for keyboards and screen readers that skip
 *  the menu ("Skip to content", "Zum Inhalt", SKIP_LINK below), a player's or a podcast page's notes
 *  ("Audio playback is not supported on your browser", "This transcript was generated automatically and
 *  may contain errors.") and its transcript's toggle ("Hide transcript", "Transkript anzeigen"), a
 *  documentation site's "Edit this page" and "Edit on GitHub", Medium's "Top highlight", "Follow"
 *  button and the dots between its byline's parts, one a line ("·"). */
const UI = new RegExp(String.raw`^(?:loading(?:\.{3}|…)?|edit this page|edit (?:this page )?on github|suggest an edit|improve this page|(?:wird geladen|chargement(?: en cours)?|cargando|caricamento(?: in corso)?)\s?(?:\.{3}|…)?|getting your [a-z\d ]{1,30} player ready(?:\.{3}|…)?|(?:video|audio)[- ]?player wird geladen(?:\.{3}|…)?|(?:abspielen|wiedergeben|play|lire)\.?\s+(?:laufzeit|duration|durée)\s+\d[^.!?]{0,40}\.?|click to resize text|video (?:loading|unavailable)|(?:click|tap) to (?:play|unmute)|play now|cancel|the video will (?:auto-?play|start|begin)(?: soon| in \d{1,2}(?: seconds)?)?\.?|audio playback is not supported on your browser\.?(?: please upgrade\.?)?|top highlight|(?:show|hide|view|read)(?: the| full)? transcript|(?:transkript|abschrift) (?:anzeigen|ausblenden|einblenden)|(?:afficher|masquer|voir) la transcription|follow|suivre|seguir|segui|[·•|–—-]{1,2}|[+−]|(?:this (?:transcript|is a (?:computer|machine)-generated transcript)|transcripts? (?:is|are)) (?:was )?(?:generated automatically|automatically generated|machine-generated)?[^.]{0,40}\bmay contain errors\b.{0,160}|fullscreen|full screen|vollbild|(?:voir |afficher )?en plein écran|plein écran|click to enlarge|enlarge (?:image|photo|picture)|zum vergrößern klicken|(?:bild|foto) (?:vergrößern|anzeigen)|cliquez pour agrandir|agrandir (?:l['’]image|la photo)|ampliar (?:imagen|foto)|ingrandisci(?: l['’]immagine| la foto)?|(?:(?:photo|image|picture|slide|bild|foto|diapositive|page|seite|página|pagina|strona)\s+)?\d{1,3}\s+(?:of|von|sur|de|di|van|z)\s+\d{1,3}|\d{1,3} \/ \d{1,3}|(?:page|seite|página|pagina|strona)\s+\d{1,3}\s?\/\s?\d{1,3}|next|previous|reply|report|key event|report (?:this )?ad|(?:view|open|see) (?:the )?(?:gallery|all (?:\d{1,3} )?(?:photos|pictures|images))|(?:next|previous|prev) (?:image|photo|picture|slide)|(?:image|photo|diapositive) (?:suivante|précédente)|(?:nächstes|vorheriges) (?:bild|foto)|\+\d{1,3}|antworten|répondre|responder|rispondi|reageer|reageren|kommentieren|commenter|réagir(?:\s*\(?\d{1,5}\)?)?|comentar|commenta|(?:next|previous) (?:page|article|post|story)(?:\s*[:»›]\s*[^.!]{1,100}\??)?|(?:nächste|vorherige) seite|page (?:suivante|précédente)|página (?:siguiente|anterior)|plein écran|pantalla completa|schermo intero|tela cheia|volledig scherm|please wait(?:\.{3}|…)?|something went wrong\b.*|an error (?:has )?occurred\b.*|(?:please |you (?:need|have) to |you must )?(?:enable|turn on) javascript\b.*|javascript is (?:disabled|required)\b.*|this (?:video|content|feature) (?:is not available|requires javascript)\b.*|your browser does not support\b.*|(?:please )?try again(?: later)?\.?|refresh the page\.?|no results found\.?|click to (?:expand|shrink)(?:\.{3}|…)?|(?:${SHOP_BUTTON_WORDS}|see it|${PRICE})(?: (?:at|on|from|bei|sur|chez|en) [\w.&'’-]+(?: [\w.&'’-]+){0,2})?\*?|jetzt (?:bei|auf|in der|im) [\w.&'’-]+(?: [\w.&'’-]+){0,2} (?:ansehen|anschauen|streamen|kaufen|bestellen|entdecken)\*?|watch (?:it |now )?on (?!youtube|vimeo|facebook|instagram|tiktok|twitter)[\w&.'’+-]+(?: [\w&.'’+-]+){0,2}|(?:(?:print|pin|save|rate|jump to|skip to|go to)(?: the| this)? recipe\s*)+|(?:imprimer|épingler|enregistrer|noter|aller à) (?:la )?recette|rezept (?:drucken|merken|pinnen|speichern|bewerten)|zum rezept(?: springen)?|(?:jump|skip) to (?:video|comments)|\d(?:[.,]\d{1,2})?\s+(?:from|de|von|aus|sur)\s+\d[\d,.]*\s+(?:votes?|ratings?|reviews?|avis|bewertungen|stimmen)|(?:[½¼]x\s*)?1x\s*2x\s*3x|[½¼1-4]x|shop (?:this|the) (?:story|look|post|article)|(?:view|see|compare|check) (?:all )?prices|thanks? (?:you )?for your feedback!?|merci pour votre (?:avis|retour)\s?!?|danke für (?:ihr|dein) feedback!?|buy (?:it |now )?(?:at|from|on) [\w.&'’-]+(?: [\w.&'’-]+){0,2}?(?: (?:for )?(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?[€$£]))?|\/\*\s*(?:<!\[CDATA\[|\]\]>)\s*\*\/|created with (?:datawrapper|flourish|infogram)|made with flourish|get the data|download (?:the )?(?:csv|data|image|png|xlsx)|_{3,}|bookmark|save|saved|story saved|save (?:for later|article|story)|save this (?:article|story)|(?:log in|sign in)(?:, register)? or (?:subscribe|register|sign up) to save (?:articles|stories)(?: for later)?\.?|submit|(?:see|view|read) (?:the )?(?:full |author['’]s )?(?:bio|profile)|read later|lire plus tard|vos articles à lire plus tard|lire (?:l['’]article )?plus tard|offrir(?: l['’]article| cet article)?|gift (?:this )?(?:article|story)|share (?:this )?gift|(?:artikel )?merken|leer (?:más )?tarde|guardar(?: artículo)?|salvar|leggi (?:più tardi|dopo)|later lezen|bewaren|premium|plus-artikel|abonnés|exclusivo (?:para )?suscriptores|abbonati|exclusief voor abonnees|subscribers? only|subscriber exclusive|advertise with (?:us|[\w&.'’ -]{2,40})\.?|\/[a-z]{2,4}|last edited by \S+(?: on|;)? [^.!?]{0,60}\.?)$|^(?:this (?:site|website|page) is )?best viewed (?:with|in|using)\b`, "i");

/** The skip link in the languages of the content systems' own translations ("Salta al contenuto", "Ga
 *  naar hoofdinhoud", "Przejdź do treści", "Ugrás a tartalomra", "İçeriğe geç", "Перейти к содержимому"):
 *  left in, it stood over the headline as the article's section, and the title was taken from the site's
 *  name. Turkish's dotted capital İ is not an I to the case-blind match, so it is spelled out. */
export const SKIP_LINK = /^(?:(?:skip|jump) to (?:the )?(?:main )?(?:content|article|navigation|menu|search|footer)|(?:direkt )?zum (?:haupt)?inhalt(?: springen)?|(?:aller|passer) au contenu(?: principal)?|(?:saltar|ir) al contenido(?: principal)?|(?:vai|salta|passa) al contenuto(?: principale)?|(?:pular|ir|saltar|avançar) para o conteúdo(?: principal)?|(?:(?:ga|spring) )?naar (?:de )?(?:hoofd)?inhoud(?: springen| gaan)?|przejdź do (?:głównej )?(?:treści|zawartości)|přejít (?:k|na) (?:hlavnímu )?obsah(?:u)?|preskočiť na (?:hlavný )?obsah|ugrás a (?:fő)?tartalomra|siirry (?:suoraan )?(?:pää)?sisältöön|hoppa (?:direkt )?till (?:huvud)?innehåll(?:et)?|(?:gå|spring|hop|hopp) til (?:hoved)?in[dn]hold(?:et)?|(?:salta|vés|saltar) al contingut(?: principal)?|sari la con[țţt]inut(?:ul principal)?|(?:preskoči|idi|prijeđi|pređi) na (?:glavni )?sadržaj|пређи на садржај|preskoči na vsebino|(?:praleisti ir )?pereiti prie turinio|pāriet uz (?:galveno )?saturu|(?:ana )?[iİ]çeriğe (?:geç|atla)|перейти (?:к|до) (?:основному )?(?:содержимому|содержанию|контенту|вмісту|змісту)|към съдържанието|μετάβαση στο (?:κύριο )?περιεχόμενο)$/iu;
/** Longer than any skip link above (the longest, "skip to the main navigation", is under 30 characters,
 *  the Russian one under 40): longer lines are not tested. */
export const SKIP_LINK_MAX_CHARS = 48;

/** A live blog's or feed's own buttons and badges ("Show more", "Load older posts", "Show 8 more posts",
 *  "Pinned post from …", "Voir plus", "Épinglé", "Weitere Beiträge laden", "Weiterlesen nach der
 *  Anzeige", "Continuer la lecture", "Ajouter à mes favoris", "Ajouter à vos sélections", "Liveticker aktualisieren", "Neueste zuerst"): an audit's live pages kept them between
 *  the entries, where no rule looked. A search field's placeholder ("Suche nach Rezepten, Zutaten,
 *  Kategorien…", "Search articles...") too: it was a recipe page's title. */
const FEED_BUTTON = /^(?:(?:search|suche|suchen|rechercher|recherchez|buscar|busca|cerca|zoeken|szukaj)\b[^.!?]{0,50}(?:…|\.{3})|show (?:\d{1,3} )?more(?: (?:posts|updates|entries))?|(?:load|show|see|view) (?:\d{1,3} )?(?:more|older|newer|earlier|previous|new) (?:posts|updates|entries)|load more|pinned(?: post)?(?: from [^.!?]{2,40})?|(?:voir|afficher|lire) (?:la )?suite|(?:voir|afficher|charger) plus(?: de (?:messages|publications|posts|contenus))?|épinglé|épingler(?: (?:la |cette )?recette)?|copy code|copy to clipboard|(?:code )?kopieren|copier le code|copiar (?:el )?código|copia (?:il )?codice|code kopiëren|continuer (?:la|ma) lecture|ajouter (?:à|aux) (?:mes |vos )?(?:favoris|sélections)|mehr (?:anzeigen|laden)|(?:weitere|ältere|neuere) (?:beiträge|einträge|meldungen|posts) (?:laden|anzeigen)|weiterlesen nach der anzeige|angeheftet|(?:liveticker |ticker |liveblog |seite |page |feed )?(?:aktualisieren|actualiser|rafraîchir|refresh)|(?:afficher|voir|charger) (?:les |plus de )?(?:\d{1,3} )?(?:messages|publications|posts)(?: (?:précédents|suivants|plus anciens|plus récents))?|alle (?:ticker-)?(?:einträge|beiträge|meldungen) (?:anzeigen|laden)|(?:neueste|älteste|newest|oldest|latest)(?: (?:einträge|beiträge|posts|entries))? (?:zuerst|first)|ver más|mostrar más|cargar más|mostra (?:di )?più|carica altri|meer (?:laden|tonen)|permalink|lien permanent|open in app|in app öffnen|ouvrir dans l['’]application|show (?:the )?full (?:article|story|text)|(?:ganzen |vollständigen )?(?:artikel|beitrag) (?:vollständig |ganz )?(?:anzeigen|lesen)|afficher l['’]article (?:complet|en entier))$/i;
/** A shop's, booking site's or streaming service's button named after it ("Buy: Bandcamp", "Book now on
 *  OpenTable", "Bei Thalia kaufen*", "Auf Spotify anhören", "Listen on Apple Music", "View at Harbour Shop", "Voir chez Fnac",
 *  "Bekijk bij Coolblue", "Comprar en PcExpress", "Acquista su Example",
 *  "Tickets kaufen"): reviews print one under each verdict, and left in, each became a heading. At most
 *  three words of name, as the shop buttons above. A platform's link under a post it embeds ("Auf X
 *  ansehen", "Voir sur X") is left to remove-social-embed, which takes the post's name and handle with it. */
const STORE_BUTTON = /^(?:buy: [\p{L}\d.&'’-]+(?: [\p{L}\d.&'’-]+){0,2}|book (?:now |a table |online )?(?:on|at|via|with) [\p{L}\d.&'’-]+(?: [\p{L}\d.&'’-]+){0,2}|(?:jetzt )?(?:bei|auf) [\p{L}\d.&'’+-]+(?: [\p{L}\d.&'’+-]+){0,2} (?:ansehen|kaufen|bestellen|entdecken|anhören|streamen|buchen|reservieren)|(?:listen|stream(?: it)?|watch it|buy it|order it|view)(?: now)? (?:on|at|from) [\p{L}\d.&'’+-]+(?: [\p{L}\d.&'’+-]+){0,2}|(?:voir|acheter|commander|écouter|réserver) (?:sur|chez) [\p{L}\d.&'’+-]+(?: [\p{L}\d.&'’+-]+){0,2}|(?:bekijk|bestel|koop) (?:bij|op) [\p{L}\d.&'’+-]+(?: [\p{L}\d.&'’+-]+){0,2}|(?:ver|comprar|compra|vedi|acquista) (?:en|su|in) [\p{L}\d.&'’+-]+(?: [\p{L}\d.&'’+-]+){0,2}|(?:tickets|karten) (?:kaufen|sichern|bestellen)|(?:get|buy|book) tickets)\*?$/iu;
/** Longer than any button above. */
const BUTTON_MAX_CHARS = 60;

const REASON = "status message, button or skip link of the page";
/** A video player's dialog text (Video.js's "This is a modal window.", "Beginning of dialog window. Escape
 *  will cancel and close the window.", "End of dialog window.") and a site's notification widgets: a
 *  push prompt ("… Enable push notifications on your device. Disable anytime."), a follow box's
 *  messages ("Get email notifications on <writer> daily!", "Your notification has been saved.", "There
 *  was a problem saving your notification.", "Whenever <writer> posts new content, you'll get an email
 *  …", "Email notifications are only sent once a day …", "Followed notifications", "Please log in to use
 *  this feature"). An article's "Users can turn on notifications in the settings" asks no one. */
const PLAYER_DIALOG = /^(?:this is a modal window|beginning of dialog window\.(?: escape will cancel and close the window)?|end of dialog window|escape will cancel and close the window)\.?$/i;
const NOTIFICATION = /(?:^|[.!]\s+)(?:enable|turn on|allow) (?:push |browser |email )?notifications\b|^get (?:email |push )?notifications (?:on|for|about)\b|\bnotifications? (?:has|have) been saved\b|\bproblem saving your notification|^email notifications are only sent\b|^followed notifications$|^whenever .{1,60} posts new content\b|^please (?:log|sign) in to use this feature\.?$/i;
const NOTIFICATION_MAX_CHARS = 200;
const HINT_NOTIFY = /otificat|ialog window|modal window|this feature|new content/i;
const isWidgetMessage = (t: string): boolean => t.length <= NOTIFICATION_MAX_CHARS && HINT_NOTIFY.test(t) && (PLAYER_DIALOG.test(t) || NOTIFICATION.test(t));
/** An archive's notice over an old story: "Prenez note que cet article publié en 2025 pourrait contenir des
 *  informations qui ne sont plus à jour.", "Please note: this article was published more than a year ago
 *  and may be out of date.", "This article is more than 2 years old". */
const ARCHIVE_NOTICE = /^(?:(?:prenez note|veuillez noter|notez|please note|note)(?: que| that)?\s*:?\s+(?:cet article|cette nouvelle|ce texte|this (?:article|story))\b[^\n]{0,120}\b(?:plus à jour|périmées?|out of date|outdated|no longer (?:be )?(?:accurate|current|up to date))\b[^\n]{0,40}|this (?:article|story) is (?:more|over) than (?:a|one|\d+) years? old\.?)$/i;
const ARCHIVE_NOTICE_MAX_CHARS = 250;
/** A paginated article's pointer to its other pages, perhaps with what the next one holds ("Lesen Sie
 *  auf Seite 2: Was die Fischer fordern …", "On the next page: …", "(Suite de la page 1)", "Lire la
 *  suite page 3", "Continued on page 4"): the page's, not the text's. */
const PAGE_POINTER = /^\(?(?:(?:lesen sie )?(?:auf|ab) (?:seite \d{1,2}|der (?:nächsten|folgenden) seite)|(?:read )?on (?:the )?(?:next|following) page|(?:continued|continues|story continues) (?:on|from) (?:page \d{1,2}|the next page)|(?:lire la )?suite (?:de la page \d{1,2}|(?:en |à la )?page (?:\d{1,2}|suivante))|sur la page suivante|en la (?:página )?siguiente(?: página)?|nella (?:pagina )?successiva)\b(?:\s*[:：]\s*[^\n]{1,150}|\)|\s*\.{3}|…)?$/i;
const PAGE_POINTER_MAX_CHARS = 200;
/** A recipe card's or a review's rating widget: its stars and the average over the count of votes ("★★★★★
 *  4.8 from 23 votes", "4,6 von 5 (128 Bewertungen)", "★★★★☆ 4.2 de 57 avis"). */
const RATING_WIDGET = /^[★☆✩✭⭐]{0,5}\s*\d(?:[.,]\d{1,2})?\s*(?:(?:\/|von|de|of|out of|su|sur|uit)\s*5\s*)?\(?(?:(?:from|de|aus|von|sur|su|sobre|uit|van|with)\s+)?\d[\d.,]*\s+(?:votes?|ratings?|reviews?|bewertungen|stimmen|avis|votos|voti|valutazioni|valoraciones|stemmen|beoordelingen|notes)\)?$/i;
/** A button to download the page itself as a file, its size beside it ("Descargar en PDF (312 KB)",
 *  "Download as PDF (1.2 MB)", "Als PDF herunterladen (240 KB)"): a press room's, not the text's. A
 *  document the text names ("Download the annual report (PDF, 3.4 MB)") stays (see heading-shape). */
const DOWNLOAD_PAGE = /^(?:(?:download|descargar|télécharger|scarica|baixar|downloaden)(?: (?:as|en|au format|in formato|em|als))? (?:pdf|word|epub)|(?:als )?pdf (?:herunterladen|downloaden))\s*\(\s*[\d.,]+\s*[KMG]i?B\)$/i;
const DOWNLOAD_PAGE_MAX_CHARS = 60;
/** A sum and where it came from, in lowercase ("$410,000 from insurance", a list's item under "raised
 *  from a mix of sources:"), is the text's: a shop's button names the shop ("$449 at Harbour Audio"). */
const SUM_FROM_WHAT = new RegExp(String.raw`^${PRICE}\s+\p{Ll}{2,4}\s+\p{Ll}`, "u");
const isUiMessage = (t: string): boolean => (UI.test(t) && !SUM_FROM_WHAT.test(t)) || (t.length <= DOWNLOAD_PAGE_MAX_CHARS && DOWNLOAD_PAGE.test(t)) || isWidgetMessage(t) || (t.length <= BUTTON_MAX_CHARS && RATING_WIDGET.test(t)) || (t.length <= BUTTON_MAX_CHARS && PAGER.test(t)) || (t.length <= PAGE_POINTER_MAX_CHARS && PAGE_POINTER.test(t)) || (t.startsWith("[") && EDIT_MARKER.test(t)) || (t.length <= ARCHIVE_NOTICE_MAX_CHARS && ARCHIVE_NOTICE.test(t)) || (t.length <= SKIP_LINK_MAX_CHARS && SKIP_LINK.test(t)) || (t.length <= BUTTON_MAX_CHARS && (FEED_BUTTON.test(t) || (STORE_BUTTON.test(t) && !isViewOn(t))));
/** A pager's arrows ("« Previous page", "Next ›", "Nächste Seite »") and the pages' numbers beside them,
 *  one per line ("1" / "2" / "3"): a run counting up from 1 or on from the page before. */
const PAGER = /^(?:[«‹<]\s*)?(?:previous|prev|next|vorherige|nächste|zurück|weiter|précédente?|suivante?|anterior|siguiente|precedente|successiva|vorige|volgende)(?: page| seite| pagina| página)?(?:\s*[»›>])?$/i;
/** A blog's links to the posts before and after, their titles behind the arrows, one over the other ("«
 *  Broad beans in the cold frame" / "Frost damage and what it taught me »"): an arrow on one side only,
 *  so that a French quotation in guillemets is none, and no sentence's stop or label's colon. One alone
 *  is as often a link in the text ("… offizielle Beschreibung »"). */
const PREVIOUS_POST = /^[«‹←]\s+[^«»‹›.!?:]{3,100}$/;
const NEXT_POST = /^[^«»‹›:]{2,100}[^.!?,;:\s]\s+[»›→]$/;
const POST_LINK_MAX_CHARS = 110;
const isPostLinks = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && a.length <= POST_LINK_MAX_CHARS && b.length <= POST_LINK_MAX_CHARS && PREVIOUS_POST.test(a) && NEXT_POST.test(b);
const PAGE_NUMBER = /^\d{1,3}$/;
const PAGE_NUMBER_MAX_CHARS = 3;
const MIN_PAGE_NUMBERS = 2;
/** The indexes of runs of page numbers next to a pager's arrow or its "Page 3 of 3". */
function pageNumbers(lines: readonly SourceLine[], isPager: (k: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j]!.text.length <= PAGE_NUMBER_MAX_CHARS && PAGE_NUMBER.test(lines[j]!.text) && (j === i || Number(lines[j]!.text) === Number(lines[j - 1]!.text) + 1)) j++;
    if (j - i >= MIN_PAGE_NUMBERS && (isPager(i - 1) || isPager(j))) for (let k = i; k < j; k++) out.push(k);
    i = Math.max(j, i + 1);
  }
  return out;
}
/** A deals post's product card keeps its price: the offer is what the post reports (see product-cards). */
const isOfferPrice = (l: SourceLine): boolean => l.card === "price";
/** A player's countdown to the next clip ("The video will auto-play soon" / "8" / "Cancel"): a number
 *  alone is a message only between two of them. */
const COUNTDOWN = /^\d{1,2}$/;

export const removeUiMessage: LineRule = {
  id: "remove-ui-message",
  apply(lines: readonly SourceLine[]): LineMark[] {
    const marks: LineMark[] = [];
    const tabs = new Set(lines.some((l) => isHistoryTab(l.text)) ? wikiTabs(lines.map((l) => l.text)) : []);
    // The last line of a price box marked so far: its lines are not read again.
    let boxEnd = -1;
    lines.forEach((l, index) => {
      if (index <= boxEnd) return;
      if (tabs.has(index)) marks.push({ index, reason: "a wiki's tabs under the page's name" });
      else if (l.text.length <= WIKI_TAGLINE_MAX_CHARS && WIKI_TAGLINE.test(l.text)) marks.push({ index, reason: "a wiki's tagline, on every page of the site" });
      else if (isPostLinks(l.text, lines[index + 1]?.text) || isPostLinks(lines[index - 1]?.text, l.text)) marks.push({ index, reason: "links to the blog's posts before and after" });
      else if (isPriceBoxTitle(l.text) && priceBoxEnd(lines, index) > index) {
        boxEnd = priceBoxEnd(lines, index);
        for (let k = index; k <= boxEnd; k++) marks.push({ index: k, reason: "a price box: its title, shops, prices and buttons" });
      }
      else if (isCodeBoxLabel(lines, index)) marks.push({ index, reason: "a code box's language label beside its copy button" });
      else if ((isUiMessage(l.text) && !isOfferPrice(l)) || isCardButton(l) || (COUNTDOWN.test(l.text) && isUiMessage(lines[index - 1]?.text ?? "") && isUiMessage(lines[index + 1]?.text ?? ""))) marks.push({ index, reason: REASON });
    });
    const removed = new Set(marks.map((m) => m.index));
    for (const index of pageNumbers(lines, (k) => removed.has(k))) if (!removed.has(index)) marks.push({ index, reason: "a pager's page numbers" });
    // A product card is the text's furniture: the text runs on across it (see LineMark.inText).
    for (const index of productNames(lines, removed)) {
      marks.push({ index, reason: "a product card's name over its price", inText: true });
      for (let k = index + 1; k <= index + 2 && removed.has(k); k++) marks.push({ index: k, reason: REASON, inText: true });
    }
    marks.sort((a, b) => a.index - b.index);
    return marks;
  },
};

/** A shop's price button: "£14.00 at Cookshop Direct", "249 € bei Example". */
const PRICE_AT = new RegExp(String.raw`^${PRICE}\s+(?:at|bei|chez|en|su|bij|från|hos)\s+\S`, "i");
const PRICE_ALONE = new RegExp(`^${PRICE}$`, "i");
/** A shop's button: its price at the shop, its verb at the shop ("View at Harbour Shop"), or a shop
 *  button's words ("Zum Angebot*", "View deal"). */
const SHOP_BUTTON = new RegExp(String.raw`^(?:(?:view|buy|shop|check|see|get)(?: it| now| deal)? (?:at|on|from) \S.{0,40}|(?:${SHOP_BUTTON_WORDS})\*?)$`, "i");
const isShopButton = (t: string): boolean => PRICE_AT.test(t) || SHOP_BUTTON.test(t);

/** A price box's title over its shops' buttons: "Today's best Harbour X2 deals", "Where to buy",
 *  "Compare prices", "Preisvergleich", "Harbour X2 au meilleur prix". */
const PRICE_BOX_TITLE = /^(?:(?:today['’]s|the) best .{1,60} (?:deals|prices|offers)|(?:where to buy|compare prices|best prices|price comparison|preisvergleich|wo kaufen|où acheter|meilleurs prix|dónde comprar)(?: .{1,40})?|.{1,60} (?:au meilleur prix|zum besten preis|al mejor precio|al miglior prezzo|at the best price))$/i;
const PRICE_BOX_TITLE_MAX_CHARS = 90;
const isPriceBoxTitle = (t: string): boolean => t.length <= PRICE_BOX_TITLE_MAX_CHARS && PRICE_BOX_TITLE.test(t);
/** A shop's name over its price or button in the box ("Amazon" / "549,00 €" / "Zum Angebot"). */
const SHOP_NAME_MAX_WORDS = 3;
const isPriced = (t: string | undefined): boolean => !!t && (PRICE_ALONE.test(t) || isShopButton(t));
const isShopName = (t: string, next: string | undefined): boolean => !/[.!?:]$/.test(t) && wordCount(t, SHOP_NAME_MAX_WORDS + 1) <= SHOP_NAME_MAX_WORDS && isPriced(next);
/** The box as a table, a shop a row: "Boutique Alpha⇥399 €⇥Voir l'offre". */
const isShopRow = (t: string): boolean => t.includes("\t") && t.split("\t").some((c) => isShopButton(c.trim()));
/** The box's last line under its title: shops' names, prices and buttons, one a line, a button at
 *  least; the title's own index when none follows. */
function priceBoxEnd(lines: readonly SourceLine[], title: number): number {
  let end = title;
  let buttons = 0;
  for (let k = title + 1; k < lines.length; k++) {
    const t = lines[k]!.text;
    if (isShopButton(t) || isShopRow(t)) buttons++;
    else if (!PRICE_ALONE.test(t) && !isShopName(t, lines[k + 1]?.text)) break;
    end = k;
  }
  if (buttons === 0) return title;
  // The comparison widget's own last lines: "Check Shopwell", "We check over 250 million products every
  // day for the best prices", "powered by".
  for (let n = 0; n < WIDGET_FOOTER_LINES && WIDGET_FOOTER.test(lines[end + 1]?.text ?? ""); n++) end++;
  return end;
}
const WIDGET_FOOTER = /^(?:check [\p{L}\d.&'’ -]{1,30}|we check over [\d,. ]+ (?:million |billion )?products (?:every day|daily)\b[^\n]{0,60}|powered by(?: [\p{L}\d.&'’ -]{1,30})?)$/iu;
const WIDGET_FOOTER_LINES = 3;
/** A product card's name is a few words ("Kitchen Pro Slim scale"); a heading of the text is numbered
 *  or ends with a colon, and the text's own sentence ends with a stop. */
const PRODUCT_NAME_MAX_WORDS = 8;
const NUMBERED = /^\d{1,2}[.)]\s/;
/** The names over the price buttons removed above, between two paragraphs of the text: a review's
 *  product card ("Kitchen Pro Slim scale" / "£14.00 at Cookshop Direct" / "Buy now"). Left in, each
 *  became a heading, or stood as furniture that ended the text there. */
function productNames(lines: readonly SourceLine[], removed: ReadonlySet<number>): number[] {
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (i < 2 || !removed.has(i) || !PRICE_AT.test(l.text)) return;
    const name = lines[i - 1]!.text;
    if (removed.has(i - 1) || NUMBERED.test(name) || /[.!?:;,]$/.test(name) || wordCount(name, PRODUCT_NAME_MAX_WORDS + 1) > PRODUCT_NAME_MAX_WORDS) return;
    if (isProse(lines[i - 2]!.text)) out.push(i - 1);
  });
  return out;
}
