import { describe, expect, it } from "vitest";
import { DOCUMENT_HEADS } from "../grammars/document.js";
import { grammars } from "../grammars/index.js";
import { parseText, windows } from "../src/parse.js";
import type { Diagnostic } from "../src/schema/diagnostic.js";
import { startsHead } from "../src/segment/index.js";
import { readSource, Tokenizer } from "../src/tokenize/index.js";
import { fixtureText } from "./support.js";

/** Three issues, as a bound volume prints them one after another. */
const volume = [fixtureText, fixtureText, fixtureText].join("\n");

const inSourceOrder = (diagnostics: readonly Diagnostic[]) =>
  [...diagnostics].sort((a, b) => (a.place?.start.offset ?? -1) - (b.place?.start.offset ?? -1) || a.message.localeCompare(b.message));

describe("a long input read a window of lines at a time", () => {
  const windowed = [...windows(new Tokenizer(readSource(volume), { blankLines: false }), 64)];

  it("is cut into windows that each start at a document's head", () => {
    // The fixture prints 4 documents, each under its organ's head: 12 in three issues.
    expect(windowed.length).toBeGreaterThan(3);
    for (const lines of windowed.slice(1)) {
      // The head, or the registration code printed above it (`GZ0220220003`).
      const [header, number] = lines.slice(/^GZ\d{10}$/.test(lines[0]!.text) ? 1 : 0).map((line) => line.text);
      expect(startsHead({ heads: DOCUMENT_HEADS }, header!, number!)).toBe(true);
    }
  });

  it("holds every line with text once, in order", () => {
    const lines = windowed.flat().map((line) => line.number);
    const filled = volume.split("\n").flatMap((text, i) => (text.trim() === "" ? [] : [i + 1]));
    expect(lines).toEqual(filled);
  });

  it("reads as the whole input read at once", () => {
    const whole = parseText(volume, grammars, Infinity);
    const inWindows = parseText(volume, grammars, 64);
    expect(whole.documents).toHaveLength(12);
    expect(inWindows.documents).toEqual(whole.documents);
    expect(inWindows.furniture).toEqual(whole.furniture);
    expect([inWindows.pages, inWindows.issue, inWindows.coverage]).toEqual([whole.pages, whole.issue, whole.coverage]);
    expect(inSourceOrder(inWindows.diagnostics)).toEqual(inSourceOrder(whole.diagnostics));
  });
});
