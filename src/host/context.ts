/**
 * The request context a batch of the in-memory host receives: queued operations and loads,
 * and sync() that hands them to the host.
 */
import type { ExcelHost } from "./excelHost";
import { HostError, type LoadRequest, type Operation } from "./proxy";
import { compareVersions, hostSupports, MEMBER_SETS } from "./requirements";
import { WorkbookProxy } from "./workbook";

/** The request context a batch receives. */
export class HostContext {
  readonly workbook: WorkbookProxy;
  readonly pending: Operation[] = [];
  readonly loads: LoadRequest[] = [];
  /** Set by suspendApiCalculationUntilNextSync, cleared by the sync. */
  calculationSuspended = false;
  constructor(readonly host: ExcelHost) {
    this.workbook = new WorkbookProxy(this);
  }

  /** Answers requirement checks from the host's level (src/excel/requirements.ts asks here first). */
  readonly requirements = { isSetSupported: (name: string, version?: string) => hostSupports(this.host.excelApi, name, version) };

  /**
   * Notes the use of a gated member: above the host's level, the next sync fails with ApiNotFound.
   *
   * @param member "Class.member", a key of MEMBER_SETS
   */
  requireApi(member: string): void {
    const version = MEMBER_SETS[member];
    if (!version || compareVersions(version, this.host.excelApi) <= 0) return;
    this.queue({
      bytes: 0,
      apply: () => {
        throw new HostError(
          "ApiNotFound",
          `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${member}, ExcelApi ${version}; this Excel has ${this.host.excelApi})`,
        );
      },
    });
  }

  queue(op: Operation): void {
    this.pending.push(op);
  }

  async sync(): Promise<void> {
    await this.host.sync(this);
  }

  trackedObjects = { add: () => undefined, remove: () => undefined };
}
