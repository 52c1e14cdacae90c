/**
 * The page's side of the file-maker worker: sends the opened file's bytes (a copy) and waits for
 * the file made. The worker is passed in, so tests can put {@link makeFile} behind a port instead;
 * startFileMaker.ts makes the real one.
 */
import { failure } from "./bookClient";
import type { MadeFile, MakeAnswer, MakeRequest } from "./fileMaker";

/** What the page needs of a worker. */
export interface FileMakerPort {
  postMessage(message: MakeRequest): void;
  onmessage: ((event: { data: MakeAnswer }) => void) | null;
  onerror?: ((event: unknown) => void) | null;
  terminate(): void;
}

/**
 * Makes a file in a worker, which is stopped once it has answered.
 *
 * @param request the file to make
 * @param port the worker
 * @returns the file; rejects with the worker's refusal (bilingual fields kept)
 */
export function makeInWorker(request: MakeRequest, port: FileMakerPort): Promise<MadeFile> {
  return new Promise<MadeFile>((resolve, reject) => {
    port.onmessage = (event) => {
      port.terminate();
      const answer = event.data;
      if ("made" in answer) resolve(answer.made);
      else reject(failure(answer.failed));
    };
    port.onerror = (event) => {
      port.terminate();
      reject(new Error(`file maker failed: ${String((event as { message?: unknown })?.message ?? event)}`));
    };
    port.postMessage(request);
  });
}
