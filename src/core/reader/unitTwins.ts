/**
 * The same quantity stated twice, in two units (农作物受灾面积（千公顷） | 农作物受灾面积（万亩）, as 湖北's
 * releases write it): one figure, not two. The first column is the figure; the later one, its twin in
 * another unit, is set aside and said in a diagnostic, so the facts hold one 农作物受灾面积 of a period
 * (two would contradict each other by the rounding of the second unit: 511.04万亩 is 340,693 ha, the
 * stated 340.69千公顷 is 340,690).
 */
import { cellAddress } from "../model/address";
import { MESSAGES } from "../messages";
import type { DraftColumn } from "./headerColumns";
import type { Diagnostic } from "./model";

const FIGURE_ROLES = new Set(["current", "previous", "previous_period", "value"]);

/** What makes two columns one figure: indicator, industry, role, period and group header (当月 | 累计), all but the unit. */
function slotOf(d: DraftColumn): string | undefined {
  if (!d.indicator || !d.unit || !FIGURE_ROLES.has(d.role) || d.indicator.units[d.unit] === undefined) return undefined;
  return `${d.indicator.id}|${d.industry ?? ""}|${d.role}|${d.periodLabel ?? ""}|${d.dated?.label ?? ""}|${d.path.slice(0, -1).join("/")}`;
}

/**
 * Sets aside each column that states an earlier column's figure in another unit.
 *
 * @param sheet the sheet's name
 * @param headerRow the header's last row, where the diagnostics point
 * @param drafts the columns (changed in place)
 * @returns one diagnostic per column set aside
 * @example setAsideUnitTwins("自然灾害", 2, drafts)[0].message.zh // "“农作物受灾面积（万亩）”列与“农作物受灾面积（千公顷）”列是同一数字的两种单位，按千公顷汇总"
 */
export function setAsideUnitTwins(sheet: string, headerRow: number, drafts: DraftColumn[]): Diagnostic[] {
  const first = new Map<string, DraftColumn>();
  const diagnostics: Diagnostic[] = [];
  for (const d of drafts) {
    const slot = slotOf(d);
    if (slot === undefined) continue;
    const earlier = first.get(slot);
    if (!earlier) {
      first.set(slot, d);
      continue;
    }
    if (earlier.unit === d.unit) continue;
    const message = MESSAGES.reader.unitTwin(d.path.join("/"), earlier.path.join("/"), earlier.unit!);
    diagnostics.push({ severity: "info", sheet, address: cellAddress(headerRow, d.column), message });
    Object.assign(d, { indicator: undefined, confidence: 0, matchedAlias: undefined, role: "ignored", measure: undefined });
  }
  return diagnostics;
}
