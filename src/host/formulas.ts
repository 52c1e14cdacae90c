/**
 * Formula evaluation for the in-memory host: formula cells' values recomputed with HyperFormula,
 * over all sheets or over the sheets a recalculation needs (recalc.ts); quoted sheet names work.
 *
 * HyperFormula (about 800 KB) is loaded only when something must be calculated: the workbench
 * opens a file with its saved results and writes the summary with the values the core computed,
 * so it usually never needs it. Call {@link loadFormulaEngine} before anything that calculates
 * (the host's sync does); tests and scripts that build hosts synchronously install it once with
 * {@link installFormulaEngine} (tests/setup/formulaEngine.ts).
 */
import type { HyperFormula } from "hyperformula";
import type { HostSheet, HostWorkbook } from "./state";

type Engine = typeof HyperFormula;
let engine: Engine | undefined;

/**
 * Installs HyperFormula where it can be imported synchronously (Node: tests, scripts).
 *
 * @param hyperFormula the HyperFormula class
 * @example installFormulaEngine(require("hyperformula").HyperFormula)
 */
export function installFormulaEngine(hyperFormula: Engine): void {
  engine = hyperFormula;
}

/**
 * Loads HyperFormula (a chunk of its own in the browser) unless it is there already.
 *
 * @returns when formulas can be calculated
 */
export async function loadFormulaEngine(): Promise<void> {
  engine ??= (await import(/* webpackChunkName: "formula-engine" */ "hyperformula")).HyperFormula;
}

/** Whether HyperFormula is loaded. */
export function formulaEngineLoaded(): boolean {
  return engine !== undefined;
}

/** Excel's limits: 1,048,576 rows and 16,384 columns (XFD). */
const EXCEL_MAX_ROWS = 1048576;
const EXCEL_MAX_COLUMNS = 16384;

/**
 * Recomputes every formula cell's value in the workbook.
 *
 * @param state the host's workbook; formula cells' `values` are overwritten with the results
 * @example evaluateFormulas(host.state)
 */
export function evaluateFormulas(state: HostWorkbook): void {
  evaluateSheets(state.sheets, state.sheets);
}

/**
 * Recomputes the formula cells of some sheets with HyperFormula built over the sheets they read.
 *
 * @param build the sheets the engine is built over (every sheet the updated formulas read)
 * @param update the sheets whose formula cells get the engine's values (a subset of build)
 * @example evaluateSheets([ledger, summary], [summary])
 */
export function evaluateSheets(build: readonly HostSheet[], update: readonly HostSheet[]): void {
  for (const { sheet, row, column, value } of calculatedValues(build, update)) sheet.values[row][column] = value;
}

/** One formula cell's value as HyperFormula calculates it. */
export interface CalculatedValue {
  readonly sheet: HostSheet;
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  /** A number, text or boolean; an error value as its text ("#DIV/0!"); an empty result 0, as Excel shows it. */
  readonly value: unknown;
}

/**
 * What HyperFormula calculates for the formula cells of some sheets, built over the sheets they
 * read; nothing is written.
 *
 * @param build the sheets the engine is built over (every sheet the formulas read)
 * @param of the sheets whose formula cells are calculated (a subset of build)
 * @returns each formula cell with its value, sheet by sheet, row by row
 * @example calculatedValues([ledger, summary], [summary])
 */
export function calculatedValues(build: readonly HostSheet[], of: readonly HostSheet[]): CalculatedValue[] {
  const withFormulas = of.filter((s) => s.formulas.some((row) => row.some(isFormula)));
  if (withFormulas.length === 0) return [];
  const sheets: Record<string, unknown[][]> = {};
  for (const s of build) {
    sheets[s.name] = s.values.map((row, r) =>
      row.map((v, c) => {
        const f = s.formulas[r][c];
        if (isFormula(f)) return f;
        // A text that looks like a formula (or starts with an apostrophe) goes to the engine as text.
        if (typeof v === "string" && (v.startsWith("=") || v.startsWith("'"))) return `'${v}`;
        return v === "" ? null : v;
      }),
    );
  }
  if (!engine) throw new Error("The formula engine is not loaded (await loadFormulaEngine() before calculating).");
  // Excel's sheet size (HyperFormula's default stops at 40,000 rows: a 100,000-row ledger would not load).
  const hf = engine.buildFromSheets(sheets as never, { licenseKey: "gpl-v3", maxRows: EXCEL_MAX_ROWS, maxColumns: EXCEL_MAX_COLUMNS });
  const out: CalculatedValue[] = [];
  try {
    for (const sheet of withFormulas) {
      const id = hf.getSheetId(sheet.name)!;
      sheet.formulas.forEach((cells, row) =>
        cells.forEach((formula, column) => {
          if (!isFormula(formula)) return;
          const v = hf.getCellValue({ sheet: id, row, col: column });
          out.push({ sheet, row, column, formula, value: v === null ? 0 : typeof v === "object" ? String((v as { value: unknown }).value) : v });
        }),
      );
    }
  } finally {
    hf.destroy();
  }
  return out;
}

function isFormula(f: unknown): f is string {
  return typeof f === "string" && f.startsWith("=");
}
