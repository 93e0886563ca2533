import { BYTE_ORDER_MARK, isWhitespaceCode } from "./characters.js";
import type { Point, Position } from "../schema/position.js";

/** The input as lines, with what is needed to turn an offset into a line and column. */
export interface Source {
  /** The input text, byte order mark included, exactly as given. */
  text: string;
  /** Offset of each line's first character: numbers in a typed array, a bound volume has a million lines. */
  lineStarts: Int32Array;
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Calls `found` with the start of each line of `text` from `start` on, and returns how many there are.
 * Lines end at `\r\n`, `\n` or `\r`, found by code unit: a match object per line would cost more.
 */
function eachLineStart(text: string, start: number, found: (start: number, index: number) => void): number {
  let count = 0;
  for (let i = start; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== LINE_FEED && code !== CARRIAGE_RETURN) continue;
    found(start, count++);
    if (code === CARRIAGE_RETURN && text.charCodeAt(i + 1) === LINE_FEED) i += 1;
    start = i + 1;
  }
  if (start < text.length || count === 0) found(start, count++);
  return count;
}

export function readSource(text: string): Source {
  // A byte order mark is not content: the first line starts after it.
  const first = text.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK.length : 0;
  // Counted, then filled: the array is made once at its length.
  const lineStarts = new Int32Array(eachLineStart(text, first, () => {}));
  eachLineStart(text, first, (start, index) => {
    lineStarts[index] = start;
  });
  return { text, lineStarts };
}

/**
 * The raw text of line `index` (0-based) without its line ending, sliced when asked: a source that
 * kept every line's string would hold a second copy of the input's structure for the whole parse.
 */
export function lineText(source: Source, index: number): string {
  const { text, lineStarts } = source;
  const start = lineStarts[index]!;
  // Every line but the last ends where the next starts; the last ends with the text, with or without an ending.
  const end = lineStarts[index + 1] ?? text.length;
  const last = text.charCodeAt(end - 1);
  if (end === start || (last !== LINE_FEED && last !== CARRIAGE_RETURN)) return text.slice(start, end);
  // The line ends before `\r\n`, `\n` or `\r`; a `\r` before a `\n` always belongs to its ending.
  const ending = last === LINE_FEED && end - 2 >= start && text.charCodeAt(end - 2) === CARRIAGE_RETURN ? 2 : 1;
  return text.slice(start, end - ending);
}

/** Whether line `index` holds white space alone, read in place. */
export function isBlankLine(source: Source, index: number): boolean {
  const { text, lineStarts } = source;
  const end = lineStarts[index + 1] ?? text.length;
  for (let i = lineStarts[index]!; i < end; i += 1) if (!isWhitespaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** The index of the last of ascending `starts` at or before `offset` (0 when none is), by bisection. */
export function startingAt(starts: ArrayLike<number>, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The point of an input offset. */
export function locate(source: Source, offset: number): Point {
  const starts = source.lineStarts;
  const line = startingAt(starts, offset);
  return { line: line + 1, column: offset - starts[line]! + 1, offset };
}

export function spanOf(source: Source, start: number, end: number): Position {
  return { start: locate(source, start), end: locate(source, end) };
}
