/**
 * The host's workbook proxy: worksheets, names, the selection and the application object.
 */
import { ApplicationProxy } from "./application";
import type { HostContext } from "./context";
import { parseRect } from "./geometry";
import { jsonBytes } from "./proxy";
import { RangeProxy } from "./range";
import { WorksheetCollectionProxy } from "./worksheets";

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: ApplicationProxy;
  readonly names: NamedItemCollectionProxy;
  constructor(private readonly ctx: HostContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.application = new ApplicationProxy(ctx);
    this.names = new NamedItemCollectionProxy(ctx);
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const wb = this.ctx.host.state;
      const sel = wb.selection ?? { sheet: wb.activeSheet ?? wb.sheets[0]?.name ?? "", address: "A1" };
      return { sheet: this.ctx.host.sheetOrThrow(sel.sheet), rect: parseRect(sel.address) };
    });
  }

  getActiveCell(): RangeProxy {
    return this.getSelectedRange().getCell(0, 0);
  }
}

export class NamedItemCollectionProxy {
  constructor(private readonly ctx: HostContext) {}
  add(name: string, reference: string | RangeProxy): void {
    const ref = typeof reference === "string" ? reference : "(range)";
    this.ctx.queue({ bytes: jsonBytes([name, ref]), apply: () => this.ctx.host.state.names.set(name, ref) });
  }
}
