import { buildReport } from "../../report.js";
import { EXIT, parseFile, type Command } from "../command.js";

/**
 * `gz-gazette report FILE`: the parse report as JSON, the file that `check FILE --expect` compares
 * against. Exit 0 even when the input has errors: the report counts them, and saving it is the point.
 */
export const report: Command = {
  name: "report",
  usage: "report FILE                      print the parse report (counts per kind, rows, articles, diagnostics per rule) as JSON",
  run({ args, io }) {
    if (args.length !== 1) {
      io.err("gz-gazette report: give exactly one FILE");
      return EXIT.usage;
    }
    const { gazette } = parseFile(args[0]!);
    io.out(JSON.stringify(buildReport(gazette), null, 2));
    return EXIT.ok;
  },
};
