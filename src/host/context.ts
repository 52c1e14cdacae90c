/**
 * The request context a batch of the in-memory host receives: queued operations and loads,
 * and sync() that hands them to the host.
 */
import type { ExcelHost } from "./excelHost";
import type { LoadRequest, Operation } from "./proxy";
import { WorkbookProxy } from "./workbook";

/** The request context a batch receives. */
export class HostContext {
  readonly workbook: WorkbookProxy;
  readonly pending: Operation[] = [];
  readonly loads: LoadRequest[] = [];
  constructor(readonly host: ExcelHost) {
    this.workbook = new WorkbookProxy(this);
  }

  queue(op: Operation): void {
    this.pending.push(op);
  }

  async sync(): Promise<void> {
    await this.host.sync(this);
  }

  trackedObjects = { add: () => undefined, remove: () => undefined };
}
