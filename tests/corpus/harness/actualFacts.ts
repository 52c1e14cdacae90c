/**
 * The facts the harness compares with the expectations: the engine's own, `workbookFacts(model)`
 * (src/core/facts) — the one value the planner reads, so the harness scores what the summary is
 * made from. Only the parts of a fact the comparison needs are kept.
 */
import type { Finding, WorkbookModel } from "../../../src/core/reader/model";
import { workbookFacts, type Fact } from "../../../src/core/facts";

/** A fact as the harness compares it. */
export interface CorpusFact {
  readonly indicator: string;
  readonly period: Pick<Fact["period"], "label" | "relation" | "span">;
  readonly breakdown: readonly { readonly dimension: string; readonly key: string; readonly label?: string; readonly partOf?: string }[];
  readonly value: number | null;
  readonly unit: string;
  readonly measure: string;
  readonly base?: Fact["base"];
  /** "Sheet!B4" where one cell holds it. */
  readonly cell?: string;
}

/** What the harness reads from one model. */
export interface CorpusFacts {
  readonly facts: readonly CorpusFact[];
  readonly findings: readonly Finding[];
  readonly context: { readonly regionWord?: string; readonly place?: string; readonly period?: string; readonly periodWords: readonly string[] };
  /** Where the facts came from. */
  readonly source: string;
}

function cellOf(fact: Fact): string | undefined {
  return fact.provenance.kind === "cell" ? `${fact.provenance.cell.sheet}!${fact.provenance.cell.address}` : undefined;
}

/**
 * The facts of a model, as the planner reads them.
 *
 * @param model the reader's model
 * @returns facts, findings and context words
 */
export function factsOf(model: WorkbookModel): CorpusFacts {
  const wf = workbookFacts(model);
  return {
    facts: wf.facts.map((f) => ({
      indicator: f.indicator,
      period: f.period,
      breakdown: f.breakdown,
      value: f.value,
      // The unit the source states, else the indicator's base unit (Fact.unit is absent when the source states none).
      unit: f.unit ?? f.baseUnit,
      measure: f.measure,
      base: f.base,
      cell: cellOf(f),
    })),
    findings: wf.findings,
    context: wf.context,
    source: "workbookFacts (src/core/facts)",
  };
}
