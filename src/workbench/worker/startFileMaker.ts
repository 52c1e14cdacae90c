/**
 * Starts a file-maker worker (fileMakerWorker.ts) as its own script of the page's origin, as
 * startBookWorker.ts does for the book worker. Kept apart so tests never load `import.meta`.
 */
import type { FileMakerPort } from "./makeInWorker";

/**
 * A new file-maker worker.
 *
 * @returns the worker; makeInWorker stops it after its answer
 */
export function startFileMaker(): FileMakerPort {
  return new Worker(new URL(/* webpackChunkName: "file-maker" */ "./fileMakerWorker.ts", import.meta.url)) as unknown as FileMakerPort;
}
