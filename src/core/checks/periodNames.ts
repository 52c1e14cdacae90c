/**
 * 核对: a file name and a sheet name that name different periods ("2005_7.xls" holding a sheet
 * "2005_6"): one of them is wrong, and the summary's period rests on it (issue 26.4). Spans are
 * compared by the months they cover: a day inside the sheet's months ("…-2005-01-02.xls" beside
 * a sheet "2005_1-2") is no disagreement, and neither is a name without a year.
 */
import { findPeriodIn } from "../periods/findPeriod";
import type { PeriodSpan } from "../periods/period";
import type { Finding } from "../reader/model";
import { MESSAGES } from "../messages";

/** The months a span covers, as year × 12 + month − 1, first and last; undefined without a year. */
function monthsOf(span: PeriodSpan | undefined): [number, number] | undefined {
  if (!span || span.year === undefined) return undefined;
  const month = (date: string | undefined) => (date && /^\d{4}-\d{2}/.test(date) ? Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 : undefined);
  const first = month(span.start) ?? span.year * 12 + (span.startMonth ?? 1) - 1;
  const last = month(span.end) ?? span.year * 12 + (span.endMonth ?? span.startMonth ?? 12) - 1;
  return [first, last];
}

/**
 * Sheets whose name states a period the file name contradicts (the two cover no month in common).
 *
 * @param sheetNames the names of the sheets read
 * @param fileName the workbook's file name, where known
 * @returns one warning per such sheet
 * @example checkPeriodNames(["2005_6"], "2005_7.xls")[0].kind // "period_name_mismatch"
 */
export function checkPeriodNames(sheetNames: readonly string[], fileName: string | undefined): Finding[] {
  const file = fileName ? findPeriodIn(fileName.replace(/\.[A-Za-z]{2,4}$/, "")) : undefined;
  const fileMonths = monthsOf(file?.span);
  if (!file || !fileMonths) return [];
  return sheetNames.flatMap((sheet): Finding[] => {
    const own = findPeriodIn(sheet);
    const months = monthsOf(own?.span);
    if (!own || !months || (months[0] <= fileMonths[1] && fileMonths[0] <= months[1])) return [];
    return [
      {
        kind: "period_name_mismatch",
        severity: "warning",
        sheet,
        cell: "",
        sources: [],
        stated: null,
        recomputed: null,
        message: MESSAGES.checks.periodNamesDisagree(fileName!, file.label, sheet, own.label),
      },
    ];
  });
}
