/**
 * Never an empty summary (docs/sections.md): when the reader recognised tables but none of them
 * reached a section, the sheet gets a section saying, table by table, what was recognised (the
 * kind of table, its indicators and period columns) and why it was not summarised; the same
 * lines go into the plan's notes, which the task pane shows.
 */
import type { TableModel, WorkbookModel } from "../../reader/model";
import { indicatorById } from "../../registry/indicators";
import { heading } from "../cells";
import type { SummaryOptions } from "../options";
import type { PlanSection } from "../plan";
import type { SheetBuilder } from "../sheetBuilder";
import { BLOCK_LABELS } from "./sectionLabels";

const KEY_WORDS = {
  zh: { region: "按地区排列", industry: "按行业排列", indicator: "按指标排列", other: "按其他项目排列" },
  en: { region: "keyed by region", industry: "keyed by industry", indicator: "keyed by indicator", other: "keyed by other labels" },
};

function indicatorsOf(t: TableModel): string[] {
  const ids = new Set<string>();
  for (const c of t.columns) if (c.indicator) ids.add(c.indicator);
  for (const r of t.rows) if (r.indicator) ids.add(r.indicator);
  return [...ids];
}

/** Why one table gave nothing to summarise, in both languages. */
function reasonOf(t: TableModel): { zh: string; en: string } {
  const ids = indicatorsOf(t);
  if (t.rows.filter((r) => r.role === "data" || r.role === "total").length === 0) return { zh: "表格没有数据行", en: "the table has no data rows" };
  if (ids.length === 0) {
    const headers = t.columns
      .filter((c) => c.role !== "key" && c.role !== "code" && c.role !== "ignored")
      .map((c) => c.headerPath.join("/"))
      .filter((h) => h)
      .slice(0, 4);
    return {
      zh: `表头中没有识别出统计指标${headers.length ? `（表头：${headers.join("、")}）` : ""}，请使用标准指标名称，如 事故起数、受灾人口、检查生产经营单位`,
      en: "no indicator was recognised in the header; use the indicator names of the statistical forms (accidents, deaths, affected population, units inspected …)",
    };
  }
  if (t.columns.every((c) => !c.indicator || c.industry))
    return { zh: "指标列按行业分组（如 事故起数/采矿），无合计列可汇总", en: "the indicator columns are split by industry with no total column" };
  return { zh: "识别出的列没有可读取的数值", en: "the recognised columns hold no readable numbers" };
}

/**
 * The diagnostic lines, one per table recognised, or none when the model has no tables.
 *
 * @param model what the reader found
 * @param o the options (language)
 * @returns the lines
 * @example unsummarisedLines(modelWithAHeaderOnly, options)[0] // "工作表“表1”表格 A1:C3：…"
 */
export function unsummarisedLines(model: WorkbookModel, o: SummaryOptions): string[] {
  return model.tables.map((t) => {
    const ids = indicatorsOf(t);
    const names = ids.map((id) => (o.language === "zh" ? indicatorById(id)?.name : indicatorById(id)?.english) ?? id);
    const periods = [t.periods.current, t.periods.previous].filter((p): p is string => !!p);
    const reason = reasonOf(t)[o.language];
    if (o.language === "en") {
      const periodColumns = t.columns.filter((c) => c.role === "current" || c.role === "previous").length;
      return `Sheet "${t.sheet}", table ${t.address}: read as a table ${KEY_WORDS.en[t.keyKind]}${names.length ? ` with ${names.join(", ")}` : ""}${periodColumns ? ` (${periodColumns} period columns)` : ""}; not summarised because ${reason}.`;
    }
    return `工作表“${t.sheet}”表格 ${t.address}：识别为${KEY_WORDS.zh[t.keyKind]}的表格${names.length ? `，指标：${names.join("、")}` : ""}${periods.length ? `，时期列：${periods.join("、")}` : ""}；未汇总的原因：${reason}。`;
  });
}

/**
 * Writes the diagnostic section.
 *
 * @param b the sheet being planned
 * @param lines the lines of unsummarisedLines
 * @param o the options
 * @param index the section number
 * @param width the table width to merge the lines over
 * @returns the section
 */
export function diagnosticSection(b: SheetBuilder, lines: readonly string[], o: SummaryOptions, index: number, width: number): PlanSection {
  const title = BLOCK_LABELS[o.language].diagnosticTitle;
  const first = heading(b, index, title, width, o);
  lines.forEach((line, i) => {
    b.set(first + 1 + i, 0, { value: line });
    b.style(first + 1 + i, 0, 1, width, "note");
  });
  return { id: "diagnostic", title, firstRow: first, lastRow: first + lines.length };
}
