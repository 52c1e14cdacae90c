/**
 * Identifying a county return: which table is the form, which county sent it (from the title, the
 * 填报单位 row or the file name, in that order), and which period it reports.
 */
import type { SheetSnapshot } from "../model/snapshot";
import type { TableModel, WorkbookModel } from "../reader/model";
import { parsePeriod } from "../reader/periods";
import { CHUXIONG_REGIONS, matchRegion } from "../registry/regions";
import type { ReturnReport } from "./types";

/** Names a county may be written by, longest first ("楚雄高新区" before "楚雄"). */
const KNOWN_NAMES = [...CHUXIONG_REGIONS, ...CHUXIONG_REGIONS.map((name) => name.replace(/[市县]$/, ""))].sort((a, b) => b.length - a.length);
const GENERIC_REGION = /^[\u4e00-\u9fff]{1,8}?(?:自治县|自治旗|县|市|区|旗)/;
const PERIOD_IN_TEXT = /\d{4}年(?:\d{1,2}月?\s*[—–\-－~〜～至到]+\s*\d{1,2}月|\d{1,2}月|上半年|下半年|全年|[一二三四1-4]季度)/;

/**
 * The county a text names: a known county of the prefecture anywhere in it, or a generic county
 * name at its start ("某某县2024年…").
 *
 * @example regionInText("楚雄市2024年1—6月生产安全事故分行业统计表") // "楚雄市"
 */
export function regionInText(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const clean = text.replace(/\s+/g, "");
  const known = KNOWN_NAMES.find((name) => clean.includes(name));
  if (known) return matchRegion(known)?.region;
  const generic = GENERIC_REGION.exec(clean.replace(/^(填报单位[:：]?)/, ""));
  return generic ? matchRegion(generic[0])?.region : undefined;
}

/**
 * A period label in its canonical form ("2024年1—6月", "2024年6月"), from a header or a title.
 *
 * @example canonicalPeriod("2024年1-6月") // "2024年1—6月"
 */
export function canonicalPeriod(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const found = PERIOD_IN_TEXT.exec(text.replace(/\s+/g, ""))?.[0] ?? text;
  const p = parsePeriod(found);
  if (!p || p.year === undefined || p.startMonth === undefined || p.endMonth === undefined) return undefined;
  return p.startMonth === p.endMonth ? `${p.year}年${p.endMonth}月` : `${p.year}年${p.startMonth}—${p.endMonth}月`;
}

/** The table of a return that is the form: the one with the most figures per row, keyed by something. */
export function formTable(model: WorkbookModel): TableModel | undefined {
  let best: TableModel | undefined;
  let bestScore = 0;
  for (const table of model.tables) {
    const figures = table.columns.filter((c) => c.indicator && (c.role === "current" || c.role === "previous" || c.role === "value")).length;
    const score = figures * 1000 + table.rows.length;
    if (figures > 0 && score > bestScore) [best, bestScore] = [table, score];
  }
  return best;
}

/** The text of the 填报单位 row above a table, if the sheet has one. */
function fillRowText(sheet: SheetSnapshot | undefined, table: TableModel): string | undefined {
  if (!sheet) return undefined;
  const lastRow = Math.min(table.headerRows[0] - sheet.originRow, sheet.values.length);
  for (let i = 0; i < lastRow; i++) {
    for (const cell of sheet.values[i] ?? []) {
      const text = typeof cell === "string" ? cell.replace(/\s+/g, "") : "";
      const m = /^(?:填报单位|报送单位)[:：]?(.+)/.exec(text);
      if (m) return m[1];
    }
  }
  return undefined;
}

/**
 * Who sent a return and for which period.
 *
 * @example identifyReturn("双柏.xlsx", snapshot, model).region // "双柏县"
 */
export function identifyReturn(fileName: string, sheets: readonly SheetSnapshot[], table: TableModel): Pick<ReturnReport, "region" | "regionFrom" | "period"> {
  const fromTitle = regionInText(table.title);
  const fromFill = fromTitle
    ? undefined
    : regionInText(
        fillRowText(
          sheets.find((s) => s.name === table.sheet),
          table,
        ),
      );
  const fromFile = fromTitle || fromFill ? undefined : regionInText(fileName.replace(/\.[^.]+$/, ""));
  const region = fromTitle ?? fromFill ?? fromFile;
  const regionFrom = fromTitle ? "title" : fromFill ? "fill-row" : fromFile ? "file-name" : undefined;
  const period = canonicalPeriod(table.periods.current) ?? canonicalPeriod(table.title);
  return { ...(region ? { region } : {}), ...(regionFrom ? { regionFrom } : {}), ...(period ? { period } : {}) };
}
