/**
 * Never an empty summary (docs/sections.md): when the reader recognised tables but none of them
 * reached a section, the sheet gets a section saying, table by table, what was recognised (the
 * kind of table, its indicators and period columns) and why it was not summarised; the same
 * lines go into the plan's notes, which the task pane shows.
 */
import { tableReason, type TableSource, type WorkbookFacts } from "../../facts";
import { MESSAGES } from "../../messages";
import { indicatorById } from "../../registry/indicators";
import { heading } from "../cells";
import type { SummaryOptions } from "../options";
import type { PlanSection } from "../plan";
import type { SheetBuilder } from "../sheetBuilder";
import { BLOCK_LABELS } from "./sectionLabels";

const KEY_WORDS = {
  zh: { region: "按地区排列", industry: "按行业排列", indicator: "按指标排列", period: "按时期排列", other: "按其他项目排列" },
  en: { region: "keyed by region", industry: "keyed by industry", indicator: "keyed by indicator", period: "keyed by period", other: "keyed by other labels" },
};

/**
 * The diagnostic lines, one per table recognised, or none when the workbook has no tables.
 *
 * @param wf the workbook's facts
 * @param o the options (language)
 * @returns the lines
 * @example unsummarisedLines(factsWithAHeaderOnly, options)[0] // "工作表“表1”表格 A1:C3：…"
 */
export function unsummarisedLines(wf: WorkbookFacts, o: SummaryOptions): string[] {
  const stop = o.language === "zh" ? "。" : ".";
  const lines = wf.sources
    .filter((s): s is TableSource => s.kind === "table")
    .map((t) => {
      // Another field's statistics are named as such (GDP, tourism …), not as a table missing its indicators.
      const field = wf.notUnderstood.find((n) => n.reason === "other_field" && n.sheet === t.sheet && n.address === t.address);
      if (field) return `${field.message[o.language]}${stop}`;
      const r = t.recognition;
      const names = r.indicators.map((id) => (o.language === "zh" ? indicatorById(id)?.name : indicatorById(id)?.english) ?? id);
      const periods = [t.periodWords.current, t.periodWords.previous].filter((p): p is string => !!p);
      const reason = tableReason(t, wf.facts).message[o.language];
      if (o.language === "en") {
        return `Sheet "${t.sheet}", table ${t.address}: read as a table ${KEY_WORDS.en[t.keyKind]}${names.length ? ` with ${names.join(", ")}` : ""}${r.periodColumns ? ` (${r.periodColumns} period columns)` : ""}; not summarised because ${reason}.`;
      }
      return `工作表“${t.sheet}”表格 ${t.address}：识别为${KEY_WORDS.zh[t.keyKind]}的表格${names.length ? `，指标：${names.join("、")}` : ""}${periods.length ? `，时期列：${periods.join("、")}` : ""}；未汇总的原因：${reason}。`;
    });
  // Two tables of another field on one sheet (the NBS export's two GDP blocks) are one line: the sheet is named, not each table.
  return [...new Set(lines)];
}

/**
 * The lines of a summary with nothing recognised: the verdict ("未识别到可汇总的表格，未做核对"),
 * then each table that was found but gave no figure, with the reason.
 *
 * @param wf the workbook's facts
 * @param o the options (language)
 * @returns the lines
 * @example nothingRecognisedLines(rosterFacts, options)[0] // "未识别到可汇总的表格，未做核对。"
 */
export function nothingRecognisedLines(wf: WorkbookFacts, o: SummaryOptions): string[] {
  return [`${MESSAGES.facts.nothingRecognised[o.language]}${o.language === "zh" ? "。" : "."}`, ...unsummarisedLines(wf, o)];
}

/**
 * Writes the section of a summary with nothing recognised: its title says so, its lines say why.
 *
 * @param b the sheet being planned
 * @param lines the lines of nothingRecognisedLines
 * @param o the options
 * @param index the section number
 * @param width the width to merge the lines over
 * @returns the section
 */
export function nothingRecognisedSection(b: SheetBuilder, lines: readonly string[], o: SummaryOptions, index: number, width: number): PlanSection {
  const title = MESSAGES.facts.nothingRecognisedTitle[o.language];
  const first = heading(b, index, title, width, o);
  lines.forEach((line, i) => {
    b.set(first + 1 + i, 0, { value: line });
    b.style(first + 1 + i, 0, 1, width, "note");
  });
  return { id: "nothingRecognised", title, firstRow: first, lastRow: first + lines.length };
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
