/**
 * The 直接经济损失构成 section: the parts largest first with their shares, the total, and the 分项合计
 * row. The row's verdict never contradicts the 核对 beside it: the same rounding tolerance, "不一致"
 * only where the 核对 found the parts do not add up, "分项不全" where the workbook lists only some
 * parts, and no verdict at all when the total is itself the sum of the parts (a total the workbook
 * does not state is not checked against itself).
 */
import type { Finding } from "../../facts";
import { exactDiff } from "../../numbers/decimal";
import { roundingTolerance } from "../../registry/forms/tolerance";
import { header, heading, numeric } from "../cells";
import { ratioPercentFormat } from "../precision";
import type { SummaryFacts } from "../facts";
import { indicatorLabel } from "../indicatorLabel";
import type { Labels } from "../labels";
import type { SummaryOptions } from "../options";
import type { PlanSection } from "../plan";
import { DASH, type SheetBuilder } from "../sheetBuilder";

export function lossSection(
  b: SheetBuilder,
  f: NonNullable<SummaryFacts["losses"]>,
  L: Labels,
  o: SummaryOptions,
  index: number,
  findings: readonly Finding[],
): { section: PlanSection; chartRows: [number, number] | undefined } {
  const first = heading(b, index, L.losses, 4, o);
  header(b, first + 1, [L.category, L.amount, L.share]);
  const parts = [...f.parts].sort((x, y) => (y.value.value ?? -Infinity) - (x.value.value ?? -Infinity));
  const start = first + 2;
  const totalRow = start + parts.length;
  const T = `$B$${totalRow + 1}`;
  const tv = f.total.value;
  parts.forEach((p, i) => {
    const r = start + i;
    const w = b.ref(p.value);
    b.set(r, 0, { value: o.language === "zh" ? p.name : indicatorLabel(p.indicator, p.name, "", "en") });
    b.set(r, 1, { ...w, numberFormat: "#,##0.00" });
    const v = numeric(w.value);
    b.set(r, 2, {
      formula: `=IFERROR(IF(${T}=0,"${DASH}",B${r + 1}/${T}),"${DASH}")`,
      value: v !== null && tv ? v / tv : DASH,
      // The one precision option, as the 综述's percents (precision.ts): 38.5% and 20% by default, 20.0% with zeros kept.
      numberFormat: ratioPercentFormat(v, tv, o.percentDecimals, o),
    });
  });
  const tw = b.ref(f.total);
  b.set(totalRow, 0, { value: L.total });
  b.set(totalRow, 1, { ...tw, numberFormat: "#,##0.00" });
  b.set(totalRow, 2, {
    formula: `=IF(${T}=0,"${DASH}",1)`,
    value: tv ? 1 : DASH,
    numberFormat: ratioPercentFormat(1, 1, o.percentDecimals, o),
  });
  const sumRow = totalRow + 1;
  const statedTotal = f.totalStated === true;
  let same = false;
  if (statedTotal) {
    const partsSum = parts.reduce((s, p) => s + (p.value.value ?? 0), 0);
    const partsRange = `B${start + 1}:B${totalRow}`;
    b.set(sumRow, 0, { value: L.partsSum });
    b.set(sumRow, 1, {
      formula: `=SUM(${partsRange})`,
      value: Number(partsSum.toFixed(10)),
      numberFormat: "#,##0.00",
    });
    // "不一致" only where the 核对 found the parts of this table not adding up; fewer parts than the total's are not compared.
    const flagged = findings.some((x) => x.kind === "parts_mismatch" && x.sheet === f.sheet);
    const otherwise = flagged ? L.inconsistent : L.partial;
    // The 核对's own rounding rule (a money figure: 0.01 of the unit each cell was stated in), so the two agree.
    const tolerance = Math.max(...[f.total, ...parts.map((p) => p.value)].map((v) => roundingTolerance("万元", v.factor ?? 1)));
    same = tv !== null && Math.abs(exactDiff(Number(partsSum.toFixed(10)), tv)) <= tolerance;
    b.set(sumRow, 2, {
      formula: `=IF(ROUND(ABS(B${sumRow + 1}-${T}),8)<=${tolerance},"${L.consistent}","${otherwise}")`,
      value: same ? L.consistent : otherwise,
    });
  }
  b.style(start, 0, parts.length, 1, "label");
  b.style(start, 1, parts.length, 2, "body");
  b.style(totalRow, 0, 1, 3, "total");
  // Red only for a sum that does not agree: a passed check is not an alarm.
  if (statedTotal) b.style(sumRow, 0, 1, 3, same ? "label" : "check");
  const nonZero = parts.filter((p) => (p.value.value ?? 0) > 0).length;
  return {
    section: {
      id: "losses",
      title: L.losses,
      firstRow: first,
      lastRow: statedTotal ? sumRow : totalRow,
    },
    chartRows: nonZero ? [first + 1, first + 1 + nonZero] : undefined,
  };
}
