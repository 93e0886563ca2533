import { DEFAULT_MAX_INPUT_LENGTH } from "../parse.js";
import { UsageError, type OptionSpec, type OptionValues } from "./command.js";

/** The options several commands share, declared once. */
export const formatOption = (choices: readonly string[], fallback: string): OptionSpec => ({
  type: "string",
  short: "f",
  value: choices.join("|"),
  choices,
  description: `output format (default ${fallback})`,
});

export const outputOption: OptionSpec = { type: "string", short: "o", value: "FILE", description: "write the output to FILE; summaries go to standard error" };

export const maxInputOption: OptionSpec = {
  type: "string",
  value: "N",
  description: `the largest input read, in characters (default ${DEFAULT_MAX_INPUT_LENGTH}, 16 Mi)`,
};

export const helpOption: OptionSpec = { type: "boolean", short: "h", description: "show this help" };

/** A whole number of at least `least` given to `--name`, or a usage error naming the option. */
export function wholeNumber(options: OptionValues, name: string, least: number): number | undefined {
  const value = options[name];
  if (typeof value !== "string") return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < least) throw new UsageError(`--${name} takes a whole number of at least ${least}, not ${value}`);
  return Number(value);
}

export const maxInputOf = (options: OptionValues) => wholeNumber(options, "max-input", 1);
