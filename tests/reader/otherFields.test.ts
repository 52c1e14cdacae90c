/**
 * Statistics of another field are named as such (issue 26.3): the words of the file, the sheet, the
 * title and the headers of a table with no emergency indicator.
 */
import { otherFieldOf } from "../../src/core/reader/otherFields";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { sheetOf } from "./layouts";

test("GDP, population, tourism and finance words name the field; a statistics-database export sheet is one even without them", () => {
  expect(otherFieldOf(["nbs-gdp-by-province-export.xlsx", "分省年度数据", "地区", "2023年"])).toBe("gdp");
  expect(otherFieldOf(["地区生产总值分省年度数据.xlsx"])).toBe("gdp");
  expect(otherFieldOf(["数据.xlsx", "Sheet1", "地区", "年末常住人口（万人）"])).toBe("population");
  expect(otherFieldOf(["2023年接待游客人次.xlsx"])).toBe("tourism");
  expect(otherFieldOf(["x.xlsx", "分省年度数据", "地区", "2023年"])).toBe("statisticsExport");
  // 受灾人口 is the disaster form's own indicator, never a population table.
  expect(otherFieldOf(["灾情.xlsx", "Sheet1", "县", "受灾人口"])).toBeUndefined();
});

test("a table with an emergency indicator is never classed as another field, even beside a population column", () => {
  const model = readWorkbook({
    name: "2005_1-2.xls",
    sheets: [
      sheetOf("2005_1-2", [
        ["省市", "事故/起", "死亡/人", "人口/万人"],
        ["安徽", 24, 76, 5986],
        ["北京", 2, 6, 1382],
        ["全国", 26, 82, 7368],
      ]),
    ],
  });
  expect(model.tables[0].domain).toBeUndefined();
  expect(model.diagnostics.some((d) => d.message.zh.includes("其他领域"))).toBe(false);
});
