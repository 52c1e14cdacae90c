/**
 * The hazard figures of an indicator-section block, in the shape the hazard paragraph tells (hazards.ts),
 * for a table the fixed hazard section does not read: 一般隐患 and 重大隐患 by groups of enterprises (corpus 36,
 * 四川 1~9月: 一般隐患 | 已整改 | 一般隐患整改率 | 重大隐患 | 已整改 | 列入治理计划 | 落实治理资金 | 重大隐患整改率).
 * 一般隐患 stand for the hazards only where the table's own 整改率 divides them (rateDenominator.ts); the
 * 整改率 the table states keeps the 核对's word on it; the groups are told as they are stated, never added.
 */
import { toDecimal } from "../../numbers/decimal";
import type { HazardGroup, SummaryFacts } from "../facts";
import { indexOfWhole, type BlockValue, type SectionBlock } from "../sectionFacts";

/**
 * The hazard facts of a block of 一般隐患, or undefined where the block has 排查隐患 (told as they are) or its
 * 已整改 is not shown to be of the 一般隐患.
 *
 * @param b the block
 * @param unit the unit its hazards are counted in (项)
 * @returns the hazard facts for the hazard paragraph
 * @example blockHazards(corpus36Block, "项")?.total.found.value // 141911
 */
export function blockHazards(b: SectionBlock, unit: string): SummaryFacts["hazards"] | undefined {
  const at = (id: string): BlockValue | undefined => {
    const k = indexOfWhole(b, id);
    return k < 0 ? undefined : b.total.current[k];
  };
  const [found, rectified, rate] = [at("general_found"), at("rectified"), at("rect_rate")];
  if (at("hazards_found") || !found || !rectified || found.value === null || rectified.value === null) return undefined;
  // 已整改 is of the 一般隐患 where the table's 整改率 is 已整改 ÷ 一般隐患; else it may be of all hazards, and nothing is told.
  const divides = rate?.ratioOf?.[1].cell;
  if (!divides || divides.address !== found.cell?.address || divides.sheet !== found.cell?.sheet) return undefined;
  const column = (id: string) => indexOfWhole(b, id);
  const groups: HazardGroup[] = b.rows.map((r) => {
    const of = (id: string) => (column(id) >= 0 && r.current[column(id)].value !== null ? { [id]: r.current[column(id)] } : {});
    const v = { ...of("units_checked"), ...of("rect_rate"), ...of("major_rect_rate") };
    return {
      label: r.label,
      ...(v.units_checked ? { unitsChecked: v.units_checked } : {}),
      ...(v.rect_rate ? { rate: v.rect_rate } : {}),
      ...(v.major_rect_rate ? { majorRate: v.major_rect_rate } : {}),
    };
  });
  const some = (id: string) => (at(id) ? { [id]: at(id)! } : {});
  const x = {
    ...some("major_found"),
    ...some("major_rectified"),
    ...some("units_checked"),
    ...some("rect_funds"),
    ...some("major_planned"),
    ...some("listed"),
  };
  const checked = b.indicators[column("units_checked")];
  // The decimals the table writes its rates with (97.28, 39.56): the recomputed rate is written alike.
  const stated = [rate?.stated?.value, at("major_rect_rate")?.stated?.value].filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  const decimals = stated.length ? Math.max(...stated.map((v) => toDecimal(v).scale)) : undefined;
  return {
    sheet: b.sheet,
    general: true,
    unit,
    total: {
      label: b.total.label,
      found,
      rectified,
      ...(x.major_found ? { majorFound: x.major_found } : {}),
      ...(x.major_rectified ? { majorRectified: x.major_rectified } : {}),
      ...(x.units_checked ? { unitsChecked: x.units_checked } : {}),
      ...(x.rect_funds ? { funds: x.rect_funds } : {}),
      ...(x.major_planned ? { majorPlanned: x.major_planned } : {}),
      ...(x.listed ? { listed: x.listed } : {}),
      ...(rate?.stated ? { statedRate: rate.stated } : {}),
      ...(at("major_rect_rate")?.stated ? { majorStatedRate: at("major_rect_rate")!.stated } : {}),
    },
    rows: [],
    ...(decimals !== undefined ? { statedRateDecimals: decimals } : {}),
    ...(checked ? { unitsCheckedLabel: checked.name, unitsCheckedUnit: checked.unit } : {}),
    ...(groups.some((g) => g.unitsChecked || g.rate || g.majorRate) ? { groups } : {}),
  };
}
