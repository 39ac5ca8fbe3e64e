import type { LineMark, LineRule, SourceLine } from "../model";
import { endsLikeSentence, isProse, wordCount } from "../text";
import { isDateLine } from "../date-words";
import { BY_WORD } from "../metadata/byline-words";

/** A chart or map as a text dump shows it: its title and subtitle, legend labels, axis ticks and bare
 *  values one a line, then its footer (the data's source, a note, the graphic's credit, the chart tool's
 *  buttons: "Source: State Geological Survey", "Graphic: Jane Doe/The Ledger", "Created with
 *  Datawrapper", "Get the data"). The text the graphic illustrates is the article's; the graphic's
 *  labels, torn from their picture, read as a list of stray words and numbers. */

/** A footer line that only a graphic has: its credit, or its tool's name and buttons. */
const GRAPHIC_CREDIT = /^(?:(?:chart|graphic|graphics|grafik|infografik|infographic|infographie|karte|map|carte|visuali[sz]ation|grafica|gráfico|mapa)s?(?:\s+(?:by|von|de|par|di)\s+|\s?:\s*)\S|[\p{L}'’ ]{2,40} (?:graphic|chart)\.\s+source\s*:)/iu;
const CHART_TOOL = /^(?:created with (?:datawrapper|flourish|infogram)|datawrapper|flourish|infogram|get the data|download (?:the )?(?:data|image|chart|csv)|(?:die )?daten herunterladen|télécharger les données|(?:interaktive )?(?:karte|grafik) (?:öffnen|anzeigen|vergrößern)|open (?:the )?(?:interactive|map|chart|graphic)|explore the (?:data|map)|(?:voir|ouvrir) la carte(?: interactive)?)$/iu;
/** …or one that a table, a paragraph or another embed may have too: where the figures come from, a
 *  note on them, the embed's script still loading. */
const SOURCE_NOTE = /^(?:(?:sources?|quellen?|data|daten|note|notes|anmerkung|hinweis|lecture|champ|fuente|fonte|bron)\s?:\s*\S|(?:loading|wird geladen|chargement|cargando)\s?(?:…|\.\.\.)$)/iu;
/** A graphic's title written as its credit is ("Chart: Heat-related admissions by month, 2023-2025"): a
 *  label's length, its "Chart:" besides. */
const CHART_TITLE = /^(?:chart|graphic|grafik|infografik|infographic|infographie|karte|map|carte|grafica|gráfico|mapa)\s?:\s*\S/i;
const isChartTitle = (t: string): boolean => CHART_TITLE.test(t) && !endsLikeSentence(t) && wordCount(t, LABEL_MAX_WORDS + 2) <= LABEL_MAX_WORDS + 1;
const isStrongFooter = (t: string): boolean => CHART_TOOL.test(t) || GRAPHIC_CREDIT.test(t);
/** The first two letters every footer above opens with, as one plain test before the expressions (a
 *  graphic's credit after its description, "Guardian graphic. Source: …", is searched for apart): most
 *  lines of a page open otherwise. */
const FOOTER_START = /^(?:c[hraé]|g[reé]|in|ka|ma|v[io]|d[aoi]|f[lou]|té|o[pu]|ex|so|qu|no|an|hi|l[eo]|br|wi)/i;
const FOOTER_MAX_CHARS = 300;
const mayBeFooter = (t: string): boolean => t.length <= FOOTER_MAX_CHARS && (FOOTER_START.test(t) || t.includes(" graphic. ") || t.includes(" chart. "));
const isFooter = (t: string): boolean => mayBeFooter(t) && (isStrongFooter(t) || SOURCE_NOTE.test(t));

/** A value or a tick: a number, perhaps signed, with its unit or percent sign ("-10", "47.8%", "2023",
 *  "1,5 Mio."). */
const VALUE = /^[-−–+]?\s?[$€£]?\d[\d.,  ]*\s?(?:%|‰|[\p{L}.]{1,5})?$/u;
/** A label is a short line that is no sentence: the chart's title and subtitle run to a dozen words. */
const LABEL_MAX_WORDS = 14;
/** The byline and the date over an interactive are the article's, however short. */
const isByOrDate = (t: string): boolean => BY_WORD.test(t) || isDateLine(t);
const isChartLine = (t: string): boolean => VALUE.test(t) || (!endsLikeSentence(t) && wordCount(t, LABEL_MAX_WORDS + 1) <= LABEL_MAX_WORDS);

/** Fewer labels over a footer are a table's or a list's source line, or a caption's. With no credit or
 *  tool's line, the labels must hold values: a list of names over "Source: …" is the text's. */
const MIN_CHART_LINES = 3;
const MIN_VALUES = 2;
/** A graphic stands between two paragraphs of the text; a longer run of short lines is the page's
 *  menus and lists, whatever footer-like line ends it. The longest chart in the audits had 28 labels. */
const MAX_CHART_LINES = 40;

const REASON = "chart or map labels and footer";
export const removeChartBlock: LineRule = {
  id: "remove-chart-block",
  apply(lines: readonly SourceLine[]): LineMark[] {
    const marks: LineMark[] = [];
    let done = -1;
    for (let i = 0; i < lines.length; i++) {
      if (i <= done || !isFooter(lines[i]!.text)) continue;
      // The footer's lines, one under another, then the labels over the first of them.
      let end = i;
      while (end + 1 < lines.length && isFooter(lines[end + 1]!.text)) end++;
      let start = i;
      while (start > done + 1 && isChartLine(lines[start - 1]!.text) && !isFooter(lines[start - 1]!.text) && !isByOrDate(lines[start - 1]!.text)) start--;
      // The graphic's title over its labels, written as its credit is ("Chart: Heat-related admissions
      // by month, 2023-2025"): the block's top.
      const titled = start < i && start > done + 1 && isChartTitle(lines[start - 1]!.text);
      if (titled) start--;
      const labels = lines.slice(start, i).map((l) => l.text);
      const strong = titled || lines.slice(i, end + 1).some((l) => isStrongFooter(l.text));
      const underProse = start > 0 && isProse(lines[start - 1]!.text);
      if (underProse && labels.length >= MIN_CHART_LINES && labels.length <= MAX_CHART_LINES && (strong || labels.filter((t) => VALUE.test(t)).length >= MIN_VALUES)) {
        for (let k = start; k <= end; k++) marks.push({ index: k, reason: REASON, inText: true });
      }
      // A title with no labels over it may head the next footer's labels.
      done = labels.length === 0 && GRAPHIC_CREDIT.test(lines[i]!.text) ? i - 1 : end;
    }
    return marks;
  },
};
