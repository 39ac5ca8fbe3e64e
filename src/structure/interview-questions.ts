import type { Block } from "../model";
import { splitSentences, wordCount } from "../text";

/* An interview's questions, as papers print them: bold, over the answer. Short ones read as headings
 * (a line that ends with "?" over a paragraph), long ones as paragraphs; both are the interviewer's
 * turn, not the text's sections. */

/** Fewer questions are an explainer's headings ("What happens next?"), or a paragraph's question. */
const MIN_QUESTIONS = 3;
/** A turn is a question or three, not a paragraph of them. */
const QUESTION_MAX_WORDS = 60;
/** The one who answers speaks of herself: the first person singular, in the languages of the dev
 *  pages. An explainer's questions ("How much will you save?") are answered about the reader or the
 *  matter, an essay's in the authors' "we". Case matters: the Italian article "i" is no "I", and words
 *  that are something else in another of these languages ("ma", "mes") are left out. */
const FIRST_PERSON = /(?:^|[\s"“„«(])(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Ii]ch|[Mm]ir|[Mm]ich|[Mm]ein(?:e[mnrs]?)?|[Jj]e|[Mm]oi|[Mm]on|[Yy]o|[Mm]is?|[Ii]o|[Ii]k|[Mm]ijn)(?=[\s,.;:!?'’»”)]|$)|(?:^|[\s"“„«(])[Jj]['’](?=\p{L})/u;
const QUESTION_END = /\?["'”’»)]?$/u;

const isQuestion = (b: Block): boolean => (b.kind === "heading" || b.kind === "paragraph") && QUESTION_END.test(b.text) && wordCount(b.text, QUESTION_MAX_WORDS + 1) <= QUESTION_MAX_WORDS;
/** A question put to someone by her name or in the polite second person ("Frau Lind, …", "Haben Sie
 *  …", "Vous écrivez …", "Avez-vous …", "¿Usted cree …?"). Not the English "you": an explainer asks
 *  "Should you lock your rate?" of its reader. Case matters for German: a lowercase "sie" is "she" or
 *  "they". */
const ADDRESSED = /(?:^|[\s(«„"-])(?:Sie|Ihnen|Ihre?[mnrs]?|[Vv]ous|[Vv]otre|[Vv]os|[Uu]sted(?:es)?)(?=[\s,.;:!?'’»”)]|$)|(?:^|\s)(?:Herr|Frau|Monsieur|Madame|Señora?|Signora?|Signor)\s+\p{Lu}[\p{L}'’-]+,/u;
/** The interviewer's name or outlet before her questions ("Rundschau: …", "Q: …", "AZ: …"): the same
 *  label over two of them at least (an explainer's "Exkurs: …" stands once). */
const SPEAKER = /^(\p{Lu}[\p{L}\d.'’ -]{0,30}):\s/u;
const speakerOf = (text: string): string | undefined => SPEAKER.exec(text)?.[1];
/** A turn of an interview: the interviewer sets the scene before she asks ("The estuary is almost a
 *  character. How much of that is real?"), asks someone, or the answer is in the first person. */
const isTurn = (question: string, answer: string): boolean => splitSentences(question).length > 1 || ADDRESSED.test(question) || FIRST_PERSON.test(answer);

/** Marks the questions of an interview (a question over each answer, MIN_QUESTIONS or more, more than
 *  half of them an interview's turns) as bold paragraphs, with the interviewer's labelled lines. */
export function markInterviewQuestions(blocks: Block[]): void {
  const turns: Block[] = [];
  let interview = 0;
  blocks.forEach((b, i) => {
    const answer = blocks[i + 1];
    if (!isQuestion(b) || answer?.kind !== "paragraph" || QUESTION_END.test(answer.text)) return;
    turns.push(b);
    if (isTurn(b.text, answer.text)) interview++;
  });
  const speakers = turns.map((b) => speakerOf(b.text)).filter((x) => x !== undefined);
  const asker = speakers.find((x) => speakers.indexOf(x) !== speakers.lastIndexOf(x));
  if (asker !== undefined) interview = Math.max(interview, speakers.filter((x) => x === asker).length);
  if (turns.length < MIN_QUESTIONS || interview * 2 <= turns.length) return;
  // The interviewer's label also opens her turns that ask nothing ("Rundschau: Trotzdem sind die
  // Zahlen gesunken.").
  for (const b of blocks) {
    if (!turns.includes(b) && !(asker !== undefined && b.kind === "paragraph" && speakerOf(b.text) === asker)) continue;
    b.kind = "paragraph";
    b.strong = true;
  }
}
