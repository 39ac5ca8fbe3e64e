/** A wiki's link to edit a section, which innerText glues to the section's heading ("History[edit]",
 *  "Geschichte[Bearbeiten | Quelltext bearbeiten]", "Histoire[modifier | modifier le code]"): in the
 *  languages of MediaWiki's own translations. glued-buttons puts it on a line of its own (before the
 *  seams are opened), and remove-ui-message removes it there as the button it is. */
const EDIT = "edit(?: source)?|bearbeiten|quelltext bearbeiten|modifier(?: le code| la source)?|editar(?: código(?: fuente)?| fuente)?|modifica(?: wikitesto)?|bewerken|brontekst bewerken|edytuj(?: kod)?|redigera(?: wikitext)?|rediger(?: kilde(?:kode|tekst)?)?|muokkaa(?: wikitekstiä)?|upravit(?: zdroj)?|editovat(?: zdroj)?|править(?: код)?|редагувати(?: код)?|szerkesztés(?: forrásszöveg)?|forrásszöveg szerkesztése|düzenle|kaynağı değiştir|επεξεργασία(?: κώδικα)?|編集|编辑|編輯|편집|원본 편집";
export const EDIT_MARKER = new RegExp(`^\\[(?:${EDIT})(?:\\s*\\|\\s*(?:${EDIT}))*\\]$`, "iu");
export const GLUED_EDIT_MARKER = new RegExp(`(?<=\\S)\\s*(\\[(?:${EDIT})(?:\\s*\\|\\s*(?:${EDIT}))*\\])$`, "iu");

/** A wiki's tagline under the page's name ("From Wikipedia, the free encyclopedia", "Aus Wikipedia, der
 *  freien Enzyklopädie", "Un article de Wikipédia, l'encyclopédie libre"): the site's, on every page. */
export const WIKI_TAGLINE_MAX_CHARS = 120;
export const WIKI_TAGLINE = /^(?:from|aus|un article de|de|da|uit) [^,]{1,40}, (?:the|der|die|das|l['’]|la|il|de|a|an) ?(?:free |freien |libre |livre |vrije )?[\p{L} -]{0,40}?(?:encyclopa?edia|enzyklopädie|encyclopédie|enciclopedia|encyclopedie|wiki)(?: libre| livre)?\.?$/iu;

/** A wiki's tabs under the page's name ("Article" / "Talk" / "Read" / "Edit" / "View history" /
 *  "Tools"): each a word any menu may have, they are the tabs in a run that holds the history's. */
const WIKI_TAB = /^(?:article|talk|read|edit|edit source|view history|tools|more|artikel|diskussion|lesen|bearbeiten|quelltext bearbeiten|versionsgeschichte|werkzeuge|discussion|lire|modifier|modifier le code|voir l['’]historique|outils|página|discusión|leer|editar|ver historial|herramientas|voce|discussione|leggi|modifica|modifica wikitesto|cronologia|strumenti|overleg|lezen|bewerken|brontekst bewerken|geschiedenis|hulpmiddelen)$/i;
const WIKI_TAB_MAX_CHARS = 24;
const HISTORY_TAB = /^(?:view history|versionsgeschichte|voir l['’]historique|ver historial|cronologia|geschiedenis)$/i;
/** A tab to the page's history: no wiki without one, so a page without it is passed over. */
export const isHistoryTab = (t: string): boolean => t.length <= WIKI_TAB_MAX_CHARS && HISTORY_TAB.test(t);
/** The indexes of the lines in such runs. */
export function wikiTabs(texts: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < texts.length; ) {
    let j = i;
    while (j < texts.length && texts[j]!.length <= WIKI_TAB_MAX_CHARS && WIKI_TAB.test(texts[j]!)) j++;
    if (j - i >= 2 && texts.slice(i, j).some(isHistoryTab)) for (let k = i; k < j; k++) out.push(k);
    i = Math.max(j, i + 1);
  }
  return out;
}
