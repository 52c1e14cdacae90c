/** A hand-built model mirroring the sample workbook's accident table, and fake pane services. */
import type { WorkbookModel } from "../../src/core/reader/model";
import type { GenerateResult, PaneServices, ProgressStep } from "../../src/taskpane/services";

export const sampleLikeModel: WorkbookModel = {
  tables: [
    {
      kind: "table",
      id: "事故分县统计!A3:F6",
      sheet: "事故分县统计",
      address: "A3:F6",
      headerRows: [2, 3],
      keyKind: "region",
      keyColumn: 0,
      columns: [
        { column: 0, headerPath: ["县（市）"], role: "key", unitFactor: 1, confidence: 1 },
        { column: 1, headerPath: ["事故起数", "本期"], indicator: "accident_count", role: "current", unitFactor: 1, confidence: 1, periodLabel: "本期" },
        {
          column: 2,
          headerPath: ["事故起数", "去年同期"],
          indicator: "accident_count",
          role: "previous",
          unitFactor: 1,
          confidence: 1,
          periodLabel: "去年同期",
        },
      ],
      rows: [
        { row: 4, label: "楚雄市", role: "data", region: "楚雄市" },
        { row: 5, label: "全州合计", role: "total" },
      ],
      values: [
        [null, { value: 5, raw: 5 }, { value: 4, raw: 4 }],
        [null, { value: 23, raw: 23 }, { value: 20, raw: 20 }],
      ],
      periods: { current: "本期", previous: "去年同期" },
      title: "2024年上半年生产安全事故分县统计",
      confidence: 0.95,
    },
  ],
  ledgers: [],
  findings: [],
  anomalies: [{ kind: "text-number", sheet: "事故分县统计", cell: "C5", message: { zh: "文本数字已转换", en: "Text number converted" } }],
  diagnostics: [],
};

export const sampleResult: GenerateResult = {
  sheetName: "汇总",
  narrative: "全州共发生各类生产安全事故23起、死亡26人、受伤11人。",
  findings: [
    {
      kind: "total_mismatch",
      severity: "error",
      sheet: "灾害损失",
      cell: "D7",
      sources: ["D8:D17"],
      stated: 12322.34,
      recomputed: 12332.34,
      message: { zh: "各县之和与合计不符", en: "County rows do not add up to the total" },
    },
  ],
};

export interface FakeCalls {
  detect: unknown[];
  generate: unknown[];
  activate: string[];
  select: string[];
  insert: string[];
}

/** Services that answer at once (or fail / hang, as told) and record their calls. */
export function fakeServices(behaviour: { detect?: "ok" | "empty" | "fail" | "hang"; generate?: "ok" | "fail"; steps?: ProgressStep[] } = {}): {
  services: PaneServices;
  calls: FakeCalls;
} {
  const calls: FakeCalls = { detect: [], generate: [], activate: [], select: [], insert: [] };
  const services: PaneServices = {
    detect: async (overrides) => {
      calls.detect.push(overrides);
      if (behaviour.detect === "fail") throw { code: "InvalidOperationInCellEditMode", message: "cell edit" };
      if (behaviour.detect === "hang") return new Promise(() => undefined);
      if (behaviour.detect === "empty") return { model: { tables: [], ledgers: [], findings: [], anomalies: [], diagnostics: [] }, sheetNames: ["Sheet1"] };
      return { model: sampleLikeModel, sheetNames: ["事故分县统计"] };
    },
    generate: async (options, overrides, onProgress) => {
      calls.generate.push({ options, overrides });
      for (const step of behaviour.steps ?? [
        { phase: "reading", fraction: 0.2, detail: "1/1" },
        { phase: "planning", fraction: 0.5 },
        { phase: "writing", fraction: 0.8 },
      ])
        onProgress(step);
      if (behaviour.generate === "fail") throw { code: "RequestPayloadSizeLimitExceeded" };
      return sampleResult;
    },
    activateSheet: async (name) => {
      calls.activate.push(name);
    },
    selectCell: async (sheet, address) => {
      calls.select.push(`${sheet}!${address}`);
    },
    insertFormula: async (formula) => {
      calls.insert.push(formula);
      return "B2";
    },
  };
  return { services, calls };
}
