import { readFileSync } from "node:fs";
import { listInputs, progressBar } from "../batch.js";
import { FORMATS, type Checked, type Format, type Settings } from "../check-file.js";
import { checkAll } from "../pool.js";
import { counted } from "../counted.js";
import { EXIT, UsageError, type Command, type Io, type OptionValues } from "../command.js";
import { InputError, refusal } from "../input.js";
import { formatOption, helpOption, maxInputOf, maxInputOption, outputOption, wholeNumber } from "../options.js";

/** How one file came out, as far as the exit code and the summary are concerned. */
type Outcome = { readable: false } | { readable: true; errors: number; warnings: number; differences: string[] };

function readExpected(path: string): unknown {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === "ENOENT" ? new InputError(`${path}: no such report`) : refusal(path, error);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${path}: not a JSON report`);
  }
}

/** Prints one checked file and keeps what decides the exit code. */
function printChecked(checked: Checked, io: Io, summarise: (text: string) => void, results: unknown[]): Outcome {
  if (!checked.readable) {
    checked.err.forEach((line) => io.err(line));
    return { readable: false };
  }
  checked.out.forEach((line) => io.out(line));
  if (checked.summary !== null) summarise(checked.summary);
  if (checked.json !== null) results.push(checked.json);
  return { readable: true, errors: checked.errors, warnings: checked.warnings, differences: checked.differences };
}

const isClean = (outcome: Outcome) => outcome.readable && outcome.errors === 0 && outcome.differences.length === 0;

/**
 * Exit 2 when a file could not be read, else 1 when a file has errors, differs from its report or the
 * warnings pass `--max-warnings`, else 0.
 */
function exitCode(outcomes: readonly Outcome[], tooManyWarnings: boolean): number {
  if (outcomes.some((outcome) => !outcome.readable)) return EXIT.usage;
  return outcomes.every(isClean) && !tooManyWarnings ? EXIT.ok : EXIT.problems;
}

/** `3 files, 1 clean, 1 with errors, 1 unreadable`. */
function batchSummary(outcomes: readonly Outcome[]): string {
  const clean = outcomes.filter(isClean).length;
  const unreadable = outcomes.filter((outcome) => !outcome.readable).length;
  const parts = [counted(outcomes.length, "file"), `${clean} clean`, `${outcomes.length - clean - unreadable} with errors`];
  if (unreadable > 0) parts.push(`${unreadable} unreadable`);
  return parts.join(", ");
}

/** Validates the options; wrong usage is a `UsageError`. */
function settingsOf(options: OptionValues, files: number, colour: boolean): Settings {
  if (options.expect !== undefined && files !== 1) throw new UsageError("--expect compares one FILE with its report");
  const expected = typeof options.expect === "string" ? { path: options.expect, report: readExpected(options.expect) } : null;
  const maxInputLength = maxInputOf(options);
  return {
    format: (options.format ?? "text") as Format,
    coverage: options.coverage === true,
    expected,
    quiet: options.quiet === true,
    colour,
    ...(maxInputLength === undefined ? {} : { maxInputLength }),
  };
}

export const check: Command = {
  name: "check",
  synopsis: "FILE|DIR|GLOB... [options]",
  summary: "print diagnostics like a linter; a directory stands for its .txt files, a quoted glob for the files it matches",
  options: {
    format: formatOption(FORMATS, "text"),
    output: outputOption,
    quiet: { type: "boolean", description: "print errors only (warnings still count for --max-warnings)" },
    "max-warnings": { type: "string", value: "N", description: "exit 1 when there are more than N warnings in all" },
    coverage: { type: "boolean", description: "print where the input's characters went" },
    expect: { type: "string", value: "REPORT.json", description: "exit 1 when the parse report differs from REPORT.json, and say how" },
    "max-input": maxInputOption,
    help: helpOption,
  },
  exits: "0 clean; 1 errors, a differing report or more warnings than --max-warnings; 2 bad usage or a file that cannot be read (the others are still checked)",
  async run({ args, options, io, style, toFile }) {
    if (args.length === 0) throw new UsageError("give at least one FILE, directory or glob");
    const maxWarnings = wholeNumber(options, "max-warnings", 0);
    const targets = listInputs(args);
    const settings = settingsOf(options, targets.length, style.isColorSupported);
    const results: unknown[] = [];
    const progress = progressBar(targets.length);
    // The bar shares the terminal with the output: erase it before each line, redraw it after each file.
    const belowBar: Io = { out: (text) => (progress.clear(), io.out(text)), err: (text) => (progress.clear(), io.err(text)) };
    // Written to a file, the output keeps the diagnostics; the summaries are for the person at the terminal.
    const summarise = toFile ? belowBar.err : belowBar.out;
    const outcomes: Outcome[] = [];
    await checkAll(targets, settings, (checked, index) => {
      outcomes.push(printChecked(checked, belowBar, summarise, results));
      progress.show(index + 1, checked.file);
    });
    progress.clear();
    const warnings = outcomes.reduce((total, outcome) => total + (outcome.readable ? outcome.warnings : 0), 0);
    const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
    if (settings.format === "json") io.out(JSON.stringify(results, null, 2));
    // JSON output stays one JSON value; its consumers count the results themselves.
    else if (targets.length > 1) summarise(batchSummary(outcomes));
    if (tooManyWarnings) io.err(`gz-gazette check: ${warnings} warnings, more than --max-warnings ${maxWarnings}`);
    return exitCode(outcomes, tooManyWarnings);
  },
};
