/**
 * What each column of a header block means: its header path (merged headers expanded), the
 * indicator it names, its role (key, category, 本期, 去年同期, 增减, rate …), unit and period.
 */
import { cleanHeader, headerCore, normalHeader } from "../registry/headerText";
import type { Indicator } from "../registry/indicators";
import { matchIndicator } from "../registry/matchIndicator";
import { parseUnit, parseUnitList, unitWord } from "../registry/units";
import type { ParsedPeriod } from "../periods/period";
import type { ColumnRole, IndicatorDomain } from "./model";
import type { MeasureKind } from "../facts/measure";
import { settleMeasures } from "./measureKinds";
import { changeComparisonOf, changeRoleOf, currentOf, parsePeriod, type PeriodGroup, type PeriodLabel } from "./periods";
import { type SheetGrid } from "./sheetGrid";
import { type Context, kindAt } from "./tableContext";
import { datedRoles } from "./periodGroups";
import { labelAcross } from "./labelAcross";
import { memoByText } from "../text/memoByText";
import { followersOfTheirCount } from "./followerColumns";

export const KEY_HEADER =
  /^(县|市|区|县\(市\)|县\(市、区\)|县\(市区\)|县市区?|县区|县别|地区|区域|地区名称|单位|单位名称|行业|行业领域|行业类别|领域|项目|指标|指标名称|名称|乡镇|乡\(镇\)|州市|市州|区县|县\(区\)|类别|分类|年份|年度|月份|季度|时间|期间|统计期间|时段|统计时段)$/;
// Breakdowns of one statistic by kind: 灾种, 事故类型, and the fire services' 起火原因 / 起火场所 / 发生区域 / 发生时段.
export const CATEGORY_HEADER =
  /^(灾种|灾害种类|灾害类型|灾害类别|事故类型|事故类别|类型|起火原因|火灾原因|起火场所|火灾场所|发生场所|发生区域|起火区域|发生时段|起火时段)$/;
export const CODE_HEADER = /^(序号|代码|编号|行次|序)$|(代码|编码|编号)$/;

/**
 * The cleaned header path of a column: each header row's shown text, merged repeats removed, and a
 * group label written once across unmerged columns carried over them (labelAcross.ts).
 */
export function headerPath(grid: SheetGrid, column: number, first: number, last: number, left = column): string[] {
  const path: string[] = [];
  let previousMerge: unknown;
  for (let r = first; r <= last; r++) {
    const m = grid.mergeAt(r, column);
    if (m && m === previousMerge) continue;
    previousMerge = m;
    const text = cleanHeader(grid.shown(r, column)) || (column > left ? (labelAcross(grid, r, column, left, last) ?? "") : "");
    if (text !== "" && path[path.length - 1] !== text) path.push(text);
  }
  return path;
}

export interface DraftColumn {
  column: number;
  path: string[];
  indicator?: Indicator;
  confidence: number;
  matchedAlias?: string;
  resolvedTypo?: boolean;
  role: ColumnRole;
  unit?: string;
  periodLabel?: string;
  dated?: ReturnType<typeof parsePeriod>;
  /** The path element the indicator was matched from. */
  matchedHeader?: string;
  industry?: string;
  /** 环比: the change is against the period before. */
  comparison?: "previous_period";
  /** The period a series' aggregate column covers once its parts are read (1—4月 for a 累计 with May empty). */
  resolved?: ParsedPeriod;
  /** In a table read turned: the 其中 part this column of an 其中 row holds (较大事故). */
  ofWhich?: string;
  /** What kind of number the column holds (measureKinds.ts). */
  measure?: MeasureKind;
  /** A comparison with the mean of earlier years: its base's words ("近5年同期均值"; measureKinds.ts). */
  meanOf?: { words: string; indicator?: string };
}

export const PERIOD_OR_CHANGE_WORDS = /[(（][^)）]*[)）]|(同比)?(增减|增长|增幅|降幅)(幅度|数|率)?|本期|去年同期|上年同期|±%?/g;
const EMBEDDED_PERIOD = /(本期|去年同期|上年同期|本年累计|今年)/;

/** A period word inside a longer header ("死亡人数本期", "本期事故起数"). */
export function embeddedPeriod(text: string): PeriodLabel | undefined {
  const m = EMBEDDED_PERIOD.exec(normalHeader(text));
  return m ? parsePeriod(m[1]) : undefined;
}

/**
 * The period of a header path: a relative word nearest the leaf says how the column stands
 * (7月 / 去年同月 is last year's July), and a dated span above it says which span (the group
 * header "1-7月" over 累计 | 去年同期). A path with one period is that period.
 *
 * @param periods the period of each path element, outermost first (undefined where none)
 * @returns the column's period
 * @example pathPeriod([parsePeriod("7月"), parsePeriod("去年同月")])?.kind // "previous"
 */
export function pathPeriod(periods: readonly (PeriodLabel | undefined)[]): PeriodLabel | undefined {
  const present = periods.filter((p): p is PeriodLabel => p !== undefined);
  const relative = [...present].reverse().find((p) => p.kind !== "dated");
  const dated = present.find((p) => p.kind === "dated");
  if (!relative || !dated) return relative ?? dated;
  const group = relative.group ?? dated.group;
  // The dated span is this column's own only when the word says "this period" (本月 under 7月).
  const own = relative.kind === "current" ? dated.parsed.span : undefined;
  return {
    ...relative,
    ...(group ? { group } : {}),
    ...(own ? { year: own.year, startMonth: own.startMonth, endMonth: own.endMonth } : {}),
    parsed: { ...relative.parsed, ...(group ? { group } : {}), ...(own ? { span: own } : {}) },
  };
}

/** Header words that structure a path without naming a group: 其中, 合计, periods, changes, units. */
export function isStructuralWord(text: string): boolean {
  const core = headerCore(text);
  // A units row under the header ("(次)", "公顷") names a unit, never a group.
  return (
    core === "" ||
    /^(合计|总计|小计|数量|计)$/.test(core) ||
    parsePeriod(text) !== undefined ||
    changeRoleOf(text) !== undefined ||
    unitWord(text) !== undefined
  );
}

export function dominantDomain(columns: DraftColumn[]): IndicatorDomain | undefined {
  const counts = new Map<IndicatorDomain, number>();
  // Denominators and measurements (domain "other": GDP, 人口, 降雨量) sit beside any domain's figures.
  for (const c of columns) if (c.indicator && c.indicator.domain !== "other") counts.set(c.indicator.domain, (counts.get(c.indicator.domain) ?? 0) + 1);
  let best: IndicatorDomain | undefined;
  let bestCount = 0;
  for (const [d, n] of counts) if (n > bestCount) [best, bestCount] = [d, n];
  return best;
}

export function describeColumns(
  grid: SheetGrid,
  first: number,
  last: number,
  left: number,
  right: number,
  unitRow: string[],
  titled?: IndicatorDomain,
): DraftColumn[] {
  const paths: string[][] = [];
  for (let c = left; c <= right; c++) paths.push(headerPath(grid, c, first, last, left));
  // The reading of a header is a function of its paths, units row and title's area: returns of one form read it once.
  return describedHeader(JSON.stringify([paths, unitRow, titled ?? null])).map((d, i) => ({ ...d, column: left + i, path: [...d.path] }));
}

/** Past this many distinct headers the memo starts over. */
const HEADERS_REMEMBERED = 256;

/** What a header's columns mean, per header (the key is describeColumns' JSON of paths, units row and area); never changed by callers. */
const describedHeader = memoByText((key: string): readonly DraftColumn[] => {
  const [paths, unitRow, titledOrNull] = JSON.parse(key) as [string[][], string[], IndicatorDomain | null];
  return describePaths(paths, unitRow, titledOrNull ?? undefined);
}, HEADERS_REMEMBERED);

function describePaths(paths: string[][], unitRow: string[], titled?: IndicatorDomain): DraftColumn[] {
  const drafts: DraftColumn[] = paths.map((path, column) => ({ column, path, confidence: 0, role: "value" }));
  const match = (domain?: IndicatorDomain) => {
    for (const d of drafts) {
      const m = d.path.length ? matchIndicator(d.path, domain ? { domain } : {}) : undefined;
      d.indicator = m?.indicator;
      d.confidence = m?.confidence ?? 0;
      d.matchedAlias = m?.matchedAlias;
      d.resolvedTypo = m?.resolvedTypo;
      d.matchedHeader = m?.header;
    }
  };
  // The title's area decides first (…自然灾害… over 直接经济损失), else the area most columns name.
  match(titled);
  const domain = titled ?? dominantDomain(drafts);
  if (domain && domain !== titled) match(domain);
  for (const d of drafts) {
    const leaf = d.path[d.path.length - 1] ?? "";
    const leafCore = headerCore(leaf);
    for (const p of [...d.path].reverse()) {
      // A unit in the header ("受灾人口(人)", "事故/起") or a units row under it ("人").
      const unit = parseUnit(p) ?? unitWord(p);
      if (unit) {
        d.unit = unit;
        break;
      }
    }
    const change = d.path.map(changeRoleOf).find((r) => r !== undefined);
    // A key header that reads like a period (年度, 时间) names the key column, not a period.
    const period = KEY_HEADER.test(leafCore) ? undefined : pathPeriod(d.path.map((p) => parsePeriod(p) ?? embeddedPeriod(p)));
    if (change) {
      // 比上年增减 over a units row's "%" (or 增减(%) in the header) is a change in percent.
      d.role = change === "change_abs" && d.unit === "%" ? "change_pct" : change;
      if (d.role === "change_pct") d.unit = "%";
      if (d.path.some((p) => changeComparisonOf(p))) d.comparison = "previous_period";
    } else if (period) {
      d.role =
        period.kind === "previous" ? "previous" : period.kind === "previous_period" ? "previous_period" : period.kind === "earlier" ? "value" : "current";
      d.periodLabel = period.label;
      d.dated = period;
    } else if (d.indicator?.aggregation === "rate" || d.unit === "%") {
      d.role = "rate";
    } else if (CODE_HEADER.test(leafCore)) {
      d.role = "code";
    } else if (!d.indicator && CATEGORY_HEADER.test(leafCore)) {
      d.role = "category";
    } else if (!d.indicator && KEY_HEADER.test(leafCore)) {
      d.role = "key";
    }
    if (!d.unit && unitRow.length > 0) {
      // A unit row names units for the whole table: each column takes the one its indicator accepts.
      const percent = d.role === "change_pct" || d.role === "rate";
      d.unit = unitRow.find((u) => (percent ? u === "%" : d.indicator ? d.indicator.units[u] !== undefined : unitRow.length === 1));
    }
  }
  settleMeasures(drafts);
  // A group named below the indicator (事故起数/采矿); the ±% column after it shares it.
  drafts.forEach((d, i) => {
    if (!d.indicator || d.matchedHeader === undefined) return;
    // The matched header may be the cleaned form of a path entry ("事故起数" in "事故起数（起）"):
    // the group lies below that entry, never in it.
    const matched = d.matchedHeader;
    let at = d.path.lastIndexOf(matched);
    for (let k = d.path.length - 1; at < 0 && k >= 0; k--) if (d.path[k].includes(matched)) at = k;
    // A units row under the header ("人", "公顷") is the column's unit, never a group (isStructuralWord).
    const below = d.path.slice(at + 1).filter((p) => !isStructuralWord(p));
    if (below.length > 0) d.industry = below[below.length - 1];
    else if (d.role === "change_pct" || d.role === "change_abs") {
      const before = drafts[i - 1];
      if (before?.industry && before.indicator === d.indicator) d.industry = before.industry;
    }
  });
  assignDatedRoles(drafts);
  changesOfTheirIndicator(drafts);
  followersOfTheirCount(drafts);
  return drafts;
}

/**
 * A flat header (事故起数（起） | 同比增减 | 幅度(%) | 死亡人数（人） | 同比增减 | 幅度(%)): each change
 * column without an indicator of its own is the change of the indicator to its left.
 */
function changesOfTheirIndicator(drafts: DraftColumn[]): void {
  let figure: DraftColumn | undefined;
  for (const d of drafts) {
    if (d.role === "change_pct" || d.role === "change_abs") {
      if (!d.indicator && figure) {
        d.indicator = figure.indicator;
        if (figure.industry && !d.industry) d.industry = figure.industry;
      }
    } else figure = d.indicator && (d.role === "current" || d.role === "value") ? d : undefined;
  }
}

/**
 * Roles of dated period columns: of two labels the later year is current and the earlier
 * previous; with several spans (2024年6月 | 2023年6月 | 2024年1—6月 | 2023年1—6月) or a series
 * (2019年 … 2023年, 1月 … 12月) each span is compared within itself (datedRoles); a single label is
 * a single-period value.
 *
 * @param drafts the columns of a header (or the period rows of a table read turned)
 */
export function assignDatedRoles(drafts: DraftColumn[]): void {
  datedByYear(drafts);
  datedByNeighbours(drafts);
}

function datedByYear(drafts: DraftColumn[]): void {
  const dated = drafts.filter((d) => d.dated && d.dated.kind === "dated");
  const labels = [...new Set(dated.map((d) => d.periodLabel))];
  const spans = new Set(dated.map((d) => `${d.dated!.startMonth ?? ""}-${d.dated!.endMonth ?? ""}`));
  if (labels.length >= 3 || (labels.length >= 2 && spans.size >= 2)) {
    // A monthly report with dated groups (2024年6月 | 2023年6月 | 2024年1—6月 | 2023年1—6月), or a series of
    // years or months: compare within each span.
    const roles = datedRoles(dated.map((d) => d.dated!));
    for (const d of dated)
      d.role = roles.get(d.periodLabel!) === "value" ? (d.indicator?.aggregation === "rate" ? "rate" : "value") : roles.get(d.periodLabel!)!;
  } else if (labels.length >= 2) {
    const a = dated.find((d) => d.periodLabel === labels[0])!.dated!;
    const b = dated.find((d) => d.periodLabel === labels[1])!.dated!;
    const current = currentOf(a, b) === "first" ? a.label : b.label;
    for (const d of dated) d.role = d.periodLabel === current ? "current" : "previous";
  } else if (labels.length === 1 && !drafts.some((d) => d.role === "previous")) {
    for (const d of dated) d.role = d.indicator?.aggregation === "rate" ? "rate" : "value";
  }
}

/** The monthly-report group of each column: its own, else the one before it (本期 and 去年同期 name none). */
function groupsOf(drafts: readonly DraftColumn[]): (PeriodGroup | undefined)[] {
  let last: PeriodGroup | undefined;
  return drafts.map((d) => {
    const own = d.dated?.group;
    if (own) last = own;
    return d.dated || d.role === "change_pct" || d.role === "change_abs" ? last : undefined;
  });
}

/**
 * Dated columns among words (6月 | 去年同月 | 同比 | 5月 | 环比 | 1-6月累计 | 去年同期 | 同比): a dated
 * column in a group with a 去年同… word and no current one is that group's current; the month
 * before it, where a 环比 is stated, is the base of that 环比 (上月); and a single month beside the
 * year to date ending with it (3月份 | 1-3月份) is a monthly report's two current figures.
 * Columns are judged per indicator (and per group named below it), so a multi-indicator header
 * decides each indicator alone.
 */
function datedByNeighbours(drafts: DraftColumn[]): void {
  const groups = groupsOf(drafts);
  const byKey = new Map<string, number[]>();
  drafts.forEach((d, j) => {
    if (!d.dated && d.role !== "change_pct" && d.role !== "change_abs") return;
    const key = `${d.indicator?.id ?? ""}|${d.industry ?? ""}`;
    byKey.set(key, [...(byKey.get(key) ?? []), j]);
  });
  for (const columns of byKey.values()) {
    const dated = (g: PeriodGroup | undefined) => columns.filter((j) => groups[j] === g && drafts[j].role === "value" && drafts[j].dated?.kind === "dated");
    const has = (g: PeriodGroup | undefined, role: ColumnRole) => columns.some((j) => groups[j] === g && drafts[j].role === role);
    for (const g of ["month", "cumulative"] as const) {
      const candidates = dated(g);
      if (candidates.length === 0 || has(g, "current") || !has(g, "previous")) continue;
      const latest = candidates.reduce((a, b) => ((drafts[b].dated!.endMonth ?? 0) > (drafts[a].dated!.endMonth ?? 0) ? b : a));
      drafts[latest].role = "current";
    }
    // 环比: the month before the current month is its base.
    const current = columns.find((j) => groups[j] === "month" && drafts[j].role === "current" && drafts[j].dated?.endMonth !== undefined);
    if (current !== undefined && columns.some((j) => drafts[j].comparison === "previous_period")) {
      const m = drafts[current].dated!.endMonth!;
      for (const j of dated("month")) if (drafts[j].dated!.endMonth === (m === 1 ? 12 : m - 1)) drafts[j].role = "previous_period";
    }
    // 3月份 | 1-3月份 with nothing else dated: the month and the year to date of one report.
    const months = dated("month");
    const toDate = dated("cumulative");
    if (months.length === 1 && toDate.length === 1 && !has("month", "current") && !has("cumulative", "current")) {
      const [m, c] = [drafts[months[0]].dated!, drafts[toDate[0]].dated!];
      if (m.endMonth === c.endMonth && c.startMonth === 1 && (m.year === undefined || c.year === undefined || m.year === c.year)) {
        drafts[months[0]].role = "current";
        drafts[toDate[0]].role = "current";
      }
    }
  }
}

export function unitRowAbove(ctx: Context, headerFirst: number): string[] {
  for (let r = headerFirst - 1; r >= Math.max(ctx.grid.top, headerFirst - 4); r--) {
    if (kindAt(ctx, r) !== "unit") continue;
    for (let c = ctx.left; c <= ctx.right; c++) {
      const units = parseUnitList(ctx.grid.value(r, c));
      if (units.length) return units;
    }
  }
  return [];
}

export function titleAbove(ctx: Context, headerFirst: number): string | undefined {
  for (let r = headerFirst - 1; r >= Math.max(ctx.grid.top, headerFirst - 5); r--) {
    if (kindAt(ctx, r) !== "title") continue;
    for (let c = ctx.left; c <= ctx.right; c++) {
      const t = cleanHeader(ctx.grid.value(r, c));
      if (t) return t;
    }
  }
  return undefined;
}

/**
 * The sheet's own title: the first title row of the band above the table's header. Stacked tables
 * are titled by their section headings (一、事故起数), while the place and period of them all are
 * named once at the top of the sheet (2024年湖北省生产安全事故分月情况).
 *
 * @param ctx the band being read
 * @param headerFirst the table's first header row
 * @returns the title's text, or undefined when the sheet has none above the table
 * @example sheetTitleAbove(ctx, 12) // "2024年湖北省生产安全事故分月情况"
 */
export function sheetTitleAbove(ctx: Context, headerFirst: number): string | undefined {
  for (let r = ctx.grid.top; r < headerFirst; r++) {
    if (kindAt(ctx, r) !== "title") continue;
    for (let c = ctx.left; c <= ctx.right; c++) {
      const t = cleanHeader(ctx.grid.value(r, c));
      if (t) return t;
    }
  }
  return undefined;
}
