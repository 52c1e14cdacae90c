/**
 * Picks the fixed sections' figures out of the workbook's facts: which table gives the accident
 * totals, the by-county and by-industry rows, the loss parts, the disaster scope and the hazard
 * counts; a ledger's totals and groups where no table gives them.
 */
import type { Fact, LedgerSource, WorkbookFacts } from "../facts";
import { indicatorById, INDICATORS } from "../registry/indicators";
import { firstFact, isColumnGroup, rowLabel, type FactTable } from "./factTables";
import type { GroupRow, GroupTable, HazardRow, IndicatorPair, LossPart, SourcedValue, SummaryFacts } from "./facts";
import { sourcedOf } from "./sourced";
import { disasterDetails, hazardConventions } from "./sourceConventions";
import { bothDownOf, rowMoves } from "./groupMoves";
import { earlierYears } from "./earlierYears";
import { largerAccidents } from "./largerLevels";
import { levelRows } from "./levelRows";
import { withLossBeside } from "./lossBeside";
import { withLevelsBelow, withUnfilled, withWords } from "./ledgerFigureNotes";
import { ledgerHazards } from "./ledgerHazards";

/** Official loss category names (docs/report-rules.md T4), whatever the workbook's header said. */
export const LOSS_CATEGORY_NAMES: Readonly<Record<string, string>> = {
  loss_housing: "房屋及居民家庭财产损失",
  loss_agri: "农林牧渔业损失",
  loss_industry: "工矿商贸业损失",
  loss_infra: "基础设施损失",
  loss_public: "公共服务损失",
  loss_other: "其他损失",
};

export const LOSS_ORDER = Object.keys(LOSS_CATEGORY_NAMES);
// Lives (因灾死亡, 失踪, 死亡失踪) are part of the scope: the disaster paragraph gives them right after the people affected (rule 15).
const SCOPE_ORDER = [
  "affected_towns",
  "affected_hh",
  "affected_pop",
  "dz_deaths",
  "dz_missing",
  "dz_deaths_missing",
  "relocated",
  "crop_affected_ha",
  "crop_damaged_ha",
  "crop_failure_ha",
];
const registryOrder = new Map(INDICATORS.map((ind, i) => [ind.id, i]));
const CURRENT = ["current"];
const PREVIOUS = ["year_ago"];

function sumOf(parts: SourcedValue[]): SourcedValue {
  const present = parts.filter((p) => p.value !== null);
  const value = present.length ? present.reduce((s, p) => s + (p.value as number), 0) : null;
  return { value: value === null ? null : Number(value.toFixed(10)), sumOf: parts };
}

function allFacts(t: FactTable): Fact[] {
  return [...t.whole, ...t.rows.flatMap((r) => r.facts)];
}

/**
 * The indicators of a domain a table keyed by rows compares (this period and the same period last
 * year, not split by a group under the indicator), in registry order.
 *
 * @param t the table (one group's view)
 * @param domain "accident" …
 * @returns the registry ids
 */
export function comparedIndicators(t: FactTable, domain: string): string[] {
  if (t.source.keyKind === "indicator") return [];
  const facts = allFacts(t).filter((f) => !isColumnGroup(f) && f.measure !== "change" && f.measure !== "change_pct");
  const previous = new Set(facts.filter((f) => f.period.relation === "year_ago").map((f) => f.indicator));
  const ids = new Set(
    facts.filter((f) => f.period.relation === "current" && previous.has(f.indicator) && indicatorById(f.indicator)?.domain === domain).map((f) => f.indicator),
  );
  return [...ids].sort((a, b) => (registryOrder.get(a) ?? 0) - (registryOrder.get(b) ?? 0));
}

function pair(indicator: string, current: SourcedValue, previous: SourcedValue, stated?: Fact): IndicatorPair {
  const ind = indicatorById(indicator);
  return { indicator, name: ind?.name ?? indicator, classifier: ind?.classifier ?? "", unit: ind?.baseUnit ?? stated?.unit ?? "", current, previous };
}

/** The whole of an indicator for a relation: the 合计 row's, else the derived sum of the rows. */
export function wholeOf(t: FactTable, indicator: string, relations: readonly string[] = CURRENT): Fact | undefined {
  return firstFact(t.whole, indicator, relations);
}

function groupTable(t: FactTable, keyKind: "region" | "industry"): GroupTable | undefined {
  const ids = comparedIndicators(t, "accident");
  if (ids.length === 0) return undefined;
  const rows: GroupRow[] = t.rows
    .filter((r) => r.role === "data" || r.role === "of_which")
    .map((r) => ({
      label: rowLabel(r),
      role: r.role === "of_which" ? "of_which" : "data",
      pairs: ids.map((id) => pair(id, sourcedOf(firstFact(r.facts, id, CURRENT)), sourcedOf(firstFact(r.facts, id, PREVIOUS)))),
    }));
  return {
    sheet: t.source.sheet,
    keyKind,
    comparedRows: rowMoves(rows).length,
    ...bothDownOf(rows),
    indicators: ids.map((id) => ({ indicator: id, name: indicatorById(id)?.name ?? id, unit: indicatorById(id)?.baseUnit ?? "" })),
    rows,
    total: ids.map((id) => pair(id, sourcedOf(wholeOf(t, id)), sourcedOf(wholeOf(t, id, PREVIOUS)))),
    totalLabel: t.statedTotal ? (t.source.totalLabel ?? "合计") : "合计",
    ...(t.statedTotal ? { statedTotal: true } : {}),
  };
}

/**
 * The accident figures a table's own 合计 row states for this period and last year: a whole the
 * source wrote, unlike a sum of the rows. A table its title narrows (…较大事故,
 * 工矿商贸…) states a part, never the whole.
 */
function statedAccidentWhole(t: FactTable): IndicatorPair[] {
  if (!t.statedTotal) return [];
  const figures = t.whole.filter((f) => !f.derived && !isColumnGroup(f) && f.measure !== "change" && f.measure !== "change_pct");
  if (figures.some((f) => f.breakdown.some((k) => k.axis === "table"))) return [];
  // Compared figures only (comparedIndicators): a table of one period has its own sentence and sections.
  const ids = comparedIndicators(t, "accident");
  return ids.map((id) => pair(id, sourcedOf(firstFact(figures, id, CURRENT)), sourcedOf(firstFact(figures, id, PREVIOUS))));
}

/** The span of a table's current whole (the same period, whatever its label: 累计 and 1—3月). */
function currentSpan(t: FactTable): string {
  return JSON.stringify(t.whole.find((f) => f.period.relation === "current" && !f.derived)?.period.span ?? null);
}

/**
 * The totals of a table's stacked neighbours: tables on its sheet of one accident indicator each (corpus 45: 一、事故起数
 * above 二、死亡人数, each 2024年 over 2023年), which state their own whole of the same period. Each gives the indicators
 * the first does not, so the headline never drops a figure the sheet states (claim 3: 死亡人数 was left out).
 */
function stackedWholes(t: FactTable, tables: readonly FactTable[], given: readonly IndicatorPair[]): IndicatorPair[] {
  const have = new Set(given.map((p) => p.indicator));
  const out: IndicatorPair[] = [];
  for (const other of tables) {
    if (other === t || other.source.sheet !== t.source.sheet || currentSpan(other) !== currentSpan(t)) continue;
    for (const p of statedAccidentWhole(other)) {
      if (have.has(p.indicator)) continue;
      have.add(p.indicator);
      out.push(p);
    }
  }
  return out;
}

/** Accident totals from a table keyed by indicator (指标 | 本期 | 去年同期): one pair per row naming an accident indicator. */
function indicatorKeyedTotals(t: FactTable): IndicatorPair[] {
  if (t.source.keyKind !== "indicator") return [];
  // A row of the table is a run of facts of one indicator (the emitter writes a row's columns together,
  // whichever way the table lies on the sheet).
  const rows: Fact[][] = [];
  for (const f of t.whole) {
    if (f.provenance.kind !== "cell" || f.measure === "change" || f.measure === "change_pct") continue;
    const last = rows[rows.length - 1];
    if (last && last[0].indicator === f.indicator) last.push(f);
    else rows.push([f]);
  }
  const any = (rel: string) => t.whole.some((f) => f.period.relation === rel && f.measure !== "change" && f.measure !== "change_pct");
  if (!any("current") || !any("year_ago")) return [];
  // A later row of an indicator already given is a part of it (其中：较大事故起数 under 事故起数), never a second whole.
  const given = new Set<string>();
  return rows.flatMap((facts) => {
    const id = facts[0].indicator;
    if (indicatorById(id)?.domain !== "accident" || given.has(id)) return [];
    given.add(id);
    return [pair(id, sourcedOf(firstFact(facts, id, CURRENT)), sourcedOf(firstFact(facts, id, PREVIOUS)), facts[0])];
  });
}

function hazardRow(t: FactTable, facts: readonly Fact[] | undefined, label: string): HazardRow | undefined {
  const at = (id: string) => firstFact(facts ?? t.whole, id, CURRENT);
  const has = (id: string) =>
    allFacts(t).some((f) => f.indicator === id && f.period.relation === "current" && f.measure !== "change" && f.measure !== "change_pct");
  if (!has("hazards_found") || !has("rectified")) return undefined;
  const value = (id: string) => (has(id) ? sourcedOf(at(id)) : undefined);
  return {
    label,
    found: sourcedOf(at("hazards_found")),
    rectified: sourcedOf(at("rectified")),
    majorFound: value("major_found"),
    majorRectified: value("major_rectified"),
    unitsChecked: value("units_checked"),
    funds: value("rect_funds"), // the follow-up a table states, and the rates it states (narrative/hazardFollowUp.ts, hazards.ts)
    majorPlanned: value("major_planned"),
    listed: value("listed"),
    statedRate: value("rect_rate"),
    majorStatedRate: value("major_rect_rate"),
  };
}

/** The first accident ledger of all accidents: a ledger its title narrows (…较大事故) holds a part, never the whole. */
function accidentLedger(wf: WorkbookFacts): LedgerSource | undefined {
  return wf.sources.find((s): s is LedgerSource => s.kind === "ledger" && s.subtype === "accident" && !s.scope?.length);
}

/** The accident totals of the first accident ledger this period and last (this period alone when it compares with nothing). */
function ledgerTotals(wf: WorkbookFacts): IndicatorPair[] | undefined {
  const ledger = accidentLedger(wf);
  if (!ledger) return undefined;
  const whole = wf.facts.filter((f) => f.source === ledger.id && f.breakdown.length === 0);
  return ["accident_count", "deaths", "injured", "direct_loss"].flatMap((id) => {
    const current = firstFact(whole, id, CURRENT);
    const previous = firstFact(whole, id, PREVIOUS);
    const before = firstFact(whole, id, ["month_before"]);
    const words = current && withWords(sourcedOf(current), ledger, id);
    // A loss some records leave blank (counted as 0) says how many, this period and last.
    const now = words && id === "direct_loss" ? withUnfilled(words, ledger, ledger.current) : words;
    // A month's window gives last month too, the base of 环比 (issue 22).
    const ring = (p: IndicatorPair): IndicatorPair => (before ? { ...p, monthBefore: sourcedOf(before) } : p);
    if (now && ledger.compare === false) return [ring(pair(id, now, { value: null }))];
    const earlier = previous && (id === "direct_loss" ? withUnfilled(sourcedOf(previous), ledger, ledger.previous) : sourcedOf(previous));
    return now && earlier ? [ring(pair(id, now, earlier))] : [];
  });
}

/**
 * Why a ledger's totals make no 同比: it holds no record in the same dates a year earlier (a week's
 * list, a year alone). An archive of many years (2005—2018年) compares with nothing and says nothing.
 */
function ledgerNoPrevious(wf: WorkbookFacts): SummaryFacts["noPrevious"] {
  const ledger = accidentLedger(wf);
  if (ledger?.compare !== false || ledger.current.start.slice(0, 4) !== ledger.current.end.slice(0, 4)) return undefined;
  return { period: ledger.previous.label, source: "ledger" };
}

/** The user's period after the accident ledger's latest record, when it holds none (rule 23). */
function ledgerBeyond(wf: WorkbookFacts, accidents: readonly IndicatorPair[] | undefined): SummaryFacts["beyondLedger"] {
  const ledger = accidentLedger(wf);
  const count = accidents?.find((p) => p.indicator === "accident_count")?.current.value;
  if (ledger?.periodSource !== "user" || !ledger.latestRecord || ledger.latestRecord >= ledger.current.end || count !== 0) return undefined;
  return { period: ledger.current.label, latest: ledger.latestRecord };
}

/**
 * Picks the figures the fixed sections need out of the workbook's facts.
 *
 * @param wf the workbook's facts
 * @param tables its tables (the year-to-date view of a monthly report)
 * @returns the summary facts: accident totals, group tables, loss parts, disaster scope, hazards
 * @example extractFacts(wf, factTables(wf)).accidents?.[0].current.value // 23
 */
export function extractFacts(wf: WorkbookFacts, tables: readonly FactTable[]): SummaryFacts {
  const accidentTables = tables.filter((t) => comparedIndicators(t, "accident").length > 0);
  const regionTable = accidentTables.find((t) => t.source.keyKind === "region");
  const industryTable = accidentTables.find((t) => t.source.keyKind === "industry");
  const byRegion = regionTable && groupTable(regionTable, "region");
  const byIndustry = industryTable && groupTable(industryTable, "industry");
  // The whole a source states comes before a sum of rows: a by-county table of one county (大姚县 3起) is
  // no 全州 figure beside a table whose 各类生产安全事故 row states 45.
  const stated = (t: FactTable | undefined, g: GroupTable | undefined) => (t?.statedTotal ? g?.total.slice() : undefined);
  const statedTable = tables.find((t) => statedAccidentWhole(t).length > 0);
  // A table with no whole (one county: one part is no total) gives no headline.
  const summed = (g: GroupTable | undefined) => (g?.total.some((p) => p.current.value !== null) ? g.total.slice() : undefined);
  // The accident totals and the whole figures of the source that gives them (for its earlier years).
  const candidates: [IndicatorPair[] | undefined, FactTable | undefined][] = [
    [stated(regionTable, byRegion), regionTable],
    [stated(industryTable, byIndustry), industryTable],
    [statedTable && [...statedAccidentWhole(statedTable), ...stackedWholes(statedTable, tables, statedAccidentWhole(statedTable))], statedTable],
    [summed(byRegion), regionTable],
    [summed(byIndustry), industryTable],
  ];
  const chosen = candidates.find(([pairs]) => pairs !== undefined);
  // The loss of the same period from another table of the sheet, where the totals' table gives none (lossBeside.ts).
  let accidents: IndicatorPair[] | undefined = chosen?.[0] && withLossBeside(chosen[0], chosen[1], tables);
  let accidentWhole: readonly Fact[] = chosen?.[1]?.whole ?? [];
  // 据初步统计 is the accident table's own word, never another table's (narrative/figuresStatus.ts).
  let accidentsStatus = chosen?.[0] ? chosen[1]?.source.status : undefined;
  let noPrevious: SummaryFacts["noPrevious"];
  let noComparison = false;
  // The level sentence's figures come from the source of the totals (a table's level rows, a ledger's levels).
  let larger = chosen?.[1] ? largerAccidents(allFacts(chosen[1]), false) : undefined;
  let beyondLedger: SummaryFacts["beyondLedger"];
  let monthBeforePeriod: string | undefined;
  if (!accidents) {
    const keyedTable = tables.find((t) => indicatorKeyedTotals(t).length > 0);
    const keyed = keyedTable && indicatorKeyedTotals(keyedTable);
    const ledger = accidentLedger(wf);
    accidents = keyed ?? ledgerTotals(wf);
    accidentsStatus = keyedTable?.source.status;
    accidentWhole = keyedTable?.whole ?? (ledger ? wf.facts.filter((f) => f.source === ledger.id && f.breakdown.length === 0) : []);
    if (!keyed) noPrevious = ledgerNoPrevious(wf);
    if (!keyed && accidents) noComparison = accidentLedger(wf)?.compare === false;
    const ledgerFacts = ledger && !keyed ? wf.facts.filter((f) => f.source === ledger.id) : [];
    // A ledger's levels are every record's (written, else derived: complete); one that compares with nothing has no year earlier.
    const compared = (f: Fact) => ledger?.compare !== false || f.period.relation !== "year_ago";
    larger = keyedTable ? largerAccidents(allFacts(keyedTable), false) : largerAccidents(ledgerFacts.filter(compared), true);
    // A record stated 一般 whose figures meet 较大 (the 核对's finding) makes the 较大及以上 count one to verify, in its window.
    if (larger && ledger && !keyed)
      larger = {
        ...larger,
        ...(ledger.levelsDerived?.without.length ? { derivedWithout: ledger.levelsDerived.without } : {}),
        pairs: larger.pairs.map((p) =>
          p.indicator === "accident_count"
            ? { ...p, current: withLevelsBelow(p.current, ledger, ledger.current), previous: withLevelsBelow(p.previous, ledger, ledger.previous) }
            : p,
        ),
      };
    if (!keyed) beyondLedger = ledgerBeyond(wf, accidents);
    if (!keyed && accidents?.some((p) => p.monthBefore)) monthBeforePeriod = accidentWhole.find((f) => f.period.relation === "month_before")?.period.label;
  }
  // A table of one period (its sentence is blockParagraphs') tells its level rows as it states them (levelRows.ts).
  const single = accidents
    ? undefined
    : tables.find((t) => t.whole.some((f) => f.indicator === "accident_count" && f.period.relation === "current" && f.measure === "count"));
  const levels = single && levelRows(allFacts(single));
  // 事故起数 and 死亡人数, the figures a bureau is assessed on (rule 20): a ledger's blank 受伤 cells count as 0, and
  // an archive that stopped recording injuries would show a fall of 100% against its earlier years.
  const accidentYears =
    accidents &&
    earlierYears(
      accidentWhole.filter((f) => f.breakdown.length === 0),
      ["accident_count", "deaths"],
    );

  let losses: SummaryFacts["losses"];
  let figuresStatus: SummaryFacts["figuresStatus"];
  let disasterScope: SummaryFacts["disasterScope"];
  let disaster: ReturnType<typeof disasterDetails> | undefined;
  const lossTable = tables.find((t) => allFacts(t).some((f) => LOSS_ORDER.includes(f.indicator)));
  if (lossTable) {
    const present = (id: string) =>
      allFacts(lossTable).some((f) => f.indicator === id && f.period.relation === "current" && f.measure !== "change" && f.measure !== "change_pct");
    const parts: LossPart[] = LOSS_ORDER.filter(present).map((id) => ({
      indicator: id,
      name: LOSS_CATEGORY_NAMES[id],
      value: sourcedOf(wholeOf(lossTable, id)),
    }));
    const total = present("dz_direct_loss") ? sourcedOf(wholeOf(lossTable, "dz_direct_loss")) : sumOf(parts.map((p) => p.value));
    losses = { sheet: lossTable.source.sheet, total, totalStated: present("dz_direct_loss"), parts };
    figuresStatus = lossTable.source.status;
    disaster = disasterDetails(lossTable);
    disasterScope = SCOPE_ORDER.filter(present).map((id) => {
      const ind = indicatorById(id)!;
      return { indicator: id, name: ind.name, classifier: ind.classifier, value: sourcedOf(wholeOf(lossTable, id)) };
    });
  }

  let hazards: SummaryFacts["hazards"];
  const hazardTable = tables.find(
    (t) => t.source.keyKind !== "indicator" && allFacts(t).some((f) => f.indicator === "hazards_found") && allFacts(t).some((f) => f.indicator === "rectified"),
  );
  if (hazardTable) {
    const total = hazardRow(hazardTable, undefined, hazardTable.statedTotal ? (hazardTable.source.totalLabel ?? "合计") : "合计");
    const rows = hazardTable.rows.filter((r) => r.role === "data").flatMap((r) => hazardRow(hazardTable, r.facts, rowLabel(r)) ?? []);
    if (total) hazards = { sheet: hazardTable.source.sheet, total, rows, ...hazardConventions(hazardTable) };
  } else hazards = ledgerHazards(wf);
  const c = wf.context;
  return {
    ...(c.period ? { period: c.period } : {}),
    ...(c.event ? { event: c.event } : {}),
    ...(c.regionWord ? { area: c.regionWord } : {}),
    ...(c.place ? { place: c.place } : {}),
    ...(figuresStatus ? { figuresStatus } : {}),
    ...(accidentsStatus ? { accidentsStatus } : {}),
    disasterTypes: disaster?.types.length ? disaster.types : undefined,
    disasterCounties: disaster?.counties,
    accidents,
    ...(noPrevious ? { noPrevious } : {}),
    ...(noComparison ? { noComparison: true as const } : {}),
    ...(beyondLedger ? { beyondLedger } : {}),
    ...(monthBeforePeriod ? { monthBeforePeriod } : {}),
    ...(larger ? { largerAccidents: larger } : {}),
    ...(levels ? { levelRows: levels } : {}),
    ...(accidentYears ? { accidentYears } : {}),
    byRegion,
    byIndustry,
    losses,
    disasterScope,
    hazards,
  };
}
