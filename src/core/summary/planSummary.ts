/**
 * planSummary: a workbook's facts → the summary sheet, described cell by cell (see plan.ts). It
 * reads facts only (src/core/facts; docs/architecture.md, "The fact model").
 *
 * Table cells are live native formulas that reference the source cells ('事故分县统计'!B5) and
 * use only built-in functions that old Excel and WPS know (SUM, IF, IFERROR, ROUND). Each formula
 * carries its computed result (the engine's number) so a writer can store a cached value.
 * The sections live in ./sections, the charts in ./charts, the cell helpers in ./cells.
 */
import { rangeAddress } from "../model/address";
import { readerNotes, understood, type WorkbookFacts } from "../facts";
import { accidentChart, ChartPlacer, lossChart, rateChart, trendChart } from "./charts";
import type { SummaryFacts } from "./facts";
import type { IndicatorSection } from "../registry/indicators";
import { LABELS, type Labels } from "./labels";
import { resolveSummaryOptions, type SummaryOptions, type SummaryOptionsInput } from "./options";
import type { ChartPlan, PlanSection, SummaryPlan } from "./plan";
import { accidentSection } from "./sections/accidents";
import { checksSection } from "./sections/checks";
import { readerNotesSection } from "./sections/readerNotes";
import { groupSection } from "./sections/groups";
import { hazardSection } from "./sections/hazards";
import { lossSection } from "./sections/losses";
import { nothingRecognisedLines, nothingRecognisedSection } from "./sections/diagnostic";
import { narrativeSection } from "./sections/narrativeText";
import { accidentLabels, addIndicatorSections, sectionsWidth } from "./indicatorSections";
import { narrativeSource, summaryNarrative } from "./narrativeSource";
import { SheetBuilder } from "./sheetBuilder";
import { ledgerCharts } from "./ledgerCharts";
import { accidentLedgerView, hazardLedgerView } from "./ledgerViews";
import { hazardLedgerSections } from "./sections/hazardLedger";
import { ledgerBreakdownSections, ledgerTableWidth } from "./sections/ledgerBreakdowns";
import { significanceFootnote, sourceRanges, subtitleText, summaryTitle } from "./provenance";
import { workbookSubjects, type TitleSubject } from "./titleSubjects";
import { findTrendSeries } from "./significance";
import { finishForPrint } from "./printLayout";
import { controlRates } from "./controlRates";
import { comparableBasisNote } from "./narrative/comparableBasis";
import { controlRatesNotes, controlRatesSection } from "./sections/controlRates";

/** How wide the tables are: the accident table, or the widest by-county / by-industry table shown. */
function tableWidth(facts: SummaryFacts, o: SummaryOptions): number {
  const s = o.sections;
  const groups = [facts.byRegion, facts.byIndustry].filter((t) => t && (t.keyKind === "region" ? s.byRegion : s.byIndustry));
  return Math.max(o.significanceColumn ? 6 : 5, ...groups.map((t) => 1 + t!.indicators.length * 3));
}

/** The title (period first, naming the subject) and row 2, each merged over the table width; row 2 is filled in at the end. */
function writeTitle(
  b: SheetBuilder,
  facts: SummaryFacts,
  o: SummaryOptions,
  L: Labels,
  width: number,
  blockSections: readonly IndicatorSection[],
  subjects: readonly TitleSubject[],
): void {
  b.set(0, 0, { value: summaryTitle(facts, o, blockSections, subjects) });
  b.merges.push(rangeAddress(0, 0, 1, width));
  b.style(0, 0, 1, width, "title");
  b.set(1, 0, { value: L.subtitle });
  b.merges.push(rangeAddress(1, 0, 1, width));
  b.style(1, 0, 1, width, "subtitle");
}

/** The notes under the tables: what "—" means, which basis the 同比 of the 综述 and of the table use, why only 事故起数 is tested, and which source cells were text. */
function writeNotes(b: SheetBuilder, L: Labels, width: number, o: SummaryOptions, tested: boolean, breakdowns: boolean, basis?: string): string[] {
  const notes: string[] = [];
  if (b.usesDash) notes.push(L.dashNote);
  if (basis) notes.push(basis);
  if (tested) notes.push(significanceFootnote(o.language, breakdowns ? (o.breakdownSignificance ? "holm" : "untested") : undefined));
  if (b.textCells.size) notes.push(`${L.textNote}${[...b.textCells].join(o.language === "en" ? ", " : "，")}`);
  let r = b.next + 1;
  for (const note of notes) {
    b.set(r, 0, { value: note });
    b.style(r, 0, 1, width, "note");
    r++;
  }
  return notes;
}

/**
 * Plans the summary sheet for a workbook.
 *
 * @param all the workbook's facts (`workbookFacts(readWorkbook(snapshot))`)
 * @param input options (house style by default)
 * @returns the plan: cells with formulas and their results, styles, merges, widths, print setup, charts, narrative
 * @example planSummary(workbookFacts(readWorkbook(snapshot))).narrative[0] // "2024年1—6月，全州共发生各类生产安全事故23起、…"
 */
export function planSummary(all: WorkbookFacts, input?: SummaryOptionsInput): SummaryPlan {
  const o = resolveSummaryOptions(input);
  const L = LABELS[o.language];
  // Nothing understood (no fact with a figure): no section of figures, the sheet says so instead (below).
  const nothing = understood(all) ? [] : nothingRecognisedLines(all, o);
  const wf: WorkbookFacts = nothing.length ? { ...all, facts: [], sources: [] } : all;
  const source = narrativeSource(wf, o.denominators);
  const { facts, sections: indicatorFacts } = source;
  const ledger = accidentLedgerView(wf);
  const s = o.sections;
  const b = new SheetBuilder();
  const width = Math.max(tableWidth(facts, o), sectionsWidth(indicatorFacts), ledger && (s.byRegion || s.byIndustry) ? ledgerTableWidth(ledger, o) : 0);
  // Narrow enough that ten columns print on A4 landscape at 9 pt or more (printLayout.ts); longer texts wrap (textFit.ts).
  const columnWidths = [22, ...new Array(width - 1).fill(12)];
  // Room for "95%置信区间 88.9%–94.2%" (column E) and "变化不显著（p=0.761）" (column F).
  if (o.significanceColumn) [columnWidths[4], columnWidths[5]] = [20, 18];
  writeTitle(
    b,
    facts,
    o,
    L,
    width,
    indicatorFacts.blocks.map((block) => block.section),
    workbookSubjects(all),
  );

  const sections: PlanSection[] = [];
  const charts: ChartPlan[] = [];
  const chartColumn = width + 1;
  const placer = new ChartPlacer(chartColumn);
  let index = 0;
  if (s.accidents && facts.accidents?.length) {
    const compares = !facts.noComparison;
    const a = accidentSection(b, facts.accidents, accidentLabels(L, facts, indicatorFacts, o, wf), o, index++, compares);
    sections.push(a.section);
    if (s.charts && a.chartRows) charts.push(accidentChart(a.chartRows, L, placer.place(a.section.firstRow), compares));
  }
  if (s.byRegion && facts.byRegion && facts.byRegion.source !== "ledger") sections.push(groupSection(b, facts.byRegion, L, o, index++));
  if (s.byIndustry && facts.byIndustry && facts.byIndustry.source !== "ledger") sections.push(groupSection(b, facts.byIndustry, L, o, index++));
  const ledgerNotes: string[] = [];
  let ledgerCompares = false;
  if (ledger) {
    const written = ledgerBreakdownSections(b, ledger, o, index, s);
    ledgerCompares = written.compares;
    sections.push(...written.sections);
    index = written.nextIndex;
    ledgerNotes.push(...written.notes);
    if (s.charts) charts.push(...ledgerCharts(b, written, o, chartColumn, placer));
  }
  if (s.losses && facts.losses && facts.losses.parts.length) {
    const l = lossSection(b, facts.losses, L, o, index++, wf.findings);
    sections.push(l.section);
    if (s.charts && l.chartRows) charts.push(lossChart(l.chartRows, L, placer.place(l.section.firstRow)));
  }
  if (s.hazards && facts.hazards) {
    const h = hazardSection(b, facts.hazards, L, o, index++);
    sections.push(h.section);
    if (s.charts && h.countyRows) charts.push(rateChart(b, h.countyRows, L, o, chartColumn, placer.place(h.section.firstRow)));
  }
  const hazardLedger = hazardLedgerView(wf);
  if (s.hazards && hazardLedger) {
    const h = hazardLedgerSections(b, hazardLedger, o, index);
    sections.push(...h.sections);
    index = h.nextIndex;
  }
  const indicatorSections = addIndicatorSections(b, wf, indicatorFacts, { sections, charts }, o, index, placer, width);
  index = indicatorSections.index;
  const series = s.charts ? findTrendSeries(wf) : undefined;
  if (series) charts.push(trendChart(b, series, L, o, chartColumn, placer));
  // 亿元GDP死亡率 and the other control indicators, only where a denominator of the report period is known.
  const control = controlRates(source);
  const controlNotes: string[] = [];
  if (control?.rates.length) {
    const c = controlRatesSection(b, control, o, index++, width);
    sections.push(c.section);
    controlNotes.push(...c.notes);
  } else if (control) controlNotes.push(...controlRatesNotes(control, o));
  const narrative = summaryNarrative(source, o);
  if (narrative.length) sections.push(narrativeSection(b, narrative, L, o, index++, width));
  // Nothing understood: the sheet says so (and nothing was checked), instead of a 核对 verdict.
  if (nothing.length) sections.push(nothingRecognisedSection(b, nothing, o, index++, width));
  if (s.checks && (!nothing.length || wf.findings.length)) sections.push(checksSection(b, wf, L, o, index++, width));
  // What the reader could not decide, read by inference or set aside: right after the 核对, whatever sections are chosen.
  const doubts = readerNotes(all);
  if (doubts.length) sections.push(readerNotesSection(b, doubts, L, o, index++, width));
  const tested = o.significanceColumn && !facts.noComparison && sections.some((x) => x.id === "accidents");
  // Breakdown tables that compare: their rows are tested only when asked (issue 22.10), and the footnote says which.
  const breakdowns = ledgerCompares && sections.some((x) => /^ledgerBy/.test(x.id));
  // The 综述's 可比口径 and the table's stated totals: one rule (narrative/comparableBasis.ts) decides, the note says which is which.
  const basis = narrative.length && sections.some((x) => x.id === "accidents") ? comparableBasisNote(facts, o.language) : undefined;
  const notes = writeNotes(b, L, width, o, tested, breakdowns, basis);
  // Figures counted from a ledger are static unless they carry a live COUNTIFS formula; the ledger note says when its breakdowns are values.
  const constant = (v: { cell?: unknown; sumOf?: unknown; formula?: string }) => !v.cell && !v.sumOf && !v.formula;
  const fromLedger =
    (facts.accidents ?? []).some((p) => constant(p.current)) || (!!facts.hazards && constant(facts.hazards.total.found)) || ledgerNotes.length > 0;
  b.set(1, 0, {
    value: subtitleText(
      {
        narrative: narrative.length > 0,
        significance: tested,
        interval: o.rateInterval && sections.some((x) => x.id === "hazards"),
        ledgerFigures: fromLedger,
        textCells: b.textCells.size > 0,
        checks: sections.some((x) => x.id === "checks"),
      },
      o,
    ),
  });

  // The pane shows the notes: the diagnostic goes first, so a workbook with no summary says why.
  notes.unshift(...nothing, ...indicatorSections.diagnostic);
  notes.push(...ledgerNotes, ...controlNotes);
  const columnCount = Math.max(width, ...b.rows.map((r) => r.length));
  const cells = b.rows.map((r) => Array.from({ length: columnCount }, (_, j) => r[j] ?? { value: null }));
  // A narrow spacer, then the charts' data (outside the print area).
  while (columnWidths.length < columnCount) columnWidths.push(columnWidths.length === width ? 2 : 14);
  // Texts fitted to their cells, the charts below the tables, the print area and page breaks (printLayout.ts).
  // The title repeats on every page; row 2's note (a paragraph in English) prints once.
  const printed = finishForPrint({ cells, styles: b.styles, merges: b.merges, rowHeights: b.rowHeights, columnWidths, charts, blocks: sections }, width, 1);
  return {
    sheetName: o.sheetName,
    rowCount: printed.cells.length,
    columnCount: Math.max(columnCount, ...printed.cells.map((r) => r.length)),
    cells: printed.cells,
    styles: printed.styles,
    merges: printed.merges,
    rowHeights: printed.rowHeights,
    columnWidths: printed.columnWidths,
    frozenRows: 2,
    print: printed.print,
    charts: printed.charts,
    sections: printed.blocks,
    narrative,
    notes,
    sources: sourceRanges(all),
    ...(o.generatedAt ? { generatedAt: o.generatedAt } : {}),
  };
}
