import { buildReport } from "../../report.js";
import { EXIT, parseFile, UsageError, type Command } from "../command.js";
import { formatOption, helpOption, maxInputOf, maxInputOption, outputOption } from "../options.js";

/**
 * `gz-gazette report FILE`: the parse report as JSON, the file that `check FILE --expect` compares
 * against, or (`-f html`) as a page to look at, source beside data. Exit 0 even when the input has
 * errors: the report counts them, and saving it is the point.
 */
export const report: Command = {
  name: "report",
  synopsis: "FILE [options]",
  summary: "print the parse report (counts per kind, rows, articles, diagnostics per rule) as JSON, or as an HTML page",
  options: { format: formatOption(["json", "html"], "json"), output: outputOption, "max-input": maxInputOption, help: helpOption },
  exits: "0 reported, even when the issue has errors (the report counts them); 2 bad usage or a file that cannot be read",
  async run({ args, options, io }) {
    if (args.length !== 1) throw new UsageError("give exactly one FILE");
    const { input, gazette } = parseFile(args[0]!, maxInputOf(options));
    // The page's code loads only when asked for, as the Markdown rendition does for `parse`.
    if (options.format === "html") io.out((await import("../../render/html/index.js")).toHtml(gazette, input.text));
    else io.out(JSON.stringify(buildReport(gazette), null, 2));
    return EXIT.ok;
  },
};
