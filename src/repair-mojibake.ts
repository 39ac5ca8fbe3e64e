/**
 * Text that was UTF-8, read once as windows-1252 and saved again as UTF-8 ("Ã¥" for "å", "Ã©" for "é",
 * "â€™" for "’"): a scraper's mistake that decoding cannot see, since the result is valid UTF-8. Each
 * such sequence is written back to the windows-1252 bytes it was read from and read again as UTF-8; only
 * one whose bytes make a valid UTF-8 character is repaired, which real Latin text ("café" is one byte
 * 0xE9 before a letter, not a sequence; "Ã¦" side by side in a real word is unheard of) never is.
 */

/** windows-1252's characters for the bytes 0x80–0x9F, in order (the five unused bytes hold C1 controls). */
export const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const HIGH_BYTE = new Map([...CP1252_HIGH].map((c, i) => [c, 0x80 + i]));

/** A character windows-1252 reads from a UTF-8 continuation byte (0x80–0xBF). */
const CONT = "[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]";
/** A UTF-8 sequence read as windows-1252: its lead byte's character ("Ã", "Â", "Å", "â", "ð") and as
 *  many continuation characters as the lead byte announces. */
const SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`, "g");
/** What marks a line as misread: "Ã" or "Â" before a continuation character ("Ã©", "Ã¼", "Â ", "Ã…"
 *  for "Å"), "Ä" or "Å" before a Latin-1 one ("Å¡" for "š"; before a curly quote or a no-break space
 *  they are a word's last letter), two Greek or Cyrillic letters in a row ("Î•Î»", "ÐœÐ¾"), or "â"
 *  before two (curly quotes, dashes and the euro: "â€™", "â‚¬"). Other sequences are read again only
 *  on such lines: alone, "ß“" and "Ö’" are German words before a closing quote, not misread bytes. */
const SIGN = new RegExp(`[ÃÂ]${CONT}|[ÄÅ][\\u0080-\\u009F\\u00A1-\\u00BF]|[ÎÏÐÑ]${CONT}[ÎÏÐÑ]${CONT}|â${CONT}{2}`);
const UTF8 = new TextDecoder("utf-8", { fatal: true });
/** The signs' first characters: most dumps have none, and a plain search for each is the cheapest test
 *  (a character class is tried at every position). */
const LEADS = [..."ÃÂÄÅÎÏÐÑâ"];

/** The text with its misread sequences read again, how many lines that changed, and the first one's
 *  number (1-based). Sequence by sequence, not line by line: a line may hold a real "©" beside a
 *  misread "Ã¦". */
export function repairMojibake(text: string): { text: string; lines: number; first: number } {
  if (!LEADS.some((c) => text.includes(c)) || !SIGN.test(text)) return { text, lines: 0, first: 0 };
  let lines = 0;
  let first = 0;
  const out = text.split("\n").map((line, i) => {
    if (!SIGN.test(line)) return line;
    const repaired = line.replace(SEQUENCE, reread);
    if (repaired === line) return line;
    lines++;
    first ||= i + 1;
    return repaired;
  });
  return { text: lines ? out.join("\n") : text, lines, first };
}

/** One sequence as the UTF-8 character it was, or as it stands when its bytes are not valid UTF-8. */
function reread(sequence: string): string {
  const bytes = Uint8Array.from(sequence, (ch) => HIGH_BYTE.get(ch) ?? ch.charCodeAt(0));
  try {
    return UTF8.decode(bytes);
  } catch {
    return sequence;
  }
}
