/**
 * The facts the harness compares with the expectations: the engine's own (`workbookFacts(model)`
 * in src/core/facts, the value the planner reads) as soon as it exists, else the interim adapter's
 * (interimFacts.ts). Only the parts of a fact the comparison needs are kept.
 */
import type { Finding, WorkbookModel } from "../../../src/core/reader/model";
import type { Fact, WorkbookFacts } from "../../../src/core/facts";
import { interimFacts } from "./interimFacts";

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
  /** Where the facts came from: the engine or the interim adapter. */
  readonly source: string;
}

type WorkbookFactsFn = (model: WorkbookModel) => WorkbookFacts;

/** The engine's workbookFacts, when src/core/facts has one. */
function engine(): WorkbookFactsFn | undefined {
  try {
    // Loaded by name so the harness compiles before the facts engine lands; it is used as soon as it does.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require("../../../src/core/facts/workbookFacts") as { workbookFacts?: WorkbookFactsFn };
    return mod.workbookFacts;
  } catch {
    return undefined;
  }
}

function cellOf(fact: Fact): string | undefined {
  return fact.provenance.kind === "cell" ? `${fact.provenance.cell.sheet}!${fact.provenance.cell.address}` : undefined;
}

/**
 * The facts of a model.
 *
 * @param model the reader's model
 * @returns facts, findings and context words
 */
export function factsOf(model: WorkbookModel): CorpusFacts {
  const workbookFacts = engine();
  if (!workbookFacts) return interimFacts(model);
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
