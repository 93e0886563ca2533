import { normaliseLine, type NormalisedText } from "./normalize.js";
import { readSource, type Source } from "./source.js";

/** A line of the input after normalisation, with its source map. */
export interface Line extends NormalisedText {
  /** 1-based line number in the input. */
  number: number;
  /** The line as extracted. */
  raw: string;
}

export interface Tokens {
  source: Source;
  lines: Line[];
}

/** Reads extracted gazette text into normalised lines that keep a map back to the input. */
export function tokenize(text: string): Tokens {
  const source = readSource(text);
  let openParentheses = 0;
  const lines = source.lines.map((raw, i) => {
    // Fields assigned, not spread: spreading thousands of line objects costs more than normalising them.
    const line = normaliseLine(raw, source.lineStarts[i]!, openParentheses) as Line;
    line.number = i + 1;
    line.raw = raw;
    openParentheses = line.openParentheses;
    return line;
  });
  return { source, lines };
}

export { normaliseLine, type NormalisedText } from "./normalize.js";
export { readSource, locate, spanOf, type Source } from "./source.js";
export * as characters from "./characters.js";
