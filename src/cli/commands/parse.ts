import type { Gazette } from "../../schema/gazette.js";
import { EXIT, parseFile, type Command } from "../command.js";

const TABLES = ["tasks", "levy"] as const;

type Render = (gazette: Gazette) => Promise<string>;

/**
 * Each format's rendering of the issue, or why the options do not name one. The renderers load on
 * demand: unified and remark are heavy, and `check` or `parse` to JSON never need them.
 */
function renderer(format: string, table: string | undefined): Render | string {
  if (format === "json") return async (gazette) => JSON.stringify(gazette, null, 2);
  if (format === "markdown") return async (gazette) => (await import("../../render/markdown.js")).toMarkdown(gazette);
  if (format !== "csv") return `unknown format ${format}`;
  const chosen = TABLES.find((name) => name === table);
  if (chosen === undefined) return `--format csv needs --table ${TABLES.join("|")}`;
  // toCsv ends every record with CRLF; the CLI's writer adds the last line break.
  return async (gazette) => (await import("../../render/csv.js")).toCsv(gazette, chosen).replace(/\r\n$/, "");
}

export const parse: Command = {
  name: "parse",
  usage: "parse FILE [--format json|markdown|csv] [--table tasks|levy]   print the parsed issue (FILE may be - for standard input)",
  async run({ args, options, io }) {
    if (args.length !== 1) {
      io.err("gz-gazette parse: give exactly one FILE");
      return EXIT.usage;
    }
    const render = renderer(String(options.format ?? "json"), options.table === undefined ? undefined : String(options.table));
    if (typeof render === "string") {
      io.err(`gz-gazette parse: ${render}`);
      return EXIT.usage;
    }
    const { gazette } = parseFile(args[0]!);
    io.out(await render(gazette));
    return gazette.diagnostics.some((diagnostic) => diagnostic.fatal) ? EXIT.problems : EXIT.ok;
  },
};
