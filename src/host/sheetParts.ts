/**
 * Smaller parts of a host worksheet: custom properties and page layout.
 */
import { parseCellAddress } from "../core/model/address";
import type { HostContext } from "./context";
import { HostError, jsonBytes } from "./proxy";
import type { RangeProxy } from "./range";
import type { HostSheet } from "./state";

export class CustomPropertiesProxy {
  constructor(
    private readonly ctx: HostContext,
    private readonly sheet: () => HostSheet,
  ) {}
  add(key: string, value: string): void {
    this.ctx.queue({ bytes: jsonBytes([key, value]), apply: () => void this.sheet().customProperties.set(key, String(value)) });
  }
  getItemOrNullObject(key: string): { value: string; isNullObject: boolean; load: (p?: unknown) => unknown; delete: () => void } {
    const item = {
      value: "",
      isNullObject: false,
      load: (p?: unknown) => {
        void p;
        this.ctx.loads.push({
          fulfil: () => {
            const v = this.sheet().customProperties.get(key);
            item.isNullObject = v === undefined;
            item.value = v ?? "";
            return v ?? null;
          },
        });
        return item;
      },
      delete: () => this.ctx.queue({ bytes: 20, apply: () => void this.sheet().customProperties.delete(key) }),
    };
    return item;
  }
}

export class PageLayoutProxy {
  constructor(
    private readonly ctx: HostContext,
    private readonly sheet: () => HostSheet,
  ) {}
  set orientation(v: string) {
    this.ctx.queue({ bytes: 20, apply: () => void (this.sheet().pageLayout.orientation = v) });
  }
  set paperSize(v: string) {
    this.ctx.queue({ bytes: 20, apply: () => void (this.sheet().pageLayout.paperSize = v) });
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.ctx.queue({
      bytes: 40,
      apply: () => {
        const layout = this.sheet().pageLayout;
        layout.fitToWidth = v.horizontalFitToPages === 1;
        if (v.scale !== undefined) {
          // Excel takes a print scale from 10 to 400 percent.
          if (!Number.isInteger(v.scale) || v.scale < 10 || v.scale > 400)
            throw new HostError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
          layout.scale = v.scale;
        } else delete layout.scale;
      },
    });
  }
  set printOrder(v: "DownThenOver" | "OverThenDown") {
    this.ctx.queue({ bytes: 20, apply: () => void (this.sheet().pageLayout.printOrder = v) });
  }
  setPrintTitleColumns(address: string | RangeProxy): void {
    this.ctx.queue({
      bytes: 40,
      apply: () => void (this.sheet().pageLayout.printTitleColumns = typeof address === "string" ? address : "(range)"),
    });
  }
  setPrintTitleRows(address: string | RangeProxy): void {
    this.ctx.queue({
      bytes: 40,
      apply: () => void (this.sheet().pageLayout.printTitleRows = typeof address === "string" ? address : "(range)"),
    });
  }
  set leftMargin(v: number) {
    this.margin("left", v);
  }
  set rightMargin(v: number) {
    this.margin("right", v);
  }
  set topMargin(v: number) {
    this.margin("top", v);
  }
  set bottomMargin(v: number) {
    this.margin("bottom", v);
  }
  private margin(side: "left" | "right" | "top" | "bottom", points: number): void {
    this.ctx.queue({ bytes: 20, apply: () => void (this.sheet().pageLayout.margins = { ...this.sheet().pageLayout.margins, [side]: points }) });
  }
  setPrintArea(address: string | RangeProxy): void {
    this.ctx.queue({
      bytes: 40,
      apply: () => void (this.sheet().pageLayout.printArea = typeof address === "string" ? address : "(range)"),
    });
  }
}

/** Worksheet.horizontalPageBreaks and verticalPageBreaks (ExcelApi 1.9): `add(cell)` breaks the page above (left of) that cell. */
export class PageBreaksProxy {
  constructor(
    private readonly ctx: HostContext,
    private readonly sheet: () => HostSheet,
    private readonly direction: "rows" | "columns" = "rows",
  ) {}
  add(address: string | RangeProxy): void {
    this.ctx.queue({
      bytes: 20,
      apply: () => {
        const cell = typeof address === "string" ? parseCellAddress(address) : undefined;
        if (!cell) throw new HostError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
        const layout = this.sheet().pageLayout;
        if (this.direction === "rows") layout.rowBreaks = [...(layout.rowBreaks ?? []), cell.row].sort((a, b) => a - b);
        else layout.columnBreaks = [...(layout.columnBreaks ?? []), cell.column].sort((a, b) => a - b);
      },
    });
  }
}
