import type { DateSource, SourceLine } from "../model";
import { findDates, shiftDays } from "./parse-date";

export interface DateResult {
  date: string;
  dateSource: DateSource;
  /** the line the date came from, and whether that whole line was only metadata */
  index: number;
  consumeLine: boolean;
}

/** Labels that introduce a publication date, in the languages of the dev pages. Updated-style labels
 *  come second: a page's first publication is the date the archive sorts by. */
const PUBLISHED = /^(?:published|posted|first published|publication date|date|veröffentlicht|publiziert|stand|publié(?:e)?|mis en ligne|publicado|pubblicato|gepubliceerd)\b[^\p{L}\p{N}]*(?:on|am|le|el|il|op)?\s*/iu;
const UPDATED = /^(?:updated|last updated|modified|aktualisiert|mis à jour|actualizado|aggiornato|bijgewerkt)\b[^\p{L}\p{N}]*(?:on|am|le|el|il|op)?\s*/iu;
/** A dateline opens the first paragraph: "Berlin, Germany – December 14, 2025 – In a …". */
const DATELINE = /^(?:[\p{Lu}][\p{L}.'’-]*(?:[ ,]+[\p{L}.'’-]+){0,4})\s*[–—-]\s*/u;
/** How far into the article a metadata line may stand (title, dek, byline, date come first). */
const HEAD_LINES = 10;
/** A line that is mostly its date (a byline date) has little else on it. */
const DATE_LINE_MAX_EXTRA_CHARS = 30;

export function extractDate(lines: readonly SourceLine[], reference?: Date): DateResult | undefined {
  const head = lines.slice(0, HEAD_LINES);
  for (const label of [PUBLISHED, UPDATED]) {
    for (let i = 0; i < head.length; i++) {
      const t = head[i]!.text;
      // "Published: 2025-10-17 02:25 | Updated: …" can also open a line with more text after it.
      const m = t.match(label);
      if (!m) continue;
      const d = findDates(t.slice(m[0].length), reference)[0];
      if (d && d.index <= 3) return { date: d.iso, dateSource: "published", index: i, consumeLine: t.length - d.end - m[0].length <= DATE_LINE_MAX_EXTRA_CHARS && !/[.!?]$/.test(t) };
    }
  }
  for (let i = 0; i < head.length; i++) {
    const t = head[i]!.text.replace(/^!\[[^\]]*\]\([^)]*\)\s*/, "");
    const dl = t.match(DATELINE);
    if (dl) {
      const d = findDates(t.slice(dl[0].length, dl[0].length + 60), reference)[0];
      if (d && d.index === 0 && /^\s*[–—-]/.test(t.slice(dl[0].length + d.end))) return { date: d.iso, dateSource: "dateline", index: i, consumeLine: false };
    }
    const only = findDates(t, reference)[0];
    if (only && t.length - (only.end - only.index) <= DATE_LINE_MAX_EXTRA_CHARS && t.length < 80) {
      return { date: only.iso, dateSource: "published", index: i, consumeLine: true };
    }
  }
  return textCue(lines, reference);
}

/** Phrases that tie a stated date to the moment of writing. Other dates in the prose are events. */
const CUES: { re: RegExp; shift: number }[] = [
  { re: /\b(?:as of|today|tonight|this (?:morning|afternoon|evening))\s*,?\s*$/i, shift: 0 },
  { re: /\byesterday\s*,?\s*$/i, shift: 1 },
];

function textCue(lines: readonly SourceLine[], reference?: Date): DateResult | undefined {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    for (const d of findDates(t, reference)) {
      const before = t.slice(Math.max(0, d.index - 24), d.index);
      const cue = CUES.find((c) => c.re.test(before));
      if (cue) return { date: cue.shift ? shiftDays(d.iso, cue.shift) : d.iso.slice(0, 10), dateSource: "text", index: i, consumeLine: false };
    }
  }
  return undefined;
}
