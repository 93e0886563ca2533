import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText } from "../src/decode.js";
import { parseGazette } from "../src/parse.js";
import { fixturePath, fixtureText } from "./support.js";

const errorsOf = (input: string | Uint8Array) =>
  parseGazette(input).diagnostics.filter((diagnostic) => diagnostic.severity === "error").map((diagnostic) => diagnostic.ruleId);

/** The bytes of `text` in UTF-16, big- or little-endian, after a byte order mark. */
function utf16(text: string, order: "le" | "be"): Uint8Array {
  const little = Buffer.from(`\uFEFF${text}`, "utf16le");
  return order === "le" ? little : little.swap16();
}

describe("decodeText", () => {
  it("reads UTF-16 by its byte order mark, both byte orders", () => {
    // 广州 is U+5E7F U+5DDE.
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x7f, 0x5e, 0xde, 0x5d]))).toEqual({ ok: true, text: "广州", encoding: "utf-16le" });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x5e, 0x7f, 0x5d, 0xde]))).toEqual({ ok: true, text: "广州", encoding: "utf-16be" });
  });

  it("reads UTF-8 (its byte order mark dropped) and else GB18030", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe5, 0xb9, 0xbf]))).toEqual({ ok: true, text: "广", encoding: "utf-8" });
    // 广州 in GB18030.
    expect(decodeText(new Uint8Array([0xb9, 0xe3, 0xd6, 0xdd]))).toEqual({ ok: true, text: "广州", encoding: "gb18030" });
  });

  it("calls bytes binary as git does: a NUL among the first 8,000", () => {
    const text = new Uint8Array(10_000).fill(0x41);
    text[7_999] = 0;
    expect(decodeText(text)).toMatchObject({ ok: false, problem: "binary" });
    text[7_999] = 0x41;
    text[8_000] = 0;
    expect(decodeText(text)).toMatchObject({ ok: true, encoding: "utf-8" });
  });

  it("says when there is nothing, or a byte order mark alone", () => {
    expect(decodeText(new Uint8Array([]))).toMatchObject({ ok: false, problem: "empty" });
    expect(decodeText(new Uint8Array([0xff, 0xfe]))).toMatchObject({ ok: false, problem: "empty" });
  });
});

describe("parseGazette given bytes", () => {
  const fromString = parseGazette(fixtureText);

  it("parses the Buffer of readFileSync as the file's text", () => {
    const fromBuffer = parseGazette(readFileSync(fixturePath));
    expect(fromBuffer.documents.map((document) => document.title)).toEqual(fromString.documents.map((document) => document.title));
    expect(fromBuffer.diagnostics).toEqual(fromString.diagnostics);
  });

  it("parses the issue saved as UTF-16, as PowerShell 5 saves it", () => {
    const fromUtf16 = parseGazette(utf16(fixtureText, "le"));
    expect(fromUtf16.pages).toBe(48);
    expect(fromUtf16.documents.map((document) => document.kind)).toEqual(["task-assignment", "levy-notice", "regulation", "personnel"]);
    expect(parseGazette(utf16(fixtureText, "be")).documents.map((document) => document.docNumber?.text ?? null)).toEqual(
      fromString.documents.map((document) => document.docNumber?.text ?? null),
    );
  });

  it("reports bytes that are no text as an error, without throwing", () => {
    expect(errorsOf(new Uint8Array([0x47, 0x5a, 0x00, 0x01]))).toEqual(["not-text"]);
  });

  it("throws a TypeError that says what it expects for anything else", () => {
    for (const value of [undefined, null, 42, {}, ["广州"]]) {
      expect(() => parseGazette(value as unknown as string)).toThrow(TypeError);
    }
    expect(() => parseGazette(undefined as unknown as string)).toThrow(/expects the text of an issue as a string, or its bytes as a Uint8Array.*given undefined/);
  });

  it("never throws on any byte array", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        expect(parseGazette(bytes).diagnostics.length).toBeGreaterThanOrEqual(0);
      }),
      { seed: 20221308, numRuns: 200 },
    );
  });
});

describe("input that is not a gazette", () => {
  it.each([
    ["/etc/services", () => readFileSync("/etc/services")],
    ["the README saved as text", () => readFileSync(new URL("../README.md", import.meta.url))],
    ["white space alone", () => "  \n\t\n\u3000\n"],
    ["nothing", () => ""],
  ])("%s is not-a-gazette", (_, read) => {
    expect(errorsOf(read())).toEqual(["not-a-gazette"]);
  });

  it("the bundled issue and the synthetic ones are gazettes", () => {
    for (const name of ["gz-2022-08.txt", "synthetic-2023-05.txt", "synthetic-2023-07.txt"]) {
      expect(errorsOf(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)))).not.toContain("not-a-gazette");
    }
  });
});

describe("control characters", () => {
  // Line 1210 of the issue: `市发展改革委ꎬ 省通信管理局`, in the middle of 100 KB of text.
  const lines = fixtureText.split("\n");
  const damaged = (insert: string) => [...lines.slice(0, 1209), `市发展${insert}改革委ꎬ 省通信管理局`, ...lines.slice(1210)].join("\n");

  it("are reported with their position and page; the issue is still read", () => {
    expect(lines[1209]).toBe("市发展改革委ꎬ 省通信管理局");
    const gazette = parseGazette(damaged("\u0000\u0007"));
    const found = gazette.diagnostics.filter((diagnostic) => diagnostic.ruleId === "control-character");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", line: 1210, column: 4, page: 14 });
    expect(found[0]!.message).toContain("2 control characters (from U+0000)");
    expect(gazette.documents.map((document) => document.kind)).toEqual(["task-assignment", "levy-notice", "regulation", "personnel"]);
  });

  it("leave tab, form feed and the line endings alone", () => {
    const ruleIds = parseGazette(damaged("\t\f").replace(/\n/g, "\r\n")).diagnostics.map((diagnostic) => diagnostic.ruleId);
    expect(ruleIds).not.toContain("control-character");
  });
});
