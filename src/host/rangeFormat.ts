/**
 * Format properties of a host range (font, fill, borders, alignment, widths and heights).
 */
import type { RangeProxy } from "./range";
import type { CellFormat } from "./state";
import { POINTS_PER_CHARACTER } from "../core/summary/plan";

/** Format properties a range proxy can set, by Office.js path. */
export class RangeFormatProxy {
  readonly font: Record<string, unknown>;
  readonly fill: { color: string; clear: () => void };
  readonly borders: { getItem: (name: string) => { style: string; color: string; weight: string } };
  constructor(private readonly range: RangeProxy) {
    const set = (key: keyof CellFormat) => (v: unknown) => range.queueFormat({ [key]: v } as CellFormat);
    const prop = (key: keyof CellFormat) => ({
      set: set(key),
      get: () => undefined,
      enumerable: true,
    });
    this.font = Object.defineProperties({} as Record<string, unknown>, {
      bold: prop("bold"),
      italic: prop("italic"),
      color: prop("fontColor"),
      size: prop("fontSize"),
      name: prop("fontName"),
    });
    this.fill = Object.defineProperties({} as { color: string; clear: () => void }, {
      color: prop("fill"),
      clear: { value: () => range.queueFormat({ fill: undefined }) },
    });
    this.borders = {
      getItem: (name: string) =>
        Object.defineProperties({} as { style: string; color: string; weight: string }, {
          style: { set: (v: string) => range.queueFormat({ borders: { [name]: v } }), get: () => "", enumerable: true },
          color: { set: () => undefined, get: () => "", enumerable: true },
          weight: { set: () => undefined, get: () => "", enumerable: true },
        }),
    };
  }
  set horizontalAlignment(v: string) {
    this.range.queueFormat({ horizontalAlignment: v });
  }
  set verticalAlignment(v: string) {
    this.range.queueFormat({ verticalAlignment: v });
  }
  set wrapText(v: boolean) {
    this.range.queueFormat({ wrapText: v });
  }
  set columnWidth(points: number) {
    // The host keeps widths as a workbook file does, in characters (what the grid and .xlsx export read).
    this.range.queueSheet((t) => {
      for (let c = t.rect.column; c < t.rect.column + t.rect.columnCount; c++) t.sheet.columnWidths[c] = points / POINTS_PER_CHARACTER;
    });
  }
  set rowHeight(points: number) {
    this.range.queueSheet((t) => {
      for (let r = t.rect.row; r < t.rect.row + t.rect.rowCount; r++) t.sheet.rowHeights.set(r, points);
    });
  }
  autofitColumns(): void {
    this.range.queueSheet(() => undefined);
  }
  autofitRows(): void {
    this.range.queueSheet(() => undefined);
  }
}
