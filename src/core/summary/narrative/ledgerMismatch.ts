/**
 * A ledger and a table of the same period that disagree (issue 22.8, docs/report-rules.md rule 14):
 * the 综述 never tells the table's totals and the ledger's breakdown side by side as if they were
 * one count. It says which source its figures come from and points to the 核对, where each cell
 * that differs is listed ("双柏县 B8（事故起数，2024年1—6月）为 9，而台账…逐条统计为 8").
 */
import type { SummaryFacts } from "../facts";

/**
 * The sentence after the accident paragraph's figures, or "" when the sources agree.
 *
 * @param f the summary facts (ledgerMismatch, and where the totals and the breakdown come from)
 * @param en English
 * @returns "以上事故数字取自“事故分县统计”表，该表与台账“事故台账”逐条统计不一致（逐项见核对）；分行业情况按台账统计。"
 */
export function ledgerMismatchSentence(f: Pick<SummaryFacts, "ledgerMismatch" | "byRegion" | "byIndustry">, en: boolean): string {
  const m = f.ledgerMismatch;
  if (!m) return "";
  const group = f.byRegion ?? f.byIndustry;
  const table = group && group.source !== "ledger" ? group.sheet : undefined;
  const industryFromLedger = !!table && f.byIndustry?.source === "ledger";
  // No count of cells: a number in the 综述 is a figure the report traces to the workbook; the 核对 lists them.
  if (en) {
    const differs = `differs from the count of the ledger on "${m.ledger}" (see the checks for each cell)`;
    const source = table ? `The accident figures above are taken from the table on "${table}", which` : `The table on "${m.table}"`;
    const then = table
      ? industryFromLedger
        ? "; the figures by industry are counted from the ledger"
        : ""
      : "; the accident figures above are counted from the ledger";
    return ` ${source} ${differs}${then}.`;
  }
  const differs = `与台账“${m.ledger}”逐条统计不一致（逐项见核对）`;
  if (table) return `以上事故数字取自“${table}”表，该表${differs}${industryFromLedger ? "；分行业情况按台账统计" : ""}。`;
  return `“${m.table}”表${differs}；以上事故数字按台账逐条统计。`;
}
