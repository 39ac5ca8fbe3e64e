import { CP1252_HIGH, repairMojibake } from "./repair-mojibake";

/**
 * Stage 1: bytes → text. Dumps arrive in whatever encoding the scraper used; we detect it rather than
 * guess, and refuse (with a reason) what is not text, instead of filling an article with U+FFFD.
 */

/** Largest dump we read. Chosen well above the biggest real page dump seen (≈0.5 MB) so only
 *  accidents (logs, archives, videos renamed .txt) hit it, while keeping memory per file bounded. */
export const MAX_DUMP_BYTES = 16 * 1024 * 1024;

/** Longest line we read. A line is one block of the page (a paragraph); the longest in the sample dumps
 *  is 5,764 characters, so 200,000 leaves room for any real paragraph or glued page while refusing a
 *  pasted blob of minified text. Every stage is linear in line length (200,000 characters of glued
 *  headings take ~0.3 s), so the limit is about sense, not speed. */
export const MAX_LINE_CHARS = 200_000;

/** Share of NUL bytes in the first 8 KiB above which a file without a UTF-16 BOM is binary.
 *  Text never has NULs; UTF-16 without a BOM has ~50%, so anything over 1% is not a text dump we can read. */
const BINARY_NUL_SHARE = 0.01;
/** Share of other C0 control bytes (not tab, line feed, form feed, carriage return) in the first 8 KiB
 *  above which a file is binary. Random bytes have ~11%; text has none or a stray few. */
const BINARY_CONTROL_SHARE = 0.02;
/** …and at least this many NUL or control bytes, so a short text with a stray NUL, bell or escape is
 *  cleaned, not refused. */
const BINARY_MIN_CONTROLS = 4;
/** How much of the file the binary checks look at: enough for any file header and a few paragraphs. */
const SNIFF_BYTES = 8192;

/** Something decoding changed or noticed, at the line where it first happened (0: the whole file). */
export interface DecodeNote {
  line: number;
  reason: string;
}

export type Decoded =
  | { ok: true; text: string; encoding: string; notes: DecodeNote[] }
  | { ok: false; reason: string; hint: string };

const refuse = (reason: string, hint: string): Decoded => ({ ok: false, reason, hint });
const RESAVE = "re-save the dump as UTF-8";

export function decodeDump(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_DUMP_BYTES) {
    return refuse(`file is ${bytes.length} bytes, over the ${MAX_DUMP_BYTES}-byte limit for one dump`, "split it into one file per page, or check that it is really a text dump");
  }
  const notes: DecodeNote[] = [];
  let text: string;
  let encoding: string;
  let clean = false;
  if (starts(bytes, [0xff, 0xfe, 0, 0]) || starts(bytes, [0, 0, 0xfe, 0xff])) {
    return refuse("file is UTF-32 (its byte-order mark says so), which we do not read", RESAVE);
  } else if (starts(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = "utf-8";
    const r = strict("utf-8", bytes.subarray(3));
    if (r === undefined) return refuse(`file starts with a UTF-8 byte-order mark but is not valid UTF-8 (first bad byte on line ${badUtf8Line(bytes.subarray(3))})`, RESAVE);
    text = r;
  } else if (starts(bytes, [0xff, 0xfe]) || starts(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    const r = bytes.length % 2 === 0 ? strict(encoding, bytes.subarray(2)) : undefined;
    if (r === undefined) return refuse(`broken ${encoding} (${bytes.length % 2 ? "odd byte count" : "unpaired surrogates"})`, RESAVE);
    text = r;
  } else {
    const utf8 = strict("utf-8", bytes);
    // Binary files have NUL or other control bytes, which valid UTF-8 keeps as characters: a text
    // that decodes without any needs no sniffing (nor the clean-up below).
    clean = utf8 !== undefined && !UNCLEAN.test(utf8);
    const binary = clean ? undefined : binaryReason(bytes);
    if (binary) return refuse(binary.reason, binary.hint);
    if (utf8 !== undefined) {
      encoding = "utf-8";
      text = utf8;
    } else if (looksLikeDamagedUtf8(bytes)) {
      // Real UTF-8 characters next to invalid bytes: a damaged UTF-8 file. Reading it as windows-1252
      // would turn every "ü" into "Ã¼"; reading it as UTF-8 would hide the damage behind U+FFFD.
      return refuse(`file is UTF-8 with invalid bytes (first on line ${badUtf8Line(bytes)})`, "fix or re-save that line as UTF-8");
    } else {
      // Not UTF-8: the usual culprit is text copied on Windows. windows-1252 maps every byte but five,
      // and those five (0x81 0x8D 0x8F 0x90 0x9D) are what tells us it was not that either.
      encoding = "windows-1252";
      const undefinedByte = bytes.findIndex((b) => b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d);
      if (undefinedByte >= 0) {
        return refuse(`file is neither UTF-8 nor windows-1252 (byte 0x${bytes[undefinedByte]!.toString(16).toUpperCase()} on line ${lineAt(bytes, undefinedByte)})`, RESAVE);
      }
      notes.push({ line: 0, reason: "not valid UTF-8: read as windows-1252" });
      text = decodeWindows1252(bytes);
    }
  }
  text = text.replace(/^\uFEFF/, "");
  // Most dumps have none of what the clean-up below looks for: one search decides whether to run it.
  if (!clean && UNCLEAN.test(text)) {
    text = text.replace(/\r\n?/g, "\n");
    const damaged = countWithLine(text, /\uFFFD/g);
    if (damaged) notes.push({ line: damaged.line, reason: `the dump already contains ${damaged.count} replacement character(s) (U+FFFD), the first here: the text was damaged before it was saved` });
    const controls = countWithLine(text, CONTROL_CHARS);
    if (controls) notes.push({ line: controls.line, reason: `removed ${controls.count} control character(s), the first here` });
    // A form feed or vertical tab separates words or pages: keep a space so the words do not run together.
    text = text.replace(/[\u000B\u000C]/g, " ").replace(CONTROL_CHARS, "");
  }
  const repaired = repairMojibake(text);
  if (repaired.lines) {
    text = repaired.text;
    notes.push({ line: repaired.first, reason: `repaired ${repaired.lines} line(s) of UTF-8 text that had been read as windows-1252 ("Ã©" for "é"), the first here` });
  }
  const long = longLine(text);
  if (long) return refuse(`line ${long.line} is ${long.length} characters long, over the ${MAX_LINE_CHARS}-character limit for one line`, "a page's text has one paragraph per line: check that this is a page dump, or break the line up");
  return { ok: true, text, encoding, notes };
}

/** Carriage returns, replacement characters and the control characters below. */
const UNCLEAN = /[\r\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// C0 controls except tab and newline (CR is folded above), DEL and C1 controls.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

// Node 20's TextDecoder treats "windows-1252" as ISO-8859-1, turning curly quotes and € into C1 controls;
// the 32 bytes where the two differ are mapped with CP1252_HIGH (the five undefined ones are refused above).

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function strict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function starts(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function binaryReason(bytes: Uint8Array): { reason: string; hint: string } | undefined {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.length === 0) return undefined;
  let nul = 0;
  let nulOdd = 0;
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b === 0) {
      nul++;
      if (i % 2) nulOdd++;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) controls++;
  }
  if (nul >= BINARY_MIN_CONTROLS && nul / head.length > BINARY_NUL_SHARE) {
    // UTF-16 text without a BOM: ASCII characters leave their NUL half on one side only.
    const oneSided = nulOdd / nul > 0.9 || nulOdd / nul < 0.1;
    if (oneSided && nul / head.length > 0.3) return { reason: "file looks like UTF-16 without a byte-order mark", hint: "re-save it as UTF-8, or as UTF-16 with a byte-order mark" };
    return { reason: "file looks binary (NUL bytes and no UTF-16 byte-order mark)", hint: "save the page's visible text as UTF-8 (or UTF-16 with a BOM)" };
  }
  if (controls >= BINARY_MIN_CONTROLS && controls / head.length > BINARY_CONTROL_SHARE) return { reason: `file looks binary (${controls} control bytes in its first ${head.length})`, hint: "save the page's visible text as UTF-8" };
  return undefined;
}

/** Whether bytes that are not valid UTF-8 are UTF-8 with some damage rather than windows-1252: at
 *  least as many well-formed multi-byte sequences (lead byte and the right number of continuation
 *  bytes) as runs of high bytes outside one (a broken character is a run of one to three).
 *  Windows-1252 text forms such a sequence by chance now and then ("ß" before a soft hyphen is one:
 *  "Weiß­wein"), among hundreds of accents that form none; a damaged UTF-8 file is the other way
 *  round. */
function looksLikeDamagedUtf8(bytes: Uint8Array): boolean {
  let sequences = 0;
  let stray = 0;
  let inStray = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) {
      inStray = false;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      sequences++;
      i += len - 1;
    } else if (!inStray) stray++;
    inStray = !ok;
  }
  return sequences > 0 && sequences >= stray;
}

/** The line of the first byte that is not part of a well-formed UTF-8 character. */
function badUtf8Line(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Unicode's table of well-formed sequences: the second byte's range depends on the lead byte
    // (no overlong forms, no surrogates, nothing above U+10FFFF).
    const [len, lo, hi] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
    let ok = len > 0 && i + len <= bytes.length && bytes[i + 1]! >= lo && bytes[i + 1]! <= hi;
    for (let k = 2; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (!ok) return lineAt(bytes, i);
    i += len;
  }
  return lineAt(bytes, bytes.length);
}

/** 1-based line of a byte offset, counting LF, CRLF and lone CR as line ends (as decodeDump does). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

function countWithLine(text: string, re: RegExp): { count: number; line: number } | undefined {
  const all = text.match(re);
  if (!all) return undefined;
  const first = text.search(re);
  return { count: all.length, line: text.slice(0, first).split("\n").length };
}

function longLine(text: string): { line: number; length: number } | undefined {
  // A text no longer than the limit has no line over it: most dumps are spared the scan.
  if (text.length <= MAX_LINE_CHARS) return undefined;
  let start = 0;
  for (let no = 1; start <= text.length; no++) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > MAX_LINE_CHARS) return { line: no, length: stop - start };
    if (end < 0) return undefined;
    start = end + 1;
  }
  return undefined;
}

/** Decoded text → numbered lines, trimmed, with non-breaking and odd spaces made plain. A table row
 *  whose first cells are empty (a header's corner: "\tQ3 2024\tQ3 2023"; a calendar's first week) keeps
 *  the tabs that open it: without them, every cell moved to the left. */
export function toLines(text: string): { no: number; text: string }[] {
  return text.split("\n").map((raw, i) => {
    // trim() removes exactly what \s matches; the replacements run only on lines that need them.
    const plain = ODD_SPACE.test(raw) ? raw.replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ").replace(/[\u200B\u2060\uFEFF]/g, "") : raw;
    const trimmed = plain.trim();
    return { no: i + 1, text: plain.charCodeAt(0) === 9 && trimmed.includes("\t") ? `${LEADING_TABS.exec(plain)![0]}${trimmed}` : trimmed };
  });
}
const LEADING_TABS = /^\t+/;
const ODD_SPACE = /[\u00A0\u2000-\u200B\u202F\u205F\u3000\u2060\uFEFF]/;
