import { EXIT, parseFile, type Command } from "../command.js";
import { formatDiagnostic, formatGithub } from "../report.js";

const FORMATS = ["text", "json", "github"];

export const check: Command = {
  name: "check",
  usage: "check FILE... [--format text|json|github]   print diagnostics; exit 1 on errors, 0 when clean",
  run({ args, options, io }) {
    if (args.length === 0) {
      io.err("gz-gazette check: give at least one FILE");
      return EXIT.usage;
    }
    const format = String(options.format ?? "text");
    if (!FORMATS.includes(format)) {
      io.err(`gz-gazette check: unknown format ${format}`);
      return EXIT.usage;
    }
    let errors = 0;
    const results = [];
    for (const file of args) {
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
  },
};
