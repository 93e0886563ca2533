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
/** A word of the read marks with every bit set. */
const ALL_BITS = 0xffffffff;
/** How much of an unread text a diagnostic quotes. */
const EXCERPT_LENGTH = 40;

/**
 * What the grammars have read, set as they mark it: one bit a code unit of the input, where a list of
 * spans would grow with every mark (a bound volume marks millions), and a byte a unit would cost a
 * bound volume's size again.
 */
export class Consumed {
  private readonly bits: Uint32Array;

  constructor(inputLength: number) {
    this.bits = new Uint32Array((inputLength >> 5) + 1);
  }

  mark(span: Span): void {
    const { bits } = this;
    const { end } = span;
    let i = span.start;
    // Bit by bit up to a word's boundary, then whole words: a paragraph sets hundreds of bits.
    for (; i < end && (i & 31) !== 0; i += 1) bits[i >> 5]! |= 1 << (i & 31);
    for (; i + 32 <= end; i += 32) bits[i >> 5] = ALL_BITS;
    for (; i < end; i += 1) bits[i >> 5]! |= 1 << (i & 31);
  }

  /** Whether the code unit at `offset` was read. */
  has(offset: number): boolean {
    return (this.bits[offset >> 5]! & (1 << (offset & 31))) !== 0;
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
}

/**
 * Some spans of the input, walked at ascending offsets: sorted and merged once, then read with a cursor
 * that only moves forward, so a walk over the whole input asks each in constant time.
 */
class SpansAhead {
  private readonly spans: Span[] = [];
  private next = 0;

  constructor(spans: Span[]) {
    for (const span of spans.sort((a, b) => a.start - b.start)) {
      const last = this.spans.at(-1);
      if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
      else this.spans.push({ ...span });
    }
  }

  /** Whether a span covers `offset`; offsets asked must not go back. */
  covers(offset: number): boolean {
    const { spans } = this;
    while (this.next < spans.length && spans[this.next]!.end <= offset) this.next += 1;
    return this.next < spans.length && spans[this.next]!.start <= offset;
  }

  /** Where, from `offset` on, whether a span covers the walk may next change: the end of one, or the start of the next. */
  changesAfter(offset: number): number {
    const span = this.spans[this.next];
    if (span === undefined) return Infinity;
    return span.start <= offset ? span.end : span.start;
  }
}

interface Accounting {
  coverage: Coverage;
  /** The spans of visible text that nothing read, each from its first to its last visible character. */
  unread: Span[];
}

const offsetsOf = (position: { start: { offset: number }; end: { offset: number } }): Span => ({ start: position.start.offset, end: position.end.offset });

/**
 * Accounts for every visible character of the input, in one pass: page furniture first, then text a
 * grammar reported unconsumed, then text a grammar marked as read, and what is left: unread.
 */
export function account(text: string, consumed: Consumed, furniture: readonly Furniture[], diagnostics: readonly Diagnostic[]): Accounting {
  const setAside = new SpansAhead(furniture.map((item) => offsetsOf(item.position)));
  const reported = new SpansAhead(
    diagnostics.flatMap((diagnostic) => (diagnostic.ruleId === "unconsumed-text" && diagnostic.place ? [offsetsOf(diagnostic.place)] : [])),
  );
  const coverage: Coverage = { consumed: 0, furniture: 0, unconsumed: 0 };
  const unread: Span[] = [];
  let open: Span | null = null;
  // What furniture and reports cover is asked again only where it may change.
  let inFurniture = false;
  let inReport = false;
  let changes = 0;
  // By code point, without an object or a string per character: this reads the whole input.
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const step = code > BMP_LAST ? 2 : 1;
    if (i >= changes) {
      inFurniture = setAside.covers(i);
      inReport = reported.covers(i);
      changes = Math.min(setAside.changesAfter(i), reported.changesAfter(i));
    }
    if (!isWhitespaceCode(code)) {
      if (inFurniture) coverage.furniture += 1;
      else if (inReport) coverage.unconsumed += 1;
      else if (consumed.has(i)) coverage.consumed += 1;
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
