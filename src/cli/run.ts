import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import pc from "picocolors";
import packageJson from "../../package.json" with { type: "json" };
import { EXIT, UsageError, type Command, type Io, type OptionSpec, type OptionValues } from "./command.js";
import { commands } from "./commands/index.js";
import { helpOption } from "./options.js";
import { InputError, refusal } from "./input.js";

export { EXIT, type Io } from "./command.js";

const PROGRAM = "gz-gazette";

/** The options of the program itself, before a command. */
const programOptions: Record<string, OptionSpec> = {
  help: helpOption,
  version: { type: "boolean", short: "v", description: "print the version" },
};

/** An option's column in the help: `-f, --format json|csv`. */
const optionLine = (name: string, spec: OptionSpec) =>
  `${spec.short ? `-${spec.short}, ` : "    "}--${name}${spec.value ? ` ${spec.value}` : ""}`;

function optionLines(options: Record<string, OptionSpec>): string[] {
  const entries = Object.entries(options);
  const width = Math.max(...entries.map(([name, spec]) => optionLine(name, spec).length));
  return entries.map(([name, spec]) => `  ${optionLine(name, spec).padEnd(width)}  ${spec.description}`);
}

const programHelp = () => {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    "",
    "Commands:",
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "Options:",
    ...optionLines(programOptions),
    "",
    `\`${PROGRAM} help COMMAND\` or \`${PROGRAM} COMMAND --help\` shows a command's options and exit codes.`,
  ].join("\n");
};

const commandHelp = (command: Command) =>
  [
    `Usage: ${PROGRAM} ${command.name} ${command.synopsis}`,
    "",
    command.summary,
    "",
    "Options:",
    ...optionLines(command.options),
    "",
    `Exit codes: ${command.exits}`,
  ].join("\n");

/** The option `parseArgs` complains of, from its message (`Unknown option '--frob'. …`). */
const optionNamed = (message: string) => /'(?:-[^\s,']+, )?(-[^\s']+)/.exec(message)?.[1] ?? message;

/** `parseArgs`'s errors, each as one line that names the option. */
function argumentError(error: NodeJS.ErrnoException): string {
  const option = optionNamed(error.message);
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    // `levy -5`: a negative number reads as an option; say what it is.
    return /^-[0-9.]/.test(option) ? `${option}: a negative number is not accepted` : `unknown option ${option}`;
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return / does not take an argument/.test(error.message) ? `${option} takes no value` : `${option} needs a value`;
  }
  return error.message.split("\n")[0]!;
}

/** Parses `argv` against `options` strictly; a string is the usage error to print. */
function parseOptions(argv: string[], options: Record<string, OptionSpec>): { args: string[]; values: OptionValues } | string {
  let parsed;
  try {
    const config = Object.fromEntries(Object.entries(options).map(([name, { type, short }]) => [name, short ? { type, short } : { type }]));
    parsed = parseArgs({ args: argv, options: config, allowPositionals: true, strict: true });
  } catch (error) {
    return argumentError(error as NodeJS.ErrnoException);
  }
  for (const [name, spec] of Object.entries(options)) {
    const value = parsed.values[name];
    if (spec.choices && typeof value === "string" && !spec.choices.includes(value)) {
      return `unknown ${name} ${value} (${spec.choices.join(", ")})`;
    }
  }
  return { args: parsed.positionals, values: parsed.values as OptionValues };
}

/** Runs one command with its arguments; `--output FILE` collects standard output and writes it there. */
async function runCommand(command: Command, argv: string[], io: Io): Promise<number> {
  const parsed = parseOptions(argv, command.options);
  if (typeof parsed === "string") {
    io.err(`${PROGRAM} ${command.name}: ${parsed}`);
    return EXIT.usage;
  }
  if (parsed.values.help) {
    io.out(commandHelp(command));
    return EXIT.ok;
  }
  const output = typeof parsed.values.output === "string" ? parsed.values.output : null;
  // A file that cannot be written is found before the work, not after it.
  if (output !== null) writeFileSync(output, "");
  const written: string[] = [];
  const commandIo: Io = output === null ? io : { out: (text) => written.push(text), err: io.err };
  const style = pc.createColors(output === null && io.colour === true);
  const code = await command.run({ args: parsed.args, options: parsed.values, io: commandIo, style, toFile: output !== null });
  if (output !== null && written.length > 0) writeFileSync(output, `${written.join("\n")}\n`);
  return code;
}

/** Runs the CLI; resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  const [first = "", ...rest] = argv;
  const named = first === "help" ? rest[0] : first;
  const command = commands.find((candidate) => candidate.name === named);
  try {
    if (first === "help") {
      if (rest.length === 0) io.out(programHelp());
      else if (command && rest.length === 1) io.out(commandHelp(command));
      else throw new UsageError(`unknown command ${rest.join(" ")} (${PROGRAM} --help lists them)`);
      return EXIT.ok;
    }
    if (command) return await runCommand(command, rest, io);
    if (first === "") {
      io.err(programHelp());
      return EXIT.usage;
    }
    if (!first.startsWith("-")) throw new UsageError(`unknown command ${first} (${PROGRAM} --help lists them)`);
    const parsed = parseOptions(argv, programOptions);
    if (typeof parsed === "string") throw new UsageError(parsed);
    if (parsed.values.version) io.out(packageJson.version);
    else if (parsed.values.help) io.out(programHelp());
    else throw new UsageError("give a command");
    return EXIT.ok;
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`${PROGRAM}: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.err(`${PROGRAM}${command ? ` ${command.name}` : ""}: ${error.message}`);
      return EXIT.usage;
    }
    // `--output FILE` that cannot be written, and any other refusal of the file system.
    if ((error as NodeJS.ErrnoException).code && (error as NodeJS.ErrnoException).path) {
      io.err(`${PROGRAM}: ${refusal((error as NodeJS.ErrnoException).path!, error).message}`);
      return EXIT.usage;
    }
    throw error;
  }
}
