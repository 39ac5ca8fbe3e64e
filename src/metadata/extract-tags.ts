import type { SourceLine } from "../model";
import { pushAll } from "../arrays";
import { END_HEADER, HEADER } from "../rules/remove-related-teasers";
import { entryFooter } from "./post-meta";

export interface TagsResult {
  tags: string[];
  lines: SourceLine[];
  /** how many distinct keywords the lines held, when that is more than the tags kept */
  dropped?: number;
}

/** "Keywords: a, b, c." / "Tags: a, b" / "Mots-clés > a, b" lines left by CMS templates and SEO tools
 *  (the labels in the languages news sites are written in: "Tagi:", "Etiketler:", "Теги:" …);
 *  every such line is taken (generated articles repeat them between sections) and their keywords
 *  merged. Blogger's "Labels:" and WordPress's "Étiquettes :" are such labels too. */
const TAG_LINE = /^(?:keywords?|tags?|tagged(?: with| as)?|filed under|topics|themen|temas|thèmes|argomenti|schlagw(?:ö|o)rt(?:e|er)?|stichw(?:ö|o)rt(?:e|er)?|mots?-clés?|etiquetas|palabras clave|parole chiave|palavras-chave|trefwoorden|tópicos|tagi|słowa kluczowe|štítky|klíčová slova|kľúčové slová|címkék|kulcsszavak|etiketler|anahtar kelimeler|etiketter|nøgleord|emneord|stikkord|nyckelord|avainsanat|asiasanat|etichete|cuvinte cheie|oznake|ključne riječi|žymos|raktažodžiai|etiquetes|labels?|libellés|étiquettes?|etichette|etiketten|теги|метки|ключевые слова|мітки|ключові слова|ετικέτες)\s*[:>]\s*(.+)$/iu;
/** Whether a line is such a keyword line: the page's own metadata, which a teaser run above it must
 *  not take for another article's headline. */
export const isTagLine = (text: string): boolean => ((text.includes(":") || text.includes(">")) && TAG_LINE.test(text)) || (text.includes("Tagged ") && TAGGED_PART.test(text)) || innerTags(text) !== undefined;
/** WordPress's line under a post, "Posted in Seeds | Tagged seed saving, tomatoes | 3 Comments" (a bar
 *  or a tab between the parts), or its "Tagged" part alone: no colon, so only with the capital of the
 *  theme's label (prose "tagged" is lowercase). */
const TAGGED_PART = /(?:^|[|\t]\s*)Tagged(?: with)?\s+([^|:\t]+?)\s*(?:[|\t]|$)/u;
/** A theme's line of the post's categories and then its tags, the tags' part labelled in capitals:
 *  "Filed Under: Places, Industry Tagged With: 19th century, tannery", "Kategorie: Baubericht |
 *  Schlagworte: Servo, Weichen", "Catégorie : Tartes | Mots-clés : comté, poireaux". The tags are the
 *  keywords; the categories file the post. */
const CATEGORIES_START = /^(?:filed under|categor(?:y|ies)|kategorien?|catégories?|categorías?|categorie|posted in)\s*:?\s/i;
const INNER_TAGS = /\s(?:\|\s*)?(?:Tagged With|Tagged|Tags|Schlagworte|Schlagwörter|Stichworte|Étiquettes|Mots-clés|Libellés|Labels|Etiquetas|Keywords)\s*:\s*([^|]+?)\s*(?:\||$)/u;
const innerTags = (text: string): string | undefined => (CATEGORIES_START.test(text) ? INNER_TAGS.exec(text)?.[1] : undefined);
const tagListOf = (text: string): string | undefined =>
  innerTags(text) ?? text.match(TAG_LINE)?.[1] ?? (text.includes("Tagged ") ? TAGGED_PART.exec(text)?.[1] : entryFooter(text)?.tags);
/** A keyword is a short phrase; longer pieces mean the line was prose after all. */
const TAG_MAX_WORDS = 5;
/** Tags kept per article: twice the most any dev page gives (14). Every tag becomes a page of the
 *  archive, so a keyword-stuffed or hostile line of 50,000 keywords would otherwise add 50,000 pages. */
export const MAX_TAGS = 30;

/** A tag list's label alone on its line, its tags one a line under it (how a page's label over a list of
 *  links pastes): "Tags" / "ferries" / "harbour", "Temas", "Archivado en:", "Lees meer over:", "Ämnen i
 *  artikeln", "Tópicos", "Meer over dit onderwerp". Only labels that name the article's tags: a bare "Themen" or "Sections" also heads a
 *  footer's menu. */
const TAG_LABEL = /^(?:tags?|tagged(?: with| as)?|keywords?|topics|related topics|more on (?:this|these) topics?|schlagw(?:ö|o)rt(?:e|er)?|stichw(?:ö|o)rt(?:e|er)?|mots?-clés?|sujets? associés|etiquetas|temas(?: relacionados)?|archivado en|parole chiave|argomenti|trefwoorden|lees meer over|tagi|tagy|štítky|témata|ämnen(?: i artikeln)?|taggar|emneord|nøgleord|palavras-chave|leia tudo sobre o tema(?: e siga)?|assuntos|tópicos|meer over (?:dit|het) onderwerp|onderwerpen|tag|más sobre este tema)\s*:?$/iu;
/** How far under the text the label may stand (lines kept by the junk rules): tags follow the text, a
 *  footer's menus come after the teasers and share buttons. Seven: a small paper's author card and its
 *  login link (six lines) stand between its text and its tags; from six to seven no other dev or
 *  audit page changed. */
const TAG_BLOCK_REACH = 7;
/** Tags read from one list (a menu let in would add its every entry). */
const TAG_BLOCK_MAX = 15;
const TAG_MAX_CHARS = 40;
/** A tag: a few words that open with a letter or "#" (not a count, "(42) Comments", nor a button's
 *  sign, "+ Leídas"), without brackets, not shouted over several words ("SEE ALL COMMENTS"); a comma
 *  may follow it ("Mac,"). */
const TAG_ITEM = /^[\p{L}#][^()[\]]*$/u;
const SHOUTED = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\s[^\p{Ll}]*$/u;
/** Buttons glued into one word ("ShareTweetEmail"): two seams of case in a word. */
const GLUED_BUTTONS = /\p{Ll}\p{Lu}\p{Ll}+\p{Lu}/u;
const isTagItem = (t: string): boolean => t !== "" && t.length <= TAG_MAX_CHARS && TAG_ITEM.test(t) && !SHOUTED.test(t) && !GLUED_BUTTONS.test(t) && !/[.!?:]$/.test(t) && t.split(/\s+/).length <= TAG_MAX_WORDS && !TAG_LABEL.test(t);

/** A media player's button pasted as a line ("play", "Video abspielen", "lancer la lecture"): under the
 *  tags, beside the teasers' clips. */
const PLAYER_BUTTON = /^(?:[▶►]\s*)?(?:play|pause|replay|(?:video |audio )?abspielen|lancer la lecture|écouter|reproducir|riproduci|afspelen|spela upp|odtwórz|přehrát|ouvir)(?: (?:video|audio))?$/iu;
/** A link to the article's reprint or licence terms, which news sites print right under the tags
 *  ("Reuse this content", "Reprints & Permissions", "Licensing"). */
const REPRINT_LINK = /^(?:reuse this (?:content|article)|reprints?(?:\s*(?:&|and)\s*(?:permissions|licensing))?|licensing(?:\s*(?:&|and)\s*reprints)?|request (?:a )?reprint|nutzungsrechte(?: erwerben)?|droits de reproduction)$/i;
/** What ends a tag list beside the first line that is no tag: the header of the teasers under it
 *  ("Popular", "Weitere Beiträge zum Thema", "articles correspondants"), a player's button, a reprint
 *  link. */
/** …or the name of a newsletter's box under them ("Newsletter Ciência", "Nieuwsbrief"). */
const NEWSLETTER_NAME = /^(?:newsletter|nieuwsbrief|infolettre|boletim|boletín)\b/i;
/** The list's own button to fold it ("See Less", "Show more", "Mehr anzeigen"). */
const FOLD_BUTTON = /^(?:see|show|view) (?:less|more|all)$|^(?:mehr|weniger|alle) anzeigen$|^(?:voir|afficher) (?:plus|moins|tout)$|^(?:ver|mostrar) (?:más|menos|todo)$|^(?:mostra|vedi) (?:di più|meno|tutto)$|^(?:toon|bekijk) (?:meer|minder|alles)$/i;
/** …or a box's header that END_HEADER does not know ("Polecane", "Be the first to know"), or a follow
 *  button ("Följ", "Folgen"). */
const NEXT_BOX = /^(?:polecane|polecamy|be the first to know|(?:följ|folgen|follow|suivre|seguir|segui|volg)(?: (?:us|uns|nous))?)$/i;
const endsTags = (t: string): boolean => PLAYER_BUTTON.test(t) || REPRINT_LINK.test(t) || FOLD_BUTTON.test(t) || HEADER.test(t) || END_HEADER.test(t) || NEWSLETTER_NAME.test(t) || NEXT_BOX.test(t);

/** The tags of such a list under the text: `tail` is what stays of the page under the text once the junk
 *  rules have run, `page` every line; the list ends at the first line that is no tag, or that a junk rule
 *  removed (a share bar or a teasers' header between the tags and what follows). */
export function tagBlock(tail: readonly SourceLine[], page: readonly SourceLine[]): { tags: string[]; lines: SourceLine[] } | undefined {
  const label = tail.slice(0, TAG_BLOCK_REACH).find((l) => TAG_LABEL.test(l.text));
  const at = label ? page.indexOf(label) : -1;
  if (at < 0) return undefined;
  const kept = new Set(tail);
  const items: SourceLine[] = [];
  for (let k = at + 1; k < page.length && items.length < TAG_BLOCK_MAX && kept.has(page[k]!) && isTagItem(page[k]!.text) && !endsTags(page[k]!.text); k++) items.push(page[k]!);
  // A line may hold several, after commas ("featured, Top-Thema").
  return items.length ? { tags: items.flatMap((l) => l.text.split(/\s*[,;]\s*/).filter(Boolean)), lines: [label!, ...items] } : undefined;
}

export function extractTags(lines: readonly SourceLine[], block?: { tags: string[]; lines: SourceLine[] }): TagsResult | undefined {
  const tags: string[] = block ? [...block.tags] : [];
  const found: SourceLine[] = block ? [...block.lines] : [];
  for (const line of lines) {
    const listed = tagListOf(line.text);
    if (listed === undefined) continue;
    const list = listed.replace(/[.*]+$/, "").split(/\s*[,;|]\s*/).map((t) => t.trim()).filter(Boolean);
    if (list.length === 0 || !list.every((t) => t.split(/\s+/).length <= TAG_MAX_WORDS)) continue;
    pushAll(tags, list);
    found.push(line);
  }
  if (found.length === 0) return undefined;
  const seen = new Set<string>();
  const distinct = tags.filter((t) => !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
  return distinct.length > MAX_TAGS ? { tags: distinct.slice(0, MAX_TAGS), lines: found, dropped: distinct.length - MAX_TAGS } : { tags: distinct, lines: found };
}

/** How many of the page's lines under the text may still hold its tag line once a junk rule took it:
 *  a blog's post footer stands between the text and its comments ("Labels: …" after the comment
 *  count link that opens the removed box, "3 Kommentare:" / share buttons / "Labels: …"). Further
 *  down, a tag line belongs to another post of the page. */
const REMOVED_TAGS_REACH = 10;

/** The tags of a labelled tag line that a junk rule removed right under the text (see
 *  REMOVED_TAGS_REACH); the line stays recorded as that rule's removal. */
export function removedTags(page: readonly SourceLine[], lastTextLine: SourceLine | undefined): string[] | undefined {
  const at = lastTextLine ? page.indexOf(lastTextLine) : -1;
  if (at < 0) return undefined;
  return extractTags(page.slice(at + 1, at + 1 + REMOVED_TAGS_REACH).filter((l) => isTagLine(l.text)))?.tags;
}
