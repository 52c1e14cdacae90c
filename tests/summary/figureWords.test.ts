/**
 * A ledger figure with a cell of words among its records (issue 22, corpus 41: 受伤 "个别轻微伤", which the
 * ledger counts as 0 and the 核对 names with ledger_figure_words): the 综述 says the figure leaves that record
 * out, and never a word about a record of another period. Reference counts by hand from the rows below.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts/workbookFacts";
import { planSummary } from "../../src/core/summary/planSummary";
import { resolveSummaryOptions } from "../../src/core/summary/options";
import { sheetOf } from "../reader/layouts";

const HEADER = ["序号", "事故发生时间", "县（市）", "行业", "事故类型", "死亡人数", "受伤人数"];

function firstParagraph(rows: unknown[][], language: "zh" | "en"): string {
  const records = rows.map((r, i) => [i + 1, ...r]);
  const model = readWorkbook({ sheets: [sheetOf("事故台账", [["楚雄州2024年1—6月生产安全事故台账"], HEADER, ...records])] });
  return planSummary(workbookFacts(model), resolveSummaryOptions({ language })).narrative[0];
}

const ROWS = [
  ["2023-03-04", "楚雄市", "建筑业", "高处坠落", 1, "轻伤若干"],
  ["2023-05-11", "禄丰市", "建筑业", "高处坠落", 1, 1],
  ["2024-02-02", "楚雄市", "道路运输业", "车辆伤害", 1, 2],
  ["2024-03-09", "南华县", "建筑业", "物体打击", 0, "个别轻微伤"],
  ["2024-05-20", "南华县", "建筑业", "物体打击", 0, 2],
];

describe("a figure some of whose records give it in words", () => {
  test("受伤4人 (2 + 2) says the third 2024 record's 个别轻微伤 is not counted; the 2023 record's words are not this period's", () => {
    const zh = firstParagraph(ROWS, "zh");
    expect(zh).toContain("共发生各类生产安全事故3起、死亡1人、受伤4人（另有1起事故的受伤人数填为“个别轻微伤”，未计入，见核对）");
    expect(zh).not.toContain("轻伤若干");
    expect(firstParagraph(ROWS, "en")).toContain("with 1 death and 4 injuries (excluding 1 accident whose injuries are written in words; see the checks).");
  });

  test("two different words are both quoted", () => {
    const rows = ROWS.map((r) => (r[0] === "2024-05-20" ? [...r.slice(0, 5), "轻伤2人左右"] : r));
    expect(firstParagraph(rows, "zh")).toContain("受伤2人（另有2起事故的受伤人数填为文字（“个别轻微伤”“轻伤2人左右”），未计入，见核对）");
  });

  test("a ledger without words in its figures says nothing more", () => {
    const rows = ROWS.map((r) => (typeof r[5] === "string" ? [...r.slice(0, 5), 0] : r));
    expect(firstParagraph(rows, "zh")).not.toContain("另有");
  });
});
