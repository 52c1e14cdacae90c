/**
 * The 数据核对 section: each slip with its sheet, cell, stated and recomputed figures and message;
 * without slips, what was checked ("已核对3张表（…）的42项关系，未发现计算不一致") or that nothing
 * checkable was found — never a bare verdict (src/core/facts/verdict.ts). Differences within
 * rounding (0.01 万元) are said in one line apart from the slips, never listed as slips. The message
 * (说明) spans the rest of the tables' width, so it prints in a few lines, not a narrow column.
 */
import { cellAddress } from "../../model/address";
import { checkVerdict, ledgerRowNotes, notReadNotes, roundingNote, slips, type WorkbookFacts } from "../../facts";
import { findingFigureFormat, header, heading } from "../cells";
import type { Labels } from "../labels";
import type { SummaryOptions } from "../options";
import type { PlanSection } from "../plan";
import { DASH, type SheetBuilder } from "../sheetBuilder";

function sentence(text: string, o: SummaryOptions): string {
  return `${text}${o.language === "zh" ? "。" : "."}`;
}

export function checksSection(b: SheetBuilder, wf: WorkbookFacts, L: Labels, o: SummaryOptions, index: number, width = 5): PlanSection {
  const findings = slips(wf);
  const first = heading(b, index, L.checks, 5, o);
  const verdict = checkVerdict(wf);
  // Said apart from the slips: differences within rounding, how each ledger's rows were used, and figures no table took.
  const rounding = roundingNote(wf);
  const lines = [...(rounding ? [rounding] : []), ...ledgerRowNotes(wf), ...notReadNotes(wf)];
  let last = first;
  if (verdict) {
    last = first + 1;
    b.set(last, 0, { value: sentence(verdict[o.language], o) });
    b.style(last, 0, 1, 5, "note");
  } else {
    header(b, first + 1, [L.sheet, L.cell, L.stated, L.recomputed, L.message]);
    findings.forEach((f, i) => {
      const r = first + 2 + i;
      b.set(r, 0, { value: f.sheet });
      b.set(r, 1, { value: f.cell });
      // A finding with no figure (rows with no parent above them) shows "—", which is no 去年同期 of the sheet's dash note.
      const dashBefore = b.usesDash;
      b.set(r, 2, { value: f.stated ?? DASH, numberFormat: findingFigureFormat(f.stated) });
      b.set(r, 3, { value: f.recomputed ?? DASH, numberFormat: findingFigureFormat(f.recomputed) });
      b.usesDash = dashBefore;
      b.set(r, 4, { value: o.language === "zh" ? f.message.zh : f.message.en });
    });
    const lastColumn = Math.max(5, width) - 1;
    b.style(first + 2, 0, findings.length, lastColumn + 1, "check");
    if (lastColumn > 4) {
      b.style(first + 1, 5, 1, lastColumn - 4, "header");
      for (let r = first + 1; r < first + 2 + findings.length; r++) b.merges.push(`${cellAddress(r, 4)}:${cellAddress(r, lastColumn)}`);
    }
    last = first + 1 + findings.length;
  }
  for (const line of lines) {
    last++;
    b.set(last, 0, { value: sentence(line[o.language], o) });
    b.style(last, 0, 1, 5, "note");
  }
  return { id: "checks", title: L.checks, firstRow: first, lastRow: last };
}
