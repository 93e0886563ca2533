import { parseArgs } from "node:util";
import { EXIT, type Io } from "./command.js";
import { commands } from "./commands/index.js";
import { InputError } from "./input.js";

export { EXIT, type Io } from "./command.js";

const usage = () =>
  [
    "Usage: gz-gazette <command> [options] FILE...",
    "",
    "Commands:",
    ...commands.map((command) => `  ${command.usage}`),
    "",
    "Options:",
    "  --format FORMAT   output format (see each command)",
    "  -h, --help        show this help",
  ].join("\n");

/** Runs the CLI; resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: false,
      // Options that take a value must be declared: undeclared, `--expect FILE` would leave FILE a positional.
      options: { format: { type: "string" }, expect: { type: "string" }, coverage: { type: "boolean" }, table: { type: "string" }, schema: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    io.err(`gz-gazette: ${(error as Error).message}`);
    return EXIT.usage;
  }
  const [name, ...args] = parsed.positionals;
  if (parsed.values.help) {
    io.out(usage());
    return EXIT.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(name === undefined ? usage() : `gz-gazette: unknown command ${name}\n${usage()}`);
    return EXIT.usage;
  }
  try {
    return await command.run({ args, options: parsed.values, io });
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`gz-gazette: ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }
}
