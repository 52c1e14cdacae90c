/**
 * The consolidated tables as sheets: the prefecture's form (each cell the sum over the counted
 * counties, the 合计 a live SUM) and the table by county (each row one county's 合计, with the file
 * and cells it came from).
 */
import { cellAddress, rangeAddress } from "../model/address";
import { englishPlaceName } from "../registry/englishNames";
import { indicatorById } from "../registry/indicators";
import { numberFormatFor } from "../summary/cells";
import type { SummaryPlan } from "../summary/plan";
import { SheetBuilder } from "../summary/sheetBuilder";
import { englishPeriod } from "../text/englishPeriod";
import { finishSheet, writeSheetNote, writeSheetTitle } from "./sheetPlan";
import type { Consolidation, FormColumn } from "./types";

/** The names of the consolidated workbook's sheets. */
export interface ConsolidationSheetNames {
  readonly form: string;
  readonly byCounty: string;
  readonly status: string;
  readonly summary: string;
}

/** Sheet names of the consolidated workbook, by language. */
export const SHEET_NAMES: Readonly<Record<"zh" | "en", ConsolidationSheetNames>> = {
  zh: { form: "汇总表", byCounty: "分县汇总", status: "报送情况", summary: "综合汇总" },
  // Not "Summary": that is the English summary sheet's name, and the two would become "Summary (2)".
  en: { form: "Consolidated", byCounty: "By county", status: "Returns", summary: "Overall summary" },
};

/**
 * An English sheet title: the sheet's words, then the place and period in English
 * ("By county: Chuxiong Prefecture, January–June 2024"); a place or period with no English name is
 * left out rather than shown in Chinese.
 *
 * @example englishTitle("Returns received", { period: "2024年1—6月", region: "楚雄州" }) // "Returns received: Chuxiong Prefecture, January–June 2024"
 */
export function englishTitle(words: string, c: Pick<Consolidation, "period" | "region">): string {
  const where = [c.region ? englishPlaceName(c.region) : undefined, englishPeriod(c.period)].filter(Boolean).join(", ");
  return where ? `${words}: ${where}` : words;
}

/** The previous year's label for a canonical period ("2024年1—6月" → "2023年1—6月"). */
export function previousPeriod(period: string | undefined): string | undefined {
  const m = /^(\d{4})年(.*)$/.exec(period ?? "");
  return m ? `${Number(m[1]) - 1}年${m[2]}` : undefined;
}

/** The two header rows of a form column: the indicator with its unit, and the period. */
function headerOf(c: FormColumn, period: string | undefined): [string, string] {
  const indicator = c.indicator ? indicatorById(c.indicator) : undefined;
  const group = indicator ? (c.unit && !/^[起人]$/.test(c.unit) ? `${indicator.name}（${c.unit}）` : indicator.name) : (c.headerPath[0] ?? "");
  const leaf = c.role === "current" ? (period ?? "本期") : c.role === "previous" ? (previousPeriod(period) ?? "去年同期") : (c.headerPath.at(-1) ?? "");
  return [c.partial ? `${group}＊` : group, leaf];
}

/** Header rows 2–3: groups merged over their columns, then the period of each column. */
function writeHeader(b: SheetBuilder, c: Consolidation, keyHeader: string, extra: readonly string[]): void {
  b.set(2, 0, { value: keyHeader });
  b.merges.push(rangeAddress(2, 0, 2, 1));
  const headers = c.columns.map((col) => headerOf(col, c.period));
  let j = 0;
  while (j < headers.length) {
    let k = j;
    while (k + 1 < headers.length && headers[k + 1][0] === headers[j][0]) k++;
    b.set(2, 1 + j, { value: headers[j][0] });
    if (k > j) b.merges.push(rangeAddress(2, 1 + j, 1, k - j + 1));
    for (let x = j; x <= k; x++) b.set(3, 1 + x, { value: headers[x][1] });
    j = k + 1;
  }
  extra.forEach((label, i) => {
    b.set(2, 1 + headers.length + i, { value: label });
    b.merges.push(rangeAddress(2, 1 + headers.length + i, 2, 1));
  });
  b.style(2, 0, 2, 1 + headers.length + extra.length, "header");
}

/** A total row of SUM formulas over the body rows (of_which rows left out), with the engine's sums. */
function writeTotalRow(b: SheetBuilder, row: number, label: string, c: Consolidation, bodyRows: readonly number[], totals: readonly (number | null)[]): void {
  b.set(row, 0, { value: label });
  c.columns.forEach((col, j) => {
    const cells = bodyRows.map((r) => cellAddress(r, 1 + j));
    b.set(row, 1 + j, { formula: `=SUM(${cells.join(",")})`, value: totals[j] ?? 0, numberFormat: numberFormatFor(col.unit ?? "") });
  });
  b.style(row, 0, 1, 1 + c.columns.length, "total");
}

/**
 * The prefecture's form: rows as the counties' form has them, each cell the sum over the counted
 * counties (a constant: the figures are in other files; the 分县汇总 sheet says where).
 */
export function formSheet(c: Consolidation, language: "zh" | "en", names: ConsolidationSheetNames = SHEET_NAMES[language]): SummaryPlan {
  const b = new SheetBuilder();
  const partialRows = c.rows.some((r) => r.partial);
  const width = 1 + c.columns.length + (partialRows ? 1 : 0);
  writeSheetTitle(b, `${c.period ?? ""}${c.region ?? ""}${c.formTitle || "报表"}（汇总）`, width);
  writeSheetNote(
    b,
    language === "zh"
      ? `由“应急统计”汇总${c.byCounty.length}个县（市）的报表，各县来源见“${SHEET_NAMES.zh.byCounty}”表。`
      : `Consolidated by Bureau Stats from ${c.byCounty.length} county returns; sources on the "${SHEET_NAMES.en.byCounty}" sheet.`,
    width,
  );
  const remark = language === "zh" ? "备注" : "Remark";
  writeHeader(b, c, c.keyHeader, partialRows ? [remark] : []);
  const first = 5;
  const bodyRows: number[] = [];
  c.rows.forEach((row, i) => {
    const r = first + i;
    b.set(r, 0, { value: row.label });
    if (row.partial) b.set(r, 1 + c.columns.length, { value: "＊" });
    c.columns.forEach((col, j) => b.set(r, 1 + j, { value: c.byRow[i][j], numberFormat: numberFormatFor(col.unit ?? "") }));
    if (row.role === "data") bodyRows.push(r);
  });
  writeTotalRow(b, 4, "合计", c, bodyRows, c.total);
  b.style(first, 0, c.rows.length, 1, "label");
  b.style(first, 1, c.rows.length, width - 1, "body");
  const notes = ["注：“其中”行已含在上一行内，不计入合计。"];
  if (c.rows.some((r) => r.partial) || c.columns.some((col) => col.partial)) notes.push("＊ 只有部分县（市）填报此项，按填报的县（市）汇总。");
  notes.forEach((note, i) => {
    b.set(first + c.rows.length + 1 + i, 0, { value: note });
    b.style(first + c.rows.length + 1 + i, 0, 1, width, "note");
  });
  return finishSheet(b, names.form, [20], 4);
}

/** The table by county: one row per counted county (its 合计), the 合计 of all, and each row's source. */
export function countySheet(c: Consolidation, language: "zh" | "en", names: ConsolidationSheetNames = SHEET_NAMES[language]): SummaryPlan {
  const b = new SheetBuilder();
  const width = 2 + c.columns.length;
  const subject = c.formTitle.replace(/(分行业|分县（市）|分县)?(统计表|情况表|汇总表|报表|表)$/, "");
  // In English too the reader reads the sheet back (planConsolidation): the periods are in the header rows, the counties in column A.
  writeSheetTitle(b, language === "zh" ? `${c.period ?? ""}${c.region ?? ""}${subject}分县（市）汇总表` : englishTitle("By county", c), width);
  writeSheetNote(
    b,
    language === "zh"
      ? "每行取自该县（市）报表的合计行，“来源”列为文件、工作表和单元格。"
      : "Each row is the county return's total row; the source column names its file, sheet and cells.",
    width,
  );
  writeHeader(b, c, language === "zh" ? "县（市）" : "County", [language === "zh" ? "来源" : "Source"]);
  const first = 5;
  c.byCounty.forEach((county, i) => {
    const r = first + i;
    b.set(r, 0, { value: county.region });
    c.columns.forEach((col, j) => b.set(r, 1 + j, { value: county.values[j], numberFormat: numberFormatFor(col.unit ?? "") }));
    const s = county.source;
    b.set(r, 1 + c.columns.length, { value: `${s.fileName} ${s.sheet}!${s.totalRow ?? s.table}` });
  });
  writeTotalRow(
    b,
    4,
    "全州合计".replace("全州", c.region === "楚雄州" ? "全州" : ""),
    c,
    c.byCounty.map((_, i) => first + i),
    c.total,
  );
  b.style(first, 0, c.byCounty.length, 1, "label");
  b.style(first, 1, c.byCounty.length, c.columns.length, "body");
  // The 来源 column names files and cells: text.
  b.style(first, 1 + c.columns.length, c.byCounty.length, 1, "label");
  return finishSheet(b, names.byCounty, [14, ...c.columns.map(() => 12), 40], 4);
}
