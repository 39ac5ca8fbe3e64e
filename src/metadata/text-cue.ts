import type { SourceLine } from "../model";
import { shiftDays } from "./parse-date";
import { datesIn, HAS_DIGITS, type DateContext, type DateResult } from "./dates-in";
import { matchesOf } from "../matches";

/** Phrases that tie a stated date to the moment of writing; any other date in the prose is an event. */
const CUES: { re: RegExp; shift: number }[] = [
  { re: /\b(?:as of|today|tonight|this (?:morning|afternoon|evening))\s*,?\s*$/i, shift: 0 },
  { re: /\byesterday\s*,?\s*$/i, shift: 1 },
];
const CUE_WORD = /\b(?:as of|today|tonight|this (?:morning|afternoon|evening)|yesterday)\b/i;
const CUE_WORDS = new RegExp(CUE_WORD.source, "gi");
/** "As of 1 May 2024, the shop will also open on Sundays": a date from which something will be, not the
 *  time of writing ("As of November 6th, 2025, the army remains …"). */
const WILL_AFTER = /^[^.!?]{0,60}\bwill\b/i;

/** The date of a cue in the prose that ties it to the time of writing ("announced yesterday, October
 *  16th, 2025"), resolved against the date it names. */
export function textCue(lines: readonly SourceLine[], ctx: DateContext): DateResult | undefined {
  for (const line of lines) {
    if (!HAS_DIGITS.test(line.text) || !CUE_WORD.test(line.text)) continue;
    for (const m of matchesOf(CUE_WORDS, line.text)) {
      const from = m.index!;
      const window = line.text.slice(from, from + m[0].length + 40);
      for (const d of datesIn(window, ctx)) {
        const before = window.slice(0, d.index);
        const cue = CUES.find((c) => c.re.test(before));
        if (cue && !(/as of/i.test(before) && WILL_AFTER.test(line.text.slice(from + d.end)))) return { date: cue.shift ? shiftDays(d.iso, cue.shift) : d.iso.slice(0, 10), dateSource: "text", line, consumeLine: false };
      }
    }
  }
  return undefined;
}
