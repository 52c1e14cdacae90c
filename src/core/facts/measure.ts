/**
 * What kind of quantity a fact is. Only counts and amounts add up; rates are recomputed from
 * their numerator and denominator; shares, per-capita figures, indices, denominators (GDP,
 * population) and identifiers are never summed and never told as counts.
 */
export type MeasureKind =
  | "count" // 事故起数, 死亡人数, 排查隐患: adds up across non-overlapping parts
  | "amount" // 直接经济损失, 罚款, 面积: adds up across non-overlapping parts
  | "rate" // 整改率, 每万人…率: numerator / denominator, recomputed, never added
  | "share" // 占比, 比重: a part of a whole, never added
  | "per_capita" // 人均…: never added
  | "index" // 指数, 权重, correlations: never added
  | "denominator" // GDP, 人口, 从业人员: the base of a rate (offered once the user confirms)
  | "change" // a stated 增减 (current − base), in the indicator's unit
  | "change_pct" // a stated 增减幅度 in percent (15 means 15%)
  | "identifier" // 代码, 编号, coordinates: never a figure
  | "measurement"; // 降雨量 (mm), 震级, 气温: a physical reading of a place, never added

/**
 * Whether facts of this kind may be added up (across non-overlapping parts of one whole).
 *
 * @param kind the measure kind
 * @returns true for counts and amounts only
 * @example isAdditive("rate") // false
 */
export function isAdditive(kind: MeasureKind): boolean {
  return kind === "count" || kind === "amount";
}
