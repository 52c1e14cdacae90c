/**
 * Entry of the workbench's file-maker worker: one request, one answer (fileMaker.ts), the new
 * file's bytes transferred back to the page. The page starts one worker per download and stops it
 * after the answer.
 */
import { makeFile, type MakeRequest } from "./fileMaker";

interface WorkerScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: { data: MakeRequest }) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => {
  void makeFile(event.data).then((answer) => {
    const transfer = "made" in answer ? [answer.made.bytes.buffer as ArrayBuffer] : [];
    scope.postMessage(answer, transfer);
  });
};
