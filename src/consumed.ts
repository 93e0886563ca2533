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
/** What a code unit of the input went into, as `account` paints it; 0 is nothing. */
const READ = 1;
const REPORTED = 2;
const FURNITURE = 3;
/** How much of an unread text a diagnostic quotes. */
const EXCERPT_LENGTH = 40;

/** How many spans the first arrays hold; they double as grammars mark more. */
const INITIAL_SPANS = 1024;

/**
 * Spans of the input as pairs of offsets, appended as grammars mark them: in one typed array, since a
 * bound volume marks millions of spans and numbers in a plain array cost twice the bytes.
 */
export class Consumed {
  private spans = new Int32Array(2 * INITIAL_SPANS);
  private count = 0;

  mark(span: Span): void {
    if (span.end <= span.start) return;
    if (2 * this.count === this.spans.length) {
      const grown = new Int32Array(2 * this.spans.length);
      grown.set(this.spans);
      this.spans = grown;
    }
    this.spans[2 * this.count] = span.start;
    this.spans[2 * this.count + 1] = span.end;
    this.count += 1;
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

  /** Sets `kinds` to `kind` over every marked span: painting needs no sorting or merging. */
  paint(kinds: Uint8Array, kind: number): void {
    for (let i = 0; i < this.count; i += 1) kinds.fill(kind, this.spans[2 * i]!, this.spans[2 * i + 1]!);
  }
}

interface Accounting {
  coverage: Coverage;
  /** The spans of visible text that nothing read, each from its first to its last visible character. */
  unread: Span[];
}

/**
 * Accounts for every visible character of the input, in one pass: page furniture, text a grammar
 * reported unconsumed, text a grammar marked as read, and what is left: unread.
 */
export function account(text: string, consumed: Consumed, furniture: readonly Furniture[], diagnostics: readonly Diagnostic[]): Accounting {
  // What each code unit went into, painted weakest first: furniture wins over a report, a report over a mark.
  const kinds = new Uint8Array(text.length);
  const paint = (spans: readonly Span[], kind: number) => {
    for (const span of spans) kinds.fill(kind, Math.max(0, span.start), Math.min(text.length, span.end));
  };
  const offsets = (spans: Array<{ start: { offset: number }; end: { offset: number } }>): Span[] =>
    spans.map((span) => ({ start: span.start.offset, end: span.end.offset }));
  consumed.paint(kinds, READ);
  paint(offsets(diagnostics.filter((diagnostic) => diagnostic.ruleId === "unconsumed-text" && diagnostic.place).map((diagnostic) => diagnostic.place!)), REPORTED);
  paint(offsets(furniture.map((item) => item.position)), FURNITURE);
  const coverage: Coverage = { consumed: 0, furniture: 0, unconsumed: 0 };
  const unread: Span[] = [];
  let open: Span | null = null;
  // By code point, without an object or a string per character: this reads the whole input.
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const step = code > BMP_LAST ? 2 : 1;
    if (!isWhitespaceCode(code)) {
      const kind = kinds[i];
      if (kind === FURNITURE) coverage.furniture += 1;
      else if (kind === REPORTED) coverage.unconsumed += 1;
      else if (kind === READ) coverage.consumed += 1;
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
