import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "./input.js";

/** Gazette text files: what a directory given to `check` is searched for. */
const GAZETTE_TEXT = /\.txt$/i;

/** The `.txt` files under a directory, at any depth, in a stable order. */
function textFilesUnder(directory: string): string[] {
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return textFilesUnder(path);
    return entry.isFile() && GAZETTE_TEXT.test(entry.name) ? [path] : [];
  });
}

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    // A missing path is reported when it is read, with the message every command gives.
    return false;
  }
};

/**
 * The files that `check FILE|DIR...` checks: files (and `-`) as given, directories replaced by their
 * `.txt` files. Globs are the shell's to expand.
 */
export function listInputs(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    if (!isDirectory(path)) return [path];
    const files = textFilesUnder(path);
    if (files.length === 0) throw new InputError(`${path}: is a directory with no .txt files`);
    return files;
  });
}

/** Where the progress bar is drawn: the part of a terminal stream it uses. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  /** Draws the bar after `done` of the files, the last one being `file`. */
  show(done: number, file: string): void;
  /** Erases the bar, so that output can be printed on a clean line. */
  clear(): void;
}

const BAR_WIDTH = 20;
const silent: Progress = { show() {}, clear() {} };

/**
 * A one-line progress bar for a batch of `total` files, redrawn in place. Only on a terminal and outside
 * CI: a log file or a CI console would keep every redraw as a line of its own.
 */
export function progressBar(total: number, stream: ProgressStream = process.stderr, env: NodeJS.ProcessEnv = process.env): Progress {
  if (total < 2 || !stream.isTTY || env.CI) return silent;
  return {
    show(done, file) {
      const filled = Math.round((done / total) * BAR_WIDTH);
      const line = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${done}/${total} ${file}`;
      stream.write(`\r\x1b[K${line.slice(0, (stream.columns ?? 80) - 1)}`);
    },
    clear() {
      stream.write("\r\x1b[K");
    },
  };
}
