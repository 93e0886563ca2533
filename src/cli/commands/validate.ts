import { jsonPath } from "../../json-path.js";
import { schemaNames, type SchemaName } from "../../schema-names.js";
import { EXIT, UsageError, type Command } from "../command.js";
import { readInput } from "../input.js";
import { helpOption } from "../options.js";

export const validate: Command = {
  name: "validate",
  synopsis: "FILE.json [--schema NAME]",
  summary: "check JSON against a schema (default gazette) and print each problem with its JSON path",
  options: {
    schema: { type: "string", value: "NAME", choices: schemaNames, description: `the schema: ${schemaNames.join("|")} (default gazette)` },
    help: helpOption,
  },
  exits: "0 valid; 1 not JSON or not valid; 2 bad usage or a file that cannot be read",
  async run({ args, options, io }) {
    const name = (options.schema ?? "gazette") as SchemaName;
    if (args.length !== 1) throw new UsageError("give exactly one FILE.json");
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
