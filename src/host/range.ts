/**
 * A host range: its properties (address, values, formulas, number formats, text), cell writes,
 * navigation (getCell, offsets, resizing), merge / unmerge, select and clear.
 */
import type { MergedArea } from "../core/model/snapshot";
import type { HostContext } from "./context";
import { overlaps, parseRect, quoteIfNeeded, rectAddress, type RangeTarget } from "./geometry";
import { enterValue } from "./cells";
import { MergedAreasProxy } from "./mergedAreas";
import { HostError, jsonBytes, Proxy } from "./proxy";
import { RangeFormatProxy } from "./rangeFormat";
import { ensureSize, type CellFormat } from "./state";

export class RangeProxy extends Proxy {
  readonly format: RangeFormatProxy;
  constructor(
    ctx: HostContext,
    private readonly resolver: () => RangeTarget | null,
  ) {
    super(ctx);
    this.format = new RangeFormatProxy(this);
  }
  resolveTarget(): RangeTarget {
    const t = this.resolver();
    if (!t) throw new HostError("ItemNotFound", "The requested resource doesn't exist.");
    return t;
  }
  protected defaultProperties(): string[] {
    return ["address", "values", "formulas", "numberFormat", "rowIndex", "columnIndex", "rowCount", "columnCount"];
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    super.load(props);
    this.ctx.loads.push({ fulfil: () => ((this.isNullObject = this.resolver() === null), null) });
    return this;
  }
  protected readProperty(name: string): unknown {
    const t = this.resolver();
    if (!t) {
      this.isNullObject = true;
      return null;
    }
    const { sheet, rect } = t;
    const grid = (source: unknown[][], fill: unknown) =>
      Array.from({ length: rect.rowCount }, (_, i) => {
        const row = source[rect.row + i];
        return Array.from({ length: rect.columnCount }, (_, j) => (row ? (row[rect.column + j] ?? fill) : fill));
      });
    switch (name) {
      case "address":
        return `${quoteIfNeeded(sheet.name)}!${rectAddress(rect)}`;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
      case "rowCount":
        return rect.rowCount;
      case "columnCount":
        return rect.columnCount;
      case "values":
        if (this.ctx.host.nullValuesNow) return null;
        return grid(sheet.values, "");
      case "formulas":
        return grid(sheet.formulas, "").map((row, i) => row.map((f, j) => (f === "" ? (sheet.values[rect.row + i]?.[rect.column + j] ?? "") : f)));
      case "numberFormat":
        return grid(sheet.numberFormats, "General");
      case "text":
        return grid(sheet.values, "").map((row) => row.map((v) => (v === "" ? "" : String(v))));
      case "isNullObject":
        return false;
      default:
        throw new HostError("InvalidArgument", `Range has no property ${name}`);
    }
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.queueCells(v, "values");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.queueCells(v, "formulas");
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.queueCells(v, "numberFormat");
  }
  get text(): string[][] {
    return this.get("text");
  }

  queueSheet(apply: (t: RangeTarget) => void, bytes = 30): void {
    this.ctx.queue({ bytes, apply: () => apply(this.resolveTarget()) });
  }

  queueFormat(format: CellFormat): void {
    this.queueSheet((t) => {
      for (let r = t.rect.row; r < t.rect.row + t.rect.rowCount; r++) {
        for (let c = t.rect.column; c < t.rect.column + t.rect.columnCount; c++) {
          const key = `${r},${c}`;
          const old = t.sheet.formats.get(key) ?? {};
          const borders = format.borders ? { ...old.borders, ...format.borders } : old.borders;
          t.sheet.formats.set(key, { ...old, ...format, ...(borders ? { borders } : {}) });
        }
      }
    }, jsonBytes(format));
  }

  private queueCells(v: unknown[][], kind: "values" | "formulas" | "numberFormat"): void {
    const isScalar = !Array.isArray(v);
    this.ctx.queue({
      bytes: jsonBytes(v),
      writesFormulas: kind !== "numberFormat",
      apply: () => {
        const { sheet, rect } = this.resolveTarget();
        const rows = isScalar ? rect.rowCount : v.length;
        const cols = isScalar ? rect.columnCount : (v[0]?.length ?? 0);
        if (!isScalar && (rows !== rect.rowCount || cols !== rect.columnCount)) {
          throw new HostError(
            "InvalidArgument",
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols} into ${rect.rowCount}×${rect.columnCount}).`,
          );
        }
        ensureSize(sheet, rect.row + rect.rowCount, rect.column + rect.columnCount);
        const year = new Date().getFullYear();
        for (let i = 0; i < rect.rowCount; i++) {
          for (let j = 0; j < rect.columnCount; j++) {
            const x = isScalar ? (v as unknown) : v[i][j];
            const r = rect.row + i;
            const c = rect.column + j;
            if (kind === "numberFormat") {
              sheet.numberFormats[r][c] = String(x);
            } else {
              // Strings are entered as if typed: "2020" becomes a number, "+x" a formula (cells.ts).
              const entered = enterValue(x, sheet.numberFormats[r][c] ?? "General", year);
              sheet.formulas[r][c] = entered.formula;
              // A formula's value is computed at the end of the sync, unless it was given (recalc.ts).
              const known = this.ctx.host.recalc.written(sheet, entered.formula);
              sheet.values[r][c] = known ? known.value : entered.value;
              if (entered.numberFormat && (sheet.numberFormats[r][c] ?? "General") === "General") sheet.numberFormats[r][c] = entered.numberFormat;
            }
          }
        }
      },
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolveTarget();
      return { sheet: t.sheet, rect: { row: t.rect.row + row, column: t.rect.column + column, rowCount: 1, columnCount: 1 } };
    });
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolveTarget();
      return { sheet: t.sheet, rect: { ...t.rect, row: t.rect.row + rowOffset, column: t.rect.column + columnOffset } };
    });
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolveTarget();
      return {
        sheet: t.sheet,
        rect: { ...t.rect, rowCount: t.rect.rowCount + deltaRows, columnCount: t.rect.columnCount + deltaColumns },
      };
    });
  }
  /** The smallest range that contains this range and another (Range.getBoundingRect). */
  getBoundingRect(other: string | RangeProxy): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolveTarget();
      const o = typeof other === "string" ? parseRect(other) : other.resolveTarget().rect;
      const row = Math.min(t.rect.row, o.row);
      const column = Math.min(t.rect.column, o.column);
      const bottom = Math.max(t.rect.row + t.rect.rowCount, o.row + o.rowCount);
      const right = Math.max(t.rect.column + t.rect.columnCount, o.column + o.columnCount);
      return { sheet: t.sheet, rect: { row, column, rowCount: bottom - row, columnCount: right - column } };
    });
  }
  getRow(i: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolveTarget();
      return { sheet: t.sheet, rect: { ...t.rect, row: t.rect.row + i, rowCount: 1 } };
    });
  }
  merge(across = false): void {
    this.ctx.requireApi("Range.merge");
    this.queueSheet((t) => {
      const areas: MergedArea[] = across ? Array.from({ length: t.rect.rowCount }, (_, i) => ({ ...t.rect, row: t.rect.row + i, rowCount: 1 })) : [t.rect];
      t.sheet.merges = t.sheet.merges.filter((m) => !areas.some((a) => overlaps(a, m)));
      t.sheet.merges.push(...areas);
    });
  }
  unmerge(): void {
    this.queueSheet((t) => void (t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(m, t.rect))));
  }
  getMergedAreasOrNullObject(): MergedAreasProxy {
    this.ctx.requireApi("Range.getMergedAreasOrNullObject");
    return new MergedAreasProxy(
      this.ctx,
      () => this.resolver(),
      (area) => new RangeProxy(this.ctx, () => area),
    );
  }
  select(): void {
    this.queueSheet((t) => {
      this.ctx.host.state.selection = { sheet: t.sheet.name, address: rectAddress(t.rect) };
      this.ctx.host.state.activeSheet = t.sheet.name;
    });
  }
  clear(): void {
    this.queueSheet((t) => {
      this.ctx.host.recalc.cleared(t.sheet.name);
      for (let r = t.rect.row; r < t.rect.row + t.rect.rowCount && r < t.sheet.values.length; r++) {
        for (let c = t.rect.column; c < t.rect.column + t.rect.columnCount; c++) {
          t.sheet.values[r][c] = "";
          t.sheet.formulas[r][c] = "";
          t.sheet.numberFormats[r][c] = "General";
          t.sheet.formats.delete(`${r},${c}`);
        }
      }
    });
  }
}
