import { anyCase } from "../any-case";
import { isPostMeta } from "./post-meta";
import { isEditorialBoard, isJobByline, isLabelledByline } from "./extract-byline";
import { isBareNames, isNameWithAffiliation } from "./bare-names";
import { isDateLine } from "../date-words";
import { isUpdateLabelled, PUBLISHED } from "./extract-date";
import { titleScore, titleWords } from "./title-score";
import { wordCount } from "../text";

/* What stands under a headline and marks it as one: a byline, a date label, a writer's name; and the
 * kicker over it. */

/** A byline or a date right under a line is the strongest sign that the line is the headline. */
/** "By" and its translations before a name, in any case: sites print user names ("von eseppelt · 31.
 *  Oktober 2023"), and a sentence that opens with "By" is prose, which anchors a headline too. A portal
 *  credits "Story by …" (and a clip "Video by …"), a news site its columns "Analysis by …" and
 *  "Opinion by …". */
export const BYLINE_START = /^(?:(?:story|video|analysis|opinion|commentary|perspective)\s+)?(?:by|von|par|por|door)(?::\s*|\s+)\p{L}/iu;
export const DATE_LABEL = /^(?:published|posted|updated|veröffentlicht|publié)\b/i;
/** Under a dek, the date's label in the other languages of the news pages too ("Publicado em …",
 *  "Pubblicato il …"). (Over the headline, such a label stands on teaser cards as often: see extract-title.) */
const DEK_DATE_LABEL = /^(?:aktualisiert|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|geplaatst|bijgewerkt)(?![\p{L}\d])/iu;
/** "Live reporting by …", "Live coverage by …", "Words and pictures by …", "Medically reviewed by …",
 *  "Interview by …", "As told to …": a credit line, the byline of a live page, a photo story or an
 *  interview, or a health site's reviewer; "Submitted by …", "Courtesy of …", "Special to the …", a
 *  community paper's credit for a reader's or a guest's piece; a CMS's "Geschrieben von …" (Joomla's
 *  info block), "Écrit par …", "Scritto da …", and a reviewer's credit in those languages ("Medizinisch
 *  geprüft von …", "Relu par …"); a sponsor's credit over a partner's piece ("Présenté par …",
 *  "Presented by …", "In partnership with …"): never the headline. (Not an anchor for
 *  the headline above it, as "By" is: "written by Jane" under a shouted copy of the headline would then
 *  pick the shouted one.) */
export const CREDIT_BY = new RegExp(
  String.raw`^(?:\p{Lu}\p{Ll}*\s+){0,2}(?:${anyCase("reporting|coverage|written|words|text|photos|photographs|pictures|compiled|edited|reviewed|fact[- ]checked|checked|interview|interviewed|as told|submitted|contributed|recipe")})(?:\s+(?:and|And|AND)\s+\p{L}+)?\s+(?:${anyCase("by|to")})\s+\p{Lu}|^(?:${anyCase("courtesy of|special to")})\s+(?:the\s+|The\s+)?\p{Lu}|^(?:${anyCase("presented by|sponsored by|brought to you by|in partnership with|présenté par|présentée par|présenté en collaboration avec|en partenariat avec|en collaboration avec|präsentiert von|gesponsert von|in kooperation mit|patrocinado por|presentado por|presentato da|in collaborazione con")})\s+\S|^(?:${anyCase("geschrieben|verfasst|erstellt|eingestellt|gepostet|écrit|rédigé|posté|escrito|redactado|scritto|geschreven|rezept|recette|receta|ricetta")})\s+(?:${anyCase("von|par|de|por|da|door")})\s+\S|^(?:\p{L}+\s+)?(?:${anyCase("geprüft|überprüft|relu|vérifié|revisado|revisto|rivisto|gecontroleerd")})\s+(?:${anyCase("von|par|por|da|door")})\s+\S`,
  "u",
);
/** The little word every form of CREDIT_BY holds between spaces ("by", "to", "of", "par", "von", …),
 *  searched for before the expression: on the dev pages' lines, the two cost three fifths of it alone. */
const CREDIT_BY_HINT = /\s(?:by|to|of|with|avec|von|mit|par|por|da|de|con|door)\s/i;
export const isCreditBy = (t: string): boolean => CREDIT_BY_HINT.test(t) && CREDIT_BY.test(t);
/** A byline under a candidate: "By …", a name with its job ("Jane Doe | Staff writer"), or names joined
 *  by "and" ("Jane Doe and John Roe"), which no menu or headline is. */
/** The piece's kind and its writer: "Eine Rezension von Anna Lind", "A review by Anna Lind", "Ein
 *  Kommentar von …": a byline under the headline, never the headline. */
export const GENRE_BY = new RegExp(String.raw`^(?:(?:${anyCase("a|an|eine|ein")})\s+)?(?:${anyCase("review|rezension|kritik|besprechung|glosse|kommentar|kolumne|analyse|analysis|essay|column|reportage")})\s+(?:${anyCase("by|von")})\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$`, "u");
export const isByline = (t: string): boolean => BYLINE_START.test(t) || GENRE_BY.test(t) || LOWER_DI.test(t) || isEditorialBoard(t) || isJobByline(t) || isBareNames(t);
/** Italian's "di Anna Lind", in lowercase (a headline opening with the name "Di Maio" is capitalised). */
export const LOWER_DI = /^di\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u;
export const isBylineOrDate = (t: string): boolean => isByline(t) || DATE_LABEL.test(t) || isPostMeta(t);
/** What stands under a dek: a byline or date, a byline labelled in any language ("Автор: …"), or a name
 *  with its newsroom or university after a comma. (A bare
 *  name or any date line under the winner also undid right titles on the dev pages; so did a wire's
 *  "News provided by", which stands under a release's headline as often as under its dek.) */
export const isUnderDek = (t: string): boolean => isBylineOrDate(t) || DEK_DATE_LABEL.test(t) || isLabelledDateLine(t) || isLabelledByline(t) || isNameWithAffiliation(t);
/** …or a date line with its publication's or update's label in any of the date stage's languages
 *  ("Última actualización: 10 de abril de 2024, 07:30", "Laatste update: 5 april 2024 14:02"). */
const isLabelledDateLine = (t: string): boolean => (isUpdateLabelled(t) || PUBLISHED.test(t)) && isDateLine(t);
/** A 2–3 word line of capitalised words right above a date is a byline without "By", not a title. */
export const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u;
/** …or, in a script without capitals (Hebrew, Arabic, Devanagari), two or three words and nothing else. */
const CASELESS_NAME = /^[^\p{Lu}\p{Ll}\d\s]+(?:\s[^\p{Lu}\p{Ll}\d\s]+){1,2}$/u;
export const isNameLine = (t: string): boolean => PERSON_NAME.test(t) || (CASELESS_NAME.test(t) && !/[\p{P}\p{S}]/u.test(t));
/** The writer's profile line under her name printed twice, as a network prints its avatar's caption
 *  over the linked name ("Anna Lind" / "Anna Lind" / "VP Operations at Harbour Freight | Logistics"):
 *  the line she describes herself with, no headline. */
export const isUnderDoubledName = (head: readonly { text: string }[], i: number): boolean => i >= 2 && head[i - 1]!.text === head[i - 2]!.text && isNameLine(head[i - 1]!.text);
/** A kicker (Dachzeile, surtitre, occhiello: an event's or an affair's name, "Festival de la Grève")
 *  over the headline, the dek under the headline and the byline or date under the dek: head[i] is the
 *  kicker when it is a few words over a longer headline-like line. (A short headline over a long dek
 *  and then the byline has no third line before the byline.) */
const KICKER_MAX_WORDS = 4;
/** The headline has this many more words than its kicker at least. */
const KICKER_HEADLINE_EXTRA_WORDS = 3;
export function isKickerOver(head: readonly { text: string }[], i: number, lede: ReadonlySet<string>): boolean {
  const kicker = head[i]?.text ?? "";
  const headline = head[i + 1]?.text;
  const dek = head[i + 2]?.text;
  if (headline === undefined || dek === undefined) return false;
  const words = titleWords(kicker);
  if (words > KICKER_MAX_WORDS || titleWords(headline) < words + KICKER_HEADLINE_EXTRA_WORDS || titleScore(headline, 0, lede) <= 0) return false;
  const under = head[i + 3]?.text ?? "";
  return wordCount(dek) > titleWords(headline) && (isUnderDek(under) || (isNameLine(under) && isDateLine(head[i + 4]?.text ?? "")));
}
/** A press release's label over its issuer's name, where a story's byline stands ("News provided by" /
 *  "Harbour BioLabs, Inc."): it closes the headline block over it as a byline does. */
export const isProviderLabel = (t: string): boolean => PROVIDER_LABEL.test(t);
const PROVIDER_LABEL = /^(?:news )?(?:provided|distributed|issued) by\s*:?$/i;
