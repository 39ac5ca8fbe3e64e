/**
 * Stage 1: bytes → text. Dumps arrive in whatever encoding the scraper used; we detect it rather than
 * guess, and refuse (with a reason) what is not text, instead of filling an article with U+FFFD.
 */

/** Largest dump we read. Chosen well above the biggest real page dump seen (≈0.5 MB) so only
 *  accidents (logs, archives, videos renamed .txt) hit it, while keeping memory per file bounded. */
export const MAX_DUMP_BYTES = 16 * 1024 * 1024;

/** Share of NUL bytes in the first 8 KiB above which a file without a UTF-16 BOM is binary.
 *  Text never has NULs; UTF-16 without a BOM has ~50%, so anything over 1% is not a text dump we can read. */
const BINARY_NUL_SHARE = 0.01;

export type Decoded =
  | { ok: true; text: string; encoding: string; notes: string[] }
  | { ok: false; reason: string; hint: string };

export function decodeDump(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_DUMP_BYTES) {
    return {
      ok: false,
      reason: `file is ${bytes.length} bytes, over the ${MAX_DUMP_BYTES}-byte limit for one dump`,
      hint: "split it into one file per page, or check that it is really a text dump",
    };
  }
  const notes: string[] = [];
  let encoding: string;
  let body = bytes;
  if (starts(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = "utf-8";
    body = bytes.subarray(3);
  } else if (starts(bytes, [0xff, 0xfe])) {
    encoding = "utf-16le";
    body = bytes.subarray(2);
  } else if (starts(bytes, [0xfe, 0xff])) {
    encoding = "utf-16be";
    body = bytes.subarray(2);
  } else if (looksBinary(bytes)) {
    return {
      ok: false,
      reason: "file looks binary (NUL bytes and no UTF-16 byte-order mark)",
      hint: "save the page's visible text as UTF-8 (or UTF-16 with a BOM)",
    };
  } else if (isValidUtf8(bytes)) {
    encoding = "utf-8";
  } else {
    // Not UTF-8: the usual culprit is text copied on Windows. windows-1252 maps every byte but five,
    // and those five (0x81 0x8D 0x8F 0x90 0x9D) are what tells us it was not that either.
    encoding = "windows-1252";
    if (body.some((b) => b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d)) {
      return {
        ok: false,
        reason: "file is neither UTF-8 nor windows-1252 (bytes 0x81/0x8D/0x8F/0x90/0x9D present)",
        hint: "re-save the dump as UTF-8",
      };
    }
    notes.push("not valid UTF-8: read as windows-1252");
  }
  let text = encoding === "windows-1252" ? decodeWindows1252(body) : new TextDecoder(encoding, { fatal: false }).decode(body);
  if (encoding.startsWith("utf-16") && text.includes("\uFFFD")) {
    return { ok: false, reason: `broken ${encoding} (unpaired surrogates or odd byte count)`, hint: "re-save the dump as UTF-8" };
  }
  text = text.replace(/^\uFEFF/, "");
  const controls = text.match(CONTROL_CHARS)?.length ?? 0;
  if (controls > 0) notes.push(`removed ${controls} control character(s)`);
  text = text.replace(/\r\n?/g, "\n").replace(CONTROL_CHARS, "");
  return { ok: true, text, encoding, notes };
}

// C0 controls except tab and newline (CR is folded above), DEL and C1 controls.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

// Node 20's TextDecoder treats "windows-1252" as ISO-8859-1, turning curly quotes and € into C1 controls;
// the 32 bytes where the two differ are mapped here (the five undefined ones are refused above).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

function starts(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.length === 0) return false;
  let nul = 0;
  for (const b of head) if (b === 0) nul++;
  return nul / head.length > BINARY_NUL_SHARE;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decoded text → numbered lines, trimmed, with non-breaking and odd spaces made plain. */
export function toLines(text: string): { no: number; text: string }[] {
  return text.split("\n").map((raw, i) => ({
    no: i + 1,
    text: raw.replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ").replace(/[\u200B\u2060\uFEFF]/g, "").replace(/\s+$/, "").replace(/^\s+/, ""),
  }));
}
