/**
 * One context.sync() of the in-memory host, with payload accounting: the bytes of the request
 * (queued writes) and of the response (loaded properties) as JSON, each limited to 5 MB as on
 * Excel on the web, and injected faults.
 */
import type { HostContext } from "./context";
import type { ExcelHost } from "./excelHost";
import { formulaEngineLoaded, loadFormulaEngine } from "./formulas";
import { HostError, jsonBytes } from "./proxy";

/** Excel on the web's limit on one request or response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** What one sync carried. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  loads: number;
  /** The error code when the sync failed. */
  failed?: string;
}

/** Faults to inject, by 1-based sync number (counted over the host's lifetime). */
export interface Faults {
  failSync?: number;
  payloadTooLargeAtSync?: number;
  nullValuesAtSync?: number;
  /** This sync never comes back (Excel on the web losing a request, office-js#6678). */
  hangAtSync?: number;
}

/**
 * Carries out one context.sync(): applies the queued operations in order (those before a failing
 * one stay applied, as in Excel), recalculates what reads the cells written (recalc.ts), and
 * fulfils the loads.
 *
 * @param host the host
 * @param ctx the request context whose queue is sent
 * @returns when done; rejects with a {@link HostError} like Excel's
 */
export async function performSync(host: ExcelHost, ctx: HostContext): Promise<void> {
  const ops = ctx.pending.splice(0);
  const loads = ctx.loads.splice(0);
  const n = host.syncs.length + 1;
  const record: SyncRecord = { requestBytes: 0, responseBytes: 0, operations: ops.length, loads: loads.length };
  host.syncs.push(record);
  await Promise.resolve();
  record.requestBytes = ops.reduce((sum, op) => sum + op.bytes, 0) + loads.length * 60;
  if (host.faults.hangAtSync === n) {
    record.failed = "Hang";
    return new Promise<void>(() => undefined);
  }
  if (host.faults.failSync === n) record.failed = "GeneralException";
  if (host.faults.failSync === n) throw new HostError("GeneralException", `Injected failure at sync ${n}.`);
  if (host.faults.payloadTooLargeAtSync === n || record.requestBytes > PAYLOAD_LIMIT_BYTES) {
    record.failed = "RequestPayloadSizeLimitExceeded";
    throw new HostError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
  }
  let formulasWritten = false;
  for (const op of ops) {
    // application.calculate() runs inside the batch: HyperFormula is loaded first if it would calculate anything.
    if (!formulaEngineLoaded() && op.calculates?.()) await loadFormulaEngine();
    op.apply();
    if (op.writesFormulas) formulasWritten = true;
    if (op.recalculates) formulasWritten = false; // application.calculate() just ran
  }
  // Automatic mode recalculates after a sync that wrote cells (suspended API calculation resumes
  // at the sync); Manual mode only on application.calculate(). (Excel in manual mode still computes
  // a formula typed outside a suspension; the host does not, which is stricter.)
  ctx.calculationSuspended = false;
  if (formulasWritten && host.calculationMode !== "Manual") await host.recalculateWhenNeeded();
  host.nullValuesNow = host.faults.nullValuesAtSync === n;
  try {
    const response = loads.map((l) => l.fulfil());
    record.responseBytes = jsonBytes(response);
  } finally {
    host.nullValuesNow = false;
  }
  if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
    record.failed = "ResponsePayloadSizeLimitExceeded";
    throw new HostError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
  }
}
