import type { Gazette } from "../../schema/gazette.js";
import { issueSummary } from "../check-file.js";
import { EXIT, parseFile, UsageError, type Command } from "../command.js";
import { formatOption, helpOption, maxInputOf, maxInputOption, outputOption } from "../options.js";

const FORMATS = ["json", "markdown", "csv"] as const;
const TABLES = ["tasks", "levy"] as const;

type Render = (gazette: Gazette) => Promise<string>;

/**
 * Each format's rendering of the issue. The renderers load on demand: unified and remark are heavy,
 * and `check` or `parse` to JSON never need them.
 */
function renderer(format: string, table: string | undefined): Render {
  if (format === "json") return async (gazette) => JSON.stringify(gazette, null, 2);
  if (format === "markdown") return async (gazette) => (await import("../../render/markdown.js")).toMarkdown(gazette);
  const chosen = TABLES.find((name) => name === table);
  if (chosen === undefined) throw new UsageError(`--format csv needs --table ${TABLES.join("|")}`);
  // toCsv ends every record with CRLF; the CLI's writer adds the last line break.
  return async (gazette) => (await import("../../render/csv.js")).toCsv(gazette, chosen).replace(/\r\n$/, "");
}

export const parse: Command = {
  name: "parse",
  synopsis: "FILE [options]",
  summary: "print the parsed issue (FILE may be - for standard input)",
  options: {
    format: formatOption(FORMATS, "json"),
    table: { type: "string", value: TABLES.join("|"), choices: TABLES, description: "the table that --format csv writes" },
    output: outputOption,
    quiet: { type: "boolean", description: "with --output, no summary line" },
    "max-input": maxInputOption,
    help: helpOption,
  },
  exits: "0 parsed; 1 the issue has errors (still printed); 2 bad usage or a file that cannot be read",
  async run({ args, options, io, toFile }) {
    if (args.length !== 1) throw new UsageError(`give exactly one FILE${args.length > 1 ? `, not ${args.length}` : ""}`);
    const table = typeof options.table === "string" ? options.table : undefined;
    if (table !== undefined && options.format !== "csv") throw new UsageError("--table goes with --format csv");
    const render = renderer(String(options.format ?? "json"), table);
    const { input, gazette } = parseFile(args[0]!, maxInputOf(options));
    io.out(await render(gazette));
    if (toFile && options.quiet !== true) io.err(`${input.name}: ${issueSummary(gazette)}; written to ${options.output}`);
    return gazette.diagnostics.some((diagnostic) => diagnostic.fatal) ? EXIT.problems : EXIT.ok;
  },
};
