/**
 * Small pure helpers of the 识别 (Detect) tab: the names shown for column roles and
 * indicators, spreadsheet column letters, confidence as a percent, and how one column's
 * correction is merged into the draft of the user's corrections.
 */
import { indicatorById } from "../../core/registry/indicators";
import type { ColumnRole, ReaderOverrides, RowMeaning, TableModel } from "../../core/reader/model";
import { parsePeriodText } from "../../core/periods/parsePeriod";
import type { Catalogue, Language } from "../i18n/strings";

/** The roles a user can give a column, in the order the dropdown lists them. */
export const ROLES: readonly ColumnRole[] = [
  "current",
  "previous",
  "previous_period",
  "change_abs",
  "change_pct",
  "value",
  "rate",
  "key",
  "category",
  "code",
  "ignored",
];

/**
 * The words for a column role in the pane's language (never the role's identifier).
 *
 * @param t the current catalogue
 * @param role a column role
 * @returns e.g. "本期" or "Current"
 * @example roleLabel(catalogues.en, "change_pct") // "Change (%)"
 */
export function roleLabel(t: Catalogue, role: ColumnRole): string {
  const labels: Record<ColumnRole, string> = {
    current: t.roleCurrent,
    previous: t.rolePrevious,
    previous_period: t.rolePreviousPeriod,
    change_abs: t.roleChangeAbs,
    change_pct: t.roleChangePct,
    value: t.roleValue,
    rate: t.roleRate,
    key: t.roleKey,
    category: t.roleCategory,
    code: t.roleCode,
    ignored: t.roleIgnored,
  };
  return labels[role];
}

/**
 * An indicator's name in the pane's language; an unknown id is shown as a dash, never as itself.
 *
 * @param id the registry id, or undefined
 * @param language "zh" or "en"
 * @returns the registry's Chinese or English name
 * @example indicatorName("accident_count", "en") // "number of accidents"
 */
export function indicatorName(id: string | undefined, language: Language): string {
  if (!id) return "";
  const indicator = indicatorById(id);
  if (!indicator) return "—";
  return language === "zh" ? indicator.name : indicator.english;
}

/**
 * The spreadsheet letters of a zero-based column index.
 *
 * @param column 0 for A
 * @returns "A", "Z", "AA" …
 * @example columnLetter(27) // "AB"
 */
export function columnLetter(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A confidence between 0 and 1 as a whole percent.
 *
 * @example percent(0.953) // "95%"
 */
export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** How sure the reader is of a table, in words: at 0.8 and above it is sure, under 0.5 it says so. */
export type ConfidenceLevel = "high" | "medium" | "low";

/**
 * The word for a table's confidence.
 *
 * @example confidenceLevel(0.3) // "low"
 */
export function confidenceLevel(confidence: number): ConfidenceLevel {
  return confidence >= 0.8 ? "high" : confidence >= 0.5 ? "medium" : "low";
}

/**
 * The heading of a table's row list: what its rows are keyed by (the 行政执法 table is keyed by
 * indicator, and its rows are no regions).
 *
 * @example rowsHeading("indicator", catalogues.zh) // "各行指标"
 */
export function rowsHeading(keyKind: TableModel["keyKind"], t: Catalogue): string {
  return keyKind === "region" ? t.regions : keyKind === "industry" ? t.rowsIndustry : keyKind === "indicator" ? t.rowsIndicator : t.rowsOther;
}

/**
 * The keys a table's data rows list, each once: a county the table gives a row per disaster type
 * (姚安县 旱灾 / 风雹, the county cell merged over both) is one county, with its types beside it.
 *
 * @param rows the table's rows
 * @param t the pane's strings
 * @returns the names in table order
 * @example rowKeys([{ region: "姚安县", category: "旱灾" }, { region: "姚安县", category: "风雹" }], catalogues.zh) // ["姚安县（旱灾、风雹）"]
 */
export function rowKeys(rows: readonly Pick<RowMeaning, "role" | "label" | "region" | "category">[], t: Catalogue): string[] {
  const categories = new Map<string, string[]>();
  for (const r of rows) {
    if (r.role !== "data") continue;
    const key = r.region ?? r.label;
    const list = categories.get(key) ?? [];
    if (r.category && !list.includes(r.category)) list.push(r.category);
    categories.set(key, list);
  }
  const rowsOf = (key: string) => rows.filter((r) => r.role === "data" && (r.region ?? r.label) === key).length;
  return [...categories].map(([key, list]) => (rowsOf(key) > 1 && list.length ? `${key}${t.parenOpen}${list.join(t.listSeparator)}${t.parenClose}` : key));
}

/**
 * The 期间 line of a table: each period once, as a calendar span where the table or its title,
 * sheet or file names one — never the column label repeated ("本期 本期").
 *
 * @param table the table read
 * @param t the pane's strings
 * @returns e.g. "本期 2024年1—6月；去年同期 2023年1—6月", or "本期；去年同期" when nothing names the span
 * @example periodLine({ periods: { current: "本期", previous: "去年同期" } } as TableModel, catalogues.zh) // "本期；去年同期"
 */
export function periodLine(table: Pick<TableModel, "periods" | "period">, t: Catalogue): string {
  const spanOf = (label: string | undefined) => (label && parsePeriodText(label)?.span ? label : undefined);
  const part = (word: string, label: string | undefined, fallback?: string) => {
    const span = spanOf(label) ?? fallback;
    if (label === undefined) return `${word} ${span ?? "—"}`;
    return span ? `${word} ${span}` : word;
  };
  const named = table.period?.period.span ? table.period.period.label : undefined;
  return `${part(t.periodCurrent, table.periods.current, named)}${t.semicolon}${part(t.periodPrevious, table.periods.previous)}`;
}

/** One column's correction: its indicator and/or its role. */
export type ColumnFix = { column: number; indicator?: string; role?: ColumnRole };

/**
 * Sets one column's correction in a draft of the overrides, merged with an older correction of
 * the same column (so changing the role keeps a corrected indicator).
 *
 * @param draft the corrections so far
 * @param tableId the table's id
 * @param fix the new correction
 * @returns a new draft
 * @example withColumnFix({}, "表!A3:F6", { column: 1, role: "previous" })
 */
export function withColumnFix(draft: ReaderOverrides, tableId: string, fix: ColumnFix): ReaderOverrides {
  const existing = (draft.columns?.[tableId] ?? []).filter((c) => c.column !== fix.column);
  const previous = (draft.columns?.[tableId] ?? []).find((c) => c.column === fix.column);
  const merged = { ...previous, ...fix };
  return { ...draft, columns: { ...(draft.columns ?? {}), [tableId]: [...existing, merged] } };
}
