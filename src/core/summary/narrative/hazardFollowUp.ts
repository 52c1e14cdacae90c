/**
 * The hazard follow-up releases give after the counts (issue 22, "what releases say"): hazards past
 * their deadline and still open at the report date (逾期未整改), the major hazards placed in a rectification
 * plan (列入治理计划), those listed for supervision (挂牌督办) and the rectification funds (落实整改资金) —
 * "截至2024年6月30日，逾期未整改隐患12条，落实整改资金85.5万元。", "列入治理计划的重大隐患110项，落实整改资金44220.32万元。"
 * (四川省, 1~9月: "列入治理计划的重大隐患110项，落实治理资金44220.32万元"). Only figures the workbook gives (a hazard
 * ledger's deadline, status and funds columns; a hazard table's 列入治理计划, 挂牌督办 and 整改资金 columns); none is
 * ever guessed.
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
  const planned = present(h?.total.majorPlanned);
  const listed = present(h?.total.listed);
  if (!h || [overdue, funds, planned, listed].every((x) => x === undefined)) return "";
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
    // No sentence opens with a numeral (rule 16).
    if (planned !== undefined)
      out.push(
        planned === 1
          ? "One major hazard was placed in a rectification plan."
          : `A total of ${enNumber(planned)} major hazards were placed in a rectification plan.`,
      );
    if (listed !== undefined)
      out.push(listed === 1 ? "One hazard was listed for supervision." : `A total of ${enNumber(listed)} hazards were listed for supervision.`);
    if (funds !== undefined) out.push(`Rectification funds totalled ${enMoney(funds)}.`);
    return ` ${out.join(" ")}`;
  }
  const parts: string[] = [];
  if (overdue !== undefined) parts.push(overdue === 0 ? "无逾期未整改隐患" : `逾期未整改隐患${n(overdue)}${unit}`);
  if (planned !== undefined) parts.push(`列入治理计划的重大隐患${n(planned)}${unit}`);
  if (listed !== undefined) parts.push(`挂牌督办隐患${n(listed)}${unit}`);
  if (funds !== undefined) parts.push(`落实整改资金${n(funds)}万元`);
  return `${overdue !== undefined ? `截至${y}年${m}月${d}日，` : ""}${parts.join("，")}。`;
}
