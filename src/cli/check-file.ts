import { buildReport, compareReports } from "../report.js";
import { rawLines } from "../tokenize/source.js";
import type { Gazette } from "../schema/gazette.js";
import { parseFile } from "./command.js";
import { InputError, type Input } from "./input.js";
import { formatDiagnostic, formatGithub } from "./report.js";

export const FORMATS = ["text", "json", "github"] as const;
export type Format = (typeof FORMATS)[number];

/** How `check` was asked to report; plain data, so that it can be posted to a worker thread. */
export interface Settings {
  format: Format;
  coverage: boolean;
  /** The report that `--expect` names, and its path for messages. */
  expected: { path: string; report: unknown } | null;
}

/**
 * How one file came out, ready to print: what goes to standard output and error, and, for
 * `--format json`, the file's entry. Plain data, so that a worker thread can send it back.
 */
export type Checked =
  | { file: string; readable: false; err: string[] }
  | { file: string; readable: true; errors: number; differences: string[]; out: string[]; json: unknown };

const coverageLine = (name: string, { consumed, furniture, unconsumed }: Gazette["coverage"]) =>
  `${name}: coverage ${consumed} consumed, ${furniture} furniture, ${unconsumed} unconsumed (of ${consumed + furniture + unconsumed})`;

const summaryLine = (input: Input, gazette: Gazette) => {
  const counts = (["error", "warning", "info"] as const).map(
    (severity) => `${gazette.diagnostics.filter((diagnostic) => diagnostic.severity === severity).length} ${severity}s`,
  );
  return `${input.name}: ${gazette.documents.length} documents, ${gazette.pages} pages; ${counts.join(", ")}`;
};

/** One file's diagnostics, coverage and report differences in the text or GitHub format. */
function printed(input: Input, gazette: Gazette, differences: string[], settings: Settings): string[] {
  const sourceLines = settings.format === "github" ? [] : rawLines(input.text);
  const lines = gazette.diagnostics.map((diagnostic) =>
    settings.format === "github" ? formatGithub(diagnostic, input.name) : formatDiagnostic(diagnostic, input.name, sourceLines),
  );
  if (settings.coverage) lines.push(coverageLine(input.name, gazette.coverage));
  if (differences.length > 0) {
    lines.push(`${input.name}: the report differs from ${settings.expected!.path}:`);
    differences.forEach((difference) => lines.push(`  ${difference}`));
  }
  if (settings.format === "text") lines.push(summaryLine(input, gazette));
  return lines;
}

/** Parses and checks one file; a file that cannot be read comes back unreadable, with its message. */
export function checkFile(file: string, settings: Settings): Checked {
  let parsed;
  try {
    parsed = parseFile(file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { file, readable: false, err: [`gz-gazette: ${error.message}`] };
  }
  const { input, gazette } = parsed;
  const errors = gazette.diagnostics.filter((diagnostic) => diagnostic.fatal).length;
  const differences = settings.expected ? compareReports(settings.expected.report, buildReport(gazette)) : [];
  if (settings.format !== "json") return { file, readable: true, errors, differences, out: printed(input, gazette, differences, settings), json: null };
  const json = {
    file: input.name,
    errors,
    diagnostics: gazette.diagnostics,
    ...(settings.coverage ? { coverage: gazette.coverage } : {}),
    ...(settings.expected ? { reportDifferences: differences } : {}),
  };
  return { file, readable: true, errors, differences, out: [], json };
}
