/**
 * A period as a report writes it: "2024年1—6月", "2024年6月", "2024年一季度", "2024年前三季度",
 * "2024年上半年", "2023年" for a whole year (never "1—12月" unless the source wrote months), and
 * dated ranges as "2024年1月1日至6月30日" (docs/periods.md).
 */
import type { ParsedPeriod } from "./period";

const QUARTER_WORDS = ["一", "二", "三", "四"];

function dayText(iso: string, withYear: boolean): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${withYear ? `${y}年` : ""}${m}月${d}日`;
}

/**
 * The report's label of a period: the year (the period's own, else the one given) and the span.
 *
 * @param period a parsed period
 * @param year the year to use when the period names none (from the title, the sheet, the file)
 * @returns the label, or "" for a relative word with nothing to place it
 * @example periodText({ label: "1-6月", span: "months", startMonth: 1, endMonth: 6 }, 2024) // "2024年1—6月"
 * @example periodText({ label: "全年", span: "year" }, 2023) // "2023年"
 * @example periodText({ label: "Q3", span: "quarter", startMonth: 7, endMonth: 9 }, 2024) // "2024年三季度"
 */
export function periodText(period: ParsedPeriod, year?: number): string {
  const y = period.year ?? year;
  const prefix = y !== undefined ? `${y}年` : "";
  const { startMonth: s, endMonth: e } = period;
  switch (period.span) {
    case "year":
      return y !== undefined ? `${y}年` : "全年";
    case "half":
      return `${prefix}${s === 1 ? "上" : "下"}半年`;
    case "quarter":
      return `${prefix}${QUARTER_WORDS[(e ?? 3) / 3 - 1]}季度`;
    case "quarters":
      return `${prefix}前${QUARTER_WORDS[(e ?? 3) / 3 - 1]}季度`;
    case "month":
      return `${prefix}${e}月`;
    case "months":
      return `${prefix}${s}—${e}月`;
    case "range": {
      if (!period.startDate || !period.endDate) return period.label;
      const sameYear = period.startDate.slice(0, 4) === period.endDate.slice(0, 4);
      return `${dayText(period.startDate, true)}至${dayText(period.endDate, !sameYear)}`;
    }
    case "open":
      return "";
  }
}
