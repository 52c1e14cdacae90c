/**
 * Which field a ledger column holds, from its header text.
 */
import type { LedgerField } from "../reader/model";
import { memoByText } from "../text/memoByText";

/** Rules in priority order: the specific before the general ("其中重伤" before "受伤"). */
const RULES: readonly [LedgerField, RegExp][] = [
  ["serial", /^(序号|编号|顺序号)$/],
  ["included", /纳入统计|是否统计/],
  ["done_date", /(完成|销号|验收)(日期|时间)/],
  ["deadline", /整改(期限|时限)|期限/],
  ["date", /(发生|检查|排查|发现|登记)?(日期|时间)$|^(事故)?发生时间/],
  ["industry_sub", /行业.*(二级|小类|细分)|(二级|细分)行业/],
  ["industry", /行业/],
  ["town", /乡镇|街道/],
  ["region", /^(县|县市|县区|县市区|地区|区县|所属县市|行政区域|州市|省份|省市|省区|省\(区、市\)|省\(自治区、直辖市\)|所在省份|所在地区|市州|地市)/],
  ["unit_name", /单位|企业|名称/],
  ["accident_type", /事故(类型|类别)|^事故$|^事故种类$/],
  ["level", /(事故|隐患)(等级|级别)|^等级$/],
  ["serious_injured", /重伤/],
  ["missing", /失踪|下落不明/],
  ["deaths", /死亡/],
  ["injured", /受伤/],
  ["direct_loss", /经济损失|财产损失/],
  ["funds", /资金/],
  ["status", /整改(状态|情况)|^状态$/],
  ["listed", /挂牌|督办/],
  ["description", /经过|描述|内容|简况/],
  ["other", /./],
];

/**
 * The field of a ledger header.
 *
 * @param header the header cell's text
 * @returns the field, or undefined for a blank header
 * @example ledgerFieldOf("其中重伤(人)") // "serious_injured"
 */
export function ledgerFieldOf(header: unknown): LedgerField | undefined {
  if (typeof header !== "string" && typeof header !== "number") return undefined;
  return fieldOfText(String(header));
}

/** Each header text read once: every row near the top of every sheet is tried as a ledger's header. */
const fieldOfText = memoByText((header): LedgerField | undefined => {
  const text = header.normalize("NFKC").replace(/\s+/g, "");
  if (!text) return undefined;
  for (const [field, pattern] of RULES) if (pattern.test(text)) return field;
  return undefined;
});
