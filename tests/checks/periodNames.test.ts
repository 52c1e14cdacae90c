/**
 * A file name and a sheet name that disagree on the period are a finding (issue 26.4). Names from
 * the national accident tables of ../shared/real-workbooks (2005_7.xls with a sheet 2005_7;
 * 2005_1-2.xls with a sheet 2005_1-2).
 */
import { checkPeriodNames } from "../../src/core/checks/periodNames";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { sheetOf } from "../reader/layouts";

test("2005_7.xls holding a sheet 2005_6 is a warning naming both; the same names agree", () => {
  const [f] = checkPeriodNames(["2005_6"], "2005_7.xls");
  expect(f).toMatchObject({ kind: "period_name_mismatch", severity: "warning", sheet: "2005_6" });
  expect(f.message.zh).toBe("文件名“2005_7.xls”所示期间（2005_7）与工作表名“2005_6”所示期间（2005_6）不一致，请确认汇总的期间");
  expect(checkPeriodNames(["2005_7"], "2005_7.xls")).toEqual([]);
  expect(checkPeriodNames(["2005_1-2"], "2005_1-2.xls")).toEqual([]);
});

test("no finding where the spans share a month, or where either name has no year: a day inside the sheet's months, 2024年 against 2024年1—6月, a sheet named 汇总", () => {
  expect(checkPeriodNames(["2005_1-2"], "national-accidents-by-province-2005-01-02.xls")).toEqual([]);
  expect(checkPeriodNames(["2024年1—6月"], "楚雄州2024年安全生产.xlsx")).toEqual([]);
  expect(checkPeriodNames(["汇总", "6月"], "2024年1-6月.xlsx")).toEqual([]);
  expect(checkPeriodNames(["2023年"], "2024年1-6月.xlsx")).toHaveLength(1);
});

test("the reader says it for the sheets that gave a table, with the snapshot's file name", () => {
  const sheet = (name: string) =>
    sheetOf(name, [
      ["事故类型", "事故/起", "死亡/人"],
      ["矿业", 177, 407],
      ["交通", 74, 304],
      ["总计", 251, 711],
    ]);
  const model = readWorkbook({ name: "2005_7.xls", sheets: [sheet("2005_6")] });
  expect(model.findings.map((f) => [f.kind, f.sheet])).toEqual([["period_name_mismatch", "2005_6"]]);
  expect(readWorkbook({ name: "2005_7.xls", sheets: [sheet("2005_7")] }).findings).toEqual([]);
});
