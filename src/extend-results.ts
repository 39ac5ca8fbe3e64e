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

/** A match report's facts box under its last paragraph: the sides' line-ups, substitutes, scorers,
 *  referee, crowd, cards and player of the match, under the box's heading ("Line-ups", "Rovers
 *  line-up", "Aufstellungen", "Tore") or a side's name over its line-up ("FC Harbour 09" / "Lind –
 *  Berg, Ott, …"). Its rows weigh nothing as prose, so the run ended above them: without this, the
 *  paragraph under the box (the next fixture, a quote) went with them. */
const MATCH_FACT_LABEL = /^(?:subs(?: not used)?|substitutes|bench|goals?|scorers?|bookings?|booked|yellow cards?|red cards?|sent off|(?:man|player) of the match|attendance|crowd|referee|tore|torschützen|gelbe karten|gelb-rote karten?|rote karten?|auswechselbank|ersatzbank|eingewechselt|zuschauer|schiedsrichter|spieler des spiels|buts|buteurs|remplaçants|avertissements|cartons? jaunes?|cartons? rouges?|expulsions?|arbitre|spectateurs|homme du match|goles|tarjetas amarillas|tarjetas rojas|suplentes|árbitro|público|asistencia|reti|marcatori|ammoniti|espulsi|spettatori|panchina|doelpunten|gele kaarten|rode kaarten|scheidsrechter|toeschouwers|wissels)\s*:\s*\S/iu;
const BOX_HEADING = /^(?:[\p{L}\d.'’-]+\s){0,3}(?:line-?ups?|teams?|team news|aufstellungen?|startelf|compositions?(?: des équipes)?|alineaciones?|formazioni|opstellingen?|tore|goals|scorers|torschützen|buts|match facts|ficha técnica|tabellino)$/iu;
/** A side's line-up without its name: five capitalised names or more, set apart by commas, semicolons
 *  or spaced dashes, substitutions in brackets ("Brandl – Özkan, Vogt, Hennig, Schuh – Mertens, Adomeit
 *  (76. Rudolph), …"), and no sentence's stop. */
const MIN_LINE_UP_NAMES = 5;
const isNameList = (t: string): boolean => {
  const bare = t.replace(/\([^()]{0,60}\)/g, "");
  if (/[.!?]\s*$/.test(bare) || /[.!?]\s/.test(bare)) return false;
  const names = bare.split(/\s[–—-]\s|[,;]/).map((n) => n.trim());
  return names.length >= MIN_LINE_UP_NAMES && names.every((n) => /^\p{Lu}/u.test(n));
};
/** A player's shirt number and name, one a line ("1 Danny Tate", "4 Connor Doyle (Callum Ware 70)"). */
const SHIRT_ROW = /^\d{1,2}\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*\([^()]{1,40}\))?$/u;
/** A goal, the score it made and the scorer with the minute, which German reports write as an ordinal
 *  ("1:0 Kailer (23.)", "2:1 Lind (90.+2, FE)"): its stop is the minute's, not a sentence's. */
const GOAL_ROW = /^\d{1,2}\s?[:–-]\s?\d{1,2}\s+\p{Lu}[^()]{1,40}\(\d{1,3}\.?(?:\s?\+\s?\d{1,2}\.?)?(?:,\s?[\p{L}.]{1,12})?\)$/u;
/** A side's name over its line-up: a few words without a stop. */
const SIDE_MAX_WORDS = 5;
const FACT_ROW_MAX_WORDS = 60;
const MIN_FACT_ROWS = 3;
const isFactRowOfMatch = (t: string): boolean => wordCount(t, FACT_ROW_MAX_WORDS + 1) <= FACT_ROW_MAX_WORDS && (MATCH_FACT_LABEL.test(t) || LINE_UP.test(t) || SHIRT_ROW.test(t) || GOAL_ROW.test(t) || isNameList(t) || isResultRow(t));
export function extendMatchFacts(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  const at = (k: number): string => (k < lines.length && !walls.has(lines[k]!) ? lines[k]!.text : "");
  const isSideAt = (k: number): boolean => wordCount(at(k), SIDE_MAX_WORDS + 1) <= SIDE_MAX_WORDS && !endsLikeSentence(at(k)) && (isNameList(at(k + 1)) || SHIRT_ROW.test(at(k + 1)));
  let end = span.end;
  let rows = 0;
  let named = false;
  for (let k = span.end + 1; at(k) !== ""; k++) {
    const t = at(k);
    if (isFactRowOfMatch(t)) {
      rows++;
      named ||= MATCH_FACT_LABEL.test(t);
    } else if (BOX_HEADING.test(t) && (isFactRowOfMatch(at(k + 1)) || isSideAt(k + 1))) named = true;
    else if (!isSideAt(k)) break;
    end = k;
  }
  return named && rows >= MIN_FACT_ROWS ? { start: span.start, end } : span;
}
