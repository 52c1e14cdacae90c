/**
 * The subjects a workbook's facts and tables name, for a title when no section of figures names one
 * (a table of years with no current one, fire tables by cause, a table the planner could not sum, a
 * header it could not read): "全国自然灾害情况", "4月全州火灾情况", never "统计汇总" while the workbook
 * says what it is about (issue 22, consistency). Read from the facts, the indicators each table was
 * recognised to hold and, failing those, the words of a table's title.
 */
import type { WorkbookFacts } from "../facts";
import { indicatorById, type Indicator } from "../registry/indicators";
import { titleDomain } from "../registry/titleDomain";

/** An indicator's area (accident, disaster …), named through the registry: the planner imports nothing of the reader. */
type IndicatorDomain = Indicator["domain"];

/** A subject in Chinese and in English. */
export type TitleSubject = readonly [zh: string, en: string];

/** Each area's subject, in report order. */
const SUBJECTS: readonly [IndicatorDomain, string, string][] = [
  ["accident", "生产安全事故", "work-safety accidents"],
  ["disaster", "自然灾害", "natural disasters"],
  ["forest_fire", "森林火灾", "forest fires"],
  ["fire", "火灾", "fires"],
  ["hazard", "隐患排查整改", "hazard rectification"],
  ["enforcement", "安全生产行政执法", "work-safety enforcement"],
];

/**
 * The subjects of a workbook, in report order: the areas of its facts, else of the indicators its
 * tables were recognised to hold, else of its tables' titles.
 *
 * @param all the workbook's facts
 * @returns the subjects, empty when nothing names one
 * @example workbookSubjects(factsOfFireTables) // [["火灾", "fires"]]
 */
export function workbookSubjects(all: WorkbookFacts): TitleSubject[] {
  const domainOf = (id: string) => indicatorById(id)?.domain;
  const tables = all.sources.flatMap((s) => (s.kind === "table" ? [s] : []));
  const tries: (IndicatorDomain | undefined)[][] = [
    all.facts.filter((f) => f.value !== null).map((f) => domainOf(f.indicator)),
    tables.flatMap((t) => t.recognition.indicators.map(domainOf)),
    tables.map((t) => titleDomain(t.title)),
  ];
  for (const domains of tries) {
    const found = SUBJECTS.filter(([d]) => domains.includes(d));
    if (found.length) return found.map(([, zh, en]) => [zh, en]);
  }
  return [];
}
