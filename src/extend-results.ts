import type { SourceLine } from "./model";
import type { BodySpan } from "./locate-body";
import { endsLikeSentence, wordCount } from "./text";
import { MONTH_WORD_EN } from "./date-words";

/* A sports report's results under its last paragraph, which the text found by locate-body takes in: a
 * short label ("Results", "Stage 9 top 10", "Brief scores", "Drivers' championship", "RESULT – Valdoria
 * MotoGP (25 laps)") over rows of results, or the rows alone. Rows weigh nothing as prose, so the run
 * ended above them; on a sports page they are the report's data, not the page's. */

/** What a row of results holds: a score ("2-1", "3:1"), a time or a gap ("5:02:17", "+1:15", "41:12.345"),
 *  points ("198 pts"), an innings ("312 (Dunstan 88, …)"), two sides each with its score ("Oldcastle 22
 *  Harbour RC 31"), or a rank before a name with a figure after it ("1. Julián Aldana (Team Meridian)
 *  5:02:17"); or a side's line-up after its name ("FV Hochberg: Seidel – Brandt, Ott, Lang, Kraus"). */
const SCORE = /(?<![\d.,])\d{1,3}\s?[-–:]\s?\d{1,3}(?![\d.,:])/;
const TIME_OR_GAP = /\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\b|\+\s?\d{1,2}[:.,]\d{2}/;
const POINTS = /\b\d+\s?(?:pts|points|Pkt|Punkte|Pkte)\b\.?/i;
const INNINGS = /\b\d{2,3}(?:-\d{1,2})?\s\(\p{Lu}/u;
const TWO_SIDES = /^\p{Lu}[\p{L}.'’& -]{1,40}\s\d{1,3}\s+\p{Lu}[\p{L}.'’& -]{1,40}\s\d{1,3}$/u;
const RANKED = /^\d{1,2}[.)]?\s+\p{Lu}.*\d/u;
const LINE_UP = /^\p{Lu}[\p{L}\d.'’ -]{1,40}:\s*\p{Lu}[^.!?]*(?:[,–-][^,–-]+){4,}\.?$/u;
/** A side with its score and its scorers in brackets ("HARBOUR CITY 3 (Lind 57, Berg 78, 90+2)"), and the
 *  match's facts under the report, a stop allowed ("Crowd: 11,482.", "Referee: Anna Lind.", "Zuschauer:
 *  4.300"). */
const SIDE_WITH_SCORERS = /^\p{Lu}[\p{L}.'’& -]{1,40}\s\d{1,2}\s\(\p{Lu}[^()]*\d[^()]*\)$/u;
const MATCH_FACT = /^(?:crowd|attendance|referee|umpire|venue|ground|zuschauer|schiedsrichter|stadion|spectateurs|arbitre|stade|asistencia|público|árbitro|estadio|spettatori|arbitro|stadio|toeschouwers|scheidsrechter)\s*:\s*\S.{0,60}$/iu;
/** A line that opens with a clock or a date is a ticker's or a teaser card's ("14:06 Köln: …", "12 March
 *  2025 – Harbour Festival …"), not a result. */
const LEADING_STAMP = new RegExp(`^(?:\\d{1,2}[:.h]\\d{2}\\b|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s+${MONTH_WORD_EN})`, "i");
/** A row is a line, never a paragraph. */
const ROW_MAX_WORDS = 30;
const isResultRow = (t: string): boolean =>
  wordCount(t, ROW_MAX_WORDS + 1) <= ROW_MAX_WORDS &&
  !LEADING_STAMP.test(t) &&
  (LINE_UP.test(t) || MATCH_FACT.test(t) || SIDE_WITH_SCORERS.test(t) || (!endsLikeSentence(t) && (SCORE.test(t) || TIME_OR_GAP.test(t) || POINTS.test(t) || INNINGS.test(t) || TWO_SIDES.test(t) || RANKED.test(t))));

/** A classification's winner has no gap after the name ("1 Sandro Delacroix – Vega Racing" over "2 Rafael
 *  Montes – Corsa Factory +3.214s"): a ranked row over a ranked row of results. */
const RANK_START = /^\d{1,2}[.)]?\s+\p{Lu}/u;
const isRowAt = (lines: readonly SourceLine[], k: number): boolean => {
  const t = lines[k]!.text;
  if (isResultRow(t)) return true;
  const next = lines[k + 1]?.text ?? "";
  return RANK_START.test(t) && !LEADING_STAMP.test(t) && !endsLikeSentence(t) && wordCount(t, ROW_MAX_WORDS + 1) <= ROW_MAX_WORDS && RANK_START.test(next) && isResultRow(next);
};

/** The label over the rows: a few words, no sentence. */
const LABEL_MAX_WORDS = 8;
const isLabel = (t: string): boolean => !endsLikeSentence(t) && !t.endsWith("?") && wordCount(t, LABEL_MAX_WORDS + 1) <= LABEL_MAX_WORDS;
/** Two rows under a label; three without one (two lines with figures under a text are as often a
 *  teaser's date and a caption's). */
const MIN_LABELLED_ROWS = 2;
const MIN_ROWS = 3;

export function extendResults(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  const first = span.end + 1;
  if (first >= lines.length || walls.has(lines[first]!)) return span;
  const labelled = !isRowAt(lines, first) && isLabel(lines[first]!.text);
  let end = labelled ? first : span.end;
  while (end + 1 < lines.length && !walls.has(lines[end + 1]!) && isRowAt(lines, end + 1)) end++;
  const rows = end - (labelled ? first : span.end);
  return rows >= (labelled ? MIN_LABELLED_ROWS : MIN_ROWS) ? { start: span.start, end } : span;
}
