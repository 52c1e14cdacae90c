/**
 * An in-memory Excel host: the part of the Excel JavaScript API that Bureau Stats uses,
 * with Office.js's batching semantics, so the add-in's real Office.js code runs against it.
 *
 * - Proxy objects queue their writes; nothing happens until `context.sync()`.
 * - A property can be read only after `load()` and a sync (else PropertyNotLoaded, as in Office).
 * - Every sync is counted, with the bytes its request (queued writes) and response (loaded
 *   properties) would carry as JSON; either over 5 MB fails like Excel on the web.
 * - Faults can be injected: fail the Nth sync, force a too-large payload, null `values`.
 * - Formulas written are evaluated with HyperFormula, so `values` of formula cells give results.
 *
 * This module is the public entry; the proxies live beside it, one idea a file (see README.md).
 * No Node-only API is used: the browser workbench bundles this file.
 */
import { parseCellAddress } from "../core/model/address";
import type { MergedArea } from "../core/model/snapshot";
import { emptySheet, type WorkbookData } from "../xlsx/workbookData";
import type { CalculationMode } from "./application";
import { HostContext } from "./context";
import { formulaDifferences, type FormulaDifference } from "./formulaCheck";
import { evaluateFormulas, evaluateSheets, loadFormulaEngine } from "./formulas";
import { recalcScope, RecalcState } from "./recalc";
import { HostError } from "./proxy";
import { DEFAULT_EXCEL_API } from "./requirements";
import { hostWorkbook, type CellFormat, type HostSheet, type HostWorkbook } from "./state";
import { performSync, type Faults, type SyncRecord } from "./sync";

export { HostError } from "./proxy";
export { loadFormulaEngine } from "./formulas";
export type { FormulaDifference } from "./formulaCheck";
export { PAYLOAD_LIMIT_BYTES, type Faults, type SyncRecord } from "./sync";
export { isValidSheetName } from "./worksheets";
export { MAX_MERGED_AREAS } from "./mergedAreas";
export { MEMBER_SETS, DEFAULT_EXCEL_API } from "./requirements";
export type { CalculationMode } from "./application";

/** How strict a host is: its requirement-set level and calculation mode. */
export interface HostOptions {
  /** ExcelApi version, e.g. "1.12" (default 1.17, Excel 2024). */
  readonly excelApi?: string;
  /** Calculation mode (default "Automatic"). */
  readonly calculationMode?: CalculationMode;
  /**
   * The workbook's values are its formulas' results as the file saved them (a file opened by the
   * workbench): nothing is recalculated at load, and the loaded arrays are taken as they are, not
   * copied. By default every formula is calculated at load, which needs HyperFormula loaded first
   * (`loadFormulaEngine()` in src/host/formulas.ts; tests install it synchronously).
   */
  readonly cachedValues?: boolean;
  /**
   * Sheets known to hold no formula (the workbench's worker saw every row): recalculation does not
   * walk them looking for formulas until a cell of theirs is written.
   */
  readonly formulaFree?: readonly string[];
}

/** The in-memory Excel host. */
export class ExcelHost {
  state: HostWorkbook;
  readonly syncs: SyncRecord[] = [];
  faults: Faults = {};
  /** Set during a sync whose values must come back null (fault injection). */
  nullValuesNow = false;
  /** The ExcelApi version this host answers isSetSupported for; members above it fail with ApiNotFound. */
  excelApi: string;
  /** "Manual": no recalculation until application.calculate(). */
  calculationMode: CalculationMode;

  /** What changed since the last recalculation, and the values given for formulas being written. */
  readonly recalc = new RecalcState();

  constructor(data: WorkbookData, options: HostOptions = {}) {
    this.state = hostWorkbook(data, { adopt: options.cachedValues });
    this.excelApi = options.excelApi ?? DEFAULT_EXCEL_API;
    this.calculationMode = options.calculationMode ?? "Automatic";
    if (!options.cachedValues) this.evaluateFormulas();
    for (const name of options.formulaFree ?? []) {
      const sheet = this.findSheet(name);
      if (sheet) this.recalc.holdsNoFormula(sheet);
    }
  }

  /** How many syncs the host has seen. */
  get syncCount(): number {
    return this.syncs.length;
  }

  /** Forgets the sync records (e.g. between the arrange and act phases of a test). */
  resetCounters(): void {
    this.syncs.length = 0;
  }

  /**
   * Runs a batch like `Excel.run`: a fresh request context, and a final sync of what is left queued.
   *
   * @param batch the add-in's batch function
   * @returns its result
   */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const ctx = new HostContext(this);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending.length || ctx.loads.length) await this.sync(ctx);
    return result;
  }

  findSheet(name: string): HostSheet | undefined {
    return this.state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name);
  }

  sheetOrThrow(name: string): HostSheet {
    const s = this.findSheet(name);
    if (!s) throw new HostError("ItemNotFound", `The worksheet '${name}' doesn't exist.`);
    return s;
  }

  /** Carries out one context.sync(). */
  async sync(ctx: HostContext): Promise<void> {
    await performSync(this, ctx);
  }

  /** Recomputes every formula cell's value with HyperFormula (a full calculation). */
  evaluateFormulas(): void {
    this.recalc.clear();
    evaluateFormulas(this.state);
  }

  /** The sheets to recalculate for what changed, from each sheet's formulas as last scanned. */
  private scope(): { build: HostSheet[]; update: HostSheet[] } {
    return recalcScope(this.state, this.recalc.dirty, this.recalc.touched, (s, hasNames) => this.recalc.sheetReads(s, hasNames));
  }

  /** Recomputes the formulas that read what changed since the last recalculation, and nothing else. */
  recalculate(): void {
    if (!this.recalc.pending) return;
    const { build, update } = this.scope();
    this.recalc.clear();
    if (update.length) evaluateSheets(build, update);
  }

  /** Whether {@link ExcelHost.recalculate} would calculate some formula now (primed ones need none). */
  recalculationNeeded(): boolean {
    return this.recalc.pending && this.scope().update.length > 0;
  }

  /** Whether any sheet holds a formula (a full calculation has something to do). */
  hasFormulas(): boolean {
    return this.state.sheets.some((s) => s.formulas.some((row) => row.some((f) => typeof f === "string" && f.startsWith("="))));
  }

  /**
   * As {@link ExcelHost.recalculate}, loading HyperFormula first only when some formula must really
   * be calculated (a sync that wrote only primed formulas and constants never loads it).
   */
  async recalculateWhenNeeded(): Promise<void> {
    if (!this.recalc.pending) return;
    const { build, update } = this.scope();
    this.recalc.clear();
    if (update.length === 0) return;
    await loadFormulaEngine();
    evaluateSheets(build, update);
  }

  /**
   * Gives the host the results of formulas about to be written (the summary's, which the core
   * computed): until {@link ExcelHost.endPriming}, a formula entered whose text is among them takes
   * its value instead of being calculated, and the session's writes mark nothing for recalculation.
   *
   * @param values formula text ("=COUNTIFS(…)") → its result
   */
  primeFormulaValues(values: ReadonlyMap<string, unknown>): void {
    this.recalc.prime(values);
  }

  /** Ends the session {@link ExcelHost.primeFormulaValues} opened. */
  endPriming(): void {
    this.recalc.endPriming();
  }

  /**
   * The check on the values given in a priming session: every formula cell of a sheet whose value
   * is not what HyperFormula calculates from the workbook as it is (formulaCheck.ts; nothing is written).
   *
   * @param sheetName the sheet (the summary)
   * @returns the differing cells with the value held and the value calculated; none when all agree
   */
  formulaDifferences(sheetName: string): Promise<FormulaDifference[]> {
    return formulaDifferences(this.state, sheetName);
  }

  /** Everything a test may compare before and after: values, formulas and formats of a sheet. */
  sheetSnapshot(name: string): { values: unknown[][]; formulas: unknown[][]; numberFormats: string[][]; merges: MergedArea[] } {
    const s = this.sheetOrThrow(name);
    return JSON.parse(JSON.stringify({ values: s.values, formulas: s.formulas, numberFormats: s.numberFormats, merges: s.merges }));
  }

  /** The format of one cell. */
  formatAt(sheet: string, address: string): CellFormat {
    const a = parseCellAddress(address);
    if (!a) return {};
    return this.sheetOrThrow(sheet).formats.get(`${a.row},${a.column}`) ?? {};
  }

  /** The value of one cell, evaluated. */
  valueAt(sheet: string, address: string): unknown {
    const a = parseCellAddress(address);
    if (!a) return undefined;
    return this.sheetOrThrow(sheet).values[a.row]?.[a.column] ?? "";
  }

  /** The largest request and response of the syncs so far that went through. */
  largestPayload(): { requestBytes: number; responseBytes: number } {
    const delivered = this.syncs.filter((s) => !s.failed);
    return {
      requestBytes: Math.max(0, ...delivered.map((s) => s.requestBytes)),
      responseBytes: Math.max(0, ...delivered.map((s) => s.responseBytes)),
    };
  }
}

/**
 * A host over plain arrays, one per sheet.
 *
 * @param sheets sheet name → rows of cell values ("=..." strings are formulas)
 * @param options requirement-set level and calculation mode
 * @returns the host
 * @example createHost({ 事故分县统计: [["县（市）", "本期"], ["楚雄市", 5]] })
 */
export function createHost(sheets: Record<string, unknown[][]> | WorkbookData, options: HostOptions = {}): ExcelHost {
  return new ExcelHost(workbookFromRows(sheets), options);
}

/**
 * Workbook data from plain arrays, one per sheet ("=…" strings are formulas), as both in-memory
 * hosts (this one and the ET imitation, src/etHost) take it; loaded data is passed through.
 *
 * @param sheets sheet name → rows of cell values, or loaded workbook data
 * @returns the workbook data
 */
export function workbookFromRows(sheets: Record<string, unknown[][]> | WorkbookData): WorkbookData {
  if ("sheets" in sheets && Array.isArray((sheets as WorkbookData).sheets)) return sheets as WorkbookData;
  return {
    sheets: Object.entries(sheets as Record<string, unknown[][]>).map(([name, rows]) => {
      const width = Math.max(0, ...rows.map((r) => r.length));
      const sheet = emptySheet(name, rows.length, width);
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === "string" && v.startsWith("=") && v.length > 1) sheet.formulas[r][c] = v;
          else {
            sheet.values[r][c] = v ?? "";
            sheet.formulas[r][c] = v ?? "";
          }
        }),
      );
      return sheet;
    }),
  };
}

/**
 * A host over a workbook file, read by the same limited reader as the command line (the package
 * opened within the limits — zip bombs, damage and hostile XML refused —, .xls/.et/.csv converted
 * first, the sheets streamed): what was text in the file stays text, never a formula.
 *
 * @param bytes the file
 * @param name its name
 * @param options requirement-set level and calculation mode
 * @returns the host; rejects with the reader's bilingual refusal for a file it will not open
 */
export async function createHostFromXlsx(bytes: ArrayBuffer | Uint8Array, name = "workbook.xlsx", options: HostOptions = {}): Promise<ExcelHost> {
  // The reader is loaded here, not with the host: the workbench opens files in its worker and never needs it on the page.
  const [{ openWorkbookFile }, { streamWorkbook }] = await Promise.all([
    import(/* webpackChunkName: "xlsx-reader" */ "../xlsx/openWorkbookFile"),
    import(/* webpackChunkName: "xlsx-reader" */ "../xlsx/stream/streamWorkbook"),
  ]);
  const { pkg } = await openWorkbookFile(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), name);
  if (!options.cachedValues) await loadFormulaEngine();
  return new ExcelHost(await streamWorkbook(pkg, name), options);
}
