import type { SourceLine } from "./model";
import type { BodySpan } from "./locate-body";
import { isProse, wordCount } from "./text";

/*
 * A text written as a letter (a tax adviser's or a law firm's client letter, a mayor's or a speaker's
 * address, a parish's or a hotel's news to its guests) opens with its salutation and closes with its
 * greeting and signature. Short, they weigh nothing as prose, so the run found by locate-body started
 * under the salutation (the text then opened in lowercase: "mit dieser Ausgabe …") and ended over the
 * greeting. These take them in.
 */

/** "Sehr geehrte Mandantin, sehr geehrter Mandant,", "Liebe Gemeinde,", "Dear members,", "Chers
 *  parents,": a salutation ends with a comma (or an exclamation mark) and names whom it greets. */
const SALUTATION = /^(?:sehr geehrte[rs]?|liebe[rs]?|hallo|guten (?:tag|morgen|abend)|grüß gott|servus|moin|dear|hello|chers?|chères?|bonjour|bonsoir|madame|monsieur|mesdames|estimad[oa]s?|querid[oa]s?|gentil[ei]|car[aeio]|beste|geachte)\s[^.!?:]{1,100}[,!]$/iu;
const SALUTATION_MAX_WORDS = 15;
/** Lines of salutation a letter may open with ("Sehr geehrter Herr Bürgermeister," / "sehr geehrte
 *  Kolleginnen und Kollegen," / "liebe Bürgerinnen und Bürger,"). */
const SALUTATION_MAX_LINES = 4;
const isSalutation = (t: string): boolean => SALUTATION.test(t) && wordCount(t, SALUTATION_MAX_WORDS + 1) <= SALUTATION_MAX_WORDS;

/** The text's start moved up to the salutation right over it. */
export function extendSalutation(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  let start = span.start;
  while (start > 0 && span.start - start < SALUTATION_MAX_LINES && !walls.has(lines[start - 1]!) && isSalutation(lines[start - 1]!.text)) start--;
  return start === span.start ? span : { start, end: span.end };
}

/** The greeting under a letter: "Mit freundlichen Grüßen", "Viele Grüße", "Kind regards",
 *  "Cordialement", or a speech's "Vielen Dank für Ihre Aufmerksamkeit." */
const GREETING = /^(?:mit (?:den )?(?:freundlichen|besten|herzlichen|lieben|sonnigen) grüßen|(?:viele|liebe|herzliche|beste|freundliche|sonnige) grüße|herzlichst|(?:vielen )?dank für (?:ihre|eure|deine) aufmerksamkeit|(?:kind|best|warm) regards|(?:yours )?sincerely|best wishes|thank you for your attention|cordialement|bien (?:à vous|cordialement)|amicalement|merci de votre attention)[,.!]?$/iu;
/** A closing wish or thanks, a few words under an exclamation mark ("Merci d'avance !", "Buona domenica!",
 *  "Happy baking!", "Bis bald!"): how a post, a forum question or a recipe signs off. Too short to weigh
 *  as prose, it stood under the text's end. */
const CLOSING_WISH = /^(?:merci|thanks|thank you|many thanks|danke|vielen dank|grazie|gracias|obrigad[oa]|bedankt|buon[ao]?|buona|buen[oa]?s?|bon(?:ne)?|boa|happy|enjoy|good luck|viel (?:spaß|erfolg|glück)|frohe[ns]?|schöne[ns]?|cheers|à (?:bientôt|très vite|la prochaine)|bis (?:bald|morgen|nächste woche)|alla prossima|a presto|hasta (?:pronto|la próxima)|see you|tot (?:ziens|snel)|até (?:breve|já|logo))(?![\p{L}])[^.?!]{0,40}!$/iu;
const CLOSING_WISH_MAX_WORDS = 5;
const isClosing = (t: string): boolean => GREETING.test(t) || (CLOSING_WISH.test(t) && wordCount(t, CLOSING_WISH_MAX_WORDS + 1) <= CLOSING_WISH_MAX_WORDS);
/** The signature: whose the letter is, in the possessive ("Ihr Team der Steuerberatung …", "Ihre
 *  Pfarrerin Anne Lind", "Euer Team vom Regenbogenland", "Eure Anna"). */
const SIGNATURE = /^(?:Ihr|Ihre|Euer|Eure|Dein|Deine|Your|Votre|Vos|Ton|Ta)\s+\p{Lu}[^.!?\d]{0,80}$/u;
const SIGNATURE_MAX_WORDS = 8;
const isSignature = (t: string): boolean => SIGNATURE.test(t) && wordCount(t, SIGNATURE_MAX_WORDS + 1) <= SIGNATURE_MAX_WORDS;
/** Under the greeting, the signer's name ("Anna Lind", "La direction"): a short line with a capital and
 *  no figures (the page's address and opening hours have them). */
const SIGNER = /^\p{Lu}[^.!?\d|]{0,60}$/u;
const SIGNER_MAX_WORDS = 6;
const isSigner = (t: string): boolean => isSignature(t) || (SIGNER.test(t) && wordCount(t, SIGNER_MAX_WORDS + 1) <= SIGNER_MAX_WORDS);
/** A name alone: "Bertrand", "Anna Lind". */
const NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}$/u;
/** …and under the name, the signer's role ("Fraktionsvorsitzende", "Schriftführerin", "Bürgermeister",
 *  "Club President"): a word or two that ends as a person's title does. The page's "Impressum" or
 *  "Kontakt" under a signature ends otherwise. */
const ROLE = /^\p{Lu}\p{L}*(?:\s\p{L}+)?(?:in|innen|er|or|ende|ender|ent|ist|president|director|chair|secretary|manager|treasurer)$/u;

/** A closing wish is a sentence; longer is a paragraph the text's run would have taken itself. */
const CLOSING_MAX_WORDS = 30;
/** The text's end moved down over the greeting and the signature right under it. */
export function extendSignOff(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  const at = (k: number): string | undefined => (k < lines.length && !walls.has(lines[k]!) ? lines[k]!.text : undefined);
  let end = span.end;
  const next = at(end + 1);
  if (next !== undefined && isClosing(next)) {
    end++;
    const name = at(end + 1);
    // Under a wish, only a name signs: a recipe's "Ti potrebbe piacere anche" or a "Tags:" label does not.
    if (name !== undefined && (GREETING.test(next) ? isSigner(name) : isSignature(name) || NAME.test(name))) {
      end++;
      if (ROLE.test(at(end + 1) ?? "")) end++;
    }
  } else if (next !== undefined && isSignature(next)) end++;
  // A blogger's closing wish over her signature ("Ich wünsche dir viel Freude beim Nachbacken!" / "Deine
  // Anna"): the post's last sentence, under a recipe card or a box that ended the text above it.
  else if (next !== undefined && isProse(next) && wordCount(next, CLOSING_MAX_WORDS + 1) <= CLOSING_MAX_WORDS && isSignature(at(end + 2) ?? "")) end += 2;
  return end === span.end ? span : { start: span.start, end };
}
