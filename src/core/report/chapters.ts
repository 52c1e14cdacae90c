/**
 * The body of the report in chapters: 一、生产安全事故情况, 二、自然灾害情况, 三、隐患排查整改情况 …
 * Each chapter holds its 综述 paragraphs, then the summary's sections of its topic as tables
 * (under （一）（二） headings when there are several) with their charts.
 */
import { MESSAGES, type ReportTopic } from "../messages";
import type { PlanSection, SummaryPlan } from "../summary/plan";
import type { LocatedFinding } from "./figureSources";
import type { FigureParagraph } from "./narrativeFigures";
import { chartRows, reportChart } from "./reportCharts";
import { sectionTable } from "./sectionTables";
import { boundingRanges, rangesText } from "./sheetRanges";
import type { ReportBlock, ReportChart, ReportPart, ReportTable, SheetRange } from "./types";

export const TOPICS: readonly ReportTopic[] = ["accidents", "disasters", "hazards", "enforcement", "training", "controlRates", "other"];

/** Template keys of the summary's tables, by section. */
const TABLE_KEYS: Readonly<Record<string, string>> = {
  accidents: "表:事故",
  byRegion: "表:分县",
  byIndustry: "表:分行业",
  losses: "表:损失构成",
  hazards: "表:隐患",
  disasters: "表:灾情",
  enforcement: "表:执法",
  training: "表:培训",
  month: "表:当月",
  ledgerByRegion: "表:台账分县",
  ledgerByIndustry: "表:台账分行业",
  ledgerByType: "表:事故类型",
  ledgerByLevel: "表:事故等级",
  ledgerByMonth: "表:分月",
  ledgerByYear: "表:分年度",
  hazardLedger: "表:隐患台账",
};

/** The sections that are not tables of the body: the 综述 itself, the 核对 and the 识别说明 (an annex). */
// Nothing recognised: the report says so in its own words (MESSAGES.report), not as a chapter.
const NOT_BODY = new Set<PlanSection["id"]>(["narrative", "checks", "readerNotes", "nothingRecognised"]);

/**
 * The chapter of a summary section.
 *
 * @param section the section
 * @returns its topic
 */
export function sectionTopic(section: PlanSection): ReportTopic {
  switch (section.id) {
    case "accidents":
    case "byRegion":
    case "byIndustry":
    case "month":
    case "ledgerByRegion":
    case "ledgerByIndustry":
    case "ledgerByType":
    case "ledgerByLevel":
    case "ledgerByMonth":
    case "ledgerByYear":
      return "accidents";
    case "losses":
    case "disasters":
      return "disasters";
    case "hazards":
    case "hazardLedger":
      return "hazards";
    case "enforcement":
    case "training":
    case "controlRates":
      return section.id;
    default:
      // The other-indicator blocks are titled by their section ("隐患排查治理：其他指标").
      if (/事故|accident/i.test(section.title)) return "accidents";
      if (/灾|disaster/i.test(section.title)) return "disasters";
      if (/隐患|hazard/i.test(section.title)) return "hazards";
      if (/执法|enforcement/i.test(section.title)) return "enforcement";
      if (/培训|预案|演练|training/i.test(section.title)) return "training";
      return "other";
  }
}

const CHINESE_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/** "一、" / "1. " for a chapter; "（一）" / "1.1 " for a section. */
function numbered(level: 1 | 2, index: number, parent: number, language: "zh" | "en", text: string): string {
  if (language === "en") return level === 1 ? `${index + 1}. ${text}` : `${parent + 1}.${index + 1} ${text}`;
  return level === 1 ? `${CHINESE_NUMBERS[index] ?? index + 1}、${text}` : `（${CHINESE_NUMBERS[index] ?? index + 1}）${text}`;
}

/** What the chapters need besides the plan. */
export interface ChapterInputs {
  readonly plan: SummaryPlan;
  readonly paragraphs: readonly FigureParagraph[];
  readonly findings: readonly LocatedFinding[];
  readonly language: "zh" | "en";
  readonly ledgerRange?: SheetRange;
}

/** The body's chapters and the parts a template can place. */
export interface Chapters {
  readonly blocks: ReportBlock[];
  readonly parts: ReportPart[];
  readonly tables: number;
}

/**
 * Writes the chapters.
 *
 * @param input the plan, the traced paragraphs, the findings and the language
 * @returns the blocks and the template parts
 */
export function chapters(input: ChapterInputs): Chapters {
  const { plan, language } = input;
  const say = (m: { zh: string; en: string }) => (language === "en" ? m.en : m.zh);
  // Paragraphs without a topic follow the one before.
  let last: ReportTopic = "accidents";
  const paragraphTopics = input.paragraphs.map((p) => (last = p.topic ?? last));
  const sections = plan.sections.filter((s) => !NOT_BODY.has(s.id));
  const charts = plan.charts.map((chart) => ({ chart, rows: chartRows(plan, chart) }));
  const blocks: ReportBlock[] = [];
  const parts: ReportPart[] = [];
  let tableNumber = 0;
  let figureNumber = 0;
  let chapterIndex = 0;
  for (const topic of TOPICS) {
    const paragraphs = input.paragraphs.filter((_, i) => paragraphTopics[i] === topic);
    const own = sections.filter((s) => sectionTopic(s) === topic);
    if (!paragraphs.length && !own.length) continue;
    blocks.push({ kind: "heading", level: 1, text: numbered(1, chapterIndex, 0, language, say(MESSAGES.report.chapter(topic))) });
    for (const p of paragraphs) blocks.push({ kind: "paragraph", runs: p.runs });
    own.forEach((section, i) => {
      if (own.length > 1) blocks.push({ kind: "heading", level: 2, text: numbered(2, i, chapterIndex, language, section.title) });
      const table = sectionTable(plan, section, input.findings, language, input.ledgerRange);
      const sectionBlocks: ReportBlock[] = [];
      if (table) {
        const notes = [
          ...table.notes,
          ...(table.usesDash ? [plan.notes.find((n) => n.includes("—")) ?? ""] : []),
          say(MESSAGES.report.tableSource(rangesText(boundingRanges(table.ranges), language))),
        ];
        const block: ReportTable = {
          kind: "table",
          number: ++tableNumber,
          title: section.title,
          header: table.header,
          body: table.body,
          columnWidths: table.columnWidths,
          notes: notes.filter((n) => n),
        };
        sectionBlocks.push(block);
        parts.push({ key: TABLE_KEYS[section.id] ?? `表:${section.title}`, blocks: [block] });
      } else {
        // A section without a table (the diagnostic): its lines as paragraphs.
        for (let r = section.firstRow + 1; r <= section.lastRow; r++) {
          const text = plan.cells[r]?.[0]?.value;
          if (typeof text === "string" && text) sectionBlocks.push({ kind: "paragraph", runs: [{ text }] });
        }
      }
      for (const { chart, rows } of charts) {
        if (!rows.some((r) => r >= section.firstRow && r <= section.lastRow)) continue;
        const c: ReportChart | undefined = reportChart(plan, chart, figureNumber + 1);
        if (!c) continue;
        figureNumber++;
        sectionBlocks.push(c);
        parts.push({ key: c.key, blocks: [c] });
      }
      blocks.push(...sectionBlocks);
    });
    chapterIndex++;
  }
  // Charts over no section of the body (a trend of accidents over periods) close the first chapter's topic.
  const placed = new Set(parts.filter((p) => p.blocks[0]?.kind === "chart").map((p) => (p.blocks[0] as ReportChart).title));
  for (const { chart } of charts) {
    if (placed.has(chart.title)) continue;
    const c = reportChart(plan, chart, figureNumber + 1);
    if (!c) continue;
    figureNumber++;
    blocks.push(c);
    parts.push({ key: c.key, blocks: [c] });
  }
  return { blocks, parts, tables: tableNumber };
}
