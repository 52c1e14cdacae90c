/**
 * A range of the imitated ET: values, formulas and number formats (whole blocks at once),
 * navigation (Item, Resize, Offset, Rows, Columns, EntireRow), merged cells seen only cell by cell,
 * hidden rows, visible-cell areas, formats (font, fill, borders, alignment, widths in characters,
 * heights in points) and geometry in points. Every member is one counted call.
 */
import { rangeAddress } from "../core/model/address";
import type { MergedArea } from "../core/model/snapshot";
import { enterValue } from "../host/cells";
import { overlaps } from "../host/geometry";
import { ensureSize, type HostSheet } from "../host/state";
import type { EtAreas, EtBorders, EtFont, EtInterior, EtRange, EtWorksheet } from "../wps/facade";
import type { EtHost } from "./etHost";
import { incoming, itemWrapper, outgoing } from "./cellValues";
import { bordersOf, fontOf, interiorOf, horizontalName, verticalName } from "./rangeFormat";
import { columnLeft, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, MAX_COLUMNS, MAX_ROWS, rowTop } from "./sheetGeometry";
import { worksheetOf } from "./worksheet";

/** xlCellTypeVisible. */
const CELL_TYPE_VISIBLE = 12;

export class EtRangeImpl implements EtRange {
  constructor(
    readonly host: EtHost,
    readonly sheet: HostSheet,
    readonly rect: MergedArea,
  ) {
    if (
      rect.row < 0 ||
      rect.column < 0 ||
      rect.rowCount < 1 ||
      rect.columnCount < 1 ||
      rect.row + rect.rowCount > MAX_ROWS ||
      rect.column + rect.columnCount > MAX_COLUMNS
    ) {
      throw new Error(`应用程序定义或对象定义的错误 / Application-defined or object-defined error (${JSON.stringify(rect)})`);
    }
  }

  private live(): HostSheet {
    if (!this.host.state.sheets.includes(this.sheet)) throw new Error("对象已被删除 / The object has been deleted");
    return this.sheet;
  }

  private at(r: number, c: number): EtRangeImpl {
    return new EtRangeImpl(this.host, this.sheet, { row: r, column: c, rowCount: 1, columnCount: 1 });
  }

  private block<T>(read: (r: number, c: number) => T): unknown {
    const rows = Array.from({ length: this.rect.rowCount }, (_, i) =>
      Array.from({ length: this.rect.columnCount }, (_, j) => read(this.rect.row + i, this.rect.column + j)),
    );
    if (rows.length === 1 && rows[0].length === 1) return rows[0][0];
    return this.host.options.blockReads === "items" ? itemWrapper(rows) : rows;
  }

  get Value2(): unknown {
    this.host.call();
    this.host.recalculate();
    const sheet = this.live();
    return this.block((r, c) => outgoing(sheet.values[r]?.[c], this.host.options.errors));
  }
  set Value2(value: unknown) {
    this.enter(value);
  }
  get Formula(): unknown {
    this.host.call();
    this.host.recalculate();
    const sheet = this.live();
    return this.block((r, c) => {
      const f = sheet.formulas[r]?.[c];
      if (typeof f === "string" && f.startsWith("=")) return f;
      const v = sheet.values[r]?.[c];
      return v === undefined || v === null ? "" : String(v);
    });
  }
  set Formula(value: unknown) {
    this.enter(value);
  }

  /** Enters values as typed (cells.ts): strings become numbers, dates or formulas as in Excel. */
  private enter(value: unknown): void {
    this.host.call(true);
    const sheet = this.live();
    const { row, column, rowCount, columnCount } = this.rect;
    ensureSize(sheet, row + rowCount, column + columnCount);
    const valueAt = incoming(value, rowCount, columnCount);
    const year = new Date().getFullYear();
    for (let i = 0; i < rowCount; i++) {
      for (let j = 0; j < columnCount; j++) {
        const entered = enterValue(valueAt(i, j), sheet.numberFormats[row + i][column + j] ?? "General", year);
        sheet.formulas[row + i][column + j] = entered.formula;
        sheet.values[row + i][column + j] = entered.value;
        if (entered.numberFormat && (sheet.numberFormats[row + i][column + j] ?? "General") === "General")
          sheet.numberFormats[row + i][column + j] = entered.numberFormat;
      }
    }
    this.host.dirty = true;
    this.host.changedSheets.add(sheet);
    this.host.raiseSheetChange(this);
  }

  get NumberFormat(): unknown {
    this.host.call();
    const sheet = this.live();
    let first: string | undefined;
    for (let r = this.rect.row; r < this.rect.row + this.rect.rowCount; r++) {
      for (let c = this.rect.column; c < this.rect.column + this.rect.columnCount; c++) {
        const f = sheet.numberFormats[r]?.[c] ?? "General";
        if (first === undefined) first = f;
        else if (f !== first) return null; // VBA's Null: the block has more than one format
      }
    }
    return first ?? "General";
  }
  set NumberFormat(format: unknown) {
    this.host.call(true);
    const sheet = this.live();
    ensureSize(sheet, this.rect.row + this.rect.rowCount, this.rect.column + this.rect.columnCount);
    for (let r = this.rect.row; r < this.rect.row + this.rect.rowCount; r++) {
      for (let c = this.rect.column; c < this.rect.column + this.rect.columnCount; c++) sheet.numberFormats[r][c] = String(format);
    }
  }

  get Row(): number {
    this.host.call();
    return this.rect.row + 1;
  }
  get Column(): number {
    this.host.call();
    return this.rect.column + 1;
  }
  get Count(): number {
    this.host.call();
    return this.rect.rowCount * this.rect.columnCount;
  }
  get Rows(): EtRange {
    this.host.call();
    return new RowsOrColumns(this.host, this.sheet, this.rect, "rows");
  }
  get Columns(): EtRange {
    this.host.call();
    return new RowsOrColumns(this.host, this.sheet, this.rect, "columns");
  }
  get EntireRow(): EtRange {
    this.host.call();
    return new EtRangeImpl(this.host, this.sheet, { row: this.rect.row, column: 0, rowCount: this.rect.rowCount, columnCount: MAX_COLUMNS });
  }
  get Worksheet(): EtWorksheet {
    this.host.call();
    return worksheetOf(this.host, this.live());
  }
  Address(rowAbsolute = true, columnAbsolute = true): string {
    this.host.call();
    const plain = rangeAddress(this.rect.row, this.rect.column, this.rect.rowCount, this.rect.columnCount);
    if (!rowAbsolute && !columnAbsolute) return plain;
    return plain.replace(/([A-Z]+)(\d+)/g, (_m, col: string, row: string) => `${columnAbsolute ? "$" : ""}${col}${rowAbsolute ? "$" : ""}${row}`);
  }
  Resize(rows?: number, columns?: number): EtRange {
    this.host.call();
    return new EtRangeImpl(this.host, this.sheet, { ...this.rect, rowCount: rows ?? this.rect.rowCount, columnCount: columns ?? this.rect.columnCount });
  }
  Offset(rows = 0, columns = 0): EtRange {
    this.host.call();
    return new EtRangeImpl(this.host, this.sheet, { ...this.rect, row: this.rect.row + rows, column: this.rect.column + columns });
  }
  Item(row: number, column = 1): EtRange {
    this.host.call();
    return this.at(this.rect.row + row - 1, this.rect.column + column - 1);
  }

  get MergeCells(): unknown {
    this.host.call();
    const merges = this.live().merges;
    let merged = 0;
    for (let r = this.rect.row; r < this.rect.row + this.rect.rowCount; r++) {
      for (let c = this.rect.column; c < this.rect.column + this.rect.columnCount; c++) {
        if (merges.some((m) => r >= m.row && r < m.row + m.rowCount && c >= m.column && c < m.column + m.columnCount)) merged++;
      }
    }
    if (merged === 0) return false;
    return merged === this.rect.rowCount * this.rect.columnCount ? true : null;
  }
  set MergeCells(value: unknown) {
    if (value) this.Merge();
    else this.UnMerge();
  }
  get MergeArea(): EtRange {
    this.host.call();
    const { row, column } = this.rect;
    const m = this.live().merges.find((a) => row >= a.row && row < a.row + a.rowCount && column >= a.column && column < a.column + a.columnCount);
    return new EtRangeImpl(this.host, this.sheet, m ?? { row, column, rowCount: 1, columnCount: 1 });
  }
  Merge(across = false): void {
    this.host.call(true);
    const sheet = this.live();
    const areas: MergedArea[] = across
      ? Array.from({ length: this.rect.rowCount }, (_, i) => ({ ...this.rect, row: this.rect.row + i, rowCount: 1 }))
      : [this.rect];
    sheet.merges = sheet.merges.filter((m) => !areas.some((a) => overlaps(a, m)));
    sheet.merges.push(...areas);
  }
  UnMerge(): void {
    this.host.call(true);
    const sheet = this.live();
    sheet.merges = sheet.merges.filter((m) => !overlaps(m, this.rect));
  }

  get Hidden(): unknown {
    this.host.call();
    const hidden = new Set(this.live().hiddenRows);
    let count = 0;
    for (let r = this.rect.row; r < this.rect.row + this.rect.rowCount; r++) if (hidden.has(r)) count++;
    if (count === 0) return false;
    return count === this.rect.rowCount ? true : null;
  }
  set Hidden(value: unknown) {
    this.host.call(true);
    const sheet = this.live();
    const rows = new Set(sheet.hiddenRows);
    for (let r = this.rect.row; r < this.rect.row + this.rect.rowCount; r++) {
      if (value) rows.add(r);
      else rows.delete(r);
    }
    sheet.hiddenRows = [...rows].sort((a, b) => a - b);
  }
  SpecialCells(type: number): EtRange {
    this.host.call();
    if (type !== CELL_TYPE_VISIBLE) throw new Error(`SpecialCells(${type}) is not imitated`);
    const hidden = new Set(this.live().hiddenRows);
    const areas: MergedArea[] = [];
    for (let r = this.rect.row; r < this.rect.row + this.rect.rowCount; r++) {
      if (hidden.has(r)) continue;
      const last = areas[areas.length - 1];
      if (last && last.row + last.rowCount === r) areas[areas.length - 1] = { ...last, rowCount: last.rowCount + 1 };
      else areas.push({ row: r, column: this.rect.column, rowCount: 1, columnCount: this.rect.columnCount });
    }
    if (areas.length === 0) throw new Error("未找到单元格 / No cells were found.");
    return new AreasRange(this.host, this.sheet, areas);
  }
  get Areas(): EtAreas {
    this.host.call();
    return { Count: 1, Item: () => this };
  }

  get Font(): EtFont {
    this.host.call();
    return fontOf(this);
  }
  get Interior(): EtInterior {
    this.host.call();
    return interiorOf(this);
  }
  get Borders(): EtBorders {
    this.host.call();
    return bordersOf(this);
  }
  get HorizontalAlignment(): unknown {
    this.host.call();
    return undefined;
  }
  set HorizontalAlignment(value: unknown) {
    this.host.call(true);
    this.format({ horizontalAlignment: horizontalName(value) });
  }
  get VerticalAlignment(): unknown {
    this.host.call();
    return undefined;
  }
  set VerticalAlignment(value: unknown) {
    this.host.call(true);
    this.format({ verticalAlignment: verticalName(value) });
  }
  get WrapText(): unknown {
    this.host.call();
    return this.live().formats.get(`${this.rect.row},${this.rect.column}`)?.wrapText ?? false;
  }
  set WrapText(value: unknown) {
    this.host.call(true);
    this.format({ wrapText: Boolean(value) });
  }

  /** Sets a format on every cell of the range, as the Office.js host keeps formats. */
  format(format: Record<string, unknown>): void {
    const sheet = this.live();
    for (let r = this.rect.row; r < this.rect.row + this.rect.rowCount; r++) {
      for (let c = this.rect.column; c < this.rect.column + this.rect.columnCount; c++) {
        const key = `${r},${c}`;
        const old = sheet.formats.get(key) ?? {};
        const borders = format.borders ? { ...old.borders, ...(format.borders as Record<string, string>) } : old.borders;
        sheet.formats.set(key, { ...old, ...format, ...(borders ? { borders } : {}) });
      }
    }
  }

  get ColumnWidth(): unknown {
    this.host.call();
    return this.live().columnWidths[this.rect.column] ?? DEFAULT_COLUMN_WIDTH;
  }
  set ColumnWidth(characters: unknown) {
    this.host.call(true);
    const sheet = this.live();
    for (let c = this.rect.column; c < this.rect.column + this.rect.columnCount; c++) sheet.columnWidths[c] = Number(characters);
  }
  get RowHeight(): unknown {
    this.host.call();
    return this.live().rowHeights.get(this.rect.row) ?? DEFAULT_ROW_HEIGHT;
  }
  set RowHeight(points: unknown) {
    this.host.call(true);
    const sheet = this.live();
    for (let r = this.rect.row; r < this.rect.row + this.rect.rowCount; r++) sheet.rowHeights.set(r, Number(points));
  }
  get Left(): unknown {
    this.host.call();
    return columnLeft(this.live(), this.rect.column);
  }
  get Top(): unknown {
    this.host.call();
    return rowTop(this.live(), this.rect.row);
  }
  get Width(): unknown {
    this.host.call();
    return columnLeft(this.live(), this.rect.column + this.rect.columnCount) - columnLeft(this.sheet, this.rect.column);
  }
  get Height(): unknown {
    this.host.call();
    return rowTop(this.live(), this.rect.row + this.rect.rowCount) - rowTop(this.sheet, this.rect.row);
  }
  Select(): unknown {
    this.host.call(true);
    this.host.state.selection = { sheet: this.live().name, address: rangeAddress(this.rect.row, this.rect.column, this.rect.rowCount, this.rect.columnCount) };
    return true;
  }
  Activate(): unknown {
    return this.Select();
  }
}

/** `Range.Rows` / `Range.Columns`: the same cells, indexed by row or by column. */
class RowsOrColumns extends EtRangeImpl {
  constructor(
    host: EtHost,
    sheet: HostSheet,
    rect: MergedArea,
    private readonly by: "rows" | "columns",
  ) {
    super(host, sheet, rect);
  }
  override get Count(): number {
    this.host.call();
    return this.by === "rows" ? this.rect.rowCount : this.rect.columnCount;
  }
  override Item(index: number, column?: number): EtRange {
    if (column !== undefined) return super.Item(index, column);
    this.host.call();
    const r = this.rect;
    return new EtRangeImpl(
      this.host,
      this.sheet,
      this.by === "rows" ? { ...r, row: r.row + index - 1, rowCount: 1 } : { ...r, column: r.column + index - 1, columnCount: 1 },
    );
  }
}

/** A range of several areas (what SpecialCells returns). */
class AreasRange extends EtRangeImpl {
  constructor(
    host: EtHost,
    sheet: HostSheet,
    private readonly areas: MergedArea[],
  ) {
    super(host, sheet, areas[0]);
  }
  override get Areas(): EtAreas {
    this.host.call();
    const areas = this.areas.map((a) => new EtRangeImpl(this.host, this.sheet, a));
    return {
      Count: areas.length,
      Item: (i: number) => {
        this.host.call();
        const area = areas[i - 1];
        if (!area) throw new Error("下标越界 / Subscript out of range");
        return area;
      },
    };
  }
}
