/**
 * The breakdown key of a fact: which part of the whole it is (a county, an industry, a disaster
 * type, an accident level, a month, a hazard status), at which level where known, and whether it
 * is an 其中 item of another row. A fact with no key is the whole of its source (the 合计).
 */

/** What a key breaks the whole down by. */
export type BreakdownDimension =
  | "region" // 县（市）, 乡镇: the key is the canonical place name (楚雄市, 楚雄高新区, 市直)
  | "industry" // 行业: 道路运输, 采矿
  | "category" // 灾种, 隐患类别, another label column
  | "accident_type" // 事故类型: 车辆伤害, 高处坠落
  | "level" // 事故等级 / 隐患等级: 一般, 较大, 重大, 特别重大
  | "month" // a month of a ledger or a month-keyed table, when the month is a part and not the period
  | "status" // 整改状态: 已整改, 整改中, 未整改, 逾期未整改
  | "other"; // rows keyed by labels the reader cannot name

/**
 * The level of a row in a table that mixes levels: administrative levels, a 小计 that groups rows
 * below the whole, or a row whose level is not known. Totals are taken at one level only.
 */
export type RowLevel = "province" | "city" | "county" | "township" | "village" | "group" | "unknown";

/** One key of a breakdown. */
export interface BreakdownKey {
  readonly dimension: BreakdownDimension;
  /** The key as a summary shows it: the canonical region name, the industry or type as written. */
  readonly key: string;
  /** The row label as the source writes it ("  楚雄市", "其中：旱灾"), where it differs from the key. */
  readonly label?: string;
  readonly level?: RowLevel;
  /** The places above the key as the table's coarser columns write them (陕西省, 西安市), outermost first: the key is named at its own level, these say where it lies. */
  readonly within?: readonly string[];
  /**
   * For an 其中 item: the key of the row it is a part of, or "" when it is a part of the whole.
   * An 其中 item overlaps its parent and is never added to its siblings.
   */
  readonly partOf?: string;
  /**
   * "column" for a key a column header gives (事故起数/采矿: the 采矿 part of every row), as opposed
   * to the row's own key. Either way it is a part; the axis only says where the source wrote it.
   * "table" for a key the whole table is about (its sheet in a group of one form per county, its
   * title's level or field: …较大事故情况): every fact of the table has it, its rows are parts of it.
   */
  readonly axis?: "column" | "table";
}

/**
 * A fact's keys without those of its whole table (its county sheet, its title's level): what
 * places the fact within its table. An empty list is the table's whole.
 *
 * @param keys a fact's breakdown
 * @returns the keys of the row and the column
 * @example withinTable([{ dimension: "region", key: "楚雄市", axis: "table" }]) // []
 */
export function withinTable(keys: readonly BreakdownKey[]): readonly BreakdownKey[] {
  return keys.some((k) => k.axis === "table") ? keys.filter((k) => k.axis !== "table") : keys;
}
