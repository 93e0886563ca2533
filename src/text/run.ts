import { inputEnd, inputStart, lineSpan, type Line } from "../tokenize/index.js";
import { spanOf, type Source } from "../tokenize/source.js";
import type { Position } from "../schema/position.js";
import type { Span } from "../diagnostics.js";

/** A content line: a normalised line of the input whose `page` page furniture has set. */
export type PagedLine = Line;

/** A piece of a line in a run: `line.text.slice(from, to)` stands at `at` in the run's text. */
interface Piece {
  line: PagedLine;
  from: number;
  to: number;
  at: number;
}

/**
 * Text joined from several lines (a wrapped paragraph, a table cell) that still maps each of its UTF-16
 * code units to the input and to a page. Grammars match over `text` and report spans through the run.
 */
export interface Run {
  text: string;
  /**
   * The source map: the pieces of lines the text is made of, in order and none empty. A run refers to
   * its lines' maps rather than copying them, since runs are joined and rejoined from the same lines.
   */
  pieces: Piece[];
  /** Index in `text` where each joined line begins, in order. */
  breaks: number[];
  /** Indices in `text` where the extraction had white space that normalisation dropped. */
  gaps: number[];
}

export const emptyRun = (): Run => ({ text: "", pieces: [], breaks: [], gaps: [] });

/** Joins lines without a separator, as wrapped Chinese text is joined. Blank lines add nothing. */
export function joinLines(lines: readonly PagedLine[]): Run {
  const run = emptyRun();
  for (const line of lines) {
    if (line.text === "") continue;
    appendLine(run, line, 0, line.text.length);
  }
  return run;
}

/** Appends `line.text.slice(from, to)` to a run. */
export function appendLine(run: Run, line: PagedLine, from: number, to: number): void {
  const base = run.text.length;
  run.breaks.push(base);
  if (to > from) run.pieces.push({ line, from, to, at: base });
  run.text += line.text.slice(from, to);
  for (const gap of line.gaps) if (gap > from && gap < to) run.gaps.push(base + gap - from);
}

/** The piece that holds `run.text[index]`, found by bisection; `index` is within the text. */
function pieceAt(run: Run, index: number): Piece {
  const pieces = run.pieces;
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (pieces[middle]!.at <= index) low = middle;
    else high = middle - 1;
  }
  return pieces[low]!;
}

/** The input offset of the character that gave `run.text[index]`, and the one just past it. */
function startAt(run: Run, index: number): number {
  const piece = pieceAt(run, index);
  return inputStart(piece.line, piece.from + index - piece.at);
}
function endAt(run: Run, index: number): number {
  const piece = pieceAt(run, index);
  return inputEnd(piece.line, piece.from + index - piece.at);
}

/** The input span of `run.text.slice(from, to)`; an empty slice is an empty span where it stands. */
export function runSpan(run: Run, from = 0, to = run.text.length): Span {
  if (run.text.length === 0) return { start: 0, end: 0 };
  const first = Math.min(from, run.text.length - 1);
  const last = Math.max(first, Math.min(to, run.text.length) - 1);
  return to > from ? { start: startAt(run, first), end: endAt(run, last) } : { start: startAt(run, first), end: startAt(run, first) };
}

export function runPosition(source: Source, run: Run, from = 0, to = run.text.length): Position {
  const span = runSpan(run, from, to);
  return spanOf(source, span.start, span.end);
}

/** The page on which `run.text[index]` is printed. */
export const runPage = (run: Run, index = 0): number => (run.text.length === 0 ? 1 : pieceAt(run, Math.min(index, run.text.length - 1)).line.page);

/** The lines with text, blank ones left out. */
export const filledLines = (lines: readonly PagedLine[]): PagedLine[] => lines.filter((line) => line.text !== "");

/** The first and the last line with text; both undefined when every line is blank. */
export const filledEnds = (lines: readonly PagedLine[]): { first: PagedLine | undefined; last: PagedLine | undefined } => ({
  first: lines.find((line) => line.text !== ""),
  last: lines.findLast((line) => line.text !== ""),
});

/** The span of whole lines, first to last. */
export function linesSpan(lines: readonly PagedLine[]): Span {
  const { first, last } = filledEnds(lines);
  if (!first || !last) return { start: 0, end: 0 };
  return { start: lineSpan(first).start, end: lineSpan(last).end };
}
