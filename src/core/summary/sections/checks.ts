/** The 数据核对 section: each finding with its sheet, cell, stated and recomputed figures and message. */
import { header, heading } from "../cells";
import type { Finding } from "../../reader/model";
import type { Labels } from "../labels";
import type { SummaryOptions } from "../options";
import type { PlanSection } from "../plan";
import { DASH, type SheetBuilder } from "../sheetBuilder";

export function checksSection(b: SheetBuilder, findings: readonly Finding[], L: Labels, o: SummaryOptions, index: number): PlanSection {
  const first = heading(b, index, L.checks, 5, o);
  if (findings.length === 0) {
    b.set(first + 1, 0, { value: L.noFindings });
    b.style(first + 1, 0, 1, 5, "note");
    return {
      id: "checks",
      title: L.checks,
      firstRow: first,
      lastRow: first + 1,
    };
  }
  header(b, first + 1, [L.sheet, L.cell, L.stated, L.recomputed, L.message]);
  findings.forEach((f, i) => {
    const r = first + 2 + i;
    b.set(r, 0, { value: f.sheet });
    b.set(r, 1, { value: f.cell });
    b.set(r, 2, { value: f.stated ?? DASH, numberFormat: "0.##" });
    b.set(r, 3, { value: f.recomputed ?? DASH, numberFormat: "0.##" });
    b.set(r, 4, { value: o.language === "zh" ? f.message.zh : f.message.en });
  });
  b.style(first + 2, 0, findings.length, 5, "check");
  return {
    id: "checks",
    title: L.checks,
    firstRow: first,
    lastRow: first + 1 + findings.length,
  };
}
