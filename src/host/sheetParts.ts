/**
 * Smaller parts of a host worksheet: custom properties and page layout.
 */
import type { HostContext } from "./context";
import { jsonBytes } from "./proxy";
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
    this.ctx.queue({ bytes: 40, apply: () => void (this.sheet().pageLayout.fitToWidth = v.horizontalFitToPages === 1) });
  }
  setPrintTitleRows(address: string | RangeProxy): void {
    this.ctx.queue({
      bytes: 40,
      apply: () => void (this.sheet().pageLayout.printTitleRows = typeof address === "string" ? address : "(range)"),
    });
  }
}
