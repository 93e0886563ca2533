import pc from "picocolors";
import type { Colors } from "picocolors/types.js";
import type { Diagnostic, Severity } from "../schema/diagnostic.js";
import { lineText, type Source } from "../tokenize/source.js";

const plain = pc.createColors(false);

/** The colour of each severity, and of its caret. */
const SEVERITY_COLOUR = { error: "red", warning: "yellow", info: "blue" } as const satisfies Record<Severity, keyof Colors>;

/**
 * A diagnostic as a linter prints it: `file:line:column  severity  message  rule`, the line, a caret.
 * The line is sliced from the input's `source` when quoted: most of a file's lines are never shown.
 * `style` colours the file name, the severity and the caret (on a terminal; plain by default).
 */
export function formatDiagnostic(diagnostic: Diagnostic, file: string, source: Source, style: Colors = plain): string {
  const where = diagnostic.place ? `${file}:${diagnostic.place.start.line}:${diagnostic.place.start.column}` : file;
  const page = diagnostic.page === null ? "" : ` (page ${diagnostic.page})`;
  const colour = style[SEVERITY_COLOUR[diagnostic.severity]];
  const head = `${style.bold(where)}  ${colour(diagnostic.severity)}  ${diagnostic.message}${page}  ${style.dim(diagnostic.ruleId)}`;
  if (!diagnostic.place) return head;
  const { start, end } = diagnostic.place;
  const quoted = start.line <= source.lineStarts.length ? lineText(source, start.line - 1) : "";
  const gutter = `${start.line} | `;
  const width = start.line === end.line ? Math.max(1, end.column - start.column) : Math.max(1, quoted.length - start.column + 1);
  const carets = "^".repeat(displayWidth(quoted.slice(start.column - 1, start.column - 1 + width)) || 1);
  const caret = " ".repeat(gutter.length - 2) + "| " + " ".repeat(displayWidth(quoted.slice(0, start.column - 1))) + colour(carets);
  return `${head}\n  ${gutter}${quoted}\n  ${caret}`;
}

/** Terminal columns: East Asian wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += character.codePointAt(0)! >= 0x1100 ? 2 : 1;
  return width;
}

const escapeProperty = (value: string) => value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
const escapeData = (value: string) => value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

const GITHUB_COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

/** A GitHub Actions workflow command: `::error file=…,line=…,col=…,title=rule::message`. */
export function formatGithub(diagnostic: Diagnostic, file: string): string {
  const properties = [`file=${escapeProperty(file)}`];
  if (diagnostic.place) {
    properties.push(`line=${diagnostic.place.start.line}`, `col=${diagnostic.place.start.column}`);
    properties.push(`endLine=${diagnostic.place.end.line}`);
  }
  properties.push(`title=${escapeProperty(diagnostic.ruleId)}`);
  return `::${GITHUB_COMMAND[diagnostic.severity]} ${properties.join(",")}::${escapeData(diagnostic.message)}`;
}
