import { readFileSync } from "node:fs";
import { listInputs, progressBar } from "../batch.js";
import { FORMATS, type Checked, type Format, type Settings } from "../check-file.js";
import { checkAll } from "../pool.js";
import { EXIT, type Command, type Io } from "../command.js";
import { InputError } from "../input.js";

/** How one file came out, as far as the exit code is concerned. */
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

/** Prints one checked file and keeps what decides the exit code. */
function printChecked(checked: Checked, io: Io, results: unknown[]): Outcome {
  if (!checked.readable) {
    checked.err.forEach((line) => io.err(line));
    return { readable: false };
  }
  checked.out.forEach((line) => io.out(line));
  if (checked.json !== null) results.push(checked.json);
  return { readable: true, errors: checked.errors, differences: checked.differences };
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
  async run({ args, options, io }) {
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
    const outcomes: Outcome[] = [];
    await checkAll(files, settings, (checked, index) => {
      outcomes.push(printChecked(checked, belowBar, results));
      progress.show(index + 1, checked.file);
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
