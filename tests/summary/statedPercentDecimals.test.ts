/**
 * A stated percent is printed as its cell shows it (docs/report-rules.md rule 17): 广州市应急管理局's 2022年 table
 * (corpus 04, 大洋网 2023-01-17) keeps its percents under the number format "0.0", and the release prints "事故起数
 * 同比下降3.0%" for December and "与近三年平均值相比分别下降13.3%、6.0%、30.2%". On main the 综述 printed the cell's value,
 * "下降3%" and "6%". The precision option governs computed percents only: a stated one is the table's figure, traced
 * to its cell.
 */
import { workbookFacts } from "../../src/core/facts";
import type { SheetSnapshot } from "../../src/core/model/snapshot";
import { formatDecimals, shownDecimals } from "../../src/core/reader/shownDecimals";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { resolveSummaryOptions, type SummaryOptionsInput } from "../../src/core/summary/options";
import { sheetOf } from "../reader/layouts";

const GUANGZHOU_2022 = [
  ["广州市2022年1-12月生产安全事故总体情况"],
  ["单位：起、人、%"],
  ["指标", "12月", "同比(%)", "环比(%)", "1-12月", "同比(%)", "与近三年平均值相比(%)"],
  ["事故起数", 32, -3, 52.4, 351, -15.8, -13.3],
  ["死亡人数", 29, 26.1, 52.6, 299, -8.6, -6],
  ["受伤人数", 5, -66.7, "持平", 131, -38.2, -30.2],
];

/** The sheet with the workbook's formats: "0.0" on C4:D6 and F4:G6, as corpus 04 is built. */
function formatted(rows: unknown[][], format = "0.0"): SheetSnapshot {
  const sheet = sheetOf("2022年", rows);
  const numberFormats = sheet.values.map((row, r) => row.map((_v, c) => (r >= 3 && r <= 5 && [2, 3, 5, 6].includes(c) ? format : "General")));
  return { ...sheet, numberFormats };
}

function narrative(sheet: SheetSnapshot, language: "zh" | "en", o: SummaryOptionsInput = {}): string {
  return planSummary(workbookFacts(readWorkbook({ sheets: [sheet] })), resolveSummaryOptions({ ...o, language })).narrative.join("\n");
}

describe("a stated percent as its cell shows it", () => {
  test("−3 under 0.0 is 3.0%, the mean's 6 is 6.0%, as the release prints them (广州 2022年)", () => {
    const zh = narrative(formatted(GUANGZHOU_2022), "zh");
    expect(zh).toContain("12月，全市发生生产安全事故32起、死亡29人、受伤5人，同比事故起数下降3.0%，死亡人数上升26.1%，受伤人数下降66.7%");
    expect(zh).toContain("与近三年平均值相比，事故起数、死亡人数和受伤人数分别下降13.3%、6.0%和30.2%。");
    const en = narrative(formatted(GUANGZHOU_2022), "en");
    expect(en).toContain("32 accidents (down 3.0% year on year)");
    expect(en).toContain("accidents fell by 13.3%, deaths by 6.0% and injuries by 30.2%.");
    // A cell that fixes no decimals (General) is told as its value.
    expect(narrative(sheetOf("2022年", GUANGZHOU_2022), "zh")).toContain("同比事故起数下降3%，");
  });

  test("a percent typed as text keeps its decimals; the precision option does not reach a stated percent", () => {
    const typed = GUANGZHOU_2022.map((r) => (r[0] === "事故起数" ? ["事故起数", 32, "-3.0", 52.4, 351, -15.8, -13.3] : r));
    expect(narrative(sheetOf("2022年", typed), "zh")).toContain("同比事故起数下降3.0%，");
    const two = narrative(formatted(GUANGZHOU_2022), "zh", { percentDecimals: 2, stripTrailingZeros: false });
    expect(two).toContain("同比事故起数下降3.0%，死亡人数上升26.1%");
  });
});

describe("the decimals a number format fixes", () => {
  test("0.0 → 1, #,##0.00_ → 2, 0.0% → 1, 0 → 0; none for General, text, 0.## or a date", () => {
    expect([formatDecimals("0.0"), formatDecimals("#,##0.00_ "), formatDecimals("0.0%"), formatDecimals("0"), formatDecimals("0.0;[Red]-0.0")]).toEqual([
      1, 2, 1, 0, 1,
    ]);
    expect([formatDecimals("General"), formatDecimals("@"), formatDecimals("0.##"), formatDecimals("yyyy-mm-dd"), formatDecimals(undefined)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect([shownDecimals(-3, "0.0"), shownDecimals("-3.0", undefined), shownDecimals("持平", undefined), shownDecimals(-3, "General")]).toEqual([
      1,
      1,
      undefined,
      undefined,
    ]);
  });
});
