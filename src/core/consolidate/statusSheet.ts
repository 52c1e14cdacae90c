/**
 * The 报送情况 sheet: who reported and for which period, what became of each return, every
 * reconciliation made (units, periods, duplicates, 未报, extra rows), and each return's own 核对.
 */
import type { SummaryPlan } from "../summary/plan";
import { findingFigureFormat, header } from "../summary/cells";
import { SheetBuilder } from "../summary/sheetBuilder";
import { finishSheet, writeSheetTitle } from "./sheetPlan";
import { englishTitle, SHEET_NAMES } from "./tableSheets";
import type { Consolidation, ReturnStatus } from "./types";

const STATUS_WORDS: Readonly<Record<ReturnStatus, { zh: string; en: string }>> = {
  counted: { zh: "已汇总", en: "counted" },
  "other-period": { zh: "期间不符，未计入", en: "other period, left out" },
  superseded: { zh: "重复报送，已被较晚的文件取代", en: "duplicate, replaced by a later file" },
  "duplicate-same": { zh: "重复报送，数据相同，只计一次", en: "duplicate with the same figures, counted once" },
  unreadable: { zh: "无法读取", en: "unreadable" },
  "no-form": { zh: "未找到报表", en: "no form found" },
};

const LABELS = {
  zh: {
    title: "报送情况",
    returns: ["县（市）", "文件", "统计期间", "状态", "换算"],
    missing: "未报",
    notes: "汇总说明",
    findings: "各县报表自身核对",
    findingHeader: ["县（市）", "文件", "单元格", "填报值", "复核值", "说明"],
    noNotes: "各县报表期间、单位一致，无重复报送。",
    noFindings: "各县报表自身核对未发现不一致。",
  },
  en: {
    title: "Returns received",
    returns: ["County", "File", "Period", "Status", "Conversions"],
    missing: "no return",
    notes: "Reconciliations",
    findings: "Each return's own arithmetic checks",
    findingHeader: ["County", "File", "Cell", "Stated", "Recomputed", "Message"],
    noNotes: "All returns share one period and unit; no duplicates.",
    noFindings: "No inconsistencies in the returns themselves.",
  },
} as const;

/**
 * The sheet's title: "2024年1—6月楚雄州报送情况"; in English "Returns received: Chuxiong Prefecture,
 * January–June 2024" (it said "2024年1—6月楚雄州Returns received"), a place or period with no English
 * name left out rather than shown in Chinese.
 *
 * @example statusTitle({ period: "2024年1—6月", region: "楚雄州" } as Consolidation, "en") // "Returns received: Chuxiong Prefecture, January–June 2024"
 */
export function statusTitle(c: Pick<Consolidation, "period" | "region">, language: "zh" | "en"): string {
  return language === "zh" ? `${c.period ?? ""}${c.region ?? ""}${LABELS.zh.title}` : englishTitle(LABELS.en.title, c);
}

/**
 * Plans the 报送情况 sheet.
 *
 * @example statusSheet(consolidation, "zh").cells[2][0].value // "县（市）"
 */
export function statusSheet(c: Consolidation, language: "zh" | "en"): SummaryPlan {
  const L = LABELS[language];
  const b = new SheetBuilder();
  writeSheetTitle(b, statusTitle(c, language), 6);
  header(b, 2, L.returns);
  let row = 3;
  for (const r of c.returns) {
    b.set(row, 0, { value: r.region ?? "—" });
    b.set(row, 1, { value: r.fileName });
    b.set(row, 2, { value: r.period ?? "—" });
    b.set(row, 3, { value: STATUS_WORDS[r.status][language] });
    b.set(row, 4, { value: r.conversions.map((m) => m[language]).join("；") || "—" });
    row++;
  }
  for (const region of c.missing) {
    b.set(row, 0, { value: region });
    b.set(row, 3, { value: L.missing });
    row++;
  }
  // Every column here is text: aligned as text, never right-aligned like a figure.
  b.style(3, 0, row - 3, 5, "label");

  row++;
  b.set(row, 0, { value: L.notes });
  b.style(row, 0, 1, 6, "section");
  row++;
  const notes = c.reconciliations.filter((r) => r.kind !== "findings");
  for (const note of notes.length ? notes.map((n) => n.message[language]) : [L.noNotes]) {
    b.set(row, 0, { value: note });
    b.style(row, 0, 1, 6, "note");
    row++;
  }

  row++;
  b.set(row, 0, { value: L.findings });
  b.style(row, 0, 1, 6, "section");
  row++;
  const findings = c.returns.filter((r) => r.status === "counted").flatMap((r) => r.findings.map((f) => ({ r, f })));
  if (findings.length === 0) {
    b.set(row, 0, { value: L.noFindings });
    b.style(row, 0, 1, 6, "note");
  } else {
    header(b, row, L.findingHeader);
    row++;
    for (const { r, f } of findings) {
      b.set(row, 0, { value: r.region ?? "—" });
      b.set(row, 1, { value: r.fileName });
      b.set(row, 2, { value: `${f.sheet}!${f.cell}` });
      b.set(row, 3, { value: f.stated ?? "—", numberFormat: findingFigureFormat(f.stated) });
      b.set(row, 4, { value: f.recomputed ?? "—", numberFormat: findingFigureFormat(f.recomputed) });
      b.set(row, 5, { value: f.message[language] });
      b.style(row, 0, 1, 6, "check");
      row++;
    }
  }
  return finishSheet(b, SHEET_NAMES[language].status, [12, 24, 14, 22, 40, 40], 3);
}
