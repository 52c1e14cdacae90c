/** The 隐患排查整改 section: the total, each county and 重大隐患, with the 整改率 as a live formula. */
import { header, heading, numeric } from "../cells";
import { ratioPercentFormat } from "../precision";
import type { HazardRow, SummaryFacts } from "../facts";
import type { Labels } from "../labels";
import type { SummaryOptions } from "../options";
import type { PlanSection } from "../plan";
import { rateDecimalsOf } from "../narrative/hazards";
import { rateIntervalText } from "../significance";
import { DASH, type SheetBuilder } from "../sheetBuilder";

export function hazardSection(
  b: SheetBuilder,
  f: NonNullable<SummaryFacts["hazards"]>,
  L: Labels,
  o: SummaryOptions,
  index: number,
): { section: PlanSection; countyRows: [number, number] | undefined } {
  // The interval only on request: found hazards are a complete count, not a sample (docs/report-rules.md).
  const sig = o.rateInterval;
  const decimals = rateDecimalsOf({ hazards: f }, o);
  const first = heading(b, index, L.hazards, sig ? 5 : 4, o);
  // The source's unit in the headers (项, 处), never a default 条 over someone else's count (issue 22, consistency).
  const unit = (label: string) => (f.unit ? label.replace("（条）", `（${f.unit}）`) : label);
  header(b, first + 1, [L.region, unit(L.found), unit(L.rectified), L.rate, ...(sig ? [L.interval] : [])]);
  let row = first + 2;
  const write = (h: HazardRow, found = h.found, rectified = h.rectified) => {
    const fw = b.ref(found);
    const rw = b.ref(rectified);
    b.set(row, 0, { value: h.label });
    b.set(row, 1, { ...fw, numberFormat: "#,##0" });
    b.set(row, 2, { ...rw, numberFormat: "#,##0" });
    const fv = numeric(fw.value);
    const rv = numeric(rw.value);
    b.set(row, 3, {
      formula: `=IFERROR(IF(B${row + 1}=0,"${DASH}",C${row + 1}/B${row + 1}),"${DASH}")`,
      value: fv && rv !== null ? rv / fv : DASH,
      // The decimals the 综述 writes for this rate (precision.ts).
      numberFormat: ratioPercentFormat(rv, fv, decimals, o),
    });
    if (sig)
      b.set(row, 4, {
        value: rateIntervalText(fv, rv, o) ?? null,
      });
    row++;
  };
  write({ ...f.total, label: o.language === "zh" ? f.total.label : L.total });
  b.style(first + 2, 0, 1, 4, "total");
  const countyStart = row;
  for (const h of f.rows) write(h);
  b.style(countyStart, 0, f.rows.length, 1, "label");
  b.style(countyStart, 1, f.rows.length, 3, "body");
  const countyRows: [number, number] | undefined = f.rows.length ? [countyStart, row - 1] : undefined;
  if (f.total.majorFound && f.total.majorRectified) {
    b.set(row, 0, { value: L.major });
    const t = f.total;
    write({ ...t, label: L.major }, t.majorFound, t.majorRectified);
    b.style(row - 1, 0, 1, 4, "body");
  }
  return {
    section: {
      id: "hazards",
      title: L.hazards,
      firstRow: first,
      lastRow: row - 1,
    },
    countyRows,
  };
}
