import { readdirSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { globSync, isDynamicPattern } from "tinyglobby";
import { refusal } from "./input.js";

/** Gazette text files: what a directory given to `check` is searched for. */
const GAZETTE_TEXT = /\.txt$/i;

/** A file to check, or a path that could not be listed or read, with the one line that says why. */
export interface Target {
  path: string;
  problem: string | null;
}

const file = (path: string): Target => ({ path, problem: null });
const unreadable = (path: string, error: unknown): Target => ({ path, problem: refusal(path, error).message });

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The `.txt` files under a directory, at any depth, in a stable order. Symbolic links are followed, to
 * files and to directories; a directory already visited (by its real path) is not entered again, so a
 * link that loops back is followed once. What cannot be listed or read is a target with its problem.
 */
function textFilesUnder(directory: string, visited: Set<string>): Target[] {
  let entries;
  try {
    const real = realpathSync(directory);
    if (visited.has(real)) return [];
    visited.add(real);
    entries = readdirSync(directory, { withFileTypes: true }).sort(byName);
  } catch (error) {
    return [unreadable(directory, error)];
  }
  return entries.flatMap((entry) => {
    const path = join(directory, entry.name);
    let target: { isDirectory(): boolean; isFile(): boolean } = entry;
    try {
      // A link stands for what it names.
      if (entry.isSymbolicLink()) target = statSync(path);
    } catch (error) {
      // A broken link or a loop of links: reported when it was meant as a gazette text, else not ours.
      return GAZETTE_TEXT.test(entry.name) ? [unreadable(path, error)] : [];
    }
    if (target.isDirectory()) return textFilesUnder(path, visited);
    return target.isFile() && GAZETTE_TEXT.test(entry.name) ? [file(path)] : [];
  });
}

/** What a path names: a directory, something else, or nothing (a missing path is reported when it is read, with the message every command gives). */
function kindOf(path: string): "directory" | "other" | "missing" {
  try {
    return statSync(path).isDirectory() ? "directory" : "other";
  } catch {
    return "missing";
  }
}

/**
 * The files that `check FILE|DIR|GLOB...` checks: files (and `-`) as given, directories replaced by
 * their `.txt` files, and globs (`'issues/*.txt'`, quoted, as on Windows or in npm scripts, where no
 * shell expands them) by the files they match. A path that names a file is never read as a glob.
 */
export function listInputs(paths: readonly string[]): Target[] {
  const visited = new Set<string>();
  return paths.flatMap((path): Target[] => {
    const kind = path === "-" ? "other" : kindOf(path);
    if (kind === "missing" && isDynamicPattern(path)) {
      const matches = globSync(path, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(path) }).sort();
      return matches.length > 0 ? matches.map(file) : [{ path, problem: `${path}: no file matches` }];
    }
    if (kind !== "directory") return [file(path)];
    const targets = textFilesUnder(path, visited);
    return targets.length > 0 ? targets : [{ path, problem: `${path}: is a directory with no .txt files` }];
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
