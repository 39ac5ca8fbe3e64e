import type { SourceLine } from "./model";
import type { BodySpan } from "./locate-body";
import { isProse } from "./text";

/** A wire story's credit line right under its text, "(Reporting by Anna Lind; Editing by Tom Berg)",
 *  "(Información de …; editado por …)", "(Bericht von …; redigiert von …)": the agency's own last line of
 *  the story, which reference texts keep. In brackets or not; short, so the run ended above it. */
const WIRE_CREDIT = /^\(?(?:(?:additional )?reporting|writing|editing|compiled|reportaje|información|informacion|bericht|berichterstattung|reportage) (?:by|de|von|par)\b[^()]{0,300}\)?$/i;
export function extendWireCredit(lines: readonly SourceLine[], given: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  const span = upNext(lines, given, walls);
  const at = (k: number) => (lines[k] && !walls.has(lines[k]!) ? lines[k]!.text : "");
  // The wire's currency note may stand between ("($1 = 0.7692 pounds)"), and is the story's too.
  const note = EXCHANGE_NOTE.test(at(span.end + 1)) ? 1 : 0;
  if (WIRE_CREDIT.test(at(span.end + 1 + note))) return { start: span.start, end: span.end + 1 + note };
  if (note) return { start: span.start, end: span.end + 1 };
  // A box a portal set inside the story ("Trending Now" and its ranked headlines, removed) walls off its
  // last paragraphs; the credit the agency closes its story with, right under them, shows they are its.
  for (let k = span.end + 1; k <= span.end + WIRE_TAIL_MAX_PARAGRAPHS && k < lines.length && isProse(lines[k]!.text); k++) {
    if (WIRE_CREDIT.test(lines[k + 1]?.text ?? "")) return { start: span.start, end: k + 1 };
  }
  return span;
}
/** The story's paragraphs a box may wall off over its credit: its last one or two. */
const WIRE_TAIL_MAX_PARAGRAPHS = 2;
const EXCHANGE_NOTE = /^\(\s?(?:[$€£¥]\s?1|1\s?(?:[$€£¥]|[A-Z]{3}|euros?|dollars?|pounds?))\s?=\s?[$€£¥]?\s?[\d.,]+\s?[\p{L}$€£¥. ]{0,25}\)$/u;

/** A wire's game story closes with the teams' next games under "UP NEXT", a line each ("Rangers: Host
 *  the Eastgate Foxes on Wednesday."): too short for prose, they are the story's last section. */
const UP_NEXT = /^up next:?$/i;
const TEAM_NEXT = /^\p{Lu}[\p{L}\d .&'’-]{1,40}: \p{Lu}[^\t]{4,120}[.!]$/u;
const TEAMS_MAX = 4;
function upNext(lines: readonly SourceLine[], span: BodySpan, walls: ReadonlySet<SourceLine>): BodySpan {
  const head = span.end + 1;
  if (!UP_NEXT.test(lines[head]?.text ?? "") || walls.has(lines[head]!)) return span;
  let end = head;
  while (end + 1 < lines.length && end - head < TEAMS_MAX && !walls.has(lines[end + 1]!) && TEAM_NEXT.test(lines[end + 1]!.text)) end++;
  return end > head ? { start: span.start, end } : span;
}
