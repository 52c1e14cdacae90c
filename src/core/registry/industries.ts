/**
 * The industries of accident statistics on two levels, as the national classification and the
 * bureaus' releases name them (../shared/domain.md §2.2, "Industry breakdown" [S1] [S2] [S3] [S15]
 * [S16], and the legacy 工矿商贸 roll-up [S18]). It says only which second-level names belong under a
 * first-level row: 烟花爆竹 is a part of 商贸制造业, never an industry of the table's first level.
 *
 * Only names that belong to one parent are listed. A bare 其他 ends several parents' lists and can be the
 * table's own 其他, so its name alone places nothing.
 */

/** A first-level industry under its names as releases write them, and its second-level names. */
interface IndustryGroup {
  readonly names: readonly string[];
  readonly children: readonly string[];
}

const GROUPS: readonly IndustryGroup[] = [
  { names: ["农林牧渔业", "农林牧渔"], children: ["农业机械", "农用机械", "渔业船舶"] },
  { names: ["采矿业", "采矿"], children: ["煤矿", "金属非金属矿山", "非煤矿山", "采选业"] },
  {
    names: ["商贸制造业", "工商贸", "工贸行业"],
    children: [
      "化工",
      "化学原料和化学制品制造业",
      "化工和危险化学品",
      "危险化学品",
      "烟花爆竹",
      "冶金",
      "有色",
      "建材",
      "机械",
      "轻工",
      "纺织",
      "烟草",
      "商贸",
      "工贸八大行业",
      "工商贸其他",
    ],
  },
  {
    names: ["建筑业"],
    children: ["房屋建筑业", "房屋市政工程", "土木工程建筑业", "交通建设工程", "水利工程", "其他工程", "其他建筑业"],
  },
  {
    names: ["交通运输业", "交通运输和仓储业", "交通运输、仓储和邮政业", "交通运输仓储和邮政业"],
    children: ["道路运输业", "道路运输", "铁路运输业", "铁路运输", "水上运输业", "水上运输", "航空运输业", "航空运输"],
  },
  // The legacy 行业领域 roll-up: 工矿商贸 = 煤矿 + 金属非金属矿山 + 建筑施工 + 化工 + 烟花爆竹 + 工贸 + 工矿商贸其他.
  {
    names: ["工矿商贸"],
    children: ["煤矿", "金属非金属矿山", "非煤矿山", "建筑施工", "化工", "化工和危险化学品", "危险化学品", "烟花爆竹", "工贸", "工矿商贸其他"],
  },
];

/** A row label as the classification names it: no spaces, no 其中 lead, no trailing 事故 or 行业领域. */
function industryName(label: string): string {
  return label
    .replace(/[\s\u3000]/g, "")
    .replace(/^其中[：:、，,]?/, "")
    .replace(/[（(][^）)]*[）)]$/, "")
    .replace(/(生产安全)?事故$/, "");
}

/**
 * Whether a row's label names a second-level industry of the given first-level row.
 *
 * @param parent the first-level row's label (商贸制造业)
 * @param child the row's label (烟花爆竹, 其中：化工)
 * @returns true when the national classification puts the child under the parent
 * @example isIndustryChild("商贸制造业", "烟花爆竹") // true
 * @example isIndustryChild("商贸制造业", "建筑业") // false
 */
export function isIndustryChild(parent: string, child: string): boolean {
  const p = industryName(parent);
  const c = industryName(child);
  return GROUPS.some((g) => g.names.includes(p) && g.children.includes(c));
}
