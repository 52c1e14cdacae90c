/**
 * A written sheet of either in-memory host (src/host for Office.js, src/etHost for WPS, which share
 * the HostSheet state) in a comparable form: what the differential tests require to be identical.
 */
import { parseSheetMark, SHEET_MARK_KEY } from "../../src/core/summary/sheetMark";
import type { HostSheet } from "../../src/host/state";

/** A sheet's written state in a comparable form. */
export function written(sheet: HostSheet) {
  const formats = Object.fromEntries([...sheet.formats.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    values: sheet.values,
    formulas: sheet.formulas,
    numberFormats: sheet.numberFormats,
    merges: [...sheet.merges].sort((a, b) => a.row - b.row || a.column - b.column),
    formats,
    rowHeights: [...sheet.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
    frozenRows: sheet.frozenRows,
    pageLayout: sheet.pageLayout,
    visibility: sheet.visibility,
    mark: parseSheetMark(sheet.customProperties.get(SHEET_MARK_KEY))?.kind,
    charts: sheet.charts.map((c) => ({
      type: c.type,
      source: c.source,
      seriesBy: c.seriesBy,
      title: c.title,
      categoryAxisTitle: c.categoryAxisTitle,
      valueAxisTitle: c.valueAxisTitle,
      valueAxis: c.valueAxis,
      tickLabelSpacing: c.tickLabelSpacing,
      seriesNames: c.seriesNames,
      categories: c.categories,
      seriesValues: c.seriesValues,
      position: c.position,
    })),
  };
}

/** A value as JSON sees it (undefined members dropped), so both hosts compare alike. */
export const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x));
