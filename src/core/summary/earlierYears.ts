/**
 * The same period in the years before the report year, for the several-year average releases
 * compare with ("与近5年同期均值相比", MEM; issue 22 "several years"; docs/report-rules.md rule 20).
 * Only years the source holds in full count: the run of years right before the report year,
 * each with the current figure's own span (1—6月 against 1—6月, a whole year against whole
 * years), stops at the first year missing, empty or marked incomplete; fewer than three is no
 * several-year average (近2年 is a 同比 and one year more).
 */
import type { Fact } from "../facts";
import type { PeriodSpan } from "../periods/period";
import { firstFact } from "./factTables";
import type { EarlierYears } from "./facts";
import { sourcedOf } from "./sourced";

/** At least this many earlier years make a several-year average; at most this many are used (近5年). */
export const MIN_EARLIER_YEARS = 3;
export const MAX_EARLIER_YEARS = 5;

const EARLIER = ["year_ago", "series"];

function yearOf(span: PeriodSpan | undefined): number | undefined {
  return span?.year ?? (span?.start ? Number(span.start.slice(0, 4)) : undefined);
}

/** What makes two spans "the same period" of different years: the kind and the months, or the days of a dated range. */
function shapeOf(span: PeriodSpan | undefined): string | undefined {
  if (!span) return undefined;
  if (span.kind === "range" || span.kind === "day") return span.start && span.end ? `${span.kind}:${span.start.slice(4)}:${span.end.slice(4)}` : undefined;
  return `${span.kind}:${span.startMonth ?? ""}:${span.endMonth ?? ""}`;
}

/**
 * The facts of one indicator in the same period of each of the years right before the current
 * figure's, newest first, as long as each year is there in full.
 *
 * @param whole the source's whole figures (no breakdown), all relations
 * @param indicator the registry id
 * @returns the current fact and the earlier ones (newest first), or undefined without a current figure
 */
function runOfYears(whole: readonly Fact[], indicator: string): { current: Fact; earlier: Fact[] } | undefined {
  const current = firstFact(whole, indicator, ["current"]);
  const shape = shapeOf(current?.period.span);
  const year = yearOf(current?.period.span);
  if (!current || current.value === null || shape === undefined || year === undefined) return undefined;
  const earlier: Fact[] = [];
  for (let k = 1; k <= MAX_EARLIER_YEARS; k++) {
    const found = whole.find(
      (f) =>
        f.indicator === indicator &&
        EARLIER.includes(f.period.relation) &&
        f.breakdown.length === 0 &&
        f.measure !== "change" &&
        f.measure !== "change_pct" &&
        shapeOf(f.period.span) === shape &&
        yearOf(f.period.span) === year - k,
    );
    if (!found || found.value === null || found.period.span?.complete === false) break;
    earlier.push(found);
  }
  return { current, earlier };
}

/**
 * The several-year figures of a source's indicators: every indicator with as many full earlier
 * years as the first one (事故起数) has, when that is 3 or more.
 *
 * @param whole the source's whole figures (no breakdown), all relations
 * @param indicators the indicators in the order the sentence names them; the first decides the years
 * @returns the years and figures, or undefined when the source holds fewer than 3 earlier years
 * @example earlierYears(ledgerFacts, ["accident_count", "deaths"])?.years // 5
 */
export function earlierYears(whole: readonly Fact[], indicators: readonly string[]): EarlierYears | undefined {
  const runs = indicators.flatMap((id) => {
    const run = runOfYears(whole, id);
    return run ? [{ id, ...run }] : [];
  });
  const years = runs[0]?.earlier.length ?? 0;
  if (years < MIN_EARLIER_YEARS) return undefined;
  const span = runs[0].current.period.span!;
  const figures = runs
    .filter((r) => r.earlier.length >= years)
    .map((r) => ({ indicator: r.id, current: sourcedOf(r.current), earlier: r.earlier.slice(0, years).map(sourcedOf) }));
  return { years, wholeYear: span.kind === "year", figures };
}
