import { parseGazette } from "../parse.js";
import type { Gazette } from "../schema/gazette.js";
import { readInput, type Input } from "./input.js";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes: 0 clean, 1 the input has problems, 2 the command could not run. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** What a command is handed: its positionals and the option values the CLI knows. */
export interface Invocation {
  args: string[];
  options: Record<string, string | boolean | undefined>;
  io: Io;
}

/** One CLI command, in a file of its own under `commands/`. */
export interface Command {
  name: string;
  /** One line of the help text: `parse FILE   print …`. */
  usage: string;
  run(invocation: Invocation): number | Promise<number>;
}

/** Reads and parses one input file (`-` is standard input). */
export function parseFile(path: string): { input: Input; gazette: Gazette } {
  const input = readInput(path);
  return { input, gazette: parseGazette(input.text) };
}
