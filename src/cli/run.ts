import { parseArgs } from "node:util";
import { parseGazette } from "../parse.js";
import type { Gazette } from "../schema/gazette.js";
import { InputError, readInput, type Input } from "./input.js";
import { formatDiagnostic, formatGithub } from "./report.js";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes: 0 clean, 1 the input has errors, 2 the command could not run. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

const USAGE = `Usage: gz-gazette <command> [options] FILE...

Commands:
  parse FILE             print the parsed issue as JSON (FILE may be - for standard input)
  check FILE...          print diagnostics like a linter; exit 1 on errors, 0 when clean

Options:
  --format json|text|github   output format (parse: json; check: text, json or github)
  -h, --help                  show this help`;

type Format = "json" | "text" | "github";

function parseFile(path: string): { input: Input; gazette: Gazette } {
  const input = readInput(path);
  return { input, gazette: parseGazette(input.text) };
}

function commandParse(files: string[], format: Format, io: Io): number {
  if (files.length !== 1) {
    io.err("gz-gazette parse: give exactly one FILE");
    return EXIT.usage;
  }
  if (format !== "json") {
    io.err(`gz-gazette parse: unknown format ${format}`);
    return EXIT.usage;
  }
  const { gazette } = parseFile(files[0]!);
  io.out(JSON.stringify(gazette, null, 2));
  return gazette.diagnostics.some((diagnostic) => diagnostic.fatal) ? EXIT.problems : EXIT.ok;
}

function commandCheck(files: string[], format: Format, io: Io): number {
  if (files.length === 0) {
    io.err("gz-gazette check: give at least one FILE");
    return EXIT.usage;
  }
  let errors = 0;
  const results = [];
  for (const file of files) {
    const { input, gazette } = parseFile(file);
    const found = gazette.diagnostics.filter((diagnostic) => diagnostic.fatal).length;
    errors += found;
    if (format === "json") results.push({ file: input.name, errors: found, diagnostics: gazette.diagnostics });
    else if (format === "github") gazette.diagnostics.forEach((diagnostic) => io.out(formatGithub(diagnostic, input.name)));
    else {
      gazette.diagnostics.forEach((diagnostic) => io.out(formatDiagnostic(diagnostic, input.name, input.text)));
      const counts = (["error", "warning", "info"] as const).map(
        (severity) => `${gazette.diagnostics.filter((diagnostic) => diagnostic.severity === severity).length} ${severity}s`,
      );
      io.out(`${input.name}: ${gazette.documents.length} documents, ${gazette.pages} pages; ${counts.join(", ")}`);
    }
  }
  if (format === "json") io.out(JSON.stringify(results, null, 2));
  return errors > 0 ? EXIT.problems : EXIT.ok;
}

/** Runs the CLI; returns the exit code. */
export function run(argv: string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    io.err(`gz-gazette: ${(error as Error).message}`);
    return EXIT.usage;
  }
  const [command, ...files] = parsed.positionals;
  if (parsed.values.help || command === undefined) {
    (command === undefined && !parsed.values.help ? io.err : io.out)(USAGE);
    return parsed.values.help ? EXIT.ok : EXIT.usage;
  }
  const format = parsed.values.format ?? (command === "parse" ? "json" : "text");
  if (!["json", "text", "github"].includes(format)) {
    io.err(`gz-gazette: unknown format ${format}`);
    return EXIT.usage;
  }
  try {
    if (command === "parse") return commandParse(files, format as Format, io);
    if (command === "check") return commandCheck(files, format as Format, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`gz-gazette: ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }
  io.err(`gz-gazette: unknown command ${command}\n${USAGE}`);
  return EXIT.usage;
}
