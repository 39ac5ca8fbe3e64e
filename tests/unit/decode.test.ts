import { describe, expect, test } from "vitest";
import { decodeDump, MAX_DUMP_BYTES, MAX_LINE_CHARS, toLines } from "../../src/decode";
import { repairMojibake } from "../../src/repair-mojibake";

const utf16 = (s: string, be: boolean) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(be ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2 + (be ? 1 : 0)] = c & 0xff;
    out[2 + i * 2 + (be ? 0 : 1)] = c >> 8;
  }
  return out;
};
const text = (d: ReturnType<typeof decodeDump>) => (d.ok ? d.text : `ERROR ${d.reason}`);
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...utf8(p)] : p)));
/** UTF-16 with surrogate pairs (the helper above is BMP-only by design of its callers). */
const utf16Full = (s: string, be: boolean) => {
  const units = [...s].flatMap((ch) => {
    const cp = ch.codePointAt(0)!;
    return cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp];
  });
  return new Uint8Array([...(be ? [0xfe, 0xff] : [0xff, 0xfe]), ...units.flatMap((u) => (be ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8]))]);
};

describe("decodeDump", () => {
  test.each([
    ["should read plain UTF-8", new TextEncoder().encode("Zürich – “quoted”"), "Zürich – “quoted”", "utf-8"],
    ["should drop a UTF-8 byte-order mark", new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]), "Hi", "utf-8"],
    ["should read UTF-16 little-endian with a BOM", utf16("Grüße", false), "Grüße", "utf-16le"],
    ["should read UTF-16 big-endian with a BOM", utf16("Grüße", true), "Grüße", "utf-16be"],
    ["should read windows-1252 when the bytes are not UTF-8", new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x80]), "“Hi” €", "windows-1252"],
    ["should fold CRLF and CR line ends", new TextEncoder().encode("a\r\nb\rc"), "a\nb\nc", "utf-8"],
    ["should fold CRLF in UTF-16", utf16("a\r\nb\rc", false), "a\nb\nc", "utf-16le"],
    ["should keep astral characters in UTF-16 LE", utf16Full("Emoji 🗞️ 𝔘", false), "Emoji 🗞️ 𝔘", "utf-16le"],
    ["should keep astral characters in UTF-16 BE", utf16Full("Emoji 🗞️ 𝔘", true), "Emoji 🗞️ 𝔘", "utf-16be"],
    ["should read windows-1252 accents, dashes and quotes", bytes([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x91, 0x78, 0x92, 0x20, 0x85]), "Café – ‘x’ …", "windows-1252"],
    ["should read windows-1252 with CRLF", bytes([0x61, 0xe9, 0x0d, 0x0a, 0x62]), "aé\nb", "windows-1252"],
    // "ß" and a soft hyphen form a well-formed UTF-8 pair by chance; the other accents form none.
    ["should read windows-1252 that holds a UTF-8 pair by chance", bytes("Wei", [0xdf, 0xad], "wein, K", [0xe4], "se, gr", [0xfc], "n, s", [0xfc], "", [0xdf]), "Weiß\u00adwein, Käse, grün, süß", "windows-1252"],
    ["should read an empty file as empty text", new Uint8Array(), "", "utf-8"],
    ["should read a file that is only a BOM", bytes([0xef, 0xbb, 0xbf]), "", "utf-8"],
    ["should keep a second BOM-like character inside the text", bytes([0xef, 0xbb, 0xbf], "a\uFEFFb"), "a\uFEFFb", "utf-8"],
    ["should turn a form feed into a space, not glue words", utf8("page one\fpage two"), "page one page two", "utf-8"],
    ["should keep tabs", utf8("a\tb"), "a\tb", "utf-8"],
    ["should keep a line of exactly the maximum length", utf8("x".repeat(MAX_LINE_CHARS)), "x".repeat(MAX_LINE_CHARS), "utf-8"],
  ])("%s", (_name, bytes, expected, encoding) => {
    const d = decodeDump(bytes);
    expect(text(d)).toBe(expected);
    expect(d.ok && d.encoding).toBe(encoding);
  });

  test("should remove control characters and say so", () => {
    const d = decodeDump(new TextEncoder().encode("a\u0007b\u001bc"));
    expect(text(d)).toBe("abc");
    expect(d.ok && d.notes.map((n) => n.reason).join()).toMatch(/control/);
  });

  test("should refuse binary files instead of inventing text", () => {
    const d = decodeDump(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0]));
    expect(d.ok).toBe(false);
    expect(!d.ok && d.reason).toMatch(/binary/);
  });

  test("should refuse files over the size limit with a hint", () => {
    const d = decodeDump(new Uint8Array(MAX_DUMP_BYTES + 1).fill(0x61));
    expect(d.ok).toBe(false);
    expect(!d.ok && d.hint).toMatch(/split/);
  });

  test.each([
    ["should refuse bytes that are neither UTF-8 nor windows-1252", bytes("a\nb", [0x81]), /neither UTF-8 nor windows-1252 \(byte 0x81 on line 2\)/],
    ["should refuse damaged UTF-8 instead of reading it as windows-1252", bytes("Zürich\nline two\r\nbad ", [0xe9], " here"), /UTF-8 with invalid bytes \(first on line 3\)/],
    ["should refuse a UTF-8 overlong form", bytes("Zürich ", [0xc0, 0xaf]), /UTF-8 with invalid bytes/],
    ["should refuse a UTF-8 encoded surrogate", bytes("Zürich ", [0xed, 0xa0, 0x80]), /UTF-8 with invalid bytes/],
    ["should refuse a truncated UTF-8 character at the end", bytes("Zürich ", [0xe2, 0x82]), /UTF-8 with invalid bytes \(first on line 1\)/],
    ["should refuse a UTF-8 BOM followed by invalid bytes", bytes([0xef, 0xbb, 0xbf], "a\n", [0xff]), /byte-order mark but is not valid UTF-8 \(first bad byte on line 2\)/],
    ["should refuse UTF-16 with an odd byte count", new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), /broken utf-16le \(odd byte count\)/],
    ["should refuse UTF-16 with an unpaired surrogate", new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]), /broken utf-16le \(unpaired surrogates\)/],
    ["should refuse UTF-32 instead of reading it as UTF-16", new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), /UTF-32/],
    ["should recognise UTF-16 without a BOM", new Uint8Array([...utf8("Hello world, plain text")].flatMap((b) => [b, 0])), /UTF-16 without a byte-order mark/],
    ["should refuse random binary without NULs", new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 255 + 1), /looks binary|neither UTF-8/],
    ["should refuse a line longer than the limit, naming it", utf8("title\n" + "x".repeat(MAX_LINE_CHARS + 1)), new RegExp(`line 2 is ${MAX_LINE_CHARS + 1} characters long`)],
  ])("%s", (_n, input, reason) => {
    const d = decodeDump(input);
    expect(d.ok).toBe(false);
    expect(!d.ok && `${d.reason} / ${d.hint}`).toMatch(reason);
  });

  test.each([
    ["should never produce U+FFFD from windows-1252", bytes([0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f, 0xa0, 0xff])],
    ["should never produce U+FFFD from UTF-16", utf16Full("\u{10FFFF} \uE000 ok", false)],
  ])("%s", (_n, input) => {
    const d = decodeDump(input);
    expect(d.ok && d.text.includes("\uFFFD")).toBe(false);
    expect(d.ok && /[\u0080-\u009F]/.test(d.text)).toBe(false);
  });

  test("should say where replacement characters already in the dump are", () => {
    const d = decodeDump(utf8("fine\nbroken \uFFFD\uFFFD here"));
    expect(d.ok && d.notes).toEqual([expect.objectContaining({ line: 2, reason: expect.stringMatching(/2 replacement character\(s\) \(U\+FFFD\)/) })]);
  });

  test("should remove NUL and C1 controls and name the first line", () => {
    const d = decodeDump(utf8("a\nb\u0000c\u0085d\u009b"));
    expect(text(d)).toBe("a\nbcd");
    expect(d.ok && d.notes).toEqual([expect.objectContaining({ line: 2, reason: expect.stringMatching(/removed 3 control character\(s\)/) })]);
  });
});

describe("toLines", () => {
  test("should number lines from 1 and trim odd spaces", () => {
    expect(toLines("\u00a0 Title \u200b\n\nBody")).toEqual([
      { no: 1, text: "Title" },
      { no: 2, text: "" },
      { no: 3, text: "Body" },
    ]);
  });
  test("should keep the tab that opens a table's row with an empty first cell", () => {
    expect(toLines("\tQ3 2024\tQ3 2023 \nSales\t1,284\t1,211").map((l) => l.text)).toEqual(["\tQ3 2024\tQ3 2023", "Sales\t1,284\t1,211"]);
  });
  test("should keep every tab that opens a calendar's first week", () => {
    expect(toLines("\t\t\t1\t2\t3\t4")[0]!.text).toBe("\t\t\t1\t2\t3\t4");
  });
  test("should still trim a tab before a line without cells", () => {
    expect(toLines("\t  Harbour news").map((l) => l.text)).toEqual(["Harbour news"]);
  });
});

describe("repairMojibake", () => {
  test.each([
    ["should read a Danish line misread as windows-1252 again", "KÃ¸benhavns havn Ã¥bner igen", "Københavns havn åbner igen"],
    ["should read curly quotes and dashes misread the same way again", "The harbourâ€™s new ferry â€“ and its first trip", "The harbour’s new ferry – and its first trip"],
    ["should read the misread part of a line again beside a real sign", "© SjÃ¦llandske Havne 2020", "© Sjællandske Havne 2020"],
    ["should keep real Latin text as it is", "Café, Straße und Grüße aus Øresund", "Café, Straße und Grüße aus Øresund"],
    ["should keep a German word before a closing quote", "Er sagte „Gruß“ und „Spaß“ am Hafen.", "Er sagte „Gruß“ und „Spaß“ am Hafen."],
  ])("%s", (_n, line, repaired) => expect(repairMojibake(line).text).toBe(repaired));

  test("should say which line decoding repaired first, and how many", () => {
    const bytes = new TextEncoder().encode("Harbour news\nKÃ¸benhavn\nOslo\nÃ…rhus\n");
    const d = decodeDump(bytes);
    expect(d.ok && d.text).toBe("Harbour news\nKøbenhavn\nOslo\nÅrhus\n");
    expect(d.ok && d.notes).toEqual([{ line: 2, reason: expect.stringMatching(/^repaired 2 line\(s\) of UTF-8 text that had been read as windows-1252/) }]);
  });
});
