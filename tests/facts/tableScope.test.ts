/**
 * What a whole table is about reaches its facts: a county's sheet in a group of one form per county
 * (SHAPES' sheetGroups, the shape of 亳州市's 2023 hazard returns, tests/corpus 35) keys every
 * figure of the sheet by its county, and a table keyed by indicator whose columns are stages
 * (项目 | 报送数 | 已整改 | 整改率) names each cell by row × column (cellIndicator). The figures are
 * invented and summed by hand: 甲县 200 重大隐患 of which 195 已整改 (97.5%).
 */
import { withinTable, workbookFacts, type Fact, type WorkbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { hazardReturnSheet, wholeCitySheet } from "../shapes/hazardReturnSheets";

const whole = wholeCitySheet(631, 620, 98.26);
const returnSheet = (name: string, general: number, major: number, majorDone: number) => hazardReturnSheet(name, name, general, major, majorDone);

function of(wf: WorkbookFacts, sheet: string, indicator: string): Fact | undefined {
  return wf.facts.find((f) => f.provenance.kind === "cell" && f.provenance.cell.sheet === sheet && f.indicator === indicator);
}

describe("a table's scope and its stage columns in the facts", () => {
  const wf = workbookFacts(readWorkbook({ sheets: [whole, returnSheet("甲县", 100, 200, 195), returnSheet("乙区", 200, 300, 300)] }));

  test("every figure of a county's sheet is keyed by its county, as its row of the table the sheets join into", () => {
    const county = wf.facts.filter((f) => f.provenance.kind === "cell" && f.provenance.cell.sheet === "甲县");
    expect(county.length).toBeGreaterThan(0);
    for (const f of county) expect(f.breakdown).toEqual([{ dimension: "region", key: "甲县" }]);
    // Within the joined table (SHAPES' fromSheetGroup.ts) the county is a row, not the table's whole.
    expect(county.every((f) => withinTable(f.breakdown).length === 1)).toBe(true);
    const sources = [...new Set(county.map((f) => f.source))];
    expect(sources).toHaveLength(1);
    expect(wf.sources.find((s) => s.id === sources[0])).toMatchObject({ kind: "table", joined: { parts: ["甲县", "乙区"], whole: "全市" } });
  });

  test("the whole sheet's figures carry no county", () => {
    const all = wf.facts.filter((f) => f.provenance.kind === "cell" && f.provenance.cell.sheet === "全市");
    expect(all.every((f) => f.breakdown.length === 0)).toBe(true);
  });

  test("重大隐患 × 已整改 is 重大隐患已整改 and × 整改率 is 重大隐患整改率 (a rate), never 重大隐患", () => {
    expect(of(wf, "甲县", "major_rectified")).toMatchObject({ value: 195, measure: "count" });
    expect(of(wf, "甲县", "major_rect_rate")).toMatchObject({ value: 97.5, measure: "rate" });
    expect(
      wf.facts.filter((f) => f.indicator === "major_found" && f.provenance.kind === "cell" && f.provenance.cell.sheet === "全市").map((f) => f.value),
    ).toEqual([631]);
  });
});
