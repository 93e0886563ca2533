/**
 * What the grammars read: the spans of the input they turned into values, marked through the source
 * map as they read. At the end of a parse, text that is neither marked, nor page furniture, nor
 * reported unconsumed by a grammar is reported here: a grammar that forgets text cannot lose it silently.
 */
import type { Diagnostics, Span } from "./diagnostics.js";
import type { Coverage, Furniture } from "./schema/gazette.js";
import type { Diagnostic } from "./schema/diagnostic.js";
import { runSpan, type PagedLine, type Run } from "./text/run.js";
import { isWhitespaceCode } from "./tokenize/characters.js";
import { inputEnd, inputStart, lineSpan } from "./tokenize/index.js";

const BMP_LAST = 0xffff;
/** How much of an unread text a diagnostic quotes. */
const EXCERPT_LENGTH = 40;

/** Spans of the input as two arrays of offsets, appended as grammars mark them and merged once. */
export class Consumed {
  private starts: number[] = [];
  private ends: number[] = [];

  mark(span: Span): void {
    if (span.end <= span.start) return;
    this.starts.push(span.start);
    this.ends.push(span.end);
  }

  /** Marks whole lines: a line taken as a field, a heading. */
  lines(lines: readonly PagedLine[]): void {
    for (const line of lines) if (line.text !== "") this.mark(lineSpan(line));
  }

  /** Marks `line.text.slice(from, to)`: an article's number, a cell of a table row. */
  piece(line: PagedLine, from: number, to: number): void {
    if (to > from) this.mark({ start: inputStart(line, from), end: inputEnd(line, to - 1) });
  }

  /** Marks `run.text.slice(from, to)`: a paragraph, a cell, a sentence. */
  run(run: Run, from = 0, to = run.text.length): void {
    if (to > from) this.mark(runSpan(run, from, to));
  }

  /** The marked spans, sorted and merged. */
  spans(): Span[] {
    return merge(this.starts.map((start, i) => ({ start, end: this.ends[i]! })));
  }
}

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** A cursor over merged spans that says whether an offset lies in one, for offsets read in order. */
class Cover {
  private index = 0;
  constructor(private readonly spans: readonly Span[]) {}
  has(offset: number): boolean {
    while (this.index < this.spans.length && this.spans[this.index]!.end <= offset) this.index += 1;
    const span = this.spans[this.index];
    return span !== undefined && span.start <= offset;
  }
}

export interface Accounting {
  coverage: Coverage;
  /** The spans of visible text that nothing read, each from its first to its last visible character. */
  unread: Span[];
}

/**
 * Accounts for every visible character of the input, in one pass: page furniture, text a grammar
 * reported unconsumed, text a grammar marked as read, and what is left: unread.
 */
export function account(text: string, consumed: Consumed, furniture: readonly Furniture[], diagnostics: readonly Diagnostic[]): Accounting {
  const placed = (spans: Array<{ start: { offset: number }; end: { offset: number } }>) =>
    new Cover(merge(spans.map((span) => ({ start: span.start.offset, end: span.end.offset }))));
  const furnitureCover = placed(furniture.map((item) => item.position));
  const reported = placed(diagnostics.filter((diagnostic) => diagnostic.ruleId === "unconsumed-text" && diagnostic.place).map((diagnostic) => diagnostic.place!));
  const read = new Cover(consumed.spans());
  const coverage: Coverage = { consumed: 0, furniture: 0, unconsumed: 0 };
  const unread: Span[] = [];
  let open: Span | null = null;
  // By code point, without an object or a string per character: this reads the whole input.
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const step = code > BMP_LAST ? 2 : 1;
    if (!isWhitespaceCode(code)) {
      if (furnitureCover.has(i)) coverage.furniture += 1;
      else if (reported.has(i)) coverage.unconsumed += 1;
      else if (read.has(i)) coverage.consumed += 1;
      else {
        coverage.unconsumed += 1;
        if (open === null) unread.push((open = { start: i, end: i + step }));
        else open.end = i + step;
      }
      // Unread text runs on over white space only: anything read in between closes it.
      if (open !== null && open.end !== i + step) open = null;
    }
    i += step;
  }
  return { coverage, unread };
}

/** Reports each unread span as `unconsumed-text`, with the page of the line it starts on. */
export function reportUnread(text: string, unread: readonly Span[], pageAt: (offset: number) => number, diagnostics: Diagnostics): void {
  for (const span of unread) {
    const excerpt = text.slice(span.start, Math.min(span.end, span.start + EXCERPT_LENGTH)).replace(/\s+/g, " ");
    diagnostics.error("unconsumed-text", `No grammar read this text: ${excerpt}${span.end - span.start > EXCERPT_LENGTH ? "…" : ""}`, span, pageAt(span.start));
  }
}
