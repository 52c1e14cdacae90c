/**
 * The region word and the report period from a table's title (docs/report-rules.md rule 1; the
 * corpus of published releases, tests/corpus: 33 of its 45 workbooks read no region word before).
 * Each title below is a release's own: 广州市应急管理局's 2023年6月 bulletin (corpus 02), 云南省's
 * 2024年1月至5月 bulletin (09), 罗湖区's 2023年4月份 table (22), NBS's 2023 统计公报 (32).
 */
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { sheetOf } from "../reader/layouts";

/** A two-row accident table by industry under a title. */
const context = (title: string) =>
  workbookFacts(
    readWorkbook({
      sheets: [
        sheetOf("表", [
          [title],
          ["行业领域", "事故起数", "去年同期", "死亡人数", "去年同期"],
          ["合计", 10, 8, 9, 7],
          ["工矿商贸", 6, 5, 5, 4],
          ["道路交通", 4, 3, 4, 3],
        ]),
      ],
    }),
  ).context;

describe("the region word a summary opens with", () => {
  it("is the place's when the title names a place after its period: 2023年6月广州市… → 全市 (not 全州 of 月广州)", () => {
    expect(context("2023年6月广州市生产安全事故情况统计表")).toMatchObject({ place: "广州市", regionWord: "全市" });
  });

  it("is the title's own word: 2024年1月至5月全省… → 全省", () => {
    expect(context("2024年1月至5月全省生产安全事故情况").regionWord).toBe("全省");
  });

  it("is 全区 for a district and 全国 for the national 统计公报", () => {
    expect(context("罗湖区2023年4月份生产安全事故情况").regionWord).toBe("全区");
    expect(context("中华人民共和国2023年国民经济和社会发展统计公报").regionWord).toBe("全国");
  });

  it("is none when nothing names the area (a bare 合计 row, no place in the title)", () => {
    expect(context("生产安全事故情况").regionWord).toBeUndefined();
  });
});

describe("the report period a title writes", () => {
  it("keeps a range written with 至: 2024年1月至5月, not 2024年1月", () => {
    expect(context("2024年1月至5月全省生产安全事故情况").period).toBe("2024年1月至5月");
  });
});
