/**
 * The charts of the ledger sections: 事故起数 by county and by industry (本期 against 去年同期, as
 * clustered bars) and by month (当月, this year and last, as clustered columns); 本期 alone for a
 * ledger that compares with nothing. A ledger table has its 合计 row
 * above the groups, so each chart plots a small data block beside the charts that references the
 * table's label and count cells (live, like the table).
 */
import { cellAddress, rangeAddress } from "../model/address";
import type { ChartPlacer } from "./charts";
import { LEDGER_LABELS, scopedWords } from "./ledgerLabels";
import type { SummaryOptions } from "./options";
import type { ChartPlan } from "./plan";
import type { LedgerSections, LedgerTableRows } from "./sections/ledgerBreakdowns";
import type { SheetBuilder } from "./sheetBuilder";

/** Where the data blocks start: row 3, to the right of the rate and trend charts' blocks. */
const DATA_TOP = 2;
const FIRST_BLOCK_OFFSET = 6;

/** Copies rows [first, last] of columns A, B (and C: one per name) into a block at (DATA_TOP, column) as references. */
function dataBlock(b: SheetBuilder, rows: [number, number], column: number, title: string, names: readonly string[]): string {
  b.set(DATA_TOP, column, { value: title });
  names.forEach((n, j) => b.set(DATA_TOP + 1, column + j, { value: n }));
  for (let r = rows[0]; r <= rows[1]; r++) {
    const at = DATA_TOP + 2 + (r - rows[0]);
    for (let j = 0; j < names.length; j++) {
      const source = b.rows[r]?.[j];
      b.set(at, column + j, { formula: `=${cellAddress(r, j)}`, value: source?.value ?? null, ...(j ? { numberFormat: "#,##0" } : {}) });
    }
  }
  const count = rows[1] - rows[0] + 1;
  b.style(DATA_TOP, column, 2 + count, names.length, "note");
  return rangeAddress(DATA_TOP + 1, column, count + 1, names.length);
}

/**
 * The ledger charts, with their data blocks written beside the charts.
 *
 * @param b the sheet
 * @param written what the ledger sections wrote
 * @param o the summary options (language)
 * @param chartColumn the first column of the charts
 * @param placer places each chart below the previous one
 * @returns the county, industry and month charts that have rows
 */
export function ledgerCharts(b: SheetBuilder, written: LedgerSections, o: SummaryOptions, chartColumn: number, placer: ChartPlacer): ChartPlan[] {
  const L = scopedWords(LEDGER_LABELS[o.language], written.scope, o.language);
  // What the by-region section called its places (省份 for a national archive), the chart says too.
  const places = written.byRegion?.words ?? L;
  const zh = o.language === "zh";
  const series = (zh ? ["本期", "去年同期"] : ["This period", "Last year"]).slice(0, written.compares ? 2 : 1);
  const charts: ChartPlan[] = [];
  const specs: [LedgerTableRows | undefined, string, string, ChartPlan["type"]][] = [
    [written.byRegion, written.compares ? places.chartRegion : places.chartRegionAlone, places.region, "BarClustered"],
    [written.byIndustry, written.compares ? L.chartIndustry : L.chartIndustryAlone, L.industry, "BarClustered"],
    // Columns, not a line: the summary's one line chart is the trend over years (significance.ts), and
    // 当月 this year against last reads as paired columns per month.
    [written.byMonth, L.chartMonth, L.month, "ColumnClustered"],
  ];
  specs.forEach(([table, title, category, type], k) => {
    if (!table?.groupRows) return;
    const column = chartColumn + FIRST_BLOCK_OFFSET + 4 * k;
    const source = dataBlock(b, table.groupRows, column, title, [category, ...series]);
    charts.push({
      type,
      source,
      seriesBy: "Columns",
      title,
      categoryAxisTitle: category,
      valueAxisTitle: L.people,
      seriesNames: series,
      position: placer.place(table.section.firstRow),
    });
  });
  return charts;
}
