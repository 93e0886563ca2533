import { EXIT, parseFile, type Command } from "../command.js";

export const parse: Command = {
  name: "parse",
  usage: "parse FILE [--format json]       print the parsed issue (FILE may be - for standard input)",
  run({ args, options, io }) {
    if (args.length !== 1) {
      io.err("gz-gazette parse: give exactly one FILE");
      return EXIT.usage;
    }
    const format = options.format ?? "json";
    if (format !== "json") {
      io.err(`gz-gazette parse: unknown format ${String(format)}`);
      return EXIT.usage;
    }
    const { gazette } = parseFile(args[0]!);
    io.out(JSON.stringify(gazette, null, 2));
    return gazette.diagnostics.some((diagnostic) => diagnostic.fatal) ? EXIT.problems : EXIT.ok;
  },
};
