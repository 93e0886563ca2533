import { normaliseInto, SourceMaps, type NormalisedText } from "./normalize.js";
import { readSource, type Source } from "./source.js";

/** A line of the input after normalisation, with its source map. */
export interface Line extends NormalisedText {
  /** 1-based line number in the input. */
  number: number;
  /** The line as extracted. */
  raw: string;
  /** The page the line is printed on: 0 until page furniture is set aside (`src/furniture`), which pages it. */
  page: number;
}

export interface Tokens {
  source: Source;
  lines: Line[];
}

/** Reads extracted gazette text into normalised lines that keep a map back to the input. */
export function tokenize(text: string): Tokens {
  const source = readSource(text);
  // Normal forms are seldom longer than the input: one set of arrays usually holds the whole map.
  const maps = new SourceMaps(text.length + 1);
  let openParentheses = 0;
  const lines = source.lines.map((raw, i): Line => {
    const { text, map, mapFrom, gaps, indented, openParentheses: left } = normaliseInto(maps, raw, source.lineStarts[i]!, openParentheses);
    openParentheses = left;
    // One object literal with every field, not spread nor extended: the engine then makes each line in
    // one piece, where thousands of lines with fields added later each need a second object.
    return { text, map, mapFrom, gaps, indented, openParentheses: left, number: i + 1, raw, page: 0 };
  });
  return { source, lines };
}

export { inputEnd, inputStart, lineSpan, normaliseLine, type NormalisedText, type SourceMap } from "./normalize.js";
export { readSource, locate, spanOf, type Source } from "./source.js";
export * as characters from "./characters.js";
