import type { LineMark, LineRule, SourceLine } from "../model";
import { wordCount } from "../text";

/** A reader poll inside or under the text: its label ("Poll", "Sondage", "Umfrage"), its question, its
 *  answers one a line, its buttons and count ("Vote", "Je vote", "Abstimmen", "View results", "1 204
 *  votes"). Its answers are short lines with no stop, which break the run of prose: left in, they ended
 *  the article at the poll and the paragraphs under it were lost. */

const POLL_LABEL = /^(?:(?:reader|readers['’]|quick|daily|weekly|today['’]s|our|the)\s+)?(?:poll|umfrage|abstimmung|sondage(?: du jour)?|encuesta|sondaggio|peiling|enquete|enquête)\s*:?$/iu;
const VOTE_BUTTON = /^(?:vote(?: now)?|cast (?:your|a) vote|submit (?:your |my )?(?:vote|answer)|voter|je vote|votez|abstimmen|jetzt abstimmen|stimme abgeben|votar|vota|stem(?:men)?)\s*!?$/iu;
const RESULTS = /^(?:(?:view|see|show) (?:the )?results|voir (?:les )?résultats|ergebnis(?:se)? (?:anzeigen|ansehen)|zum ergebnis|ver (?:los )?resultados|vedi (?:i )?risultati|(?:total\s?:\s*)?[\d.,  ]+ (?:votes?|stimmen|votants?|participants?|teilnehmer(?:innen)?|votos|voti))$/iu;
const QUESTION = /\?\s*$/u;

/** An answer is a few words: the audits' longest was five ("Je n'ai pas de jardin"). Twelve leaves room
 *  for a phrase while a sentence of the text runs longer. */
const ANSWER_MAX_WORDS = 12;
const ANSWER_MAX_CHARS = 90;
/** A poll offers two answers at least and rarely more than a handful; past this many short lines, the
 *  run is a menu or a list the text introduced with a question. */
const MIN_ANSWERS = 2;
const MAX_ANSWERS = 8;
/** A poll's question is a sentence, not a paragraph. */
const QUESTION_MAX_WORDS = 30;

const isAnswer = (t: string): boolean =>
  t.length <= ANSWER_MAX_CHARS && !QUESTION.test(t) && !/[.:;]$/u.test(t) && !VOTE_BUTTON.test(t) && !RESULTS.test(t) && !POLL_LABEL.test(t) && wordCount(t, ANSWER_MAX_WORDS + 1) <= ANSWER_MAX_WORDS;
const isQuestion = (t: string): boolean => QUESTION.test(t) && wordCount(t, QUESTION_MAX_WORDS + 1) <= QUESTION_MAX_WORDS;
const isTail = (t: string): boolean => VOTE_BUTTON.test(t) || RESULTS.test(t);

const REASON = "reader poll";
export const removePollWidget: LineRule = {
  id: "remove-poll-widget",
  apply(lines: readonly SourceLine[]): LineMark[] {
    const marks: LineMark[] = [];
    let done = -1;
    for (let q = 0; q < lines.length; q++) {
      if (q <= done || !isQuestion(lines[q]!.text)) continue;
      let end = q;
      while (end + 1 < lines.length && end - q < MAX_ANSWERS && isAnswer(lines[end + 1]!.text)) end++;
      const answers = lines.slice(q + 1, end + 1).map((l) => l.text);
      if (answers.length < MIN_ANSWERS) continue;
      let tail = end;
      while (tail + 1 < lines.length && isTail(lines[tail + 1]!.text)) tail++;
      const labelled = q > 0 && POLL_LABEL.test(lines[q - 1]!.text);
      // A question over short lines is a poll when it is named one or has a button or a count under it
      // (a list the text asks about stays; a rating prompt's "Yes" / "No" go with it, see removeEngagementPrompt).
      if (!labelled && tail === end) continue;
      for (let k = labelled ? q - 1 : q; k <= tail; k++) marks.push({ index: k, reason: REASON, inText: true });
      done = tail;
    }
    return marks;
  },
};
