/**
 * Worksheet change events for the in-memory host: `worksheet.onChanged.add(handler)` (ExcelApi
 * 1.7), registered at the next sync as in Office, and `editCells`, the host's stand-in for a
 * user typing into a sheet, which writes the cells and then raises onChanged on that sheet.
 * Like Excel, recalculated formulas raise nothing. Unlike Excel, the add-in's own batch writes
 * raise nothing here either; the source-change watch (src/excel/watchSources.ts) only watches
 * sheets the add-in does not write.
 */
import type { HostContext } from "./context";
import type { ExcelHost } from "./excelHost";
import type { HostSheet } from "./state";

type ChangeHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

// Per host, per sheet (the sheet object, so a renamed sheet keeps its handlers).
const registries = new WeakMap<ExcelHost, Map<HostSheet, ChangeHandler[]>>();

function handlers(host: ExcelHost, sheet: HostSheet): ChangeHandler[] {
  let bySheet = registries.get(host);
  if (!bySheet) registries.set(host, (bySheet = new Map()));
  let list = bySheet.get(sheet);
  if (!list) bySheet.set(sheet, (list = []));
  return list;
}

/** What `add` returns, as OfficeExtension.EventHandlerResult: `remove()` takes effect at the next sync. */
export interface HostEventHandlerResult {
  readonly context: HostContext;
  remove(): void;
}

/** `worksheet.onChanged` of the host. */
export class WorksheetChangedEvents {
  constructor(
    private readonly ctx: HostContext,
    private readonly sheet: () => HostSheet,
  ) {}

  /** Registers a handler at the next sync (a missing sheet fails that sync with ItemNotFound). */
  add(handler: ChangeHandler): HostEventHandlerResult {
    const ctx = this.ctx;
    let target: HostSheet | undefined;
    ctx.queue({ bytes: 20, apply: () => void handlers(ctx.host, (target = this.sheet())).push(handler) });
    return {
      context: ctx,
      remove: () =>
        ctx.queue({
          bytes: 20,
          apply: () => {
            if (!target) return;
            const list = handlers(ctx.host, target);
            const at = list.indexOf(handler);
            if (at >= 0) list.splice(at, 1);
          },
        }),
    };
  }
}

/**
 * Simulates a user's edit: writes `values` into `address` of a sheet (one batch), then raises
 * the sheet's onChanged handlers with the address, as Excel does after a user's typing.
 *
 * @param host the in-memory host
 * @param sheetName the sheet edited
 * @param address A1 range without the sheet, e.g. "B5" or "B5:C6"
 * @param values a 2-D array the size of the range
 * @returns when every handler has run
 * @example await editCells(host, "事故分县统计", "B5", [[6]]);
 */
export async function editCells(host: ExcelHost, sheetName: string, address: string, values: unknown[][]): Promise<void> {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem(sheetName).getRange(address).values = values as Excel.Range["values"];
    await context.sync();
  });
  const sheet = host.sheetOrThrow(sheetName);
  const args = { type: "WorksheetChanged", source: "Local", changeType: "RangeEdited", worksheetId: sheet.id, address: address.toUpperCase() };
  for (const handler of [...handlers(host, sheet)]) await handler(args as unknown as Excel.WorksheetChangedEventArgs);
}

/**
 * How many onChanged handlers a sheet has (for tests: registered once, not once per generation).
 *
 * @example changeHandlerCount(host, "事故分县统计") // 1
 */
export function changeHandlerCount(host: ExcelHost, sheetName: string): number {
  const sheet = host.findSheet(sheetName);
  return sheet ? (registries.get(host)?.get(sheet)?.length ?? 0) : 0;
}
