/**
 * The 生产安全事故 section: one row per indicator with 本期, 去年同期, 增减, 增减幅度 and 显著性; 本期
 * alone when the figures compare with nothing (a ledger of a week or of many years).
 */
import type { IndicatorPair } from "../facts";
import { header, heading, writeComparison, writeCurrent } from "../cells";
import type { Labels } from "../labels";
import type { SummaryOptions } from "../options";
import type { PlanSection } from "../plan";
import { indicatorLabel } from "../indicatorLabel";
import { pairSignificanceText } from "../significance";
import { compactSignificanceText } from "../breakdownSignificance";
import type { SheetBuilder } from "../sheetBuilder";

export function accidentSection(
  b: SheetBuilder,
  pairs: readonly IndicatorPair[],
  L: Labels,
  o: SummaryOptions,
  index: number,
  compares = true,
): { section: PlanSection; chartRows: [number, number] | undefined } {
  const sig = compares && o.significanceColumn;
  const first = heading(b, index, L.accidents, compares ? (sig ? 6 : 5) : 2, o);
  const compared = compares ? [L.previous, L.delta, L.pct, ...(sig ? [L.significance] : [])] : [];
  header(b, first + 1, [L.indicator, L.current, ...compared]);
  const counted = (p: IndicatorPair) => /^[起人]/.test(p.classifier);
  const ordered = [...pairs.filter(counted), ...pairs.filter((p) => !counted(p))];
  let row = first + 2;
  for (const p of ordered) {
    b.set(row, 0, {
      value: o.language === "zh" ? `${p.name}（${p.unit}）` : indicatorLabel(p.indicator, p.name, p.unit, "en"),
    });
    if (compares) writeComparison(b, row, 1, p, o, true);
    else writeCurrent(b, row, 1, p);
    // Plain text, not a BUREAU formula: the sheet must read the same without the add-in.
    // With the breakdown rows tested, the column is narrow (an 18-column ledger table shares it): the short form.
    if (sig) b.set(row, 5, { value: (o.breakdownSignificance ? compactSignificanceText(p, o) : pairSignificanceText(p, o)) ?? null });
    row++;
  }
  b.style(first + 2, 0, ordered.length, 1, "label");
  b.style(first + 2, 1, ordered.length, compares ? 4 : 1, "body");
  // The 显著性 column is words ("变化不显著（p=0.761）"): aligned as text, wrapped where long (textFit.ts).
  if (sig) b.style(first + 2, 5, ordered.length, 1, "label");
  const countedRows = ordered.filter(counted).length;
  return {
    section: {
      id: "accidents",
      title: L.accidents,
      firstRow: first,
      lastRow: row - 1,
    },
    chartRows: countedRows ? [first + 1, first + 1 + countedRows] : undefined,
  };
}
