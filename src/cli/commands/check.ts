import { readFileSync } from "node:fs";
import { buildReport, compareReports } from "../../report.js";
import type { Gazette } from "../../schema/gazette.js";
import { listInputs, progressBar } from "../batch.js";
import { EXIT, parseFile, type Command, type Io } from "../command.js";
import { InputError, type Input } from "../input.js";
import { formatDiagnostic, formatGithub } from "../report.js";

const FORMATS = ["text", "json", "github"] as const;
type Format = (typeof FORMATS)[number];

interface Settings {
  format: Format;
  coverage: boolean;
  /** The report that `--expect` names, and its path for messages. */
  expected: { path: string; report: unknown } | null;
}

/** How one file came out: unreadable, or its errors and how its report differs from the expected one. */
type Outcome = { readable: false } | { readable: true; errors: number; differences: string[] };

function readExpected(path: string): unknown {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new InputError(`${path}: no such report`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError(`${path}: not a JSON report`);
  }
}

const coverageLine = (name: string, { consumed, furniture, unconsumed }: Gazette["coverage"]) =>
  `${name}: coverage ${consumed} consumed, ${furniture} furniture, ${unconsumed} unconsumed (of ${consumed + furniture + unconsumed})`;

const summaryLine = (input: Input, gazette: Gazette) => {
  const counts = (["error", "warning", "info"] as const).map(
    (severity) => `${gazette.diagnostics.filter((diagnostic) => diagnostic.severity === severity).length} ${severity}s`,
  );
  return `${input.name}: ${gazette.documents.length} documents, ${gazette.pages} pages; ${counts.join(", ")}`;
};

/** Prints one file's diagnostics, coverage and report differences in the text or GitHub format. */
function printFile(input: Input, gazette: Gazette, differences: string[], settings: Settings, io: Io): void {
  for (const diagnostic of gazette.diagnostics) {
    io.out(settings.format === "github" ? formatGithub(diagnostic, input.name) : formatDiagnostic(diagnostic, input.name, input.text));
  }
  if (settings.coverage) io.out(coverageLine(input.name, gazette.coverage));
  if (differences.length > 0) {
    io.out(`${input.name}: the report differs from ${settings.expected!.path}:`);
    differences.forEach((difference) => io.out(`  ${difference}`));
  }
  if (settings.format === "text") io.out(summaryLine(input, gazette));
}

/** Checks one file; a file that cannot be read is reported on standard error and the batch goes on. */
function checkFile(file: string, settings: Settings, io: Io, results: unknown[]): Outcome {
  let parsed;
  try {
    parsed = parseFile(file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(`gz-gazette: ${error.message}`);
    return { readable: false };
  }
  const { input, gazette } = parsed;
  const errors = gazette.diagnostics.filter((diagnostic) => diagnostic.fatal).length;
  const differences = settings.expected ? compareReports(settings.expected.report, buildReport(gazette)) : [];
  if (settings.format !== "json") printFile(input, gazette, differences, settings, io);
  else {
    results.push({
      file: input.name,
      errors,
      diagnostics: gazette.diagnostics,
      ...(settings.coverage ? { coverage: gazette.coverage } : {}),
      ...(settings.expected ? { reportDifferences: differences } : {}),
    });
  }
  return { readable: true, errors, differences };
}

const isClean = (outcome: Outcome) => outcome.readable && outcome.errors === 0 && outcome.differences.length === 0;

/** Exit 2 when a file could not be read, else 1 when a file has errors or differs from its report, else 0. */
function exitCode(outcomes: readonly Outcome[]): number {
  if (outcomes.some((outcome) => !outcome.readable)) return EXIT.usage;
  return outcomes.every(isClean) ? EXIT.ok : EXIT.problems;
}

/** Validates the options; a string is the usage error to print. */
function settingsOf(options: Record<string, string | boolean | undefined>, files: number): Settings | string {
  const format = String(options.format ?? "text");
  if (!(FORMATS as readonly string[]).includes(format)) return `unknown format ${format}`;
  if (options.expect === true) return "--expect needs a REPORT.json";
  if (options.expect !== undefined && files !== 1) return "--expect compares one FILE with its report";
  const expected = typeof options.expect === "string" ? { path: options.expect, report: readExpected(options.expect) } : null;
  return { format: format as Format, coverage: options.coverage === true, expected };
}

export const check: Command = {
  name: "check",
  usage:
    "check FILE|DIR... [--format text|json|github] [--coverage] [--expect REPORT.json]   print diagnostics; exit 1 on errors or a differing report, 0 when clean",
  run({ args, options, io }) {
    if (args.length === 0) {
      io.err("gz-gazette check: give at least one FILE or directory");
      return EXIT.usage;
    }
    const files = listInputs(args);
    const settings = settingsOf(options, files.length);
    if (typeof settings === "string") {
      io.err(`gz-gazette check: ${settings}`);
      return EXIT.usage;
    }
    const results: unknown[] = [];
    const progress = progressBar(files.length);
    // The bar shares the terminal with the output: erase it before each line, redraw it after each file.
    const belowBar: Io = { out: (text) => (progress.clear(), io.out(text)), err: (text) => (progress.clear(), io.err(text)) };
    const outcomes = files.map((file, index) => {
      const outcome = checkFile(file, settings, belowBar, results);
      progress.show(index + 1, file);
      return outcome;
    });
    progress.clear();
    if (settings.format === "json") io.out(JSON.stringify(results, null, 2));
    // JSON output stays one JSON value; its consumers count the results themselves.
    else if (files.length > 1) {
      const clean = outcomes.filter(isClean).length;
      io.out(`${files.length} files, ${clean} clean, ${files.length - clean} with errors`);
    }
    return exitCode(outcomes);
  },
};
