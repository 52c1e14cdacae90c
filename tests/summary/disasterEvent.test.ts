/**
 * An export of the national disaster-reporting system is of one event: its line over the header names the
 * kind and the date of occurrence ("灾种名称：洪涝      灾害发生时间：2020-07-18 08:48:00", as the 2020 flood export of
 * ../shared/real-workbooks writes it). The period is the event's day, never the month (2020年7月, read from
 * "2020-07-18 08:48:00" with its spaces taken out) nor that day's disasters ("2020年7月18日，自然灾害共造成…").
 * The small sheets below copy the export's shape (title line, header, units row, counties); their sums are done by hand.
 */
import { workbookFacts } from "../../src/core/facts";
import { readerNotes } from "../../src/core/facts/readerNotes";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { disasterEvent } from "../../src/core/reader/eventPeriod";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

// The export's columns, with its loss parts (其中：农业损失, 基础设施损失), as the real export has them.
const HEADER = ["省", "市", "区县", "受灾人口", "因灾死亡人口", "直接经济损失", "其中：农业损失", "基础设施损失"];
const UNITS = ["", "", "", "人", "人", "万元", "万元", "万元"];
const COUNTIES = [
  ["安徽省", "蚌埠市", "禹会区", 79242, 0, 14162.84, 10961.64, 2033],
  ["江西省", "九江市", "永修县", 52000, 2, 8300, 5000, 3300],
];
// Without loss parts the sheet is an indicator section of its own (narrative/disasters.ts), not the loss paragraph.
const NO_PARTS = (rows: unknown[][]) => rows.map((r) => r.slice(0, 6));

function planOf(rows: unknown[][], language: "zh" | "en") {
  const wf = workbookFacts(readWorkbook({ sheets: [sheetOf("灾情指标", rows)] }));
  return { wf, plan: planSummary(wf, { language, generatedAt: "2025-01-06T00:00" }) };
}

describe("a system export of one disaster event", () => {
  test("its line gives the kind and the day; the hour is when, not a period", () => {
    expect(disasterEvent(["灾种名称：洪涝      灾害发生时间：2020-07-18 08:48:00"])).toEqual({ kind: "洪涝", dates: ["2020-07-18"] });
    expect(disasterEvent(["灾害发生时间：2021年7月20日"])).toEqual({ dates: ["2021-07-20"] });
    // A date that is none (2020-02-30), and a 填报日期 line, are no event.
    expect(disasterEvent(["灾害发生时间：2020-02-30 08:00:00"])).toBeUndefined();
    expect(disasterEvent(["填报日期：2020-07-21"])).toBeUndefined();
  });

  test("is told as the event of its day, in the title, the 综述 and the English (79242 + 52000 = 131242 people, 0 + 2 deaths)", () => {
    const rows = [["", "", "灾种名称：洪涝      灾害发生时间：2020-07-18 08:48:00"], HEADER, UNITS, ...COUNTIES];
    const zh = planOf(rows, "zh");
    expect(zh.wf.context).toMatchObject({ period: "2020年7月18日", periodSpan: { kind: "day", start: "2020-07-18", end: "2020-07-18" } });
    expect(zh.plan.cells[0][0].value).toBe("2020年7月18日洪涝灾害情况");
    expect(zh.plan.narrative[0]).toMatch(/^2020年7月18日发生的洪涝灾害共造成2个县市131242人不同程度受灾，因灾死亡2人/);
    expect(zh.plan.narrative.join("")).not.toMatch(/2020年7月，|2020年7月18日，/);
    const en = planOf(rows, "en").plan;
    expect(en.cells[0][0].value).toBe("18 July 2020: floods");
    expect(en.narrative[0]).toMatch(/^The floods of 18 July 2020 affected 131,242 people across 2 counties; 2 people died\./);
    // One date: nothing to say about it among the reading notes.
    expect(readerNotes(zh.wf)).toEqual([]);
    // A title that names its month keeps it: a 填报日期 line is when the form was filled, not an event.
    const month = planOf([["某省2020年7月洪涝灾害损失统计表"], ["填报日期：2020-08-03"], HEADER, UNITS, ...COUNTIES], "zh");
    expect([month.wf.context.period, month.wf.context.event]).toEqual(["2020年7月", undefined]);
    expect(month.plan.narrative[0]).toMatch(/^2020年7月，/);
  });

  test("with no kind named, the event is the natural disasters of its day; without loss parts too (the disaster section's paragraph)", () => {
    const rows = [["灾害发生时间：2021-07-20 16:00:00"], HEADER, UNITS, ...COUNTIES];
    expect(planOf(rows, "zh").plan.narrative[0]).toMatch(/^2021年7月20日发生的自然灾害共造成2个县市131242人不同程度受灾/);
    expect(planOf(rows, "en").plan.narrative[0]).toMatch(/^The natural disasters of 20 July 2021 affected 131,242 people/);
    const section = planOf(NO_PARTS([["灾种名称：洪涝 灾害发生时间：2021-07-20 16:00:00"], HEADER, UNITS, ...COUNTIES]), "zh").plan;
    expect(section.cells[0][0].value).toBe("2021年7月20日洪涝灾害情况");
    // 14162.84 + 8300 = 22462.84 万元.
    expect(section.narrative[0]).toBe("2021年7月20日发生的洪涝灾害共造成131242人受灾，2人死亡；直接经济损失22462.84万元。");
    const en = planOf(NO_PARTS([["灾种名称：洪涝 灾害发生时间：2021-07-20 16:00:00"], HEADER, UNITS, ...COUNTIES]), "en").plan;
    expect(en.narrative[0]).toMatch(/^The floods of 20 July 2021 affected 131,242 people and left 2 dead\./);
  });

  test("several dates of occurrence give the days from the first to the last, and a reading note says so — never one day's event", () => {
    const rows = [["灾种名称：洪涝 灾害发生时间：2020-07-05 08:00:00"], ["灾种名称：洪涝 灾害发生时间：2020-07-18 08:48:00"], HEADER, UNITS, ...COUNTIES];
    const { wf, plan } = planOf(rows, "zh");
    expect(wf.context.period).toBe("2020年7月5日至7月18日");
    expect(plan.narrative[0]).toMatch(/^2020年7月5日至7月18日发生的洪涝灾害共造成2个县市131242人不同程度受灾/);
    expect(readerNotes(wf).map((n) => n.message.zh)).toEqual([
      "导出表写有2个灾害发生时间（2020-07-05至2020-07-18），不是同一天发生的一次灾害；综述按其起止日期叙述，不写成某一天的灾情",
    ]);
    expect(planOf(rows, "en").plan.narrative[0]).toMatch(/^The floods of 5–18 July 2020 affected 131,242 people/);
  });
});
