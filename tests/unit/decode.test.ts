import { describe, expect, test } from "vitest";
import { decodeDump, MAX_DUMP_BYTES, toLines } from "../../src/decode";

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

describe("decodeDump", () => {
  test.each([
    ["should read plain UTF-8", new TextEncoder().encode("Zürich – “quoted”"), "Zürich – “quoted”", "utf-8"],
    ["should drop a UTF-8 byte-order mark", new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]), "Hi", "utf-8"],
    ["should read UTF-16 little-endian with a BOM", utf16("Grüße", false), "Grüße", "utf-16le"],
    ["should read UTF-16 big-endian with a BOM", utf16("Grüße", true), "Grüße", "utf-16be"],
    ["should read windows-1252 when the bytes are not UTF-8", new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x80]), "“Hi” €", "windows-1252"],
    ["should fold CRLF and CR line ends", new TextEncoder().encode("a\r\nb\rc"), "a\nb\nc", "utf-8"],
  ])("%s", (_name, bytes, expected, encoding) => {
    const d = decodeDump(bytes);
    expect(text(d)).toBe(expected);
    expect(d.ok && d.encoding).toBe(encoding);
  });

  test("should remove control characters and say so", () => {
    const d = decodeDump(new TextEncoder().encode("a\u0007b\u001bc"));
    expect(text(d)).toBe("abc");
    expect(d.ok && d.notes.join()).toMatch(/control/);
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

  test("should refuse bytes that are neither UTF-8 nor windows-1252", () => {
    expect(decodeDump(new Uint8Array([0x41, 0x81, 0xc3])).ok).toBe(false);
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
});
