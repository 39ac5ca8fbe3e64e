import type { LineMark, LineRule, SourceLine } from "../model";
import { endsLikeSentence, isProse, wordCount } from "../text";

/** Ad slot labels ("Advertisement", "Story continues below advertisement", "Reklama", "Hirdetés", "広告",
 *  "إعلان"): the ad itself is gone from the text dump and only its label is left between paragraphs.
 *  Some sites print a button to close the slot under its label or after it ("Advertisement Hide Ad"),
 *  or number the slots ("Advertisement 2", with "Article content" to mark where the text resumes).
 *  Brazilian sites say where the text resumes ("Continua após a publicidade"), French ones shorten the
 *  label ("Pub"). Portals and syndicated copy say only that the text goes on ("Story continues",
 *  "Story continues below this ad", "Artiklen fortsætter under annoncen"), or that the slot is still empty ("This advertisement has not loaded yet,
 *  but your article continues below"). */
const AD_LABEL =
  /^[-–—(\[]*\s*(advertisement|advertising|advert|ad|ads|sponsored|sponsored content|sponsored ads?|contenu sponsorisé|sponsorisé|gesponsert|contenido patrocinado|patrocinado|contenuto sponsorizzato|sponsorizzato|gesponsord|paid content|promoted|(?:video )?ad feedback|advertorial|anzeige|werbung|reklame|publicité|publicidad|publicidade|pubblicità|advertentie|annonce|anuncio|реклама|reklama|reklam|annons|annonse|mainos|publicitate|publicitat|anunci|hirdetés|oglas|оглас|inzerce|inzercia|reklaam|reklāma|iklan|quảng cáo|διαφήμιση|διαφημιση|إعلان|مساحة إعلانية|تبلیغات|تبليغات|פרסומת|विज्ञापन|广告|廣告|広告|광고|haberin devamı|czytaj dalej|devamını oku|(?:story|article) continues(?: below(?: (?:this |the )?(?:ad|advert|advertisement))?)?|continue reading(?: below| the main story)?|continua (?:após a|depois da) publicidade|pub|weiterlesen|lire la suite|la suite (?:de l['’]article )?après (?:cette|la) (?:publicité|pub)|artiklen fortsætter under annoncen|artikkelen fortsetter under annonsen|artikkelen held fram under annonsen|artikeln fortsätter under annonsen|artikkeli jatkuu mainoksen (?:jälkeen|alla)|artykuł (?:czytaj )?(?:dalej|kontynuowany) pod reklamą|článek pokračuje pod reklamou|статья продолжается (?:ниже|под рекламой)|seguir leyendo|contin[uú]a leyendo|sigue leyendo|leggi tutto|continua a leggere|continuar lendo|continue lendo|continua lendo|lees verder|scroll to continue(?: with content)?|(?:skip|hide) (?:ad|advert(?:isement)?)|article content)(?:\s+\d{1,2})?(?:\s*[·•|]\s*scroll to continue(?: with content)?|\s+hide ad)?\s*[-–—)\]]*[.:]?$/i;

export const isAdLabel = (t: string): boolean => AD_LABEL.test(t);

/** An empty slot's note, kept apart so the label's expression above stays anchored on short lines. */
const AD_NOT_LOADED = /^(?:this |the )?(?:ad|advert|advertisement) (?:has not|hasn['’]t) loaded yet(?:[,;]? but (?:your|the) (?:article|story) continues(?: below)?)?[.!]?$/i;

/** A portal's ad card under its label, in the text: the ad's headline, its advertiser and its button
 *  ("Ad" / "Seniors born 1940–1965 should claim this benefit" / "Benefits Guide" / "Learn More"). The
 *  card ends at the button; lines with no button under them are the text's. Labels that say an ad is
 *  there, not those that say the text goes on. */
const AD_CARD_LABEL = /^(?:ad|ads|advertisement|sponsored(?: content)?|promoted|paid content|anzeige|werbung|publicité|contenu sponsorisé|sponsorisé|gesponsert|publicidad|contenido patrocinado|patrocinado|pubblicità|contenuto sponsorizzato|sponsorizzato|advertentie|gesponsord)$/i;
const AD_BUTTON = /^(?:learn more|shop now|sign up|get (?:the )?(?:offer|quote|deal)|see (?:more|offer|the offer)|click here|install(?: now)?|download(?: now)?|book now|try (?:it )?(?:for )?free|apply now|order now|mehr erfahren|jetzt (?:testen|kaufen|bestellen|entdecken|informieren|ansehen|sichern)|zum angebot|hier klicken|en savoir plus|découvrir|je découvre|voir l['’]offre|j['’]en profite|más información|saber más|ver oferta|scopri(?: di più)?|meer informatie|bekijk)$/i;
/** …or the card on one line, its button at the end ("Switch to … broadband. Speeds up to 500Mb. Learn
 *  more ›", "Try … gummies — 20% off your first order. Shop now"). */
const AD_BUTTON_END = new RegExp(`[.!—–-]\\s*(?:${AD_BUTTON.source.slice(4, -2)})\\s*[›»→>]?$`, "i");
const AD_ONE_LINE_MAX_WORDS = 30;
/** Between the label and the button: a headline and the advertiser's name, each a short line. */
const AD_CARD_LINES = 3;
const AD_CARD_LINE_MAX_WORDS = 16;

/** …or the ad's pitch alone on a line under its label, its button gone: a call to act and an offer
 *  ("Jetzt Aktien ab 0 € Ordergebühr handeln – Depot eröffnen", "Ihr Strompreis 2027: Jetzt Tarife
 *  vergleichen", "Compare energy deals now and save up to £400"). A subheading of the text under an
 *  empty slot calls to nothing, or offers nothing. */
const PITCH_MAX_WORDS = 16;
const CALL = /(?:^|[\s:–—-])(?:jetzt|now|today|hier|here|maintenant|ahora|ora)(?![\p{L}])|(?:vergleichen|sparen|handeln|eröffnen|sichern|bestellen|kaufen|entdecken|testen|buchen|profitieren)!?$|^(?:compare|save|shop|order|book|get|try|découvrez|profitez|compara|ahorra)\s/iu;
const OFFER = /[$€£%]|\d\s?(?:euro|dollars?|pfund)|gratis|kostenlos|free|depot|tarif|angebot|deal|rabatt|discount|offer|gutschein|voucher|coupon|abo(?![\p{L}])|prix|offre|oferta|precio|sconto/iu;
const isPitch = (t: string): boolean => t !== "" && wordCount(t, PITCH_MAX_WORDS + 1) <= PITCH_MAX_WORDS && !/[.?]$/.test(t) && CALL.test(t) && OFFER.test(t);

/** A native ad's card under a label that says the content is paid for, its button gone: its headline
 *  and its advertiser's name, a short line under it, over the text or its subheading ("Contenu
 *  sponsorisé" / "Cette astuce de grand-mère fait fondre …" / "Santé Minceur" / paragraph). A slot's
 *  "Advertisement" or "Anzeige" may stand over the text's next subheading; "Sponsored" introduces the
 *  sponsor's words. */
const SPONSORED_LABEL = /^(?:sponsored(?: content)?|promoted|paid content|contenu sponsorisé|sponsorisé|gesponsert|contenido patrocinado|patrocinado|contenuto sponsorizzato|sponsorizzato|gesponsord)$/i;
const ADVERTISER_MAX_WORDS = 3;
const isNativeCard = (lines: readonly SourceLine[], i: number): boolean => {
  const [headline, advertiser, after] = [lines[i + 1]?.text ?? "", lines[i + 2]?.text ?? "", lines[i + 3]?.text];
  return headline !== "" && !endsLikeSentence(headline) && wordCount(headline, AD_CARD_LINE_MAX_WORDS + 1) <= AD_CARD_LINE_MAX_WORDS && advertiser !== "" && !endsLikeSentence(advertiser) && wordCount(advertiser, ADVERTISER_MAX_WORDS + 1) <= ADVERTISER_MAX_WORDS && (after === undefined || isProse(after) || isProse(lines[i + 4]?.text ?? ""));
};

export const removeAdLabel: LineRule = {
  id: "remove-ad-label",
  apply(lines: readonly SourceLine[]): LineMark[] {
    const marks: LineMark[] = [];
    lines.forEach((l, i) => {
      if (!(AD_LABEL.test(l.text) || AD_NOT_LOADED.test(l.text))) return;
      marks.push({ index: i, reason: "advertisement label" });
      if (!AD_CARD_LABEL.test(l.text)) return;
      const next = lines[i + 1]?.text ?? "";
      if (isPitch(next)) {
        marks.push({ index: i + 1, reason: "advertisement's pitch under its label" });
        return;
      }
      if (AD_BUTTON_END.test(next) && wordCount(next, AD_ONE_LINE_MAX_WORDS + 1) <= AD_ONE_LINE_MAX_WORDS) {
        marks.push({ index: i + 1, reason: "advertisement card under its label" });
        return;
      }
      for (let k = i + 1; k < lines.length && k <= i + AD_CARD_LINES + 1; k++) {
        if (AD_BUTTON.test(lines[k]!.text)) {
          for (let j = i + 1; j <= k; j++) marks.push({ index: j, reason: "advertisement card under its label" });
          return;
        }
        if (wordCount(lines[k]!.text, AD_CARD_LINE_MAX_WORDS + 1) > AD_CARD_LINE_MAX_WORDS) break;
      }
      if (SPONSORED_LABEL.test(l.text) && isNativeCard(lines, i)) marks.push({ index: i + 1, reason: "sponsored card under its label" }, { index: i + 2, reason: "sponsored card under its label" });
    });
    return marks;
  },
};
