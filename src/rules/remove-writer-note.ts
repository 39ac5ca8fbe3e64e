import { lineMatchRule } from "./define";

/** The note on who wrote an opinion piece, the writer its subject rather than named ("The writer is a
 *  former ambassador …", "Die Autorin ist Professorin für …", "L'auteure est maîtresse de conférences
 *  …", "(The author is a senior fellow at …)"), as papers print it in italics under a guest's column:
 *  the page's word on the writer, never the column's. Said as such notes say it: the role, its copula,
 *  and within a few words a job or a title. (A review's "The author is at her best …" names no job.) */
const SUBJECT = String.raw`(?:the (?:writer|author|columnist)s?|(?:die|der) (?:autorin|autor|autorinnen|autoren|kolumnistin|kolumnist|verfasserin|verfasser)|l['’](?:auteur|auteure|autrice|autore)|(?:el|la) (?:autor|autora)|de (?:auteur|schrijver))`;
const COPULA = String.raw`(?:is|was|are|were|ist|war|sind|est|était|sont|es|fue|son|è|era|sono)`;
const JOB = String.raw`(?:professor|prof\.|lecturer|(?:senior |research )?fellow|director|former|senior|chair(?:man|woman)?|head|founder|co-founder|member|journalist|author|writer|editor|columnist|correspondent|researcher|economist|analyst|consultant|ambassador|diplomat|lawyer|attorney|physician|scientist|historian|president|partner|professorin|dozentin|dozent|leiterin|leiter|direktorin|direktor|mitglied|journalistin|autorin|publizistin|publizist|ökonomin|ökonom|juristin|jurist|ehemalige[rn]?|professeure?|maîtresse|maître|chercheuse|chercheur|directrice|directeur|économiste|ancienne?|membre|avocate?|catedrátic[oa]|profesora?|investigador[a]?|exdirector[a]?|docente|ricercat(?:ore|rice)|hoogleraar|onderzoeker)`;
const WRITER_NOTE = new RegExp(String.raw`^[(*]?${SUBJECT}\s+${COPULA}\s+(?:[\p{L}’'.-]+\s+){0,6}?${JOB}(?![\p{L}])`, "iu");
/** A note is a sentence or three; longer is the column's own paragraph. */
const NOTE_MAX_CHARS = 500;

export const removeWriterNote = lineMatchRule("remove-writer-note", "note on the opinion piece's writer", (t) => t.length <= NOTE_MAX_CHARS && WRITER_NOTE.test(t));
