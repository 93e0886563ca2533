import type { Line } from "../tokenize/index.js";
import { spanOf, type Source } from "../tokenize/source.js";
import type { Position } from "../schema/position.js";
import type { Span } from "../diagnostics.js";

/** A content line: a normalised line of the input with the page it is printed on. */
export interface PagedLine extends Line {
  page: number;
}

/**
 * Text joined from several lines (a wrapped paragraph, a table cell) that still maps each of its UTF-16
 * code units to the input and to a page. Grammars match over `text` and report spans through the run.
 */
export interface Run {
  text: string;
  starts: number[];
  ends: number[];
  pages: number[];
  /** Index in `text` where each joined line begins, in order. */
  breaks: number[];
  /** Indices in `text` where the extraction had white space that normalisation dropped. */
  gaps: number[];
}

export const emptyRun = (): Run => ({ text: "", starts: [], ends: [], pages: [], breaks: [], gaps: [] });

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
  run.text += line.text.slice(from, to);
  for (let i = from; i < to; i += 1) {
    run.starts.push(line.starts[i]!);
    run.ends.push(line.ends[i]!);
    run.pages.push(line.page);
  }
  for (const gap of line.gaps) if (gap > from && gap < to) run.gaps.push(base + gap - from);
}

/** The part `[from, to)` of a run, still mapped. */
export function sliceRun(run: Run, from: number, to: number): Run {
  return {
    text: run.text.slice(from, to),
    starts: run.starts.slice(from, to),
    ends: run.ends.slice(from, to),
    pages: run.pages.slice(from, to),
    breaks: run.breaks.filter((i) => i >= from && i < to).map((i) => i - from),
    gaps: run.gaps.filter((i) => i > from && i < to).map((i) => i - from),
  };
}

/** The input span of `run.text.slice(from, to)`; an empty slice is an empty span where it stands. */
export function runSpan(run: Run, from = 0, to = run.text.length): Span {
  if (run.text.length === 0) return { start: 0, end: 0 };
  const first = Math.min(from, run.text.length - 1);
  const last = Math.max(first, Math.min(to, run.text.length) - 1);
  return to > from ? { start: run.starts[first]!, end: run.ends[last]! } : { start: run.starts[first]!, end: run.starts[first]! };
}

export function runPosition(source: Source, run: Run, from = 0, to = run.text.length): Position {
  const span = runSpan(run, from, to);
  return spanOf(source, span.start, span.end);
}

/** The page on which `run.text[index]` is printed. */
export const runPage = (run: Run, index = 0): number => run.pages[Math.min(index, run.pages.length - 1)] ?? 1;

/** The span of whole lines, first to last. */
export function linesSpan(lines: readonly PagedLine[]): Span {
  const filled = lines.filter((line) => line.text !== "");
  const first = filled[0];
  const last = filled[filled.length - 1];
  if (!first || !last) return { start: 0, end: 0 };
  return { start: first.starts[0]!, end: last.ends[last.ends.length - 1]! };
}
