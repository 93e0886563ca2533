import { normaliseInto, SourceMaps, type Line } from "./normalize.js";
import { isBlankLine, lineText, readSource, type Source } from "./source.js";

export interface Tokens {
  source: Source;
  lines: Line[];
}

/**
 * Tokenizes a source a window of lines at a time, carrying what a line leaves open to the lines after
 * it. Each window has a source map of its own, so that a window's lines and map go together once read:
 * a bound volume never holds all its lines at once.
 */
export class Tokenizer {
  private next = 0;
  private openParentheses = 0;

  /**
   * `blankLines: false` leaves out lines of white space alone: nothing reads them (a line's `number`
   * tells where they stood), and an extraction that prints one between every two lines of the page
   * would make a third of the lines of a bound volume.
   */
  constructor(
    readonly source: Source,
    private readonly options: { blankLines: boolean } = { blankLines: true },
  ) {}

  /** Whether every line has been taken. */
  get done(): boolean {
    return this.next >= this.source.lineStarts.length;
  }

  /** The next `count` lines of the source, or those left if fewer. */
  take(count: number): Line[] {
    const { source } = this;
    const { lineStarts } = source;
    const from = this.next;
    const to = Math.min(lineStarts.length, from + count);
    // Normal forms are seldom longer than the input: one set of arrays usually holds the window's map.
    const maps = new SourceMaps((lineStarts[to] ?? source.text.length) - (lineStarts[from] ?? 0) + 1);
    const lines: Line[] = [];
    for (let i = from; i < to; i += 1) {
      if (!this.options.blankLines && isBlankLine(source, i)) continue;
      const line = normaliseInto(maps, lineText(source, i), lineStarts[i]!, this.openParentheses, i + 1);
      this.openParentheses = line.openParentheses;
      lines.push(line);
    }
    this.next = to;
    return lines;
  }
}

/** Reads extracted gazette text into normalised lines that keep a map back to the input. */
export function tokenize(text: string): Tokens {
  const source = readSource(text);
  return { source, lines: new Tokenizer(source).take(source.lineStarts.length) };
}

export { inputEnd, inputStart, lineSpan, normaliseLine, type Line, type NormalisedText, type SourceMap } from "./normalize.js";
export { lineText, readSource, locate, spanOf, type Source } from "./source.js";
export * as characters from "./characters.js";
