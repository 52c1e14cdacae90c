/**
 * A fact as the planner writes it: a live reference to its source cell (times its unit factor), a
 * SUM over its parts, a COUNTIFS/SUMIFS over a ledger where such a formula counts what the engine
 * counted, or the engine's value. Also the figure as the workbook states it (in the source's own
 * unit), for the sections that show a workbook's units.
 */
import type { CellProvenance, Fact, Figure, LedgerProvenance } from "../facts";
import type { SourcedValue } from "./facts";
import { ledgerTermsFormula } from "./ledgerFormulas";

/** What the cell says beyond its number: the 核对's word (facts/cellChecks.ts), an error value, 约 from its notes, the decimals it shows. */
export function cellChecks(p: CellProvenance): Pick<SourcedValue, "check" | "error" | "approximate" | "decimals"> {
  return {
    ...(p.check ? { check: p.check } : {}),
    ...(p.error ? { error: p.error } : {}),
    ...(p.approximate ? { approximate: true as const } : {}),
    ...(p.decimals !== undefined ? { decimals: p.decimals } : {}),
  };
}

function fromFigure(f: Figure): SourcedValue {
  const p = f.provenance;
  switch (p.kind) {
    case "cell":
      return { value: f.value, cell: p.cell, numeric: p.numeric, factor: p.unitFactor, ...cellChecks(p) };
    case "sum": {
      const parts = p.parts.map(fromFigure);
      const present = parts.filter((x) => x.value !== null);
      const value = present.length ? present.reduce((s, x) => s + (x.value as number), 0) : null;
      // A sum of figures the source calls approximate is approximate too.
      const approximate = parts.some((x) => x.approximate) ? { approximate: true as const } : {};
      return { value: value === null ? null : Number(value.toFixed(10)), sumOf: parts, ...approximate };
    }
    case "ledger": {
      const formula = ledgerTermsFormula(p);
      return { value: f.value, ...(formula ? { formula } : {}) };
    }
    default:
      return { value: f.value };
  }
}

/**
 * The fact as a figure to write, in its base unit.
 *
 * @param fact the fact, or undefined
 * @returns the figure; a missing figure when there is no fact
 * @example sourcedOf(totalFact) // { value: 23, cell: { sheet: "事故分县统计", address: "B5", … }, numeric: true, factor: 1 }
 */
export function sourcedOf(fact: Fact | Figure | undefined): SourcedValue {
  return fact ? fromFigure(fact) : { value: null };
}

/**
 * A ledger fact's figure with its key criterion written as a reference to the summary cell that
 * holds the key ("$A7"), so the formula follows the label.
 *
 * @param fact the ledger fact
 * @param keyCell the summary cell holding the group's key
 * @returns the figure
 */
export function ledgerSourced(fact: Fact | undefined, keyCell?: string): SourcedValue {
  if (!fact) return { value: null };
  const formula = fact.provenance.kind === "ledger" ? ledgerTermsFormula(fact.provenance as LedgerProvenance, keyCell) : undefined;
  return { value: fact.value, ...(formula ? { formula } : {}) };
}
