import { IDEOGRAPHIC_COMMA, isHan } from "../../src/tokenize/characters.js";
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
 * Whether the gap at `line.gaps[i]` parts the two characters of a name spaced with a plain space (`王 东`,
 * as the 2021 web page prints it): a Han character stands alone on either side, between gaps that space
 * out no other name (`东 张　 勇` of a cut text), the line's ends or a name's `、`, as no cell does.
 */
function spacesName(line: PagedLine, i: number): boolean {
  const { text, gaps, spacedGaps } = line;
  const gap = gaps[i]!;
  const plainGap = (at: number, j: number) => gaps[j] === at && !spacedGaps.includes(at);
  const before = gap === 1 || plainGap(gap - 1, i - 1);
  const after = gap + 1 === text.length || plainGap(gap + 1, i + 1) || text[gap + 1] === IDEOGRAPHIC_COMMA;
  return before && after && isHan(text[gap - 1]!) && isHan(text[gap]!);
}

/**
 * Cuts a line at its gaps. A blank line has no segments. A gap after `、` cuts nothing: an enumeration
 * comma never ends a cell, so what follows it is the next name of the same cell (`李明华、 孙嘉怡`). Nor
 * does a space that spaces out a name: an ideographic one (`王　 东`) or a plain one (`王 东`).
 */
export function segmentsOf(line: PagedLine): Segment[] {
  const length = line.text.length;
  // Most lines have no gap: one segment, the whole line.
  if (line.gaps.length === 0) return length === 0 ? [] : [{ line, from: 0, to: length, text: line.text }];
  const segments: Segment[] = [];
  let from = 0;
  // The gaps ascend; one at either end of the line cuts nothing.
  for (const [i, gap] of line.gaps.entries()) {
    if (gap <= from || gap >= length || line.text[gap - 1] === IDEOGRAPHIC_COMMA || line.spacedGaps.includes(gap) || spacesName(line, i)) continue;
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
