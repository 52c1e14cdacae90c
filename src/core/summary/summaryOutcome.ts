import type { Bilingual, Finding } from "../facts";
import type { SummaryPlan } from "./plan";

/**
 * What writing a summary into an open workbook gave, whichever host wrote it: the Excel and WPS
 * flows both return this, plus what only their host knows (sync counts, how merges were read).
 */
export interface SummaryOutcome {
  readonly sheetName: string;
  /** The earlier summary this one replaced, if any. */
  readonly replaced?: string;
  readonly narrative: readonly string[];
  readonly findings: readonly Finding[];
  /** Without findings: what the 核对 checked, or that nothing was recognised (and checked), in both languages. */
  readonly verdict?: Bilingual;
  /** Per ledger, how its rows were used (台账“…”共N行：计入统计M行…), as the sheet's 核对 and the command line say it. */
  readonly ledgerRows?: readonly Bilingual[];
  readonly plan: SummaryPlan;
  /** The sheets the summary was read from (tables and ledgers), for watching edits afterwards. */
  readonly sourceSheets: readonly string[];
}
