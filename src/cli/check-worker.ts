import { parentPort, workerData } from "node:worker_threads";
import { checkFile, type Settings } from "./check-file.js";

/** A worker of the `check` pool: checks the files it is sent and posts each result back. */
const settings = workerData as Settings;
parentPort?.on("message", (file: string) => parentPort!.postMessage(checkFile(file, settings)));
