/**
 * The hazard-ledger (隐患台账) section: by county and by category (排查, 已整改, 整改中, 未整改,
 * 逾期未整改, 整改率, 重大隐患 and of them rectified, 整改资金) under a 合计 row, then the overdue
 * hazards one by one with the ledger cell to look at. Figures are COUNTIFS/SUMIFS over the
 * ledger's whole columns where its cells allow (HazardFormulaBasis), values otherwise.
 */
import type { OverdueItem } from "../../facts";
import { cellAddress, quoteSheetName } from "../../model/address";
import { header, heading } from "../cells";
import { LEDGER_LABELS, type LedgerLabels } from "../ledgerLabels";
import type { HazardFigure, HazardLedgerRow, HazardLedgerView } from "../ledgerViews";
import type { SummaryOptions } from "../options";
import type { PlanSection } from "../plan";
import { ratioPercentFormat } from "../precision";
import { DASH, type SheetBuilder } from "../sheetBuilder";
import { ledgerSourced } from "../sourced";

type Figure = HazardFigure;

const COLUMNS: readonly (Figure | "rate")[] = ["found", "rectified", "inProgress", "notStarted", "overdue", "rate", "majorFound", "majorRectified", "funds"];

function labelOf(c: Figure | "rate", L: LedgerLabels): string {
  const names: Record<Figure | "rate", string> = {
    found: L.found,
    rectified: L.rectified,
    inProgress: L.inProgress,
    notStarted: L.notStarted,
    overdue: L.overdue,
    rate: L.rate,
    majorFound: L.major,
    majorRectified: `${L.major}${L.rectified}`,
    funds: L.funds,
  };
  return names[c];
}

function groupRows(b: SheetBuilder, first: number, rows: readonly { label: string; group: HazardLedgerRow; keyed: boolean }[], o: SummaryOptions): number {
  let row = first;
  for (const r of rows) {
    b.set(row, 0, { value: r.label });
    const value = (f: Figure) => r.group.figures[f]?.value ?? null;
    COLUMNS.forEach((c, j) => {
      const col = j + 1;
      if (c === "rate") {
        const [found, done] = [cellAddress(row, 1), cellAddress(row, 2)];
        const [fv, rv] = [value("found"), value("rectified")];
        b.set(row, col, {
          formula: `=IFERROR(IF(${found}=0,"${DASH}",${done}/${found}),"${DASH}")`,
          value: fv && rv !== null ? rv / fv : DASH,
          numberFormat: ratioPercentFormat(rv, fv, o.rateDecimals, o),
        });
        return;
      }
      const w = ledgerSourced(r.group.figures[c], r.keyed ? `$A${row + 1}` : undefined);
      b.set(row, col, { ...(w.formula ? { formula: w.formula } : {}), value: w.value ?? DASH, numberFormat: c === "funds" ? "#,##0.00" : "#,##0" });
    });
    row++;
  }
  return row;
}

function table(
  b: SheetBuilder,
  title: string,
  keyHeader: string,
  groups: readonly HazardLedgerRow[],
  total: HazardLedgerRow | undefined,
  o: SummaryOptions,
  L: LedgerLabels,
  index: number,
): PlanSection {
  const width = 1 + COLUMNS.length;
  const first = heading(b, index, title, width, o);
  header(b, first + 1, [keyHeader, ...COLUMNS.map((c) => labelOf(c, L))]);
  const rows = [...(total ? [{ label: L.total, group: total, keyed: false }] : []), ...groups.map((g) => ({ label: g.key, group: g, keyed: true }))];
  const end = groupRows(b, first + 2, rows, o);
  if (total) b.style(first + 2, 0, 1, width, "total");
  const body = first + 2 + (total ? 1 : 0);
  b.style(body, 0, end - body, 1, "label");
  b.style(body, 1, end - body, width - 1, "body");
  return { id: "hazardLedger", title, firstRow: first, lastRow: end - 1 };
}

function overdueList(
  b: SheetBuilder,
  sheet: string,
  overdue: { readonly items: readonly OverdueItem[]; readonly count: number },
  o: SummaryOptions,
  L: LedgerLabels,
  index: number,
): PlanSection {
  const zh = o.language === "zh";
  const title = `${L.overdueList}${zh ? `（${overdue.count}条）` : ` (${overdue.count})`}`;
  const first = heading(b, index, title, 7, o);
  header(b, first + 1, [L.hazardRegion, L.unit, L.deadline, L.status, L.major, L.cell]);
  let row = first + 2;
  for (const x of overdue.items) {
    [x.region, x.unit, x.deadline, x.status, x.major ? (zh ? "是" : "yes") : "", `${quoteSheetName(sheet)}!${x.cell}`].forEach((v, j) =>
      b.set(row, j, { value: v }),
    );
    row++;
  }
  b.style(first + 2, 0, row - first - 2, 6, "body");
  if (overdue.count > overdue.items.length) {
    const more = overdue.count - overdue.items.length;
    b.set(row, 0, { value: zh ? `另有${more}条逾期未整改隐患未列出。` : `${more} more overdue hazards are not listed.` });
    b.style(row++, 0, 1, 6, "note");
  }
  return { id: "hazardLedger", title, firstRow: first, lastRow: row - 1 };
}

/**
 * Writes the hazard-ledger sections for the first hazard ledger with its depth.
 *
 * @param b the sheet
 * @param view the hazard ledger's facts, as its sections show them
 * @param o the summary options
 * @param index the number of the first section
 * @returns the sections written and the next section number
 */
export function hazardLedgerSections(
  b: SheetBuilder,
  view: HazardLedgerView,
  o: SummaryOptions,
  index: number,
): { sections: PlanSection[]; nextIndex: number } {
  const L = LEDGER_LABELS[o.language];
  const sections: PlanSection[] = [];
  let i = index;
  const by = (what: string, of = L.hazards) => (o.language === "zh" ? `${of}（${what}）` : `${of} by ${what.toLowerCase()}`);
  if (view.byRegion.length) sections.push(table(b, by(L.hazardRegion), L.hazardRegion, view.byRegion, view.total, o, L, i++));
  if (view.byCategory.length) sections.push(table(b, by(L.hazardCategory), L.hazardCategory, view.byCategory, view.total, o, L, i++));
  // The 重大 table counts only 重大 hazards: its facts carry no formula (the level criterion would be needed in every column).
  if (view.majorByRegion.length) sections.push(table(b, by(L.hazardRegion, L.major), L.hazardRegion, view.majorByRegion, undefined, o, L, i++));
  const overdue = view.source.overdue;
  if (overdue?.count) sections.push(overdueList(b, view.source.sheet, overdue, o, L, i++));
  return { sections, nextIndex: i };
}
