import { readFileSync, statSync } from "node:fs";

/** Why an input could not be read; the CLI prints it on one line and exits 2. */
export class InputError extends Error {}

const NUL = 0;
/** UTF-8 byte order mark. */
const UTF8_BOM = [0xef, 0xbb, 0xbf];

export interface Input {
  name: string;
  text: string;
  /** The encoding the bytes were read in. */
  encoding: "utf-8" | "gb18030";
}

/**
 * Decodes gazette text: UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK and
 * GB2312, the usual encodings of Chinese government text files), which `TextDecoder` reads natively.
 */
export function decode(bytes: Uint8Array, name: string): Input {
  if (bytes.length === 0 || (bytes.length === UTF8_BOM.length && UTF8_BOM.every((byte, i) => bytes[i] === byte))) {
    throw new InputError(`${name}: the file is empty`);
  }
  if (bytes.includes(NUL)) throw new InputError(`${name}: the file is binary, not text`);
  try {
    return { name, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    try {
      return { name, text: new TextDecoder("gb18030", { fatal: true }).decode(bytes), encoding: "gb18030" };
    } catch {
      throw new InputError(`${name}: unsupported encoding (neither UTF-8 nor GB18030)`);
    }
  }
}

/** Reads a file, or standard input for `-`. */
export function readInput(path: string): Input {
  if (path === "-") return decode(readFileSync(0), "<stdin>");
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (stats.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  return decode(readFileSync(path), path);
}
