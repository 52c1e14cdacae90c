/**
 * Starts the book worker (bookWorker.ts) as its own script of the page's origin (webpack bundles
 * it as a chunk; the page's Content-Security-Policy allows scripts from 'self' only). Kept apart so
 * tests never load `import.meta`.
 */
import { BookClient, type BookPort } from "./bookClient";

/**
 * A client over a new book worker.
 *
 * @returns the client; close() stops the worker
 * @example const book = startBookWorker(); await book.open(bytes, "台账.xlsx")
 */
export function startBookWorker(): BookClient {
  return new BookClient(startBookPort());
}

/**
 * A new book worker, as the port a client talks to (BookClient.cancel takes a fresh one).
 *
 * @returns the worker
 */
export function startBookPort(): BookPort {
  const worker = new Worker(new URL(/* webpackChunkName: "book-worker" */ "./bookWorker.ts", import.meta.url));
  // A Worker is a BookPort; its onmessage is typed for any MessageEvent, ours for the book's messages.
  return worker as unknown as BookPort;
}
