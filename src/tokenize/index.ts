import { normaliseInto, SourceMaps, type Line } from "./normalize.js";
import { lineText, readSource, type Source } from "./source.js";

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
  const lines = source.lineStarts.map((start, i): Line => {
    const line = normaliseInto(maps, lineText(source, i), start, openParentheses, i + 1);
    openParentheses = line.openParentheses;
    return line;
  });
  return { source, lines };
}

export { inputEnd, inputStart, lineSpan, normaliseLine, type Line, type NormalisedText, type SourceMap } from "./normalize.js";
export { lineText, readSource, locate, spanOf, type Source } from "./source.js";
export * as characters from "./characters.js";
