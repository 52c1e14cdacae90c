/**
 * 《自然灾害情况统计调查制度》 (应急〔2020〕19号): the relations between the indicators of the
 * 灾情 form, as docs/national-forms.md states them with their sources. Only relations with a
 * source or borne out by every real export are here; those contradicted by data (需紧急 ≥
 * 需过渡期) or only inferred (间数 ≥ 户数) are not, so the 核对 never reports them.
 */
import type { FormRelation } from "./types";

const FORM = "《自然灾害情况统计调查制度》" as const;
const at = (cite: string) => ({ form: FORM, cite });

export const DISASTER_FORM: readonly FormRelation[] = [
  // V1: relocation is housed in two ways, nothing else.
  {
    kind: "sum",
    id: "relocated_parts",
    total: "relocated",
    parts: ["relocated_central", "relocated_dispersed"],
    source: at("V1: 紧急转移安置人口 = 集中安置人口 + 分散安置人口 [N19]; holds in the 2020 export, fails in 4 Shanxi rows"),
  },
  // V2: yield loss of 1成 / 3成 / 8成, each including the next, and the grain crops within each.
  { kind: "contains", id: "crop_damaged_in_affected", whole: "crop_affected_ha", part: "crop_damaged_ha", source: at("V2: 农作物受灾 ⊇ 成灾 [N10] [N19]") },
  { kind: "contains", id: "crop_failure_in_damaged", whole: "crop_damaged_ha", part: "crop_failure_ha", source: at("V2: 农作物成灾 ⊇ 绝收 [N10] [N19]") },
  {
    kind: "contains",
    id: "grain_affected_in_crop",
    whole: "crop_affected_ha",
    part: "grain_affected_ha",
    source: at("V2: 其中：粮食作物受灾面积 ⊆ 农作物受灾面积 [export]"),
  },
  {
    kind: "contains",
    id: "grain_damaged_in_crop",
    whole: "crop_damaged_ha",
    part: "grain_damaged_ha",
    source: at("V2: 其中：粮食作物成灾面积 ⊆ 农作物成灾面积 [export]"),
  },
  {
    kind: "contains",
    id: "grain_failure_in_crop",
    whole: "crop_failure_ha",
    part: "grain_failure_ha",
    source: at("V2: 其中：粮食作物绝收面积 ⊆ 农作物绝收面积 [export]"),
  },
  { kind: "contains", id: "grain_damaged_in_affected", whole: "grain_affected_ha", part: "grain_damaged_ha", source: at("V2: 粮食作物受灾 ⊇ 成灾 [export]") },
  { kind: "contains", id: "grain_failure_in_damaged", whole: "grain_damaged_ha", part: "grain_failure_ha", source: at("V2: 粮食作物成灾 ⊇ 绝收 [export]") },
  // V3: the six loss categories of the 2020 edition (the older export has five and no 其他: then the total is only at least their sum).
  {
    kind: "sum",
    id: "direct_loss_parts",
    total: "dz_direct_loss",
    parts: ["loss_housing", "loss_agri", "loss_industry", "loss_infra", "loss_public", "loss_other"],
    source: at("V3: 直接经济损失 = 房屋及居民家庭财产 + 农林牧渔业 + 工矿商贸业 + 基础设施 + 公共服务 + 其他 [S26] [export]; fails in 5 Shanxi rows"),
  },
  // V4: each group of people is among those affected (each alone; not their sum).
  ...(["dz_deaths", "dz_missing", "dz_injured", "relocated", "need_relief", "evacuated", "trapped"] as const).map((part): FormRelation => ({
    kind: "contains",
    id: `${part}_in_affected_pop`,
    whole: "affected_pop",
    part,
    source: at("V4: 受灾人口 ⊇ 因灾死亡、失踪、伤病、紧急转移安置、需紧急生活救助、紧急避险转移、被困, each alone [N19] [N29]; holds in both exports"),
  })),
  // V5
  { kind: "contains", id: "serious_in_injured", whole: "dz_injured", part: "dz_serious_injured", source: at("V5: 因灾伤病人口 ⊇ 其中：因灾重伤人口 [export]") },
  {
    kind: "contains",
    id: "water_in_drought_relief",
    whole: "drought_relief",
    part: "drought_water",
    source: at("V5: 因旱需生活救助人口 ⊇ 其中：因旱饮水困难需救助人口 [export]"),
  },
  // V6: houses of farmers (农房) within all houses, by households and by rooms.
  ...(
    [
      ["hh_collapsed", "hh_collapsed_rural"],
      ["rooms_collapsed", "rooms_collapsed_rural"],
      ["hh_severe", "hh_severe_rural"],
      ["rooms_severe", "rooms_severe_rural"],
      ["hh_moderate", "hh_moderate_rural"],
      ["rooms_moderate", "rooms_moderate_rural"],
    ] as const
  ).map(([whole, part]): FormRelation => ({
    kind: "contains",
    id: `${part}_in_${whole}`,
    whole,
    part,
    source: at("V6: 房屋户数/间数 ⊇ 其中：农房户数/间数 [export]"),
  })),
  // V7
  {
    kind: "contains",
    id: "road_blocked_in_damaged",
    whole: "road_damaged_km",
    part: "road_blocked_km",
    source: at("V7: 受损公路长度 ⊇ 其中：阻断公路长度 [export]; fails in Shanxi row 48"),
  },
  // Burnt grassland and forest within the affected area (zero in every export so far).
  {
    kind: "contains",
    id: "grass_burned_in_affected",
    whole: "grassland_affected_ha",
    part: "grassland_burned_ha",
    source: at("草场受灾面积 ⊇ 草场过火面积 [export]"),
  },
  {
    kind: "contains",
    id: "forest_burned_in_affected",
    whole: "forest_affected_ha",
    part: "forest_burned_ha",
    source: at("林地受灾面积 ⊇ 林地过火面积 [export]"),
  },
  // Columns bureaus add themselves: the sum of two national columns.
  {
    kind: "sum",
    id: "deaths_missing_parts",
    total: "dz_deaths_missing",
    parts: ["dz_deaths", "dz_missing"],
    derived: true,
    source: at("因灾死亡+失踪人数 = 因灾死亡人口 + 因灾失踪人口, a column bureaus add [export: every row]"),
  },
  {
    kind: "sum",
    id: "rooms_collapsed_severe_parts",
    total: "rooms_collapsed_severe",
    parts: ["rooms_collapsed", "rooms_severe"],
    derived: true,
    source: at("倒塌+严损房屋间数 = 倒塌房屋间数 + 严重损坏房屋间数, a column bureaus add [export]"),
  },
  {
    kind: "sum",
    id: "hh_collapsed_severe_parts",
    total: "hh_collapsed_severe",
    parts: ["hh_collapsed", "hh_severe"],
    derived: true,
    source: at("倒塌+严损房屋户数 = 倒塌房屋户数 + 严重损坏房屋户数, a column bureaus add [export]"),
  },
];
