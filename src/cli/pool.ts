import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { checkFile, type Checked, type Settings } from "./check-file.js";

/**
 * Below this much text a batch is checked in the main thread: a worker spends a few hundred
 * milliseconds loading the parser, about what one core needs to check ten issues.
 */
export const WORKER_MIN_BYTES = 4 * 1024 * 1024;

/** The bundled worker; it exists next to the CLI in `dist/`, not beside the TypeScript sources. */
const workerPath = fileURLToPath(new URL("./check-worker.js", import.meta.url));

const sizeOf = (file: string): number => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/** Whether a batch is worth worker threads: enough text, more than one core, and a built worker. */
export function wantsWorkers(files: readonly string[], cores = availableParallelism()): boolean {
  if (cores < 2 || files.length < 2 || !existsSync(workerPath)) return false;
  return files.reduce((total, file) => total + sizeOf(file), 0) >= WORKER_MIN_BYTES;
}

/**
 * Checks a batch of files, handing each result to `onChecked` in the order of `files`. A large batch is
 * checked by worker threads, one per core; the main thread only prints.
 */
export async function checkAll(
  files: readonly string[],
  settings: Settings,
  onChecked: (checked: Checked, index: number) => void,
): Promise<void> {
  if (!wantsWorkers(files)) {
    files.forEach((file, index) => onChecked(checkFile(file, settings), index));
    return;
  }
  const results = new Map<number, Checked>();
  let next = 0;
  let handed = 0;
  const handOn = () => {
    // Results arrive in any order; they are handed on in the order of the files.
    while (results.has(handed)) {
      onChecked(results.get(handed)!, handed);
      results.delete(handed);
      handed += 1;
    }
  };
  const drive = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let current = -1;
      const send = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage(files[current]);
      };
      worker.on("message", (checked: Checked) => {
        results.set(current, checked);
        handOn();
        send();
      });
      worker.on("error", reject);
      send();
    });
  const count = Math.min(availableParallelism(), files.length);
  await Promise.all(Array.from({ length: count }, () => drive(new Worker(workerPath, { workerData: settings }))));
}
