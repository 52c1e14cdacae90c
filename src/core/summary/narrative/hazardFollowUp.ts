/**
 * The hazard follow-up releases give after the counts (issue 22, "what releases say"): hazards past
 * their deadline and still open at the report date (逾期未整改), and the rectification funds
 * (落实整改资金) — "截至2024年6月30日，逾期未整改隐患12条，落实整改资金85.5万元。" Only figures the
 * workbook gives (a hazard ledger's deadline, status and funds columns); none is ever guessed.
 */
import type { SummaryFacts } from "../facts";
import { enMoney, enNumber, n, present } from "./figures";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * The follow-up sentence, or "" when the workbook gives neither figure.
 *
 * @param f the summary facts (hazards: total.overdue, total.funds, asOf, unit)
 * @param en English
 * @returns " 截至2024年6月30日，逾期未整改隐患12条，落实整改资金85.5万元。" (with its leading space in English)
 */
export function hazardFollowUp(f: Pick<SummaryFacts, "hazards">, en: boolean): string {
  const h = f.hazards;
  const overdue = h?.asOf ? present(h.total.overdue) : undefined;
  const funds = present(h?.total.funds);
  if (!h || (overdue === undefined && funds === undefined)) return "";
  const [y, m, d] = (h.asOf ?? "").split("-").map(Number);
  const unit = h.unit ?? "条";
  if (en) {
    // A month's end as releases write it ("at the end of June 2024"); another day is the report date.
    const monthEnd = d === new Date(Date.UTC(y, m, 0)).getUTCDate();
    const when = monthEnd ? `At the end of ${MONTHS[m - 1]} ${y}` : "At the report date";
    const out: string[] = [];
    if (overdue !== undefined)
      out.push(
        `${when}, ${overdue === 0 ? "no hazard was past its" : overdue === 1 ? "one hazard was past its" : `${enNumber(overdue)} hazards were past their`} deadline and not rectified.`,
      );
    if (funds !== undefined) out.push(`Rectification funds totalled ${enMoney(funds)}.`);
    return ` ${out.join(" ")}`;
  }
  const parts: string[] = [];
  if (overdue !== undefined) parts.push(overdue === 0 ? "无逾期未整改隐患" : `逾期未整改隐患${n(overdue)}${unit}`);
  if (funds !== undefined) parts.push(`落实整改资金${n(funds)}万元`);
  return `${overdue !== undefined ? `截至${y}年${m}月${d}日，` : ""}${parts.join("，")}。`;
}
