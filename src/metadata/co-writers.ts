import type { SourceLine } from "../model";
import type { BylineResult } from "./extract-byline";
import { BY_WORD, BYLINE_MAX_CHARS } from "./byline-words";
import { BARE_NAME, isButtonOrLabel, isJobLine, JOINER_LINE } from "./bare-names";
import { names } from "./byline-names";

/* A writer named with her job ("Anna Lind, Political Editor"), and co-writers stacked so over the date. */

/** Words that open a job's title rather than end a name ("Staff", "Senior", "Local Democracy"). */
export const JOB_OPENER = String.raw`(?:Senior|Chief|Staff|Deputy|Associate|Assistant|Contributing|Managing|Executive|Special|Foreign|Political|Digital|News|Sports?|Business|Science|Health|Education|Tech(?:nology)?|Culture|Arts|Economics?|Global|Local|National|International)`;
const JOB_END_WORD = String.raw`(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Jj]ournalist|[Cc]ontributor)$`;
const NOT_A_NAME_START = String.raw`(?!(?:By|BY|The|Our|Your|An?|Letters?|${JOB_OPENER.slice(3, -1)})\s)`;
const ROLE_NAME_WORD = String.raw`(?!${JOB_OPENER}\s)\p{Lu}[\p{L}'’.-]+`;
/** A name with its job after it, set apart or not: "Jamie Lind | Staff writer", "Anna Lind, Senior
 *  Reporter", "Anna Lind Education correspondent", "By Anna Lind Harbour Press Writer" (wire copy). A job
 *  that opens with one of its usual words ("Mary Ann Lind Staff Writer") leaves the name all the words
 *  before it; otherwise the name takes as few words as it can (two or three), so that a beat's word
 *  ("Education") or an outlet's ("Harbour Press") goes with the job. A job alone ("Chief Political
 *  Correspondent", "The Harbour Editor") names nobody. */
export const NAME_WITH_ROLE = new RegExp(String.raw`^(?:(?:[Bb]y|BY)\s+)?${NOT_A_NAME_START}(?:(${ROLE_NAME_WORD}(?:\s+${ROLE_NAME_WORD}){1,2})\s+${JOB_OPENER}(?:\s+[\p{L}-]+){0,2}\s+${JOB_END_WORD}|(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}?)(?:\s*[|,–—-]\s*(?:[\p{L}-]+\s+){0,3}|(?:\s+[\p{L}-]+){1,3}\s+)${JOB_END_WORD})`, "u");
/** The job's last letters, a plain test before the expression: most head lines end otherwise. */
export const JOB_END = /(?:riter|porter|ondent|ditor|umnist|nalist|ibutor)$/;
export const nameWithRole = (t: string): RegExpMatchArray | null => {
  const m = NAME_WITH_ROLE.exec(t);
  return m && [m[0], m[1] ?? m[2]!];
};

/** Co-writers stacked over the date with the joiner on a line of its own, each name perhaps with its
 *  comma, its job glued after it, or its job on the line under it ("Anna Lind," / "Political
 *  Editor" / "and" / "Tomas Reyes," / "Senior Political Correspondent"; "Anna Lind Royal
 *  Correspondent" / "and" / "Tomas Reyes"): all the names, when the line at i is one of them. */
const STACK_MAX_LINES = 8;
function writerAt(lines: readonly SourceLine[], k: number): { name: string; next: number } | undefined {
  const t = lines[k]?.text;
  if (!t || t.length > BYLINE_MAX_CHARS) return undefined;
  const bare = (t.endsWith(",") ? t.slice(0, -1) : t).replace(BY_WORD, "");
  const name = BARE_NAME.test(bare) && !bare.includes(",") && !isButtonOrLabel(bare) && !isJobLine(bare) ? bare : JOB_END.test(bare) ? nameWithRole(bare)?.[1] : undefined;
  return name ? { name, next: isJobLine(lines[k + 1]?.text) ? k + 2 : k + 1 } : undefined;
}
/** The writer after the joiner under the writer w, if any. */
const joinedAfter = (lines: readonly SourceLine[], w: { next: number }) => (JOINER_LINE.test(lines[w.next]?.text ?? "") ? writerAt(lines, w.next + 1) : pairedAfter(lines, w));
/** …or, with no joiner, the next name with its job under it, under a name with its job ("Anna Lind" /
 *  "Multimedia Journalist" / "Tom Berg" / "Chief Meteorologist"): a broadcaster's stack of writers. */
const pairedAfter = (lines: readonly SourceLine[], w: { next: number }) => {
  if (!isJobLine(lines[w.next - 1]?.text)) return undefined;
  const next = writerAt(lines, w.next);
  return next && next.next === w.next + 2 ? next : undefined;
};
export function writerStack(lines: readonly SourceLine[], i: number): string[] | undefined {
  if (i < 0) return undefined;
  let top = i;
  while (top > 0 && i - top < STACK_MAX_LINES && (writerAt(lines, top - 1) || isJobLine(lines[top - 1]!.text) || JOINER_LINE.test(lines[top - 1]!.text))) top--;
  for (let s = top; s <= i; s++) {
    let w = writerAt(lines, s);
    if (!w) continue;
    const found = [w.name];
    for (let next = joinedAfter(lines, w); next; next = joinedAfter(lines, w)) {
      found.push(next.name);
      w = next;
    }
    // The stack must hold the line the byline was read from.
    if (found.length > 1 && i < w.next) return found;
  }
  return undefined;
}

/** Co-writers each with a job, set apart by bars: "Anna Lind, Political Editor | Tom Hale, Whitehall
 *  Correspondent". */
export function writersWithJobs(t: string): string[] | undefined {
  const parts = t.split(" | ");
  if (!parts.every((p) => JOB_END.test(p))) return undefined;
  const found = parts.map((p) => nameWithRole(p)?.[1]);
  return found.every((n) => n !== undefined) ? (found as string[]) : undefined;
}

const isNameAlone = (t: string): boolean => BARE_NAME.test(t) && !isButtonOrLabel(t) && !isJobLine(t);
/** A byline the page broke after a comma between two writers ("KLNR | By Anna Lind," / "Tom Berg";
 *  "Anna Lind," / "Tom Berg"): the name on the other line is a co-writer's, the other line the
 *  byline's too. */
export function brokenAfterComma(lines: readonly SourceLine[], found: BylineResult): BylineResult | undefined {
  if (!found.consumeLine) return undefined;
  const at = lines.indexOf(found.line);
  const [over, under] = [lines[at - 1], lines[at + 1]];
  const own = typeof found.author === "string" ? [found.author] : found.author;
  // (A line under the comma that says whom the writer writes for is her affiliation: "Anna Lind," /
  // "Harbour Staff".)
  if (found.line.text.endsWith(",") && under && isNameAlone(under.text) && !own.includes(under.text) && Array.isArray(names(`${own[own.length - 1]}, ${under.text}`))) return { ...found, author: [...own, under.text], more: under };
  const name = over?.text.slice(0, -1);
  if (over?.text.endsWith(",") && name && isNameAlone(name) && !own.includes(name) && Array.isArray(names(`${name}, ${own[0]}`))) return { ...found, author: [name, ...own], more: over };
  return undefined;
}
