/**
 * The accident-ledger sections of the summary: by county, industry, accident type and level (one
 * row per group under a 合计 row) and by month (当月 and 累计). Each figure block has 本期, 去年同期,
 * 增减 and 增减幅度. Only when the user asks for breakdown tests (issue 22.10) does 事故起数 also have
 * 显著性, Holm-adjusted over each table's rows (deaths and injuries cluster within accidents, so
 * they get none); by default the headline in 一、生产安全事故 is the only test. A ledger that compares with nothing (a week's list, an archive of many years:
 * LedgerSource.compare false) shows 本期 alone, and a figure the ledger has no column for (no
 * 直接经济损失) has no block: no column of "—" only. Figures are live COUNTIFS/SUMIFS over the ledger's columns where those count what the
 * engine counts (ledgerFormulas.ts), the engine's values otherwise, with a note saying which.
 */
import { cellAddress, rangeAddress } from "../../model/address";
import { indicatorById } from "../../registry/indicators";
import { heading, writeComparison, writeCurrent } from "../cells";
import type { IndicatorPair } from "../facts";
import type { LedgerSource } from "../../facts/sources";
import {
  derivedLevelsNote,
  ENGLISH_LEVELS,
  inferredPeriodNote,
  LEDGER_LABELS,
  missingLossNote,
  regionWords,
  scopedWords,
  textDateNote,
  unknownPlacesNote,
  valueKeysNote,
  type LedgerLabels,
  type RegionWords,
} from "../ledgerLabels";
import { matchRegion } from "../../registry/regions";
import { englishPeriod } from "../../text/englishPeriod";
import type { LedgerFigure } from "../ledgerFormulas";
import type { AccidentLedgerView, LedgerFigures, LedgerRow } from "../ledgerViews";
import { ledgerSourced } from "../sourced";
import type { SummaryOptions } from "../options";
import type { PlanSection } from "../plan";
import { compactSignificanceText, holmSignificanceTexts } from "../breakdownSignificance";
import type { SheetBuilder } from "../sheetBuilder";

/** The figures of each block, in order: the indicator id, its label key and its totals field. */
const FIGURES: readonly { figure: LedgerFigure; indicator: string; label: keyof LedgerLabels; unit: string }[] = [
  { figure: "accidents", indicator: "accident_count", label: "accidents", unit: "起" },
  { figure: "deaths", indicator: "deaths", label: "deaths", unit: "人" },
  { figure: "injured", indicator: "injured", label: "injured", unit: "人" },
  { figure: "directLoss", indicator: "direct_loss", label: "directLoss", unit: "万元" },
];

/** The four levels of the 条例 in English (an English sheet shows no Chinese of its own). */

/** The sheet rows of the group rows (for the charts) and the keys written as values. */
export interface LedgerTableRows {
  readonly section: PlanSection;
  /** First and last sheet row of the group rows (the 合计 row excluded). */
  readonly groupRows?: [number, number];
  /** For the by-region section: what its places are called (省份, 县（市）, 地区), for its chart too. */
  readonly words?: RegionWords;
}

/** What the ledger sections wrote. */
export interface LedgerSections {
  readonly sections: PlanSection[];
  /** false when the figures show 本期 alone (the ledger compares with nothing). */
  readonly compares: boolean;
  readonly byRegion?: LedgerTableRows;
  readonly byIndustry?: LedgerTableRows;
  readonly byMonth?: LedgerTableRows;
  /** The level and field the ledger's title narrows it to, for the charts' titles. */
  readonly scope?: LedgerSource["scope"];
  readonly notes: string[];
  readonly nextIndex: number;
}

/**
 * An indicator pair of ledger figures, with their formulas where live.
 *
 * @param indicator the registry id (accident_count, deaths, injured, direct_loss)
 * @param current this period's value and formula
 * @param previous last period's value and formula
 * @returns the pair, named from the registry
 */
export function ledgerPair(
  indicator: string,
  current: { value: number | null; formula?: string },
  previous: { value: number | null; formula?: string },
): IndicatorPair {
  const ind = indicatorById(indicator);
  return { indicator, name: ind?.name ?? indicator, classifier: ind?.classifier ?? "", unit: ind?.baseUnit ?? "", current, previous };
}

type Figure = (typeof FIGURES)[number];

/** How a ledger's tables are laid out: the figures it has a column for, and whether each block compares. */
interface Layout {
  readonly figures: readonly Figure[];
  readonly compares: boolean;
  readonly sig: boolean;
}

function layoutOf(view: AccidentLedgerView, o: SummaryOptions): Layout {
  const compares = view.source.compare !== false;
  const figures = FIGURES.filter((f) => view.total.current[f.figure] !== undefined);
  return { figures, compares, sig: compares && o.significanceColumn && o.breakdownSignificance };
}

/** A block's width: 本期 | 去年同期 | 增减 | 增减幅度 (| 显著性), or 本期 alone. */
function blockWidth(layout: Layout, figure: Figure): number {
  if (!layout.compares) return 1;
  return layout.sig && figure.figure === "accidents" ? 5 : 4;
}

/**
 * The month table's blocks: 事故起数 and 死亡人数, each 当月 and 累计. The 显著性 column goes with the
 * month's own counts only: each 累计 repeats the months before it (and its last row is the
 * headline's test), and without it the table is as wide as the by-group tables, so it prints at 9 pt.
 */
function monthBlocks(layout: Layout, o: SummaryOptions, L: LedgerLabels) {
  const figures = layout.figures.filter((f) => f.figure === "accidents" || f.figure === "deaths");
  return figures.flatMap((f) => [
    { name: `${L[f.label]}${o.language === "zh" ? "·" : ", "}${L.monthly}`, width: blockWidth(layout, f), figure: f, cumulative: false },
    { name: `${L[f.label]}${o.language === "zh" ? "·" : ", "}${L.cumulative}`, width: Math.min(4, blockWidth(layout, f)), figure: f, cumulative: true },
  ]);
}

/**
 * How wide the ledger tables are: the key column and the figure blocks of the by-group tables, or of
 * the month table where it is shown and wider (当月 and 累计 of two figures: 19 columns with 显著性
 * against the groups' 18). The print area and the header copies of a long table span this width: a
 * column beyond it neither printed nor moved with its table.
 */
export function ledgerTableWidth(view: AccidentLedgerView, o: SummaryOptions): number {
  const layout = layoutOf(view, o);
  const groups = 1 + layout.figures.reduce((w, f) => w + blockWidth(layout, f), 0);
  const months = o.sections.byIndustry && view.byMonth.length ? 1 + monthBlocks(layout, o, LEDGER_LABELS[o.language]).reduce((w, x) => w + x.width, 0) : 0;
  return Math.max(groups, months);
}

/** Writes the two header rows of a table: the key header (merged over both) and one merged name per block. */
function blockHeader(
  b: SheetBuilder,
  row: number,
  keyHeader: string,
  blocks: readonly { name: string; width: number }[],
  o: SummaryOptions,
  L: LedgerLabels,
): number {
  const zh = o.language === "zh";
  b.set(row, 0, { value: keyHeader });
  b.merges.push(rangeAddress(row, 0, 2, 1));
  let col = 1;
  for (const block of blocks) {
    const w = block.width;
    b.set(row, col, { value: block.name });
    if (w > 1) b.merges.push(rangeAddress(row, col, 1, w));
    const leaves = zh ? ["本期", "去年同期", "增减", "增减幅度", "显著性"] : ["This period", "Last year", "Change", "Change (%)", "Significance"];
    leaves.slice(0, w).forEach((l, j) => b.set(row + 1, col + j, { value: l }));
    col += w;
  }
  void L;
  b.style(row, 0, 2, col, "header");
  return col;
}

/**
 * Writes one row of figure blocks: each a live formula over the ledger where its facts allow, with the key criterion on `keyCell`;
 * the 显著性 cell (where the block has one) holds `significance`.
 */
function figureRow(
  b: SheetBuilder,
  row: number,
  label: string,
  figures: { current: LedgerFigures; previous: LedgerFigures; significance: string | undefined },
  keyCell: string | undefined,
  o: SummaryOptions,
  layout: Layout,
): void {
  b.set(row, 0, { value: label });
  let col = 1;
  for (const f of layout.figures) {
    const p = ledgerPair(f.indicator, ledgerSourced(figures.current[f.figure], keyCell), ledgerSourced(figures.previous[f.figure], keyCell));
    col = writeFigures(b, row, col, p, o, layout);
    if (blockWidth(layout, f) === 5) b.set(row, col++, { value: figures.significance ?? null });
  }
}

/** A row's 事故起数 this period and last, as the test reads them. */
function accidentPair(current: LedgerFigures, previous: LedgerFigures): IndicatorPair {
  return ledgerPair("accident_count", ledgerSourced(current.accidents), ledgerSourced(previous.accidents));
}

/** Writes one pair as its block shows it: compared, or 本期 alone. */
function writeFigures(b: SheetBuilder, row: number, col: number, p: IndicatorPair, o: SummaryOptions, layout: Layout): number {
  return layout.compares ? writeComparison(b, row, col, p, o, true) : writeCurrent(b, row, col, p);
}

interface GroupSpec {
  readonly id: PlanSection["id"];
  readonly title: string;
  readonly keyHeader: string;
  readonly groups: readonly LedgerRow[];
  /** The row label of a key, where the sheet's language names it otherwise (English levels). */
  readonly label?: (key: string) => string;
}

function groupTable(
  b: SheetBuilder,
  view: AccidentLedgerView,
  spec: GroupSpec,
  o: SummaryOptions,
  L: LedgerLabels,
  index: number,
  valueKeys: Set<string>,
): LedgerTableRows {
  const layout = layoutOf(view, o);
  const width = ledgerTableWidth(view, o);
  const first = heading(b, index, spec.title, width, o);
  const blocks = layout.figures.map((f) => ({ name: L[f.label], width: blockWidth(layout, f) }));
  blockHeader(b, first + 1, spec.keyHeader, blocks, o, L);
  const totalRow = first + 3;
  // The 合计 row's test is the headline's; the group rows are one family, Holm-adjusted.
  const headline = layout.sig ? compactSignificanceText(accidentPair(view.total.current, view.total.previous), o) : undefined;
  figureRow(b, totalRow, L.total, { ...view.total, significance: headline }, undefined, o, layout);
  b.style(totalRow, 0, 1, width, "total");
  const tests = layout.sig
    ? holmSignificanceTexts(
        spec.groups.map((g) => accidentPair(g.current, g.previous)),
        o,
      )
    : [];
  let row = totalRow + 1;
  for (const [k, g] of spec.groups.entries()) {
    const label = spec.label?.(g.key) ?? g.key;
    // The label cell is the criterion while it shows the key; a translated label (English levels) gives way to the key as text.
    const keyCell = label === g.key ? `$A${row + 1}` : undefined;
    const count = g.current.accidents?.provenance;
    if (count?.kind === "ledger" && count.reason === "key_not_exact") valueKeys.add(g.key);
    figureRow(b, row, label, { current: g.current, previous: g.previous, significance: tests[k] }, keyCell, o, layout);
    row++;
  }
  b.style(totalRow + 1, 0, spec.groups.length, 1, "label");
  b.style(totalRow + 1, 1, spec.groups.length, width - 1, "body");
  return {
    section: { id: spec.id, title: spec.title, firstRow: first, lastRow: row - 1 },
    groupRows: spec.groups.length ? [totalRow + 1, row - 1] : undefined,
  };
}

/** The month table: 事故起数 and 死亡人数, each 当月 and 累计 (累计 as the running SUM of the 当月 cells). */
function monthTable(b: SheetBuilder, view: AccidentLedgerView, o: SummaryOptions, L: LedgerLabels, index: number): LedgerTableRows {
  const layout = layoutOf(view, o);
  const blocks = monthBlocks(layout, o, L);
  const width = 1 + blocks.reduce((w, x) => w + x.width, 0);
  const first = heading(b, index, L.byMonth, width, o);
  blockHeader(b, first + 1, L.month, blocks, o, L);
  const top = first + 3;
  const tests = layout.sig
    ? holmSignificanceTexts(
        view.byMonth.map((m) => accidentPair(m.current, m.previous)),
        o,
      )
    : [];
  const running = new Map<string, number | null>();
  const add = (key: string, v: number | null | undefined) => {
    const before = running.has(key) ? running.get(key)! : 0;
    const next = before === null || v === null || v === undefined ? null : before + v;
    running.set(key, next);
    return next;
  };
  view.byMonth.forEach((m, i) => {
    const row = top + i;
    b.set(row, 0, { value: o.language === "zh" ? m.key : `${m.month}` });
    let col = 1;
    const monthlyColumn = new Map<string, number>();
    for (const block of blocks) {
      const f = block.figure;
      let p: IndicatorPair;
      if (block.cumulative) {
        const c = monthlyColumn.get(f.figure)!;
        const sum = (k: number) => `=SUM(${cellAddress(top, k).replace(/(\d+)$/, "$$$1")}:${cellAddress(row, k)})`;
        // A running sum only where the months have figures: with no record of last year (不作同比) the
        // cell is "—", never a SUM that a spreadsheet would show as 0.
        const running = (value: number | null, k: number) => (value === null ? { value } : { value, formula: sum(k) });
        p = ledgerPair(
          f.indicator,
          running(add(`${f.figure}|c`, m.current[f.figure]?.value ?? null), c),
          running(add(`${f.figure}|p`, m.previous[f.figure]?.value ?? null), c + 1),
        );
      } else {
        monthlyColumn.set(f.figure, col);
        p = ledgerPair(f.indicator, ledgerSourced(m.current[f.figure]), ledgerSourced(m.previous[f.figure]));
      }
      col = writeFigures(b, row, col, p, o, layout);
      if (block.width === 5) b.set(row, col++, { value: tests[i] ?? null });
    }
  });
  const n = view.byMonth.length;
  b.style(top, 0, n, 1, "label");
  b.style(top, 1, n, width - 1, "body");
  return { section: { id: "ledgerByMonth", title: L.byMonth, firstRow: first, lastRow: top + n - 1 }, groupRows: n ? [top, top + n - 1] : undefined };
}

/**
 * Writes the accident-ledger sections for the first accident ledger that has breakdowns.
 *
 * @param b the sheet
 * @param view the accident ledger's facts, as its sections show them
 * @param o the summary options
 * @param index the number of the first section
 * @param want which sections are on (the county one with 分县, the others with 分行业)
 * @returns the sections written, their group rows (for the charts), the notes and the next section number
 */
export function ledgerBreakdownSections(
  b: SheetBuilder,
  view: AccidentLedgerView,
  o: SummaryOptions,
  index: number,
  want: { readonly byRegion: boolean; readonly byIndustry: boolean },
): LedgerSections {
  const scope = view.source.scope;
  const out: LedgerSections = { sections: [], compares: view.source.compare !== false, notes: [], nextIndex: index, ...(scope ? { scope } : {}) };
  // A ledger its title narrows (…较大事故) is titled so: 较大事故台账分县（市）统计, never the 事故台账 of all accidents.
  const L = scopedWords(LEDGER_LABELS[o.language], scope, o.language);
  const valueKeys = new Set<string>();
  let i = index;
  const table = (spec: GroupSpec) => {
    const t = groupTable(b, view, spec, o, L, i++, valueKeys);
    out.sections.push(t.section);
    return t;
  };
  const result: { -readonly [K in keyof LedgerSections]: LedgerSections[K] } = out;
  // A period of several years (an archive, 2005—2018年) is told year by year first: its totals alone would hide the trend.
  const { start, end } = view.source.current;
  if (want.byIndustry && view.byYear.length > 1 && start.slice(0, 4) < end.slice(0, 4)) {
    const label = o.language === "en" ? (key: string) => englishPeriod(key) ?? key : undefined;
    table({ id: "ledgerByYear", title: L.byYear, keyHeader: L.year, groups: view.byYear, label });
  }
  if (want.byRegion && view.byRegion.length) {
    // 省份 for a national archive's provinces, never 县（市）.
    const places = view.byRegion.map((g) => g.key);
    const words = scopedWords(regionWords(places, o.language), scope, o.language);
    result.byRegion = { ...table({ id: "ledgerByRegion", title: words.byRegion, keyHeader: words.region, groups: view.byRegion }), words };
    const unknown = places.filter((key) => !matchRegion(key));
    // The source's slips among provinces (山两, 公南) are named, never told as provinces.
    if (words.kind === "province" && unknown.length) out.notes.push(unknownPlacesNote(view.source.sheet, unknown, o.language));
  }
  if (want.byIndustry && view.byIndustry.length)
    result.byIndustry = table({ id: "ledgerByIndustry", title: L.byIndustry, keyHeader: L.industry, groups: view.byIndustry });
  if (want.byIndustry && view.byType.length) table({ id: "ledgerByType", title: L.byType, keyHeader: L.type, groups: view.byType });
  // A ledger of one level (…较大事故) has no breakdown by level: it lists no accident of another.
  if (want.byIndustry && view.byLevel.length) {
    const label = o.language === "en" ? (key: string) => ENGLISH_LEVELS[key] ?? key : undefined;
    table({ id: "ledgerByLevel", title: L.byLevel, keyHeader: L.level, groups: view.byLevel, label });
    const without = view.source.levelsDerived?.without;
    if (without?.length) out.notes.push(derivedLevelsNote(without, o.language));
  }
  if (want.byIndustry && view.byMonth.length) {
    result.byMonth = monthTable(b, view, o, L, i++);
    out.sections.push(result.byMonth.section);
  }
  // A period the records' dates gave (no title or user names it) is said on the sheet (issue 22.7).
  if (out.sections.length && view.source.periodSource === "inferred")
    out.notes.push(inferredPeriodNote(view.source.sheet, view.source.current.label, o.language));
  const textDates = view.source.textDates;
  if (out.sections.length && textDates) out.notes.push(textDateNote(view.source.sheet, textDates, o.language));
  // A loss total that counts unfilled cells as 0 says so (the 核对 names the cells).
  const missingLoss = view.source.missingLoss;
  if (out.sections.length && missingLoss && layoutOf(view, o).figures.some((f) => f.figure === "directLoss"))
    out.notes.push(missingLossNote(view.source.sheet, missingLoss, o.language));
  // Levels derived from the thresholds are values by nature; only misspelt names earn a note.
  const misspelt = [...valueKeys].filter((k) => !view.byLevel.some((g) => g.key === k));
  if (misspelt.length) out.notes.push(valueKeysNote(misspelt, o.language));
  let r = b.next + 1;
  for (const note of out.notes) {
    b.set(r, 0, { value: note });
    b.style(r++, 0, 1, ledgerTableWidth(view, o), "note");
  }
  result.nextIndex = i;
  return out;
}
