import type { SourceLine } from "../model";
import { pushAll } from "../arrays";

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
export const isTagLine = (text: string): boolean => ((text.includes(":") || text.includes(">")) && TAG_LINE.test(text)) || (text.includes("Tagged ") && TAGGED_PART.test(text));
/** WordPress's line under a post, "Posted in Seeds | Tagged seed saving, tomatoes | 3 Comments", or its
 *  "Tagged" part alone: no colon, so only with the capital of the theme's label (prose "tagged" is lowercase). */
const TAGGED_PART = /(?:^|\|\s*)Tagged(?: with)?\s+([^|:]+?)\s*(?:\||$)/u;
const tagListOf = (text: string): string | undefined => text.match(TAG_LINE)?.[1] ?? (text.includes("Tagged ") ? TAGGED_PART.exec(text)?.[1] : undefined);
/** A keyword is a short phrase; longer pieces mean the line was prose after all. */
const TAG_MAX_WORDS = 5;
/** Tags kept per article: twice the most any dev page gives (14). Every tag becomes a page of the
 *  archive, so a keyword-stuffed or hostile line of 50,000 keywords would otherwise add 50,000 pages. */
export const MAX_TAGS = 30;

export function extractTags(lines: readonly SourceLine[]): TagsResult | undefined {
  const tags: string[] = [];
  const found: SourceLine[] = [];
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
