/**
 * County sheets of one form but of different periods are not joined, and the summary says why (issue
 * 19.4): the reader names each sheet with its period, and a whole's sheet of another period than its
 * counties' gets a note of its own, not "未单列". Sheets shaped as 亳州市's (corpus 35); figures made up.
 */
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

function county(name: string, period: string, found: number, rectified: number) {
  return sheetOf(name, [[`${name}${period}安全生产隐患报送情况`], ["项目", "报送数", "已整改"], ["一般隐患（条）", found, rectified]]);
}

test("county sheets whose titles name different periods are named with their periods, in both languages", () => {
  const model = readWorkbook({ sheets: [county("涡阳县", "2023年", 320, 300), county("蒙城县", "2023年1—11月", 210, 200)] });
  const words = model.diagnostics.map((d) => `${d.message.zh} | ${d.message.en}`);
  expect(words).toContain(
    "各工作表是同一张表，但期间不同，未合并为一张分县表：涡阳县（2023年）、蒙城县（2023年1—11月） | The sheets have one form but different periods, so they are not joined into one table by county: 涡阳县 (2023年), 蒙城县 (2023年1—11月)",
  );
  expect(workbookFacts(model).sources.some((s) => s.kind === "table" && s.joined)).toBe(false);
});

test("county sheets of one period say nothing of periods", () => {
  const model = readWorkbook({ sheets: [county("涡阳县", "2023年", 320, 300), county("蒙城县", "2023年", 210, 200)] });
  expect(model.diagnostics.some((d) => d.message.zh.includes("期间不同"))).toBe(false);
});

test("a whole's sheet of another period than its counties' is no 合计 of theirs, and the note says so rather than 未单列", () => {
  const whole = sheetOf("全市", [["亳州市2023年1—11月安全生产隐患报送情况汇总"], ["项目", "报送数", "已整改"], ["一般隐患（条）", 500, 480]]);
  const wf = workbookFacts(readWorkbook({ sheets: [whole, county("涡阳县", "2023年", 320, 300), county("蒙城县", "2023年", 210, 200)] }));
  const joined = wf.sources.find((s) => s.kind === "table" && s.joined);
  expect(joined?.kind === "table" && joined.joined?.otherPeriod?.whole.span).toMatchObject({ year: 2023, endMonth: 11 });
  const zh =
    planSummary(wf, { language: "zh" }).notes.join("\n") +
    planSummary(wf, { language: "zh" })
      .cells.flat()
      .map((c) => String(c.value ?? ""))
      .join("\n");
  expect(zh).toContain("注：“全市”表的期间（2023年1—11月）与各县（市、区）表（2023年）不同，其数字不是各县（市、区）的合计，未作核对。");
  expect(zh).not.toContain("未单列");
  // No 核对 finding compares the 1—11月 whole (500) with the counties' year (530).
  expect(zh).not.toContain("相差 -30");
  const en = planSummary(wf, { language: "en" })
    .cells.flat()
    .map((c) => String(c.value ?? ""))
    .join("\n");
  expect(en).toContain('Note: sheet "全市" covers another period (January–November 2023) than the county sheets (2023)');
});
