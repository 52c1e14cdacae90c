/**
 * The period of a summary made from an accident ledger (issue 22.7): the title or 统计时间 line
 * above the header names it when it says one ("2024年1—6月": the bureau reports 1—6月 although
 * its last accident fell in May, as the reference report of 楚雄州 covers 2024年1—6月); when only
 * the records' dates give it, the sheet says the period was inferred and how to set it.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts/workbookFacts";
import { planSummary } from "../../src/core/summary/planSummary";
import { resolveSummaryOptions } from "../../src/core/summary/options";
import { sheetOf } from "../reader/layouts";

const HEADER = ["序号", "事故发生时间", "县（市）", "行业", "事故类型", "死亡人数", "受伤人数"];
const RECORDS = [
  ["2023-03-04", "楚雄市", "道路运输业", "车辆伤害", 1, 0],
  ["2023-05-11", "禄丰市", "建筑业", "高处坠落", 1, 1],
  ["2024-02-02", "楚雄市", "道路运输业", "车辆伤害", 1, 2],
  ["2024-05-20", "南华县", "建筑业", "物体打击", 0, 1],
].map((r, i) => [i + 1, ...r]);

function planOf(above: unknown[][], language: "zh" | "en" = "zh") {
  const model = readWorkbook({ sheets: [sheetOf("事故台账", [...above, HEADER, ...RECORDS])] });
  return planSummary(workbookFacts(model), resolveSummaryOptions({ language }));
}

const narrativeOf = (plan: ReturnType<typeof planSummary>) =>
  plan.cells
    .flat()
    .map((c) => String(c.value ?? ""))
    .find((v) => /^2024年[^，]*，/.test(v));

describe("the period of a ledger's summary", () => {
  test("a title naming 2024年1—6月 gives 1—6月 though the last record is in May, and the same months of 2023 for the 同比", () => {
    const plan = planOf([["楚雄州2024年1—6月生产安全事故台账"]]);
    expect(narrativeOf(plan)).toMatch(/^2024年1—6月，/);
    expect(plan.notes.join("\n")).not.toMatch(/统计期间.*推定/);
  });

  test("a 统计时间 line under a title that names only the year gives the line's months", () => {
    const plan = planOf([["2024年生产安全事故台账"], ["填报单位：楚雄州应急管理局", "", "统计时间：2024年1月1日至6月30日"]]);
    expect(narrativeOf(plan)).toMatch(/^2024年1—6月，/);
    expect(plan.notes.join("\n")).not.toMatch(/统计期间.*推定/);
  });

  test("no title: the period is the records' year to date, and a note on the sheet says it was inferred and where to set it", () => {
    const plan = planOf([]);
    expect(narrativeOf(plan)).toMatch(/^2024年1—5月，/);
    const note = "注：统计期间2024年1—5月按“事故台账”中记录的日期推定（标题未写明期间）；如报告期不同，请在“识别”中指定台账期间后重新生成。";
    expect(plan.notes).toContain(note);
    expect(plan.cells.flat().some((c) => c.value === note)).toBe(true);
    const en = planOf([], "en");
    expect(en.notes.join("\n")).toContain('Note: the period (January–May 2024) is inferred from the dates of the records on "事故台账"');
  });
});
