/**
 * Hand-built tables of 90 counties (invented figures), taller than a printed page: a 事故 table with
 * a two-row header (事故起数 and 死亡人数 merged over 本期 / 去年同期) and a 灾情 table whose loss
 * by region is charted. tests/summary/headerRepeat.test.ts plans them; the LibreOffice test prints them.
 */
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { sheetOf } from "../reader/layouts";

/** 90 distinct county names: 东一县 … 中十乙县. */
export const NINETY_COUNTIES: string[] = Array.from(
  { length: 90 },
  (_, i) => `${"东西南北中"[i % 5]}${"一二三四五六七八九十"[Math.floor(i / 5) % 10]}${["", "甲", "乙"][Math.floor(i / 50)]}县`,
);

/** The two sheets as rows and merged areas (what a file of them holds). */
export const LONG_TABLE_SHEETS: { name: string; rows: unknown[][]; merges: string[] }[] = [
  {
    name: "事故分县统计",
    rows: [
      ["2024年1—6月各县（市、区）生产安全事故情况"],
      ["地区", "事故起数（起）", "", "死亡人数（人）", ""],
      ["", "本期", "去年同期", "本期", "去年同期"],
      ...NINETY_COUNTIES.map((n, i) => [n, (i * 7) % 13, (i * 5) % 11, i % 3, (i * 2) % 3]),
    ],
    merges: ["A1:E1", "B2:C2", "D2:E2", "A2:A3"],
  },
  {
    name: "灾情",
    rows: [
      ["2024年1—6月各县（市、区）自然灾害损失情况"],
      ["地区", "受灾人口（人次）", "死亡失踪人口（人）", "紧急转移安置人口（人次）", "直接经济损失（万元）"],
      ...NINETY_COUNTIES.map((n, i) => [n, 100 + i * 7, i % 3, i * 2, 10 + i]),
    ],
    merges: ["A1:E1"],
  },
];

/** The workbook as the reader takes it. */
export function longTablesWorkbook(): WorkbookSnapshot {
  return { sheets: LONG_TABLE_SHEETS.map((s) => sheetOf(s.name, s.rows, s.merges)) };
}
