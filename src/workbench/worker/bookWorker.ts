/**
 * Entry of the workbench's book worker: every request from the page goes to one {@link BookHandler}
 * (bookHandler.ts), which answers through postMessage. Requests are handled one after another, as
 * the page sends them.
 */
import { BookHandler } from "./bookHandler";
import type { BookMessage, BookRequest } from "./protocol";

interface WorkerScope {
  postMessage(message: BookMessage, transfer?: Transferable[]): void;
  onmessage: ((event: { data: BookRequest }) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
const handler = new BookHandler((message, transfer) => scope.postMessage(message, transfer ?? []));
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  queue = queue.then(() => handler.handle(event.data));
};
