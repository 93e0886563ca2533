import { isSchemaName, schemaNames } from "../../schema-names.js";
import { EXIT, UsageError, type Command } from "../command.js";
import { helpOption, outputOption } from "../options.js";

export const schema: Command = {
  name: "schema",
  synopsis: "[NAME] [options]",
  summary: `print a JSON Schema (${schemaNames.join("|")}; default gazette)`,
  options: { output: outputOption, help: helpOption },
  exits: "0 printed; 2 an unknown NAME",
  async run({ args, io }) {
    const [name = "gazette", ...extra] = args;
    if (extra.length > 0 || !isSchemaName(name)) throw new UsageError(`give one of ${schemaNames.join(", ")}`);
    // zod loads only for the commands that need it, not for every start of the CLI.
    const { jsonSchemaOf } = await import("../../json-schemas.js");
    io.out(JSON.stringify(jsonSchemaOf(name), null, 2));
    return EXIT.ok;
  },
};
