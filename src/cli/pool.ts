import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Target } from "./batch.js";
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

/** A target that could not be listed or read comes back unreadable without being parsed. */
const refused = (target: Target): Checked | null =>
  target.problem === null ? null : { file: target.path, readable: false, err: [`gz-gazette: ${target.problem}`] };

/**
 * Checks a batch of files, handing each result to `onChecked` in the order of `targets`. A large batch is
 * checked by worker threads, one per core; the main thread only prints. A file that cannot be read, in
 * either, is a result like the others: the rest of the batch is still checked.
 */
export async function checkAll(
  targets: readonly Target[],
  settings: Settings,
  onChecked: (checked: Checked, index: number) => void,
): Promise<void> {
  const files = targets.map((target) => target.path);
  if (!wantsWorkers(files)) {
    targets.forEach((target, index) => onChecked(refused(target) ?? checkFile(target.path, settings), index));
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
        // Targets already refused need no worker: their results are set in order as the queue reaches them.
        while (next < targets.length && targets[next]!.problem !== null) {
          results.set(next, refused(targets[next]!)!);
          next += 1;
        }
        handOn();
        if (next >= targets.length) {
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
  const count = Math.min(availableParallelism(), targets.length);
  await Promise.all(Array.from({ length: count }, () => drive(new Worker(workerPath, { workerData: settings }))));
}
