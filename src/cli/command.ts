import type { Colors } from "picocolors/types.js";
import { parseGazette } from "../parse.js";
import type { Gazette } from "../schema/gazette.js";
import { readInput, type Input } from "./input.js";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether standard output takes colour (a terminal, or FORCE_COLOR); see `colourWanted`. */
  colour?: boolean;
}

/** Exit codes: 0 clean, 1 the input has problems, 2 the command could not run. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** Wrong usage that a command finds in its arguments; the CLI prints it on one line and exits 2. */
export class UsageError extends Error {}

/** An option of a command, as `node:util`'s `parseArgs` declares it, with its help. */
export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** The value's placeholder in the help (`FILE`, `N`). */
  value?: string;
  /** The values a string option takes; anything else is a usage error naming it. */
  choices?: readonly string[];
  description: string;
}

export type OptionValues = Record<string, string | boolean | undefined>;

/** What a command is handed: its positionals, its option values, where to print and how. */
export interface Invocation {
  args: string[];
  options: OptionValues;
  io: Io;
  /** Styles for standard output: colours on a terminal, plain text otherwise. */
  style: Colors;
  /** Whether `--output FILE` takes standard output: summaries then go to standard error. */
  toFile: boolean;
}

/** One CLI command, in a file of its own under `commands/`. */
export interface Command {
  name: string;
  /** The arguments after the command's name: `FILE`, `PRICE [FILE]`. */
  synopsis: string;
  /** What it does, one line, for the list of commands. */
  summary: string;
  options: Record<string, OptionSpec>;
  /** What its exit codes mean, for its help. */
  exits: string;
  run(invocation: Invocation): number | Promise<number>;
}

/** Reads and parses one input file (`-` is standard input). */
export function parseFile(path: string, maxInputLength?: number): { input: Input; gazette: Gazette } {
  const input = readInput(path);
  return { input, gazette: parseGazette(input.text, maxInputLength === undefined ? {} : { maxInputLength }) };
}
