/**
 * An in-memory imitation of the part of WPS 表格's JavaScript API (the ET object model) that
 * Bureau Stats uses, over the same workbook state as the in-memory Office.js host (src/host), so
 * one fixture serves both hosts and the differential test can compare what each edge wrote.
 *
 * It imitates the traits the add-in must cope with in WPS:
 * - every call is synchronous (one IPC round trip each in WPS; counted here in `calls`);
 * - `Value2` is a scalar for one cell and a 2-D array otherwise (or, with `blockReads: "items"`,
 *   a wrapper with a 1-based `Item(r, c)`, as reported for some builds); blanks come back as
 *   undefined (COM's Empty) and error cells as COM error numbers (`errors: "com"`, the default) or text;
 * - `NumberFormat` of a block with more than one format is null (VBA's Null), as is `MergeCells`
 *   of a partly merged block and `Hidden` of partly hidden rows;
 * - collections are 1-based (`Item(1)`), colours are BGR numbers (0xBBGGRR), column widths are
 *   in characters, enums are plain numbers;
 * - there is no `Et` global: Kingsoft's enums are ambient declarations only;
 * - custom functions (`AddCustomFunction`) exist only from build 12.1.0.20540;
 * - no list of merged areas: a merged block is only seen cell by cell (MergeCells, MergeArea), or
 *   through `SaveCopyAs` and our own file reader, as in WPS;
 * - events are application-wide (`ApiEvent.AddApiEventListener("SheetChange", …)`), raised by
 *   `editCells` (a user's typing) and, unlike the Office.js host, by the add-in's own writes too,
 *   as a VBA Worksheet_Change is.
 *
 * Faults: `faults.failAtWrite = n` makes the n-th changing call throw (fault injection for the
 * all-or-nothing writer); `faults.failSaveCopy` makes SaveCopyAs throw.
 */
import { parseCellAddress } from "../core/model/address";
import type { SheetChangeHandler, WpsApplication, WpsFunctionMetadata } from "../wps/facade";
import { evaluateFormulas, evaluateSheets } from "../host/formulas";
import { workbookFromRows } from "../host/excelHost";
import { hostWorkbook, type HostSheet, type HostWorkbook } from "../host/state";
import { openWorkbookFile } from "../xlsx/openWorkbookFile";
import { streamWorkbook } from "../xlsx/stream/streamWorkbook";
import type { WorkbookData } from "../xlsx/workbookData";
import { createApplication } from "./application";
import { EtRangeImpl } from "./range";

/** How the imitated WPS behaves. */
export interface EtHostOptions {
  /** The WPS build (default "12.1.0.20540", the first with custom functions). */
  readonly build?: string;
  /** What a multi-cell Value2/Formula read returns: a plain 2-D array (default) or an Item(r, c) wrapper. */
  readonly blockReads?: "array" | "items";
  /** How error cells read back: COM error numbers (default, as VBA's CVErr) or their text ("#N/A"). */
  readonly errors?: "com" | "text";
  /** Whether Workbook.SaveCopyAs works (default true; false as for a workbook WPS cannot copy). */
  readonly saveCopyAs?: boolean;
  /** The workbook's full path (default "C:\\统计\\" + its name), what SaveCopyAs copies from. */
  readonly fullName?: string;
  /**
   * Recompute every formula when the workbook opens (default true, as the Office.js test host
   * does); false keeps the values the file saved, as WPS shows them — the test engine, HyperFormula,
   * adds hidden rows into SUBTOTAL(109, …), which WPS and Excel do not.
   */
  readonly recalculateOnOpen?: boolean;
}

/** A registered custom function. */
export interface RegisteredFunction {
  readonly callback: (...args: unknown[]) => unknown;
  readonly metadata?: WpsFunctionMetadata;
}

/** Fault injection. */
export interface EtFaults {
  /** The n-th changing call (1-based, counted from when this is set) throws. */
  failAtWrite?: number;
  /** SaveCopyAs throws. */
  failSaveCopy?: boolean;
}

/** The first WPS build with custom worksheet functions (Kingsoft: 加载项自定义函数). */
export const FIRST_BUILD_WITH_FUNCTIONS = "12.1.0.20540";

/**
 * Compares two dotted build numbers.
 *
 * @example compareBuilds("11.8.2.12085", "12.1.0.20540") // -1
 */
export function compareBuilds(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** The imitated WPS: its workbook state, its files, its listeners and what the add-in registered. */
export class EtHost {
  readonly state: HostWorkbook;
  readonly options: Required<Omit<EtHostOptions, "fullName" | "recalculateOnOpen">> & { fullName: string };
  /** Every API member call so far (one IPC round trip each in WPS). */
  calls = 0;
  /** Changing calls since faults were last set. */
  writes = 0;
  faults: EtFaults = {};
  /** The imitation's file system: SaveCopyAs writes here, FileSystem reads here. */
  readonly files = new Map<string, Uint8Array>();
  readonly sheetChangeListeners: SheetChangeHandler[] = [];
  readonly functions = new Map<string, RegisteredFunction>();
  readonly pluginStorage = new Map<string, unknown>();
  readonly taskPanes: { id: number; url: string; visible: boolean }[] = [];
  /** Sheet-scoped defined names, per sheet. */
  readonly sheetNames = new Map<HostSheet, Map<string, { refersTo: string; visible: boolean }>>();
  screenUpdating = true;
  enableEvents = true;
  /** Set by a write; formulas are recomputed before the next read of values. */
  dirty = false;
  /** The sheets written since the last recalculation: only their formulas get new values. */
  readonly changedSheets = new Set<HostSheet>();
  readonly application: WpsApplication;

  constructor(data: WorkbookData, options: EtHostOptions = {}) {
    this.state = hostWorkbook(data);
    this.options = {
      build: options.build ?? FIRST_BUILD_WITH_FUNCTIONS,
      blockReads: options.blockReads ?? "array",
      errors: options.errors ?? "com",
      saveCopyAs: options.saveCopyAs ?? true,
      fullName: options.fullName ?? `C:\\统计\\${data.name ?? "工作簿1.xlsx"}`,
    };
    if (options.recalculateOnOpen ?? true) evaluateFormulas(this.state);
    this.application = createApplication(this);
  }

  /** Counts one API call; a changing call may fail by fault injection. */
  call(changes = false): void {
    this.calls++;
    if (!changes) return;
    this.writes++;
    if (this.faults.failAtWrite !== undefined && this.writes === this.faults.failAtWrite) {
      throw new Error(`WPS 调用失败（第 ${this.writes} 次写入，模拟故障）`);
    }
  }

  /** Sets faults and restarts the count of changing calls. */
  inject(faults: EtFaults): void {
    this.faults = faults;
    this.writes = 0;
  }

  /** Recomputes formulas when something was written since the last read. */
  recalculate(): void {
    if (!this.dirty) return;
    this.dirty = false;
    evaluateSheets(this.state.sheets, [...this.changedSheets]);
    this.changedSheets.clear();
  }

  findSheet(name: string): HostSheet | undefined {
    return this.state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetOrThrow(name: string): HostSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`下标越界 / Subscript out of range: ${name}`);
    return sheet;
  }

  /** Whether this build has custom worksheet functions. */
  get hasCustomFunctions(): boolean {
    return compareBuilds(this.options.build, FIRST_BUILD_WITH_FUNCTIONS) >= 0;
  }

  /** A registered function by its full name ("BUREAU.YOY"). */
  customFunction(name: string): RegisteredFunction | undefined {
    return this.functions.get(name.toUpperCase());
  }

  /**
   * Stands in for a user typing into a sheet: writes the values, then raises SheetChange with the
   * sheet and the changed range, as WPS does after an edit.
   *
   * @param sheetName the sheet edited
   * @param address the A1 range, e.g. "B5"
   * @param values rows of values
   */
  editCells(sheetName: string, address: string, values: unknown[][]): void {
    const sheet = this.sheetOrThrow(sheetName);
    const start = parseCellAddress(address.split(":")[0]);
    if (!start) throw new Error(`bad address ${address}`);
    const range = new EtRangeImpl(this, sheet, { row: start.row, column: start.column, rowCount: values.length, columnCount: values[0]?.length ?? 0 });
    range.Value2 = values;
  }

  /** Raises SheetChange for a range (after a write), when events are on. */
  raiseSheetChange(range: EtRangeImpl): void {
    if (!this.enableEvents) return;
    for (const listener of [...this.sheetChangeListeners]) listener(range.Worksheet, range);
  }
}

/**
 * An imitated WPS over plain arrays, one per sheet ("=…" strings are formulas).
 *
 * @param sheets sheet name → rows of values, or loaded workbook data
 * @param options build, block reads, errors, SaveCopyAs
 * @returns the host
 * @example createEtHost({ 事故分县统计: [["县（市）", "本期"], ["楚雄市", 5]] })
 */
export function createEtHost(sheets: Record<string, unknown[][]> | WorkbookData, options: EtHostOptions = {}): EtHost {
  return new EtHost(workbookFromRows(sheets), options);
}

/**
 * An imitated WPS over a workbook file, read by the same limited reader as the Office.js host's
 * (createHostFromXlsx) and the command line: one reader, so both edges see the same cells.
 *
 * @param bytes the file
 * @param name its name
 * @param options build, block reads, errors, SaveCopyAs
 * @returns the host
 */
export async function createEtHostFromXlsx(bytes: ArrayBuffer | Uint8Array, name = "workbook.xlsx", options: EtHostOptions = {}): Promise<EtHost> {
  const { pkg } = await openWorkbookFile(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), name);
  return new EtHost(await streamWorkbook(pkg, name), options);
}
