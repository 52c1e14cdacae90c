/**
 * The workbench's book worker in the test's own thread: BookHandler behind a port that
 * structured-clones every message both ways, as postMessage does; terminate stops answering.
 */
import type { BookPort } from "../../src/workbench/worker/bookClient";
import { BookHandler } from "../../src/workbench/worker/bookHandler";
import type { BookMessage, BookRequest } from "../../src/workbench/worker/protocol";

/** A port to a book worker running in this thread; `requests` counts what the page asked. */
export function fakeBookWorker(): BookPort & { requests: number } {
  let stopped = false;
  const port: BookPort & { requests: number } = {
    requests: 0,
    onmessage: null,
    postMessage(message: BookRequest) {
      port.requests++;
      const copy = structuredClone(message);
      setTimeout(() => void handler.handle(copy), 0);
    },
    terminate() {
      stopped = true;
    },
  };
  const handler = new BookHandler((message: BookMessage) => {
    if (!stopped) port.onmessage?.({ data: structuredClone(message) });
  });
  return port;
}
