import type { Diagnostic } from "../../schema/diagnostic.js";
import type { Document } from "../../schema/document.js";
import type { Gazette } from "../../schema/gazette.js";
import { locate, type Source } from "../../tokenize/source.js";
import { escapeHtml } from "./escape.js";

/** A span of the input to show in a colour: a document's text by its kind, furniture, unconsumed text, a diagnostic's span. */
export interface Mark {
  start: number;
  end: number;
  className: string;
  /** Shown on hover. */
  title: string | null;
}

export const FURNITURE_CLASS = "f";

const diagnosticClass = (diagnostic: Diagnostic): string =>
  diagnostic.ruleId === "unconsumed-text" ? "u" : diagnostic.severity === "error" ? "de" : "dw";

/**
 * The marks of a parse, in layers: a document's span is tinted by its kind, furniture greys what it covers,
 * and the spans of errors and warnings go on top (information spans whole documents, which its margin note shows).
 */
export function marksOf(gazette: Gazette): Mark[] {
  const documents = gazette.documents.map((document: Document) => ({
    start: document.position.start.offset,
    end: document.position.end.offset,
    className: `k-${document.kind}`,
    title: null,
  }));
  const furniture = gazette.furniture.map((item) => ({ start: item.position.start.offset, end: item.position.end.offset, className: FURNITURE_CLASS, title: item.kind }));
  const diagnostics = gazette.diagnostics
    .filter((diagnostic) => diagnostic.place !== null && diagnostic.severity !== "info")
    .map((diagnostic) => ({
      start: diagnostic.place!.start.offset,
      end: diagnostic.place!.end.offset,
      className: diagnosticClass(diagnostic),
      title: `${diagnostic.severity} ${diagnostic.ruleId}: ${diagnostic.message}`,
    }));
  return [...documents, ...furniture, ...diagnostics];
}

/** The marks that touch each line of the source (index 0 is line 1). */
export function marksByLine(marks: readonly Mark[], source: Source): Mark[][] {
  const byLine: Mark[][] = Array.from(source.lineStarts, () => []);
  for (const mark of marks) {
    if (mark.end <= mark.start) continue;
    const last = locate(source, mark.end - 1).line;
    for (let line = locate(source, mark.start).line; line <= last; line += 1) byLine[line - 1]!.push(mark);
  }
  return byLine;
}

/** The text of `text.slice(start, end)` as HTML, cut where marks begin and end, each piece in the classes of the marks over it. */
export function markedText(text: string, start: number, end: number, marks: readonly Mark[]): string {
  if (marks.length === 0) return escapeHtml(text.slice(start, end));
  const cuts = new Set([start, end]);
  for (const mark of marks) {
    if (mark.start > start && mark.start < end) cuts.add(mark.start);
    if (mark.end > start && mark.end < end) cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: string[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const over = marks.filter((mark) => mark.start <= from && mark.end >= to);
    const piece = escapeHtml(text.slice(from, to));
    if (over.length === 0) {
      pieces.push(piece);
      continue;
    }
    const titles = over.flatMap((mark) => (mark.title === null ? [] : [mark.title]));
    const title = titles.length === 0 ? "" : ` title="${escapeHtml(titles.join("\n"))}"`;
    pieces.push(`<span class="${over.map((mark) => mark.className).join(" ")}"${title}>${piece}</span>`);
  }
  return pieces.join("");
}
