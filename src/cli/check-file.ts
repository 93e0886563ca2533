import pc from "picocolors";
import type { Colors } from "picocolors/types.js";
import { buildReport, compareReports } from "../report.js";
import { countOf } from "../diagnostics.js";
import { counted } from "./counted.js";
import { readSource } from "../tokenize/source.js";
import type { Diagnostic } from "../schema/diagnostic.js";
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
  /** `--quiet`: errors only. */
  quiet: boolean;
  /** `--max-input`: the largest input parsed, in characters; the parser's default when undefined. */
  maxInputLength?: number;
  /** Whether the text output is coloured. */
  colour: boolean;
}

/**
 * How one file came out, ready to print: what goes to standard output and error, and, for
 * `--format json`, the file's entry. Plain data, so that a worker thread can send it back.
 */
export type Checked =
  | { file: string; readable: false; err: string[] }
  | { file: string; readable: true; errors: number; warnings: number; differences: string[]; out: string[]; summary: string | null; json: unknown };

const coverageLine = (name: string, { consumed, furniture, unconsumed }: Gazette["coverage"]) =>
  `${name}: coverage ${consumed} consumed, ${furniture} furniture, ${unconsumed} unconsumed (of ${consumed + furniture + unconsumed})`;

/** `4 documents, 48 pages; 0 errors, 2 warnings, 8 infos`: an issue in one line. */
export const issueSummary = (gazette: Gazette) =>
  `${counted(gazette.documents.length, "document")}, ${counted(gazette.pages, "page")}; ${(["error", "warning", "info"] as const).map((severity) => counted(countOf(gazette.diagnostics, severity), severity)).join(", ")}`;

/** One file's diagnostics, coverage and report differences in the text or GitHub format. */
function printed(input: Input, gazette: Gazette, shown: readonly Diagnostic[], differences: string[], settings: Settings, style: Colors): string[] {
  const source = readSource(input.text);
  const lines = shown.map((diagnostic) =>
    settings.format === "github" ? formatGithub(diagnostic, input.name) : formatDiagnostic(diagnostic, input.name, source, style),
  );
  if (settings.coverage) lines.push(coverageLine(input.name, gazette.coverage));
  if (differences.length > 0) {
    lines.push(`${input.name}: the report differs from ${settings.expected!.path}:`);
    differences.forEach((difference) => lines.push(`  ${difference}`));
  }
  return lines;
}

/** Parses and checks one file; a file that cannot be read comes back unreadable, with its message. */
export function checkFile(file: string, settings: Settings): Checked {
  let parsed;
  try {
    parsed = parseFile(file, settings.maxInputLength);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { file, readable: false, err: [`gz-gazette: ${error.message}`] };
  }
  const { input, gazette } = parsed;
  const errors = countOf(gazette.diagnostics, "error");
  const warnings = countOf(gazette.diagnostics, "warning");
  // The parse gives its diagnostics in source order.
  const shown = settings.quiet ? gazette.diagnostics.filter((diagnostic) => diagnostic.severity === "error") : gazette.diagnostics;
  const differences = settings.expected ? compareReports(settings.expected.report, buildReport(gazette)) : [];
  const result = { file, readable: true as const, errors, warnings, differences };
  if (settings.format === "json") {
    const json = {
      file: input.name,
      errors,
      diagnostics: shown,
      ...(settings.coverage ? { coverage: gazette.coverage } : {}),
      ...(settings.expected ? { reportDifferences: differences } : {}),
    };
    return { ...result, out: [], summary: null, json };
  }
  const style = pc.createColors(settings.colour);
  const summary = settings.format === "text" ? `${style.bold(input.name)}: ${issueSummary(gazette)}` : null;
  return { ...result, out: printed(input, gazette, shown, differences, settings, style), summary, json: null };
}
