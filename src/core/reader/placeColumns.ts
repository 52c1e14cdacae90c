/**
 * The columns that say where a row is: a 省 | 市 | 区县 triple (the row is named by its finest
 * place, never by its city), and an administrative-code column (6 or 12 digits) that gives each
 * row's level. Their roles are settled before the body is read, so codes are never read as figures.
 */
import type { RowLevel } from "../facts/breakdown";
import { headerCore } from "../registry/headerText";
import type { DraftColumn } from "./headerColumns";
import { levelOfCode } from "./rowLevels";
import type { SheetGrid } from "./sheetGrid";

const HEADER_LEVELS: readonly [RegExp, RowLevel][] = [
  [/^(省|省份|省市|省区市|省\(区、市\)|省\(自治区、直辖市\)|省级|省名)$/, "province"],
  [/^(市|地市|市州|州市|市\(州\)|地\(市、州\)|地级市|州|盟|市级)$/, "city"],
  [/^(县|区县|县区|县市区|县\(市\)|县\(市、区\)|县\(市区\)|县\(区\)|县\(市、区、旗\)|县别|区域|县级)$/, "county"],
  [/^(乡镇|乡\(镇\)|乡镇\(街道\)|乡\(镇、街道\)|街道|乡镇街道)$/, "township"],
  [/^(村|村\(社区\)|社区|行政村)$/, "village"],
];
const ORDER: readonly RowLevel[] = ["province", "city", "county", "township", "village"];

/**
 * The level a place column's header names.
 *
 * @param header a header cell
 * @returns the level, or undefined when the header names no level of places
 * @example levelOfHeader("县（市、区）") // "county"
 */
export function levelOfHeader(header: string): RowLevel | undefined {
  const core = headerCore(header);
  return HEADER_LEVELS.find(([re]) => re.test(core))?.[1];
}

/**
 * Among key columns naming levels of places (省 | 市 | 区县), keeps the finest as the key and
 * sets the coarser ones aside: they say where each row lies, and are never its name.
 *
 * @param drafts the header's columns (roles are changed in place)
 * @returns the coarser place columns, outermost first, and the level the key column names
 * @example choosePlaceKey(drafts).coarser.map((d) => d.path[0]) // ["省", "市"]
 */
export function choosePlaceKey(drafts: DraftColumn[]): { coarser: DraftColumn[]; keyLevel?: RowLevel } {
  const places = drafts
    .map((d) => ({ d, level: d.indicator ? undefined : levelOfHeader(d.path[d.path.length - 1] ?? "") }))
    .filter((p): p is { d: DraftColumn; level: RowLevel } => p.level !== undefined && (p.d.role === "key" || p.d.role === "value"));
  if (places.length === 0) return { coarser: [] };
  const finest = places.reduce((a, b) => (ORDER.indexOf(b.level) >= ORDER.indexOf(a.level) ? b : a));
  const coarser = places.filter((p) => p !== finest).sort((a, b) => ORDER.indexOf(a.level) - ORDER.indexOf(b.level));
  finest.d.role = "key";
  for (const p of coarser) p.d.role = "ignored";
  return { coarser: coarser.map((p) => p.d), keyLevel: finest.level };
}

/**
 * A column holding administrative codes (340304000000, 410102) in most of the first body rows,
 * named or not; its role becomes "code".
 *
 * @param grid the sheet
 * @param drafts the header's columns (the code column's role is changed in place)
 * @param firstBody the first body row
 * @param lastBody the last row to look at
 * @returns the code column, if there is one
 * @example findCodeColumn(grid, drafts, 3, 236)?.column // 3 (column D of the disaster system's export)
 */
export function findCodeColumn(grid: SheetGrid, drafts: DraftColumn[], firstBody: number, lastBody: number): DraftColumn | undefined {
  const last = Math.min(lastBody, firstBody + 49);
  for (const d of drafts) {
    if (d.indicator || (d.role !== "value" && d.role !== "code")) continue;
    let codes = 0;
    let filled = 0;
    for (let r = firstBody; r <= last; r++) {
      const v = grid.value(r, d.column);
      if (v === "" || v === null || v === undefined) continue;
      filled++;
      if (levelOfCode(v)) codes++;
    }
    if (filled >= 2 && codes >= filled * 0.8) {
      d.role = "code";
      return d;
    }
  }
  return undefined;
}
