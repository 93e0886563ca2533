import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DOCUMENT_HEADS } from "../grammars/document.js";
import { grammars } from "../grammars/index.js";
import { headSpans, parseText } from "../src/parse.js";
import { startsHead } from "../src/segment/index.js";
import { readSource, Tokenizer } from "../src/tokenize/index.js";
import { printBroken } from "./broken-layout.js";
import { blocksOf, corpusFiles, webLines } from "./corpus.js";
import { fixtureText } from "./support.js";

/** Three issues, as a bound volume prints them one after another. */
const volume = [fixtureText, fixtureText, fixtureText].join("\n");
/** `GZ0320220007`, the registration code printed above the fourth document's head, as the extraction gives it. */
const CODE_LINE = " ＧＺ０３２０２２０００７\n";
const FOOTER_24 = "２４ (本文与正式文件同等效力)\n";

/** Reads a text in windows of `windowLines` lines and whole, and expects the same. */
function expectSameInWindows(text: string, windowLines: number) {
  const whole = parseText(text, grammars, Infinity);
  const inWindows = parseText(text, grammars, windowLines);
  expect(inWindows.documents).toEqual(whole.documents);
  expect(inWindows.furniture).toEqual(whole.furniture);
  expect([inWindows.pages, inWindows.issue, inWindows.coverage]).toEqual([whole.pages, whole.issue, whole.coverage]);
  expect(inWindows.diagnostics).toEqual(whole.diagnostics);
  return inWindows;
}

describe("a long input read a document at a time", () => {
  const spans = [...headSpans(new Tokenizer(readSource(volume), { blankLines: false }), 64)];

  it("is read in spans that each start at a document's head, or at the registration code above it", () => {
    // Each issue prints three documents under an organ's head (the fourth, personnel notices, has none).
    expect(spans).toHaveLength(9);
    for (const lines of spans) {
      const [header, number] = lines.slice(/^GZ\d{10}$/.test(lines[0]!.text) ? 1 : 0).map((line) => line.text);
      expect(startsHead({ heads: DOCUMENT_HEADS }, header!, number!)).toBe(true);
    }
  });

  it("holds every line with text once, in order", () => {
    const lines = spans.flat().map((line) => line.number);
    const filled = volume.split("\n").flatMap((text, i) => (text.trim() === "" ? [] : [i + 1]));
    expect(lines).toEqual(filled);
  });

  it("reads as the whole input tokenized at once, in diagnostics' source order too", () => {
    const read = expectSameInWindows(volume, 64);
    expect(read.documents).toHaveLength(12);
    const offsets = read.diagnostics.map((diagnostic) => diagnostic.place?.start.offset ?? -1);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it("keeps a registration code printed at the foot of the page before its head", () => {
    expect(fixtureText).toContain(`${FOOTER_24}${CODE_LINE}`);
    const moved = fixtureText.replace(`${FOOTER_24}${CODE_LINE}`, `${CODE_LINE}${FOOTER_24}`);
    for (const windowLines of [64, 512]) {
      const read = expectSameInWindows(moved, windowLines);
      expect(read.documents.map((document) => document.registrationCode)).toContain("GZ0320220007");
    }
  });

  it("gives a control character between two pages the page after the footer", () => {
    // Page 2's footer, the line before page 3.
    const footer = "\n２ (本文与正式文件同等效力)\n";
    expect(fixtureText.split(footer)).toHaveLength(2);
    const read = parseText(fixtureText.replace(footer, `${footer}\u000B\n`), grammars);
    expect(read.diagnostics.filter((diagnostic) => diagnostic.ruleId === "control-character").map((diagnostic) => diagnostic.page)).toEqual([3]);
  });
});

describe("what is read does not depend on how many lines are tokenized at once", () => {
  const synthetic = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
  const texts = {
    "the bundled issue, then the two made-up ones": [fixtureText, synthetic("synthetic-2023-05.txt"), synthetic("synthetic-2023-07.txt")].join("\n"),
    "the bundled issue with a byte order mark and Windows line endings": `\uFEFF${fixtureText.replace(/\n/g, "\r\n")}`,
    "the corpus as one issue, with running headers and footers lost": printBroken(
      corpusFiles.flatMap((name) => blocksOf(webLines(name))),
      { columns: 62, linesPerPage: 29, runningHeader: "　 广州市人民政府公报 ２０２４ 年第 １５ 期", footerless: new Set([3, 4, 9]) },
    ),
  };

  it.each(Object.entries(texts))("%s", (_, text) => {
    for (const windowLines of [1, 7, 512]) expectSameInWindows(text, windowLines);
  });
});
