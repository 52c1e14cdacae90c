/**
 * The workbench's book worker in the test's own thread: BookHandler behind a port that
 * structured-clones every message both ways, as postMessage does, and handles requests one after
 * another, as bookWorker.ts queues them; terminate stops answering.
 */
import type { BookPort } from "../../src/workbench/worker/bookClient";
import { BookHandler } from "../../src/workbench/worker/bookHandler";
import type { BookMessage, BookRequest } from "../../src/workbench/worker/protocol";

/** A port to a book worker running in this thread; `requests` counts what the page asked, `answered` the kinds of the worker's messages. */
export function fakeBookWorker(): BookPort & { requests: number; answered: string[] } {
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();
  const port: BookPort & { requests: number; answered: string[] } = {
    requests: 0,
    answered: [],
    onmessage: null,
    postMessage(message: BookRequest) {
      port.requests++;
      const copy = structuredClone(message);
      setTimeout(() => (queue = queue.then(() => handler.handle(copy))), 0);
    },
    terminate() {
      stopped = true;
    },
  };
  const handler = new BookHandler((message: BookMessage) => {
    if (stopped) return;
    port.answered.push(message.kind);
    port.onmessage?.({ data: structuredClone(message) });
  });
  return port;
}
