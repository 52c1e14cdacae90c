/**
 * The area of a summary made from an accident ledger (issue 19 item 8): its title's place and region word
 * are taken as a table's title's are (facts/context.ts, one rule). The ledger is the shape of the audit's /tmp/audit-wb/ledger-odd.xlsx
 * (楚雄州2024年1—6月生产安全事故台账 over 楚雄市, 禄丰市, 南华县 …), which gave "2024年1—6月生产安全事故情况"
 * and "2024年1—6月，共发生…" with no 全州.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts/workbookFacts";
import { planSummary } from "../../src/core/summary/planSummary";
import { resolveSummaryOptions } from "../../src/core/summary/options";
import { sheetOf } from "../reader/layouts";

const HEADER = ["序号", "事故发生时间", "县（市）", "行业", "事故类型", "死亡人数", "受伤人数"];
const CHUXIONG = [
  ["2023-03-04", "楚雄市", "道路运输业", "车辆伤害", 1, 0],
  ["2024-01-03", "楚雄市", "建筑业", "高处坠落", 1, 0],
  ["2024-04-01", "禄丰市", "采矿业", "冒顶片帮", 1, 0],
  ["2024-05-20", "南华县", "采矿业", "触电", 1, 1],
];
// 池州市's districts and counties: not 楚雄州's, and not a place the registry knows by its counties.
const CHIZHOU = CHUXIONG.map((r, i) => [r[0], ["贵池区", "贵池区", "东至县", "青阳县"][i], ...r.slice(2)]);

function planOf(above: unknown[][], records: unknown[][], language: "zh" | "en" = "zh") {
  const rows = [...above, HEADER, ...records.map((r, i) => [i + 1, ...r])];
  return planSummary(workbookFacts(readWorkbook({ sheets: [sheetOf("事故台账", rows)] })), resolveSummaryOptions({ language }));
}

const texts = (plan: ReturnType<typeof planSummary>) => plan.cells.flat().map((c) => String(c.value ?? ""));
const opening = (plan: ReturnType<typeof planSummary>) => texts(plan).find((v) => /^2024年[^，]*，/.test(v) || /^In January/.test(v));

describe("the area of a ledger's summary", () => {
  test("a ledger titled 楚雄州2024年1—6月生产安全事故台账 is 全州's, in the sheet's title and the 综述, as a table so titled is", () => {
    const plan = planOf([["楚雄州2024年1—6月生产安全事故台账"]], CHUXIONG);
    expect(texts(plan)[0]).toBe("2024年1—6月全州生产安全事故情况");
    expect(opening(plan)).toMatch(/^2024年1—6月，全州共发生各类生产安全事故3起、死亡3人/);
    expect(opening(planOf([["楚雄州2024年1—6月生产安全事故台账"]], CHUXIONG, "en"))).toMatch(
      /^In January–June 2024, Chuxiong Prefecture recorded 3 work-safety accidents/,
    );
  });

  test("a ledger titled 池州市2024年1—6月生产安全事故台账 is 全市's: the title's place, whatever its counties", () => {
    const plan = planOf([["池州市2024年1—6月生产安全事故台账"]], CHIZHOU);
    expect(texts(plan)[0]).toBe("2024年1—6月全市生产安全事故情况");
    expect(opening(plan)).toMatch(/^2024年1—6月，全市共发生/);
  });
});
