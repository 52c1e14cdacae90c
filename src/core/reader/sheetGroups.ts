/**
 * Tables of one form on several sheets: one sheet per county (涡阳县, 蒙城县 …) and, often, a sheet
 * for the whole (全市, 汇总). Each sheet holds one table with the same columns; the sheet (or its
 * title) names the place. Read together they are one table by county: every figure of a county's
 * sheet is keyed by that county, and the 核对 checks the counties against the total sheet
 * (checks/sheetGroups.ts). The sheets are matched by their form, never by their order.
 */
import { normalHeader } from "../registry/headerText";
import { matchRegion, rowRoleOf } from "../registry/regions";
import { MESSAGES } from "../messages";
import { spanBounds } from "../periods/spanBounds";
import type { Diagnostic, SheetGroup, SheetKey, TableModel } from "./model";

/** A group needs at least two places: one sheet with a table is just a sheet. */
const MIN_PARTS = 2;

/** The columns of a table as its form: the header words in order. */
function formOf(table: TableModel): string {
  return `${table.keyKind}|${table.columns.map((c) => normalHeader(c.headerPath.join("/"))).join("|")}`;
}

/** The period words and the rest of a title after the place: "涡阳县2023年安全生产…" → "涡阳县". */
function placeInTitle(title: string | undefined): string | undefined {
  const text = normalHeader(title ?? "");
  const m = /^(.{2,16}?)(?:\d{4}年|\d{4}|[一二三四五六七八九十\d]+月|关于|安全|自然|事故|隐患|统计|情况)/.exec(text);
  return m?.[1];
}

/** What a sheet names: its own name, unless that is a default name (Sheet1), then its title's place. */
function sheetName(table: TableModel): string {
  const name = normalHeader(table.sheet);
  if (name && !/^(sheet|工作表|表)\s*\d*$/i.test(name)) return name;
  return placeInTitle(table.title) ?? name;
}

/** Whether a sheet stands for the whole: 全市, 合计, 汇总, 总表, or a title saying 汇总/合计. */
function isWholeSheet(table: TableModel, name: string): boolean {
  if (rowRoleOf(name) === "total" || /^(汇总|总表|汇总表|合计表|全部)$/.test(name) || /(汇总|合计)$/.test(name)) return true;
  return /(汇总|合计)(表)?$/.test(normalHeader(table.title ?? "")) && !matchRegion(name);
}

/** The days a table's own period covers (its title's, its 统计时段 line's), as text to compare. */
function daysOf(table: TableModel): string | undefined {
  const span = table.period?.period.span;
  const bounds = span && spanBounds(span);
  return bounds ? `${bounds.start}/${bounds.end}` : undefined;
}

/**
 * County sheets of one form whose titles name different periods are no table by county (the facts
 * join only one period's sheets, facts/fromSheetGroup.ts): said once, with each sheet's period as written.
 */
function otherPeriods(parts: readonly { table: TableModel; name: string }[]): Diagnostic | undefined {
  const days = parts.map((p) => daysOf(p.table));
  if (days.some((d) => d === undefined) || new Set(days).size < 2) return undefined;
  const listed = parts.map((p) => ({ sheet: p.table.sheet, period: p.table.period!.period.label }));
  return { severity: "warning", sheet: parts[0].table.sheet, message: MESSAGES.reader.sheetsOfOtherPeriods(listed) };
}

function keyOf(name: string): SheetKey {
  const region = matchRegion(name);
  return region ? { dimension: "region", key: region.region } : { dimension: "other", key: name };
}

/**
 * Finds the groups of sheets of one form and keys each part's table by its sheet.
 *
 * @param tables every table of the workbook, in sheet order
 * @returns the tables (each part's scope starts with its sheet's key), the groups, and a word on county sheets of different periods
 * @example groupSheets(tables).groups[0].total // "全市!A3:D5"
 */
export function groupSheets(tables: readonly TableModel[]): { tables: TableModel[]; groups: SheetGroup[]; diagnostics: Diagnostic[] } {
  const perSheet = new Map<string, TableModel[]>();
  for (const t of tables) perSheet.set(t.sheet, [...(perSheet.get(t.sheet) ?? []), t]);
  // Only sheets that hold one table: a sheet of several tables is a report of its own.
  const byForm = new Map<string, TableModel[]>();
  for (const t of tables) {
    if (perSheet.get(t.sheet)!.length !== 1 || t.columns.length < 2) continue;
    const form = formOf(t);
    byForm.set(form, [...(byForm.get(form) ?? []), t]);
  }
  const keys = new Map<string, SheetKey>();
  const groups: SheetGroup[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const members of byForm.values()) {
    const named = members.map((table) => ({ table, name: sheetName(table) }));
    const wholes = named.filter((m) => isWholeSheet(m.table, m.name));
    const parts = named.filter((m) => !wholes.includes(m));
    // Parts must be places or units, told apart by their names; two sheets called alike are not two counties.
    if (parts.length < MIN_PARTS || wholes.length > 1 || new Set(parts.map((p) => p.name)).size !== parts.length) continue;
    if (!parts.some((p) => matchRegion(p.name))) continue;
    const periods = otherPeriods(parts);
    if (periods) diagnostics.push(periods);
    for (const p of parts) keys.set(p.table.id, keyOf(p.name));
    groups.push({
      parts: parts.map((p) => ({ table: p.table.id, ...keyOf(p.name) })),
      ...(wholes.length === 1 ? { total: wholes[0].table.id } : {}),
    });
  }
  if (!groups.length) return { tables: [...tables], groups, diagnostics };
  return {
    diagnostics,
    tables: tables.map((t) => (keys.has(t.id) ? { ...t, scope: [{ ...keys.get(t.id)!, from: "sheet" as const }, ...(t.scope ?? [])] } : t)),
    groups,
  };
}
