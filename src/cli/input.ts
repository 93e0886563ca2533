import { readFileSync } from "node:fs";
import { decodeText, type TextEncoding } from "../decode.js";

/** Why an input could not be read; the CLI prints it on one line and exits 2. */
export class InputError extends Error {}

export interface Input {
  name: string;
  text: string;
  /** The encoding the bytes were read in. */
  encoding: TextEncoding;
}

/** What the file system's refusals mean to a user, by error code. */
const REFUSALS: Record<string, string> = {
  ENOENT: "no such file",
  ENOTDIR: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "a loop of symbolic links",
  EISDIR: "is a directory, not a file",
};

/** One line for a file-system error: its meaning when known, else its code and message. */
export function refusal(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  return new InputError(`${path}: ${(code && REFUSALS[code]) ?? (error as Error).message}`);
}

/** Decodes a file's bytes (see `decodeText`); what is not text is an input error. */
export function decode(bytes: Uint8Array, name: string): Input {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new InputError(`${name}: ${decoded.message}`);
  return { name, text: decoded.text, encoding: decoded.encoding };
}

/** Reads a file, or standard input for `-`. */
export function readInput(path: string): Input {
  if (path === "-") return decode(readFileSync(0), "<stdin>");
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw refusal(path, error);
  }
  return decode(bytes, path);
}
