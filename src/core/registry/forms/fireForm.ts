/**
 * Forest fires as the statistical yearbook tabulates them (《中国统计年鉴》 表12-26 森林火灾情况, from
 * the forestry authority's returns): the fires by class add up to the fires, and the yearbook's "#"
 * columns are parts of the column before them. The parts of 受害森林面积 (#天然林, #人工林) are 其中
 * items, not a complete split: 内蒙古 2005 has 4,300 公顷 damaged of which 193 natural and 1,205 planted.
 */
import type { FormRelation } from "./types";

const FORM = "《中国统计年鉴》森林火灾情况统计" as const;

export const FIRE_FORM: readonly FormRelation[] = [
  {
    kind: "sum",
    id: "forest_fire_classes",
    total: "forest_fire_count",
    parts: ["forest_fire_alarm", "forest_fire_general", "forest_fire_larger", "forest_fire_major", "forest_fire_extra"],
    source: {
      form: FORM,
      cite: "森林火灾次数 = 火警 + 一般 + 较大 + 重大 + 特别重大 (《森林防火条例》 2008 Art. 40; the 2006 yearbook's 火警 + 一般 + 重大 + 特大 hold in every row, 2000–2005 and by region)",
    },
  },
  {
    kind: "contains",
    id: "natural_in_forest_damaged",
    whole: "forest_area_damaged",
    part: "forest_damaged_natural",
    source: { form: FORM, cite: "受害森林面积 ⊇ #天然林 (yearbook table 12-26)" },
  },
  {
    kind: "contains",
    id: "planted_in_forest_damaged",
    whole: "forest_area_damaged",
    part: "forest_damaged_planted",
    source: { form: FORM, cite: "受害森林面积 ⊇ #人工林 (yearbook table 12-26; 江苏 2005 prints 389 of 388)" },
  },
  {
    kind: "contains",
    id: "forest_deaths_in_casualties",
    whole: "forest_fire_casualties",
    part: "forest_fire_deaths",
    source: { form: FORM, cite: "伤亡人数 ⊇ #死亡人数 (yearbook table 12-26)" },
  },
];
