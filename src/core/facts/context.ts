/**
 * The words a summary uses for the whole workbook: the report period as the workbook writes it, the
 * region word (全州, 全省) from a total row, a title or the place, the place (楚雄州, 池州市) from a title or its counties,
 * and every period word the sources write. docs/report-rules.md, rules 1 and 2.
 */
import type { TableModel, WorkbookModel } from "../reader/model";
import { figuresPeriod, hasPeriodGroups, primaryPeriodView } from "../reader/periodGroups";
import { indicatorById } from "../registry/indicators";
import { findPeriodIn, issueIn } from "../periods/findPeriod";
import { parsePeriodText } from "../periods/parsePeriod";
import { periodText } from "../periods/periodText";
import { CHUXIONG_REGIONS, matchRegion } from "../registry/regions";
import type { Fact } from "./fact";
import { rowPeriods } from "./rowPeriods";
import type { FactsContext } from "./workbook";

/** The period a title opens with: 2024年1—6月, 2024年1月至5月, 2020年1月1日至5月31日, 2005年—2007年, 2024年上半年, 2019年第一季度. */
const TITLE_PERIOD = /^\d{4}年(?:[\d年月日份至到及—–\-~～]|[上下]半年|前三季度|第?[一二三四1-4]季度|全年|年度|度)*/;
const PLACE = /^([\u4e00-\u9fff]{2,4}?(?:彝族自治州|自治州|州|盟|市|省|县|区|旗))/;

/**
 * The place a title names after its period ("楚雄州2024年1—6月…" or "2024年1—6月楚雄州…" → "楚雄州").
 *
 * @param title a table title
 * @returns the place, or undefined
 * @example placeInTitle("池州市2020年1—7月生产安全事故分行业分地区统计表") // "池州市"
 */
export function placeInTitle(title: string | undefined): string | undefined {
  const s = title?.replace(/\s/g, "").replace(TITLE_PERIOD, "");
  if (!s || /^全/.test(s)) return undefined;
  return PLACE.exec(s)?.[1];
}

function areaOf(label: string | undefined): string | undefined {
  return label?.match(/^(全[州市省县区盟旗国])/)?.[1];
}

/** The region word a title writes ("2024年1—5月全省生产安全事故情况" → "全省"; 中华人民共和国…统计公报 → "全国"). */
function areaInTitle(title: string | undefined): string | undefined {
  const s = title?.replace(/\s/g, "");
  if (!s) return undefined;
  if (/^中华人民共和国/.test(s)) return "全国";
  return s.match(/全[国省市州县区盟旗]/)?.[0];
}

/**
 * The region word a place gives by its last character: the one rule, for the facts' context and for
 * a summary whose facts name only the place.
 *
 * @param place 楚雄州, 广州市, 罗湖区 …
 * @returns 全州, 全市, 全区 …, or undefined
 * @example areaOfPlace("罗湖区") // "全区"
 */
export function areaOfPlace(place: string | undefined): string | undefined {
  const last = place?.slice(-1);
  return last && /[州市省县区盟旗]/.test(last) ? `全${last}` : undefined;
}

/** The area a source covers, as its title or its 合计 row writes it: a place (楚雄州), else a region word (全国, 全省). */
export interface SourceArea {
  readonly place?: string;
  readonly word?: string;
}

/**
 * The area a source's words name: the place of its title, else the region word of its title or its 合计 row.
 *
 * @param title the table's title
 * @param totalLabel its 合计 row's label as written
 * @returns the area; empty when the source names none
 * @example sourceArea("2024年1—6月全国主要经济指标") // { word: "全国" }
 */
export function sourceArea(title: string | undefined, totalLabel?: string): SourceArea {
  const place = placeInTitle(title);
  if (place) return { place };
  const word = areaInTitle(title) ?? areaOf(totalLabel);
  return word ? { word } : {};
}

/**
 * Whether two sources may be of one area: the same place, or the same region word (a place gives its
 * word: 楚雄州 is 全州); a source that names no area may be of any.
 *
 * @param a one source's area
 * @param b the other's
 * @returns false only when their words show two areas (全国 beside 楚雄州, 云南省 beside 楚雄州)
 * @example sameArea({ word: "全国" }, { place: "楚雄州" }) // false
 */
export function sameArea(a: SourceArea, b: SourceArea): boolean {
  if (a.place && b.place) return a.place === b.place;
  const [x, y] = [a.word ?? areaOfPlace(a.place), b.word ?? areaOfPlace(b.place)];
  return !x || !y || x === y;
}

/** Accident indicators a table compares (a current and a previous column, no group under the indicator). */
function comparesAccidents(table: TableModel): boolean {
  return table.columns.some(
    (c) =>
      c.indicator &&
      c.role === "current" &&
      !c.industry &&
      indicatorById(c.indicator)?.domain === "accident" &&
      table.columns.some((p) => p.indicator === c.indicator && p.role === "previous" && !p.industry),
  );
}

/** The months a series of monthly figures covers, January to the last month with a figure ("2024年1—4月" when May onwards are empty). */
function seriesPeriod(facts: readonly Fact[]): string | undefined {
  const months = facts.filter((f) => f.period.relation === "series" && f.period.span?.kind === "month" && f.value !== null).map((f) => f.period.span!);
  const years = new Set(months.map((m) => m.year));
  if (months.length === 0 || years.size !== 1) return undefined;
  const year = months[0].year;
  const last = Math.max(...months.map((m) => m.endMonth ?? 0));
  return periodText({ kind: last === 1 ? "month" : "cumulative", startMonth: 1, endMonth: last }, year);
}

/** The report period: a title's or period column's "2024年1—6月", a monthly report's year to date, else an accident ledger's window. */
function reportPeriod(model: WorkbookModel, tables: readonly TableModel[], monthly: boolean, facts: readonly Fact[]): string | undefined {
  let period: string | undefined;
  for (const t of tables) {
    for (const text of [t.title, t.periods.current]) {
      // 2024年1—6月, 2024年1-5月, 2024年1月至5月 (not 2024年1月 of the last, nor of a dated range 2015年7月20日—7月26日).
      const m = text?.match(/\d{4}年(?:\d{1,2}月?(?:[—–-]{1,2}|至|到|~|～))?\d{1,2}月(?!\d{1,2}日)/);
      if (m && period === undefined) period = m[0];
    }
  }
  if (period === undefined) period = model.ledgers.find((l) => l.subtype === "accident")?.current.label;
  if (monthly || period === undefined) {
    // A monthly report's figures are the year to date its columns state ("1—6月累计" under a title "2024年6月…" is 2024年1—6月).
    // A table of one period per column (1月 … 12月) is a series: its first column is not the report period.
    const single = (t: TableModel) => facts.some((f) => f.source === t.id && f.period.relation !== "series");
    const source = model.tables.find(hasPeriodGroups) ?? model.tables.find((t) => single(t) && figuresPeriod(t));
    period = (source && figuresPeriod(source, monthly ? "cumulative" : undefined)?.label) ?? period;
  }
  // Nothing understood: the period a table states still names the sheet (2025年一季度), unless its columns are a series.
  if (period === undefined && !facts.some((f) => f.value !== null)) {
    const stated = model.tables.find((t) => t.columns.every((c) => c.period?.relation !== "series") && figuresPeriod(t));
    period = stated && figuresPeriod(stated)?.label;
  }
  // Periods down the side (2024年 / 2023年, a yearbook's bare 2005): the current row's.
  const rowPeriod = facts.find((f) => f.period.relation === "current" && f.period.span && f.period.label && /^\d{4}(年|$)/.test(f.period.label))?.period.span;
  return period ?? (rowPeriod && periodText(rowPeriod)) ?? seriesPeriod(facts);
}

/**
 * The titles of the tables, then the sheets' own titles above tables titled by section headings (the
 * nearer title first), then the ledgers' (楚雄州2024年1—6月生产安全事故台账): one rule for the place and region word of both.
 */
function titlesOf(model: WorkbookModel): (string | undefined)[] {
  return [...model.tables.map((t) => t.title), ...model.tables.map((t) => t.sheetTitle), ...model.ledgers.map((l) => l.title)];
}

/** The place: a title's, else 楚雄州 when at least two of its region rows (or hazard groups) are 楚雄州's counties. */
function placeOf(model: WorkbookModel, tables: readonly TableModel[]): string | undefined {
  for (const title of titlesOf(model)) {
    const p = placeInTitle(title);
    if (p) return p;
  }
  const hazardTable = tables.find((t) => t.columns.some((c) => c.indicator === "hazards_found") && t.columns.some((c) => c.indicator === "rectified"));
  const hazardLedger = model.ledgers.find((l) => l.subtype === "hazard" && l.hazards);
  const hazardLabels = hazardTable
    ? hazardTable.rows.filter((r) => r.role === "data").map((r) => r.region ?? r.label)
    : (hazardLedger?.hazards?.byRegion.map((g) => g.key) ?? []);
  const regions = new Set([...model.tables.flatMap((t) => t.rows.map((r) => r.region ?? "")), ...hazardLabels]);
  const known = CHUXIONG_REGIONS.filter((r) => regions.has(r)).length;
  // Two of 楚雄州's counties among 234 of eleven provinces (a national flood export) do not make it 楚雄州's
  // table: a county named outside 楚雄州 leaves the place unsaid, never guessed.
  const elsewhere = [...regions].some(
    (r) => r !== "楚雄州" && !CHUXIONG_REGIONS.includes(r) && matchRegion(r)?.kind === "county" && matchRegion(r)!.confidence < 1,
  );
  return known >= 2 && !elsewhere ? "楚雄州" : undefined;
}

/**
 * The context of a workbook's facts.
 *
 * @param model what the reader found
 * @param facts the facts its tables and ledgers gave
 * @returns the report period, the region word, the place and the period words
 * @example factsContext(sampleModel, sampleFacts) // { period: "2024年1—6月", regionWord: "全州", place: "楚雄州", periodWords: ["本期", "去年同期"] }
 */
export function factsContext(model: WorkbookModel, facts: readonly Fact[]): FactsContext {
  const monthly = model.tables.some(hasPeriodGroups);
  const tables = monthly ? model.tables.map(primaryPeriodView) : model.tables;
  const accidentTables = tables.filter(comparesAccidents);
  const regionTable = accidentTables.find((t) => t.keyKind === "region");
  const place = placeOf(model, tables);
  // The source's own word first (a 全州合计 row, a title's 全省), else the place's (domain.md: every opening sentence names the area).
  const regionWord =
    areaOf(regionTable?.rows.find((r) => r.role === "total")?.label) ??
    areaOf(tables.flatMap((t) => t.rows.filter((r) => r.role === "total").map((r) => r.label)).find((l) => areaOf(l))) ??
    titlesOf(model)
      .map(areaInTitle)
      .find((w) => w !== undefined) ??
    areaOfPlace(place);
  const words = new Set<string>();
  for (const t of model.tables) for (const c of t.columns) if (c.periodLabel) words.add(c.periodLabel);
  // Periods down the side the reader did not turn (a yearbook's 2000 … 2005): each row's label as written.
  for (const t of model.tables) {
    const periods = rowPeriods(t);
    for (const r of t.rows) if (periods.get(r.row)?.label === r.label) words.add(r.label);
  }
  // The table's own period from its title or 统计时间 line (2020年1至10月 → 2020年1—10月), beside the columns' words (19.8).
  for (const t of model.tables) {
    const own = t.period && (t.period.from === "title" || t.period.from === "line") ? t.period.period : undefined;
    // An event's days joined from a title and a line keep both as written (7月16日以来, 截至2020年7月21日17时).
    if (own) (own.words ?? [own.label]).forEach((w) => words.add(w));
    // A periodical's issue (2021年第34期) names its period in words no calendar span has.
    const issue = issueIn(t.title ?? "") ?? issueIn(t.sheetTitle ?? "");
    if (issue) words.add(issue);
  }
  // The sheet's own title over tables titled by section headings (2020年1-2月份佛山市…): its period as written.
  for (const t of model.tables) {
    const stated = t.sheetTitle ? findPeriodIn(t.sheetTitle) : undefined;
    if (stated) words.add(stated.label);
  }
  for (const l of model.ledgers) {
    (l.titlePeriodWords ?? []).forEach((w) => words.add(w));
    if (l.subtype === "accident") [l.current.label, l.previous.label].forEach((w) => words.add(w));
  }
  const period = reportPeriod(model, tables, monthly, facts);
  // A system export of one disaster event: its period is the event's day (reader/eventPeriod.ts).
  const eventTable = tables.find((t) => t.period?.event && period === periodText(t.period.period.span));
  const event = eventTable?.period?.event;
  const periodSpan = period ? (eventTable?.period?.period.span ?? parsePeriodText(period)?.span) : undefined;
  return {
    ...(period ? { period } : {}),
    ...(periodSpan ? { periodSpan } : {}),
    ...(event ? { event } : {}),
    ...(regionWord ? { regionWord } : {}),
    ...(place ? { place } : {}),
    periodWords: [...words],
  };
}
