import { IDEOGRAPHIC_COMMA } from "../../src/tokenize/characters.js";
import { appendLine, emptyRun, type PagedLine, type Run } from "../../src/text/run.js";

/**
 * A piece of a content line between column gaps. The extraction prints the cells of one table row side
 * by side on a line (`器械研发和产业化。 江智涛 市科技局`), so the gaps are where one cell may end and
 * the next begin; within a cell a gap only follows punctuation and means nothing.
 */
export interface Segment {
  line: PagedLine;
  /** `line.text.slice(from, to)` is the segment. */
  from: number;
  to: number;
  text: string;
}


/**
 * Cuts a line at its gaps. A blank line has no segments. A gap after `、` cuts nothing: an enumeration
 * comma never ends a cell, so what follows it is the next name of the same cell (`李明华、 孙嘉怡`). Nor
 * does an ideographic space, which spaces out a name (`王　 东`).
 */
export function segmentsOf(line: PagedLine): Segment[] {
  const length = line.text.length;
  // Most lines have no gap: one segment, the whole line.
  if (line.gaps.length === 0) return length === 0 ? [] : [{ line, from: 0, to: length, text: line.text }];
  const segments: Segment[] = [];
  let from = 0;
  // The gaps ascend; one at either end of the line cuts nothing.
  for (const gap of line.gaps) {
    if (gap <= from || gap >= length || line.text[gap - 1] === IDEOGRAPHIC_COMMA || line.spacedGaps.includes(gap)) continue;
    segments.push({ line, from, to: gap, text: line.text.slice(from, gap) });
    from = gap;
  }
  if (length > from) segments.push({ line, from, to: length, text: line.text.slice(from, length) });
  return segments;
}

/** A segment cut in two at `at`, a gap inside it: what stands before the gap and what stands after. */
export function splitAt(segment: Segment, at: number): [Segment, Segment] {
  const text = segment.line.text;
  return [
    { line: segment.line, from: segment.from, to: at, text: text.slice(segment.from, at) },
    { line: segment.line, from: at, to: segment.to, text: text.slice(at, segment.to) },
  ];
}

/** Joins segments the way wrapped Chinese text is joined: without a separator, still mapped to the input. */
export function joinSegments(segments: readonly Segment[]): Run {
  const run = emptyRun();
  for (const segment of segments) appendLine(run, segment.line, segment.from, segment.to);
  return run;
}

/** The text of joined segments, when no source map is needed. */
export const textOf = (segments: readonly Segment[]): string => segments.map((segment) => segment.text).join("");
