import type { Diagnostic } from "../../schema/diagnostic.js";
import type { Gazette } from "../../schema/gazette.js";
import { lineText, type Source } from "../../tokenize/source.js";
import { element, escapeHtml } from "./escape.js";
import { FURNITURE_CLASS, markedText, marksByLine, marksOf, type Mark } from "./marks.js";

/**
 * The line each page after the first starts on: the line after a page footer, or, for a page whose footer
 * is missing, the line where the parse noticed the next page begin (a `page-footer-missing` note that is
 * not on a footer: there the page's first line is indented).
 */
function pageStarts(gazette: Gazette): Map<number, number> {
  const starts = new Map<number, number>();
  const footerLines = new Set<number>();
  for (const item of gazette.furniture) {
    if (item.kind !== "page-footer") continue;
    footerLines.add(item.position.start.line);
    // The last page's footer opens no page.
    if (item.page < gazette.pages) starts.set(item.position.end.line + 1, item.page + 1);
  }
  for (const diagnostic of gazette.diagnostics) {
    if (diagnostic.ruleId !== "page-footer-missing" || diagnostic.line === null || diagnostic.page === null) continue;
    if (!footerLines.has(diagnostic.line) && diagnostic.page < gazette.pages) starts.set(diagnostic.line, diagnostic.page + 1);
  }
  return starts;
}

/** Whether the line's text, spaces aside, lies within page furniture. */
function isFurniture(line: string, start: number, marks: readonly Mark[]): boolean {
  const first = line.search(/\S/u);
  if (first === -1) return false;
  const end = start + line.trimEnd().length;
  return marks.some((mark) => mark.className === FURNITURE_CLASS && mark.start <= start + first && mark.end >= end);
}

const SEVERITY_CLASS = { error: "e", warning: "w", info: "i" } as const;

const worstOf = (diagnostics: readonly Diagnostic[]): Diagnostic["severity"] =>
  (["error", "warning"] as const).find((severity) => diagnostics.some((diagnostic) => diagnostic.severity === severity)) ?? "info";

function diagnosticsByLine(diagnostics: readonly Diagnostic[]): Map<number, Diagnostic[]> {
  const byLine = new Map<number, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.line === null) continue;
    byLine.set(diagnostic.line, [...(byLine.get(diagnostic.line) ?? []), diagnostic]);
  }
  return byLine;
}

/** The margin beside a line: each diagnostic that starts there, its message in full on hover. */
function marginNotes(diagnostics: readonly Diagnostic[]): string {
  const notes = diagnostics.map((diagnostic) =>
    element("span", `class="note ${SEVERITY_CLASS[diagnostic.severity]}" title="${escapeHtml(`${diagnostic.severity} ${diagnostic.ruleId}: ${diagnostic.message}`)}"`, `${diagnostic.ruleId}: ${diagnostic.message}`),
  );
  return `<span class="margin">${notes.join("")}</span>`;
}

/**
 * The left pane: the input as extracted, one row per line with its number, page breaks between pages,
 * marks over its spans, the margin notes of its diagnostics and the id of the value it went into.
 */
export function sourcePane(source: Source, gazette: Gazette, owners: ReadonlyArray<string | undefined>): string {
  const lineCount = source.lineStarts.length;
  const marks = marksByLine(marksOf(gazette), source);
  const pages = pageStarts(gazette);
  const notes = diagnosticsByLine(gazette.diagnostics);
  // A sheet per page, which the browser lays out only when it comes near the view.
  const rows: string[] = [`<div class="sheet">${lineCount > 0 && gazette.pages > 0 ? `<div class="page-break" id="P1">page 1</div>` : ""}`];
  for (let index = 0; index < lineCount; index += 1) {
    const number = index + 1;
    const page = pages.get(number);
    if (page !== undefined) rows.push(`</div>\n<div class="sheet"><div class="page-break" id="P${page}">page ${page}</div>`);
    const start = source.lineStarts[index]!;
    const lineNotes = notes.get(number);
    const severity = lineNotes ? ` d-${worstOf(lineNotes)}` : "";
    const line = lineText(source, index);
    // Furniture went into no value, though it stands inside a document's span.
    const owner = isFurniture(line, start, marks[index]!) ? undefined : owners[index];
    rows.push(
      `<div class="l${severity}" id="L${number}"${owner ? ` data-v="${owner}"` : ""}><span class="n">${number}</span><span class="t">${markedText(source.text, start, start + line.length, marks[index]!)}</span>${lineNotes ? marginNotes(lineNotes) : ""}</div>`,
    );
  }
  return `<section id="source" class="pane" aria-label="source text">\n${rows.join("\n")}\n</div>\n</section>`;
}
