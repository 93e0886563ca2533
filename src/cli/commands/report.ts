import { buildReport } from "../../report.js";
import { EXIT, parseFile, UsageError, type Command } from "../command.js";
import { formatOption, helpOption, maxInputOf, maxInputOption, outputOption } from "../options.js";

/**
 * `gz-gazette report FILE`: the parse report as JSON, the file that `check FILE --expect` compares
 * against. Exit 0 even when the input has errors: the report counts them, and saving it is the point.
 */
export const report: Command = {
  name: "report",
  synopsis: "FILE [options]",
  summary: "print the parse report (counts per kind, rows, articles, diagnostics per rule) as JSON",
  options: { format: formatOption(["json"], "json"), output: outputOption, "max-input": maxInputOption, help: helpOption },
  exits: "0 reported, even when the issue has errors (the report counts them); 2 bad usage or a file that cannot be read",
  run({ args, options, io }) {
    if (args.length !== 1) throw new UsageError("give exactly one FILE");
    const { gazette } = parseFile(args[0]!, maxInputOf(options));
    io.out(JSON.stringify(buildReport(gazette), null, 2));
    return EXIT.ok;
  },
};
