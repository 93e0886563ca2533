import { jsonPath } from "../../json-path.js";
import { isSchemaName, schemaNames } from "../../schema-names.js";
import { EXIT, type Command } from "../command.js";
import { readInput } from "../input.js";

export const validate: Command = {
  name: "validate",
  usage: `validate FILE.json [--schema NAME]   check JSON against a schema (default gazette); exit 1 on problems`,
  async run({ args, options, io }) {
    const name = String(options.schema ?? "gazette");
    if (args.length !== 1 || !isSchemaName(name)) {
      io.err(`gz-gazette validate: give one FILE.json and --schema ${schemaNames.join("|")}`);
      return EXIT.usage;
    }
    const input = readInput(args[0]!);
    let data: unknown;
    try {
      data = JSON.parse(input.text);
    } catch (error) {
      io.out(`${input.name}: not JSON: ${(error as Error).message}`);
      return EXIT.problems;
    }
    const { namedSchemas } = await import("../../json-schemas.js");
    const result = namedSchemas[name].safeParse(data);
    if (result.success) {
      io.out(`${input.name}: valid ${name}`);
      return EXIT.ok;
    }
    for (const issue of result.error.issues) io.out(`${input.name}: ${jsonPath(issue.path)}: ${issue.message}`);
    io.out(`${input.name}: ${result.error.issues.length} problems against the ${name} schema`);
    return EXIT.problems;
  },
};
