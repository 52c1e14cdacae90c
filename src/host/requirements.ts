/**
 * The requirement-set level of the in-memory host: which ExcelApi version it answers
 * `isSetSupported` for, and the members above that level, which fail at the next sync with
 * `ApiNotFound` as in an older Excel. The versions below are those @types/office-js gives
 * (tests/host/requirements.test.ts checks them against its remarks).
 */

/** ExcelApi version of each member the host gates, by "Class.member". */
export const MEMBER_SETS: Readonly<Record<string, string>> = {
  "Range.getMergedAreasOrNullObject": "1.13",
  "Worksheet.customProperties": "1.12",
  "Worksheet.pageLayout": "1.9",
  "Worksheet.horizontalPageBreaks": "1.9",
  "Worksheet.verticalPageBreaks": "1.9",
  "RangeAreas.areas": "1.9",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.freezePanes": "1.7",
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "Range.merge": "1.2",
  "Application.calculationMode": "1.1",
};

/** The level a host has unless told otherwise: Excel 2024 / Microsoft 365 (ExcelApi 1.17). */
export const DEFAULT_EXCEL_API = "1.17";

/** Compares versions "1.13" and "1.9" numerically. */
export function compareVersions(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am - bm || (an || 0) - (bn || 0);
}

/** The requirement sets a host supports: ExcelApi up to its level, and the add-in's runtime sets. */
export function hostSupports(level: string, name: string, version = "1.1"): boolean {
  if (name === "ExcelApi") return compareVersions(version, level) <= 0;
  if (name === "SharedRuntime" || name === "CustomFunctionsRuntime") return compareVersions(version, "1.1") <= 0;
  return false;
}
