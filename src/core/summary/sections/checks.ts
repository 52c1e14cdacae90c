/**
 * The 数据核对 section: each finding with its sheet, cell, stated and recomputed figures and message.
 * The message (说明) spans the rest of the tables' width, so it prints in a few lines, not a narrow column.
 */
import { cellAddress } from "../../model/address";
import { findingFigureFormat, header, heading } from "../cells";
import type { Finding } from "../../facts";
import type { Labels } from "../labels";
import type { SummaryOptions } from "../options";
import type { PlanSection } from "../plan";
import { DASH, type SheetBuilder } from "../sheetBuilder";

export function checksSection(
  b: SheetBuilder,
  findings: readonly Finding[],
  L: Labels,
  o: SummaryOptions,
  index: number,
  width = 5,
  checked = true,
): PlanSection {
  const first = heading(b, index, L.checks, 5, o);
  if (findings.length === 0) {
    // "No inconsistencies" only about what was understood (checkedAnything.ts).
    b.set(first + 1, 0, { value: checked ? L.noFindings : L.nothingChecked });
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
    b.set(r, 2, { value: f.stated ?? DASH, numberFormat: findingFigureFormat(f.stated) });
    b.set(r, 3, { value: f.recomputed ?? DASH, numberFormat: findingFigureFormat(f.recomputed) });
    b.set(r, 4, { value: o.language === "zh" ? f.message.zh : f.message.en });
  });
  const last = Math.max(5, width) - 1;
  b.style(first + 2, 0, findings.length, last + 1, "check");
  if (last > 4) {
    b.style(first + 1, 5, 1, last - 4, "header");
    for (let r = first + 1; r < first + 2 + findings.length; r++) b.merges.push(`${cellAddress(r, 4)}:${cellAddress(r, last)}`);
  }
  return {
    id: "checks",
    title: L.checks,
    firstRow: first,
    lastRow: first + 1 + findings.length,
  };
}
