/**
 * Test helper: the sample workbook's snapshot and model, and its reports in both languages,
 * planned once per test file (tracing rebuilds the 综述 a few hundred times).
 */
import * as fs from "fs";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import type { WorkbookModel } from "../../src/core/reader/model";
import { planReport } from "../../src/core/report/planReport";
import type { ReportPlan } from "../../src/core/report/types";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { SAMPLE_PATH } from "../summary/sample";

export const GENERATED_AT = "2024-07-10T09:30";

export interface SampleReports {
  readonly snapshot: WorkbookSnapshot;
  readonly model: WorkbookModel;
  readonly zh: ReportPlan;
  readonly en: ReportPlan;
}

/** The sample's snapshot, model and both reports. */
export async function sampleReports(): Promise<SampleReports> {
  const snapshot = workbookToSnapshot(await loadXlsx(fs.readFileSync(SAMPLE_PATH)));
  const model = readWorkbook(snapshot, { reportDate: "2024-06-30" });
  const plan = (language: "zh" | "en") => planReport(model, { language, sourceName: "bureau-2024H1.xlsx", generatedAt: GENERATED_AT });
  return { snapshot, model, zh: plan("zh"), en: plan("en") };
}

/** A cell of the snapshot, by sheet and 0-based sheet coordinates. */
export function snapshotCell(snapshot: WorkbookSnapshot, sheet: string, row: number, column: number): unknown {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  if (!s) return undefined;
  return s.values[row - s.originRow]?.[column - s.originColumn];
}
