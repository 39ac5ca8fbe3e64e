import type { LineMark, LineRule, SourceLine } from "../model";
import { endsLikeSentence, wordCount } from "../text";

/** Betting partners' promos on sports pages, between the paragraphs or under them: the offer ("Bet £10
 *  Get £30 in Free Bets on …", "Odds: Dunmore 8/11, Draw 11/4", "Jetzt Sportwetten-Bonus sichern!"),
 *  the warning the law makes them print ("18+ | Gamble responsibly | BeGambleAware.org", "Glücksspiel
 *  kann süchtig machen", "Jouer comporte des risques : …"), and its button ("Claim offer"). An
 *  advertiser's box, never the report's. Told by the warning, which every such promo carries. */
const WARNING = /gambl(?:e|ing) (?:responsibly|problem)|begambleaware|1-800-gambler|odds (?:correct at time of|subject to change)|glücksspiel kann süchtig|suchtrisiko|check-dein-spiel|jouer comporte des risques|jeux d['’]argent et de hasard peuvent|juega con responsabilidad|jugar con responsabilidad|gioca responsabilmente|il gioco (?:può causare|è vietato)/i;
/** An age limit beside a betting word on one short line: "Kingsbet – 18+ BeGambleAware.org", "Betting:
 *  Harbourshire to win 1/3. 18+ …", "WettPartner24 – 18+ | Suchtrisiko". */
const AGE_LIMIT = /(?:^|[\s(|.])(?:18|21)\+(?=$|[\s|.,)])/;
const BETTING_WORD = /\b(?:bet(?:s|ting)?|odds|wett\w*|sportwett\w*|pari(?:ez|s|er)?|paris sportifs|apuestas?|scommess\w*|gambl\w*|casino|bookmaker)\b|wett/i;
/** The plain search before the expressions: most lines have none of these letters. (A string search
 *  for each cost more than this one expression.) */
const HINT = /[Gg]ambl|GAMBL|[Aa]ware|[Oo]dds|ücksspiel|[Ss]ucht|[Jj]ouer|[Jj]eux|[Jj]ueg|[Gg]ioc|\d\+/;
/** A warning is a line or two of small print; a longer paragraph that names it is reporting. */
const WARNING_MAX_CHARS = 320;

/** The offer over the warning: a short line with odds ("4/6", "8/11") or a betting word, without a
 *  sentence's stop (the paragraph over a promo may mention a bet). */
const OFFER = /\b(?:bet|odds|free bets?|betting|wett\w*|bonus|pariez|paris|apuest\w*|scommett\w*)\b|\b\d{1,3}\/\d{1,3}\b/i;
const OFFER_MAX_WORDS = 20;
/** The promo's button under it: "Claim offer", "Bet now", "Jetzt wetten", "Pariez maintenant". */
const BUTTON = /^(?:claim (?:offer|now|bonus)|bet now|get offer|sign up now|jetzt wetten|bonus sichern|pariez(?: maintenant)?|apuesta ya|scommetti ora)[!.]?$/i;

const isWarning = (t: string): boolean =>
  t.length <= WARNING_MAX_CHARS && HINT.test(t) && (WARNING.test(t) || (AGE_LIMIT.test(t) && BETTING_WORD.test(t)));
const isOffer = (t: string): boolean => t !== "" && !endsLikeSentence(t) && OFFER.test(t) && wordCount(t, OFFER_MAX_WORDS + 1) <= OFFER_MAX_WORDS;

const REASON = "betting promo and its gambling warning";
export const removeGamblingPromo: LineRule = {
  id: "remove-gambling-promo",
  apply(lines: readonly SourceLine[]): LineMark[] {
    const marks: LineMark[] = [];
    lines.forEach((l, index) => {
      if (!isWarning(l.text)) return;
      const above = lines[index - 1]?.text ?? "";
      if (isOffer(above) && !isWarning(above)) marks.push({ index: index - 1, reason: REASON });
      marks.push({ index, reason: REASON });
      if (BUTTON.test(lines[index + 1]?.text ?? "")) marks.push({ index: index + 1, reason: REASON });
    });
    return marks;
  },
};
