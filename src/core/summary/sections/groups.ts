/** The 分县（市） and 分行业 sections: one row per region or industry, three columns per indicator. */
import { rangeAddress } from "../../model/address";
import { heading, writeComparison } from "../cells";
import type { GroupTable, IndicatorPair, SourcedValue } from "../facts";
import { indicatorLabel } from "../indicatorLabel";
import type { Labels } from "../labels";
import type { SummaryOptions } from "../options";
import type { PlanSection } from "../plan";
import type { SheetBuilder } from "../sheetBuilder";

function hasFigure(v: SourcedValue): boolean {
  return v.value !== null || v.cell !== undefined || v.sumOf !== undefined || v.formula !== undefined;
}

export function groupSection(b: SheetBuilder, t: GroupTable, L: Labels, o: SummaryOptions, index: number): PlanSection {
  const width = 1 + t.indicators.length * 3;
  const title = t.keyKind === "region" ? L.byRegion : L.byIndustry;
  const first = heading(b, index, title, width, o);
  b.set(first + 1, 0, {
    value: t.keyKind === "region" ? L.region : L.industry,
  });
  b.merges.push(rangeAddress(first + 1, 0, 2, 1));
  t.indicators.forEach((ind, k) => {
    const col = 1 + k * 3;
    b.set(first + 1, col, {
      value: o.language === "zh" ? `${ind.name}（${ind.unit}）` : indicatorLabel(ind.indicator, ind.name, ind.unit, "en"),
    });
    b.merges.push(rangeAddress(first + 1, col, 1, 3));
    [L.current, L.previous, L.pct].forEach((l, j) => b.set(first + 2, col + j, { value: l }));
  });
  b.style(first + 1, 0, 2, width, "header");
  let row = first + 3;
  const write = (label: string, pairs: readonly IndicatorPair[]) => {
    b.set(row, 0, { value: label });
    let col = 1;
    for (const p of pairs) col = writeComparison(b, row, col, p, o, false);
    row++;
  };
  // A table with no whole (one county's row: a sum of one part is no total) gets no 合计 row of dashes.
  if (t.total.some((p) => hasFigure(p.current) || hasFigure(p.previous))) {
    write(o.language === "zh" ? t.totalLabel : L.total, t.total);
    b.style(first + 3, 0, 1, width, "total");
  }
  const body = row;
  for (const r of t.rows) write(r.label, r.pairs);
  b.style(body, 0, t.rows.length, 1, "label");
  b.style(body, 1, t.rows.length, width - 1, "body");
  return {
    id: t.keyKind === "region" ? "byRegion" : "byIndustry",
    title,
    firstRow: first,
    lastRow: row - 1,
  };
}
