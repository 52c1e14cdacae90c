/**
 * The indicator sections (docs/sections.md): each block of sectionFacts.ts as a table of the
 * summary sheet. With a previous period: 指标 | 本期 | 去年同期 | 增减 | 增减幅度; with one period:
 * a table by region with each region's share of the first indicator where the workbook has a
 * 合计 (or 指标 | 数值 for a table keyed by indicator). Disasters and enforcement by region also
 * get a chart. Rates are recomputed from their counts (=numerator/denominator*100), never added.
 */
import { cellAddress, rangeAddress } from "../../model/address";
import { exactDiff } from "../../numbers/decimal";
import type { FactPeriod } from "../../facts";
import { englishPeriodText, periodText } from "../../periods/periodText";
import { MESSAGES } from "../../messages";
import { indicatorById, type IndicatorSection } from "../../registry/indicators";
import { header, heading, numberFormatFor, numeric, writeComparison } from "../cells";
import type { ChartPlacer } from "../charts";
import type { SummaryOptions } from "../options";
import { ratioPercentFormat, statedUnitsFormat } from "../precision";
import type { ChartPlan, PlanSection } from "../plan";
import type { BlockIndicator, BlockValue, SectionBlock } from "../sectionFacts";
import { indexOfWhole } from "../sectionFacts";
import { englishWhole } from "../narrative/region";
import { DASH, type SheetBuilder, type Written } from "../sheetBuilder";
import { BLOCK_LABELS, SECTION_ORDER, SECTION_TITLES, unitEnglish } from "./sectionLabels";

type Lang = "zh" | "en";

function indicatorLabel(ind: BlockIndicator, lang: Lang): string {
  if (lang === "zh") return `${ind.name}（${ind.unit}）`;
  // "number of accidents", not "number of accidents (accidents)".
  const unit = unitEnglish(ind.unit);
  return ind.english.includes(unit) ? ind.english : `${ind.english} (${unit})`;
}

/** A rate recomputed from its counts as a live formula; any other figure as a reference. */
function write(b: SheetBuilder, v: BlockValue): Written {
  if (!v.ratioOf) return b.ref(v);
  const [num, den] = v.ratioOf.map((x) => b.ref(x));
  const body = (w: Written) => (w.formula ? w.formula.slice(1) : typeof w.value === "number" ? String(w.value) : undefined);
  const [a, d] = [body(num), body(den)];
  if (a === undefined || d === undefined || v.value === null) return { value: v.value ?? DASH };
  return { formula: `=IFERROR(${a}/${d}*100,"${DASH}")`, value: v.value };
}

/** A rate's cell shows the decimals the 综述 writes for it (precision.ts): from its counts, or as the workbook states it. */
function rateFormat(v: BlockValue, o: SummaryOptions): string {
  if (v.ratioOf) return ratioPercentFormat(v.ratioOf[0].value, v.ratioOf[1].value, o.rateDecimals, o, "units");
  return statedUnitsFormat(v.value, o.rateDecimals, o);
}

function formatOf(ind: BlockIndicator, v: BlockValue, o: SummaryOptions): string {
  return ind.rate ? rateFormat(v, o) : numberFormatFor(ind.unit);
}

/** 指标 | 本期 | 去年同期 | 增减 | 增减幅度, one row per indicator; a rate's change is in 百分点 and has no 增减幅度. */
function comparisonTable(b: SheetBuilder, block: SectionBlock, o: SummaryOptions, top: number): number {
  const L = BLOCK_LABELS[o.language];
  const current = block.period && o.language === "zh" ? block.period.label : L.current;
  const previous = block.group === "month" ? L.previousMonth : L.previous;
  header(b, top, [L.indicator, current, previous, L.delta, L.pct]);
  let row = top + 1;
  block.indicators.forEach((ind, k) => {
    const cur = block.total.current[k];
    const prev = block.total.previous?.[k] ?? { value: null };
    b.set(row, 0, { value: indicatorLabel(ind, o.language) });
    if (ind.rate) {
      const [c, p] = [write(b, cur), write(b, prev)];
      b.set(row, 1, { ...c, numberFormat: rateFormat(cur, o) });
      b.set(row, 2, { ...p, numberFormat: rateFormat(prev, o) });
      const [cn, pn] = [numeric(c.value), numeric(p.value)];
      b.set(row, 3, {
        formula: `=IFERROR(${cellAddress(row, 1)}-${cellAddress(row, 2)},"${DASH}")`,
        value: cn !== null && pn !== null ? exactDiff(cn, pn) : DASH,
        numberFormat: "0.0",
      });
      b.set(row, 4, { value: null });
    } else {
      writeComparison(b, row, 1, { indicator: ind.id, name: ind.name, classifier: ind.unit, unit: ind.unit, current: cur, previous: prev }, o, true);
    }
    row++;
  });
  b.style(top + 1, 0, block.indicators.length, 1, "label");
  b.style(top + 1, 1, block.indicators.length, 4, "body");
  return row;
}

/** 指标 | 数值 for a single-period table keyed by indicator. */
function valueTable(b: SheetBuilder, block: SectionBlock, o: SummaryOptions, top: number): number {
  const L = BLOCK_LABELS[o.language];
  header(b, top, [L.indicator, block.period && o.language === "zh" ? block.period.label : L.value]);
  block.indicators.forEach((ind, k) => {
    b.set(top + 1 + k, 0, { value: indicatorLabel(ind, o.language) });
    b.set(top + 1 + k, 1, { ...write(b, block.total.current[k]), numberFormat: formatOf(ind, block.total.current[k], o) });
  });
  b.style(top + 1, 0, block.indicators.length, 1, "label");
  b.style(top + 1, 1, block.indicators.length, 1, "body");
  return top + 1 + block.indicators.length;
}

/** English key headers by what the rows are, where the sheet's own words are Chinese ("地区", "行业", "类别"). */
const ENGLISH_KEY: Readonly<Record<SectionBlock["keyKind"], string>> = {
  region: "Region",
  industry: "Industry",
  indicator: "Indicator",
  period: "Period",
  other: "Category",
};

/** The header of a block's key column: the sheet's own words, or in English where they are Chinese, what its rows are. */
function keyHeaderOf(block: SectionBlock, o: SummaryOptions): string {
  if (block.joined) return MESSAGES.facts.joinedKeyHeader(block.joined.notPlaces.length === 0)[o.language];
  if (o.language === "en") return block.keyHeader && !/[\u3400-\u9fff]/.test(block.keyHeader) ? block.keyHeader : ENGLISH_KEY[block.keyKind];
  return block.keyHeader || "地区";
}

/**
 * By region: the share indicator first (column B, so the chart's range is A:B), the others after,
 * the 合计 row last, and each region's share of the first indicator where the workbook has a 合计.
 */
function regionTable(b: SheetBuilder, block: SectionBlock, o: SummaryOptions, top: number): { next: number; chart?: [number, number]; share?: BlockIndicator } {
  const L = BLOCK_LABELS[o.language];
  const order = block.indicators.map((_, k) => k);
  // The share of the loss where the table has it (disasters), else of the people affected, else of the first count.
  const preferred = ["dz_direct_loss", "affected_pop"].map((id) => indexOfWhole(block, id)).find((k) => k >= 0);
  const loss = preferred ?? -1;
  // Never a share of a denominator (人口, GDP): a province's share of the population is no emergency figure; nor of a total left open.
  const first =
    loss >= 0
      ? loss
      : block.indicators.findIndex(
          (i, k) => !i.rate && indicatorById(i.id)?.measure !== "denominator" && (!block.total.stated || block.total.current[k].value !== null),
        );
  if (first > 0) order.unshift(...order.splice(first, 1));
  const withShare = first >= 0 && block.total.stated;
  const labels = [keyHeaderOf(block, o), ...order.map((k) => indicatorLabel(block.indicators[k], o.language))];
  if (withShare) labels.push(o.language === "zh" ? `${block.indicators[first].name}${L.share}` : `${L.share} of ${block.indicators[first].english}`);
  header(b, top, labels);
  // The data rows, the 合计, then the whole's 其中 rows under it (never among the rows it adds up, never charted).
  const data = block.rows.filter((r) => !r.ofWhich);
  const ofWhich = block.rows.filter((r) => r.ofWhich);
  const totalRow = top + 1 + data.length;
  const writeRow = (row: number, label: string, values: readonly BlockValue[]) => {
    b.set(row, 0, { value: label });
    order.forEach((k, j) => b.set(row, 1 + j, { ...write(b, values[k]), numberFormat: formatOf(block.indicators[k], values[k], o) }));
    if (!withShare) return;
    const value = numeric(b.rows[row][1].value);
    const total = numeric(block.total.current[first].value);
    b.set(row, 1 + order.length, {
      formula: `=IFERROR(IF($B$${totalRow + 1}=0,"${DASH}",B${row + 1}/$B$${totalRow + 1}),"${DASH}")`,
      value: value !== null && total ? value / total : DASH,
      numberFormat: ratioPercentFormat(value, total, o.percentDecimals, o),
    });
  };
  data.forEach((r, i) => writeRow(top + 1 + i, r.label, r.current));
  // A 合计 left open has its own note under the table (openTotalNote), not the sheet's 去年同期 note on "—".
  const dashBefore = b.usesDash;
  // A joined table's 合计 row is the whole's sheet (全市): in English its name too ("Whole city"), not "Total".
  const english = (block.joined && englishWhole(block.total.label)) || L.total;
  writeRow(totalRow, o.language === "zh" ? block.total.label : english, block.total.current);
  if (block.joined?.open.length) b.usesDash = dashBefore;
  ofWhich.forEach((r, i) => writeRow(totalRow + 1 + i, ofWhichLabel(r.label, o), r.current));
  b.style(top + 1, 0, data.length, 1, "label");
  b.style(top + 1, 1, data.length, labels.length - 1, "body");
  b.style(totalRow, 0, 1, labels.length, "total");
  if (ofWhich.length) {
    b.style(totalRow + 1, 0, ofWhich.length, 1, "label");
    b.style(totalRow + 1, 1, ofWhich.length, labels.length - 1, "body");
  }
  const next = totalRow + 1 + ofWhich.length;
  return { next, ...(first >= 0 && data.length ? { chart: [top, totalRow - 1] as [number, number], share: block.indicators[first] } : {}) };
}

/** An 其中 row's label as the source writes it ("其中：煤矿、非煤矿山等工矿企业"); in English "of which: …". */
function ofWhichLabel(label: string, o: SummaryOptions): string {
  const bare = label.replace(/^其中[:：]?\s*/, "");
  return o.language === "zh" ? `其中：${bare}` : `of which: ${bare}`;
}

/** The sheets a block comes from: its own, or a joined table's whole and parts. */
function sheetsOf(block: SectionBlock, o: SummaryOptions): string {
  if (!block.joined) return block.sheet;
  const { whole, parts } = block.joined;
  return [...(whole ? [whole] : []), ...parts].join(o.language === "zh" ? "、" : ", ");
}

/** Under a table joined from one sheet per county: why some columns have no 合计. */
function openTotalNote(block: SectionBlock, o: SummaryOptions): string | undefined {
  // The whole's sheet is of another period: its figures are no 合计 of the counties' (not "未单列").
  const other = block.joined?.otherPeriod;
  const words = (p: FactPeriod) => ({ zh: p.span ? periodText(p.span) : p.label, en: p.span ? englishPeriodText(p.span) : p.label });
  if (other && block.joined!.whole) return MESSAGES.facts.joinedWholeOtherPeriod(block.joined!.whole, words(other.whole), words(other.parts))[o.language];
  const open = block.joined?.open ?? [];
  if (!open.length) return undefined;
  const names = open.map((id) => block.indicators[indexOfWhole(block, id)]).filter((i): i is BlockIndicator => i !== undefined);
  if (!names.length) return undefined;
  return MESSAGES.facts.joinedTotalOpen(
    block.joined!.whole,
    names.map((i) => ({ zh: i.name, en: i.english })),
    block.joined!.notPlaces,
  )[o.language];
}

function sectionId(section: IndicatorSection, month: boolean): PlanSection["id"] {
  if (month) return "month";
  return section === "disasters" || section === "enforcement" || section === "training" ? section : "indicators";
}

/** The heading of a section: "自然灾害情况（2024年上半年）", "生产安全事故（6月）". */
function titleOf(section: IndicatorSection, blocks: readonly SectionBlock[], o: SummaryOptions, more: boolean): string {
  // Beside a fixed section of the same topic, the block holds the rest of its indicators.
  const base = more ? `${SECTION_TITLES[section][o.language]}${BLOCK_LABELS[o.language].more}` : SECTION_TITLES[section][o.language];
  const period = blocks[0].period;
  if (!period) return base;
  if (o.language === "en") return englishPeriodText(period) ? `${base} (${englishPeriodText(period)})` : base;
  const text = blocks[0].group === "month" ? period.short || period.label : period.label;
  return `${base}（${text}）`;
}

/** What the indicator sections add to the plan. */
export interface BlockSections {
  readonly sections: PlanSection[];
  readonly charts: ChartPlan[];
  /** The next section number. */
  readonly index: number;
}

/**
 * Writes the indicator sections: the month of a monthly report first, then accidents of other
 * tables, disasters, hazards, enforcement, training and plans, other indicators.
 *
 * @param b the sheet being planned
 * @param blocks the blocks of sectionFacts.ts
 * @param o the options (language, decimals, which sections)
 * @param index the number of the first section
 * @param placer where charts go
 * @param fixed the ids of the fixed sections already written (a block beside one of its topic holds "other indicators")
 * @returns the sections, charts and the next section number
 */
export function blockSections(
  b: SheetBuilder,
  blocks: readonly SectionBlock[],
  o: SummaryOptions,
  index: number,
  placer: ChartPlacer,
  fixed: ReadonlySet<string> = new Set(),
): BlockSections {
  const L = BLOCK_LABELS[o.language];
  const sections: PlanSection[] = [];
  const charts: ChartPlan[] = [];
  const groups: { section: IndicatorSection; month: boolean; blocks: SectionBlock[] }[] = [];
  for (const month of [true, false]) {
    for (const section of SECTION_ORDER) {
      const list = blocks.filter((x) => x.section === section && (x.group === "month") === month);
      if (list.length) groups.push({ section, month, blocks: list });
    }
  }
  for (const g of groups) {
    const title = titleOf(g.section, g.blocks, o, !g.month && (g.section === "accidents" || g.section === "hazards") && fixed.has(g.section));
    const first = heading(b, index++, title, 5, o);
    let row = first + 1;
    for (const block of g.blocks) {
      if (g.blocks.length > 1 || block.indicators.some((i) => i.rate)) {
        b.set(row, 0, { value: `${L.source} ${sheetsOf(block, o)}${block.indicators.some((i) => i.rate) ? `\u3000${L.rateNote}` : ""}` });
        b.style(row, 0, 1, 5, "note");
        row++;
      }
      if (block.compared) row = comparisonTable(b, block, o, row);
      else if (!block.rows.length) row = valueTable(b, block, o, row);
      if (block.rows.length) {
        if (block.compared) row++;
        const r = regionTable(b, block, o, row);
        row = r.next;
        const open = openTotalNote(block, o);
        if (open) {
          b.set(row, 0, { value: open });
          b.style(row, 0, 1, 5, "note");
          row++;
        }
        // The loss by region (disasters) and the inspections by region (enforcement) are charted.
        const charted = (g.section === "disasters" && r.share?.id === "dz_direct_loss") || g.section === "enforcement";
        if (o.sections.charts && r.chart && r.share && charted) {
          charts.push({
            type: "ColumnClustered",
            source: rangeAddress(r.chart[0], 0, r.chart[1] - r.chart[0] + 1, 2),
            seriesBy: "Columns",
            title: o.language === "zh" ? `${block.keyHeader}${r.share.name}` : `${r.share.english} by region`,
            categoryAxisTitle: keyHeaderOf(block, o),
            valueAxisTitle: o.language === "zh" ? r.share.unit : unitEnglish(r.share.unit),
            seriesNames: [indicatorLabel(r.share, o.language)],
            position: placer.place(first),
          });
        }
      }
    }
    sections.push({ id: sectionId(g.section, g.month), title, firstRow: first, lastRow: b.next - 1 });
  }
  return { sections, charts, index };
}
