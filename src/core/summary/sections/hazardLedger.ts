/**
 * The hazard-ledger (隐患台账) section: by county and by category (排查, 已整改, 整改中, 未整改,
 * 逾期未整改, 整改率, 重大隐患 and of them rectified, 整改资金) under a 合计 row, then the overdue
 * hazards one by one with the ledger cell to look at. Figures are COUNTIFS/SUMIFS over the
 * ledger's whole columns where its cells allow (HazardFormulaBasis), values otherwise.
 */
import type { HazardBreakdowns, HazardFormulaBasis, HazardGroup } from "../../ledger/breakdownTypes";
import { cellAddress, quoteSheetName } from "../../model/address";
import type { HazardTotals, LedgerModel } from "../../reader/model";
import { header, heading, percentFormat } from "../cells";
import { LEDGER_LABELS, type LedgerLabels } from "../ledgerLabels";
import { dateArgs, ifsFormula, nextDayArgs, text, wholeColumn, type Exclusion } from "../ledgerFormulas";
import type { SummaryOptions } from "../options";
import type { PlanSection } from "../plan";
import { DASH, type SheetBuilder } from "../sheetBuilder";

type Figure = "found" | "rectified" | "inProgress" | "notStarted" | "overdue" | "majorFound" | "majorRectified" | "funds";

const COLUMNS: readonly (Figure | "rate")[] = ["found", "rectified", "inProgress", "notStarted", "overdue", "rate", "majorFound", "majorRectified", "funds"];

const STATUS: Partial<Record<Figure, string>> = { rectified: "已整改", inProgress: "整改中", notStarted: "未整改" };

/**
 * The live formula of one hazard figure for a group (key criterion on `keyCell`), or undefined.
 *
 * @param basis what the ledger's columns allow
 * @param reportDate yyyy-mm-dd
 * @param figure the figure
 * @param key the key column and criterion cell, if a group
 * @returns the formula, or undefined
 */
export function hazardFormula(basis: HazardFormulaBasis, reportDate: string, figure: Figure, key?: { column: number; cell: string }): string | undefined {
  if (!basis.datesLive) return undefined;
  const col = (i: number) => wholeColumn(basis.sheet, i);
  const base = [`${col(basis.dateColumn)},"<"&DATE(${nextDayArgs(reportDate)})`, ...(key ? [`${col(key.column)},${key.cell}`] : [])];
  const exclusion: Exclusion | undefined = basis.included?.excludedTexts.length
    ? { ref: col(basis.included.column), texts: basis.included.excludedTexts }
    : undefined;
  const status = (word: string) => (basis.statusColumn === undefined ? undefined : `${col(basis.statusColumn)},${text(word)}`);
  const major = basis.levelColumn === undefined ? undefined : `${col(basis.levelColumn)},${text("重大")}`;
  switch (figure) {
    case "found":
      return ifsFormula(base, exclusion);
    case "rectified":
    case "inProgress":
    case "notStarted": {
      const s = status(STATUS[figure]!);
      return s ? ifsFormula([...base, s], exclusion) : undefined;
    }
    case "overdue": {
      if (basis.deadlineColumn === undefined || basis.statusColumn === undefined) return undefined;
      const late = `${col(basis.deadlineColumn)},"<"&DATE(${dateArgs(reportDate)})`;
      // Not rectified = 整改中 + 未整改 (the basis allows only these and 已整改): equality criteria only.
      const parts = ["整改中", "未整改"].map((w) => ifsFormula([...base, late, status(w)!], exclusion).slice(1));
      return `=${parts.join("+")}`;
    }
    case "majorFound":
      return major ? ifsFormula([...base, major], exclusion) : undefined;
    case "majorRectified": {
      const s = status("已整改");
      return major && s ? ifsFormula([...base, major, s], exclusion) : undefined;
    }
    case "funds":
      return basis.fundsColumn === undefined ? undefined : ifsFormula(base, exclusion, col(basis.fundsColumn));
  }
}

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

function groupRows(
  b: SheetBuilder,
  first: number,
  rows: readonly { label: string; totals: HazardTotals; formula: (f: Figure, row: number) => string | undefined }[],
  o: SummaryOptions,
): number {
  let row = first;
  for (const r of rows) {
    b.set(row, 0, { value: r.label });
    COLUMNS.forEach((c, j) => {
      const col = j + 1;
      if (c === "rate") {
        const [found, done] = [cellAddress(row, 1), cellAddress(row, 2)];
        b.set(row, col, {
          formula: `=IFERROR(IF(${found}=0,"${DASH}",${done}/${found}),"${DASH}")`,
          value: r.totals.found ? r.totals.rectified / r.totals.found : DASH,
          numberFormat: percentFormat(o.rateDecimals),
        });
        return;
      }
      const formula = r.formula(c, row);
      b.set(row, col, { ...(formula ? { formula } : {}), value: r.totals[c], numberFormat: c === "funds" ? "#,##0.00" : "#,##0" });
    });
    row++;
  }
  return row;
}

function table(
  b: SheetBuilder,
  ledger: LedgerModel,
  title: string,
  keyHeader: string,
  groups: readonly HazardGroup[],
  key: { column: number; keys: readonly string[] } | undefined,
  total: HazardTotals | undefined,
  o: SummaryOptions,
  L: LedgerLabels,
  index: number,
): PlanSection {
  const h = ledger.hazards!;
  const basis = h.breakdowns!.formulaBasis;
  const width = 1 + COLUMNS.length;
  const first = heading(b, index, title, width, o);
  header(b, first + 1, [keyHeader, ...COLUMNS.map((c) => labelOf(c, L))]);
  const rows = [
    ...(total ? [{ label: L.total, totals: total, formula: (f: Figure) => hazardFormula(basis, h.reportDate, f) }] : []),
    ...groups.map((g) => ({
      label: g.key,
      totals: g.totals,
      formula: (f: Figure, row: number) =>
        key?.keys.includes(g.key) ? hazardFormula(basis, h.reportDate, f, { column: key.column, cell: `$A${row + 1}` }) : undefined,
    })),
  ];
  const end = groupRows(b, first + 2, rows, o);
  if (total) b.style(first + 2, 0, 1, width, "total");
  const body = first + 2 + (total ? 1 : 0);
  b.style(body, 0, end - body, 1, "label");
  b.style(body, 1, end - body, width - 1, "body");
  return { id: "hazardLedger", title, firstRow: first, lastRow: end - 1 };
}

function overdueList(b: SheetBuilder, ledger: LedgerModel, br: HazardBreakdowns, o: SummaryOptions, L: LedgerLabels, index: number): PlanSection {
  const zh = o.language === "zh";
  const title = `${L.overdueList}${zh ? `（${br.overdueCount}条）` : ` (${br.overdueCount})`}`;
  const first = heading(b, index, title, 7, o);
  header(b, first + 1, [L.hazardRegion, L.unit, L.deadline, L.status, L.major, L.cell]);
  let row = first + 2;
  for (const x of br.overdue) {
    [x.region, x.unit, x.deadline, x.status, x.major ? (zh ? "是" : "yes") : "", `${quoteSheetName(ledger.sheet)}!${x.cell}`].forEach((v, j) =>
      b.set(row, j, { value: v }),
    );
    row++;
  }
  b.style(first + 2, 0, row - first - 2, 6, "body");
  if (br.overdueCount > br.overdue.length) {
    const more = br.overdueCount - br.overdue.length;
    b.set(row, 0, { value: zh ? `另有${more}条逾期未整改隐患未列出。` : `${more} more overdue hazards are not listed.` });
    b.style(row++, 0, 1, 6, "note");
  }
  return { id: "hazardLedger", title, firstRow: first, lastRow: row - 1 };
}

/**
 * Writes the hazard-ledger sections for the first hazard ledger with breakdowns.
 *
 * @param b the sheet
 * @param ledger the hazard ledger
 * @param o the summary options
 * @param index the number of the first section
 * @returns the sections written and the next section number
 */
export function hazardLedgerSections(b: SheetBuilder, ledger: LedgerModel, o: SummaryOptions, index: number): { sections: PlanSection[]; nextIndex: number } {
  const br = ledger.hazards?.breakdowns;
  if (!br) return { sections: [], nextIndex: index };
  const L = LEDGER_LABELS[o.language];
  const basis = br.formulaBasis;
  const sections: PlanSection[] = [];
  let i = index;
  const total = ledger.hazards!.total;
  const by = (what: string, of = L.hazards) => (o.language === "zh" ? `${of}（${what}）` : `${of} by ${what.toLowerCase()}`);
  if (br.byRegion.length) sections.push(table(b, ledger, by(L.hazardRegion), L.hazardRegion, br.byRegion, basis.region, total, o, L, i++));
  if (br.byCategory.length) sections.push(table(b, ledger, by(L.hazardCategory), L.hazardCategory, br.byCategory, basis.category, total, o, L, i++));
  if (br.majorByRegion.length) {
    const majorOnly = br.majorByRegion;
    // The 重大 table counts only 重大 hazards: its formulas would need the level criterion in every column, so it is values.
    sections.push(table(b, ledger, by(L.hazardRegion, L.major), L.hazardRegion, majorOnly, undefined, undefined, o, L, i++));
  }
  if (br.overdueCount) sections.push(overdueList(b, ledger, br, o, L, i++));
  return { sections, nextIndex: i };
}
