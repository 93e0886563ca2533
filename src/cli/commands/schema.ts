import { isSchemaName, schemaNames } from "../../schema-names.js";
import { EXIT, type Command } from "../command.js";

export const schema: Command = {
  name: "schema",
  usage: `schema [NAME]                    print a JSON Schema (${schemaNames.join("|")}; default gazette)`,
  async run({ args, io }) {
    const [name = "gazette", ...extra] = args;
    if (extra.length > 0 || !isSchemaName(name)) {
      io.err(`gz-gazette schema: give one of ${schemaNames.join(", ")}`);
      return EXIT.usage;
    }
    // zod loads only for the commands that need it, not for every start of the CLI.
    const { jsonSchemaOf } = await import("../../json-schemas.js");
    io.out(JSON.stringify(jsonSchemaOf(name), null, 2));
    return EXIT.ok;
  },
};
