/**
 * What the workbook itself says about how to write it up: the place it covers (for the region
 * word), the disaster types and county count of its loss table, the unit it counts hazards in
 * and the decimals it states rates with. docs/report-rules.md, rules 1, 6 and 8.
 */
import type { TableModel, WorkbookModel } from "../reader/model";
import { CHUXIONG_REGIONS } from "../registry/regions";

const PERIOD = /^\d{4}年(?:\d{1,2}[—–\-~～至到]{0,2})?(?:\d{1,2}月(?:份)?|[上下]半年|(?:第)?[一二三四1-4]季度|全年|度)?/;
const PLACE = /^([\u4e00-\u9fff]{2,4}?(?:彝族自治州|自治州|州|盟|市|省|县))/;

/**
 * The place a title names after its period ("楚雄州2024年1—6月…" or "2024年1—6月楚雄州…" → "楚雄州").
 *
 * @param title a table title
 * @returns the place, or undefined
 * @example placeInTitle("池州市2020年1—7月生产安全事故分行业分地区统计表") // "池州市"
 */
export function placeInTitle(title: string | undefined): string | undefined {
  const s = title?.replace(/\s/g, "").replace(PERIOD, "");
  if (!s || /^全/.test(s)) return undefined;
  return PLACE.exec(s)?.[1];
}

/**
 * The place the workbook covers: a place its titles name, else 楚雄州 when at least two of its
 * region rows (or ledger groups) are 楚雄州's counties.
 *
 * @param model what the reader found
 * @param regionLabels region names from ledgers (hazard groups …)
 * @returns "楚雄州", "池州市" …, or undefined
 */
export function placeOf(model: WorkbookModel, regionLabels: readonly string[] = []): string | undefined {
  for (const t of model.tables) {
    const p = placeInTitle(t.title);
    if (p) return p;
  }
  const regions = new Set([...model.tables.flatMap((t) => t.rows.map((r) => r.region ?? "")), ...regionLabels]);
  const known = CHUXIONG_REGIONS.filter((r) => regions.has(r)).length;
  return known >= 2 ? "楚雄州" : undefined;
}

/**
 * The disaster types and the number of distinct counties with figures in a loss table.
 *
 * @param table the loss table
 * @returns types in the order the table names them, and the county count (undefined when no region rows)
 */
export function disasterDetails(table: TableModel): { types: string[]; counties?: number } {
  const types: string[] = [];
  const add = (t: string | undefined) => {
    const clean = t?.replace(/^其中[:：]?/, "").trim();
    if (clean && !types.includes(clean) && !/合计|小计|总计/.test(clean)) types.push(clean);
  };
  for (const r of table.rows) {
    if (r.role === "of_which") add(r.label);
    else if (r.role === "data") add(r.category);
  }
  const counties = new Set<string>();
  table.rows.forEach((r, i) => {
    if (r.role !== "data" || !r.region) return;
    if ((table.values[i] ?? []).some((v) => v && v.value !== null && v.value !== 0)) counties.add(r.region);
  });
  return { types, counties: counties.size || undefined };
}

function decimalsOf(raw: unknown, asFraction: boolean | undefined): number | undefined {
  let text: string;
  if (typeof raw === "number" && Number.isFinite(raw)) text = String(raw);
  else if (typeof raw === "string" && /^\s*\d+(\.\d+)?\s*%?\s*$/.test(raw)) text = raw.trim();
  else return undefined;
  const m = /\.(\d+)/.exec(text);
  const d = m ? m[1].length : 0;
  return asFraction && !text.includes("%") ? Math.max(0, d - 2) : d;
}

/**
 * The hazard unit the header states (条, 项, 处) and the most decimals the table's stated 整改率
 * cells carry.
 *
 * @param table the hazard table
 * @returns unit and stated decimals, each where known
 * @example hazardConventions(sichuanTable) // { unit: "项", statedRateDecimals: 2 } for 97.28
 */
export function hazardConventions(table: TableModel): { unit?: string; statedRateDecimals?: number } {
  const found = table.columns.find((c) => c.indicator === "hazards_found");
  const unit = found?.unit && /^[条项处个]$/.test(found.unit) ? found.unit : undefined;
  let stated: number | undefined;
  table.columns.forEach((c, j) => {
    if (c.indicator !== "rect_rate" && c.indicator !== "major_rect_rate") return;
    for (const row of table.values) {
      const d = decimalsOf(row[j]?.raw, c.percentAsFraction);
      if (d !== undefined) stated = Math.max(stated ?? 0, Math.min(d, 4));
    }
  });
  return { unit, statedRateDecimals: stated };
}
