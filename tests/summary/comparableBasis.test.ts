/**
 * 可比口径 (issue 22.1, rule 14 of docs/report-rules.md): a county with this period's accidents but an
 * empty 去年同期 cell is not in the year-earlier total, so the total's 同比 would set the whole prefecture
 * against the other counties. Statistical releases compare like with like and say so ("按可比口径计算",
 * NBS 统计公报). Expected figures are worked by hand from the table below: 23 − 2 (双柏县) = 21 accidents
 * against 20 (+1, 5%); 26 − 3 = 23 deaths against 21 (+2, 9.5%); 11 − 1 = 10 injuries against 6 (+4, 66.7%).
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts/workbookFacts";
import { planSummary } from "../../src/core/summary/planSummary";
import { resolveSummaryOptions, type SummaryOptionsInput } from "../../src/core/summary/options";
import { sheetOf } from "../reader/layouts";

const HEADER = [
  ["楚雄州2024年1—6月生产安全事故分县统计表"],
  ["县（市）", "事故起数", "", "死亡人数", "", "受伤人数", ""],
  ["", "本期", "去年同期", "本期", "去年同期", "本期", "去年同期"],
];

function accidentParagraph(rows: unknown[][], o: SummaryOptionsInput = {}): string {
  const model = readWorkbook({ sheets: [sheetOf("分县", [...HEADER, ...rows], ["A1:G1", "A2:A3", "B2:C2", "D2:E2", "F2:G2"])] });
  const plan = planSummary(workbookFacts(model), resolveSummaryOptions(o));
  const texts = plan.cells.flat().map((c) => String(c.value ?? ""));
  const found = texts.find((t) => /共发生各类生产安全事故|there were \d|recorded \d/.test(t));
  if (!found) throw new Error(`no accident paragraph in: ${texts.filter(Boolean).join(" | ")}`);
  return found;
}

const COUNTIES = [
  ["楚雄市", 12, 11, 14, 12, 6, 4],
  ["南华县", 9, 9, 9, 9, 4, 2],
  ["双柏县", 2, "", 3, "", 1, ""],
];

describe("a county without last year's figures: the 同比 is on a comparable basis (issue 22.1)", () => {
  test("the total's 同比 leaves 双柏县 out and the sentence says so, in the words of the statistical bulletins", () => {
    const text = accidentParagraph([...COUNTIES, ["合计", 23, 20, 26, 21, 11, 6]]);
    expect(text).toContain("共发生各类生产安全事故23起、死亡26人、受伤11人，按可比口径（不含无去年同期数的双柏县）计算，同比");
    expect(text).toContain("事故起数增加1起、上升5%");
    expect(text).toContain("死亡人数增加2人、上升9.5%");
    expect(text).toContain("受伤人数增加4人、上升66.7%");
    expect(text).not.toContain("增加3起");
  });

  test("in English the comparison is a sentence of its own that names the county left out", () => {
    const text = accidentParagraph([...COUNTIES, ["合计", 23, 20, 26, 21, 11, 6]], { language: "en" });
    expect(text).toContain("Chuxiong Prefecture recorded 23 work-safety accidents, with 26 deaths and 11 injuries.");
    expect(text).toContain(
      "Compared with a year earlier on a comparable basis (excluding Shuangbai County, which reported no year-earlier figures), accidents rose by 1 (5%), deaths by 2 (9.5%) and injuries by 4 (66.7%).",
    );
  });

  test("a total whose 去年同期 holds more than the other counties' (the county's figure is in it) is compared as it stands", () => {
    const text = accidentParagraph([...COUNTIES, ["合计", 23, 22, 26, 24, 11, 7]]);
    expect(text).not.toContain("可比口径");
    expect(text).toContain("事故起数增加1起、上升4.5%");
  });

  test("a county with no accidents this period and none stated a year earlier changes nothing", () => {
    const rows = [COUNTIES[0], COUNTIES[1], ["双柏县", 0, "", 0, "", 0, ""], ["合计", 21, 20, 23, 21, 10, 6]];
    const text = accidentParagraph(rows);
    expect(text).not.toContain("可比口径");
    expect(text).toContain("事故起数增加1起、上升5%");
  });
});

describe("the table beside a 可比口径 sentence says which basis each uses (issue 22.1)", () => {
  const plan = (rows: unknown[][], o: SummaryOptionsInput = {}) =>
    planSummary(
      workbookFacts(readWorkbook({ sheets: [sheetOf("分县", [...HEADER, ...rows], ["A1:G1", "A2:A3", "B2:C2", "D2:E2", "F2:G2"])] })),
      resolveSummaryOptions(o),
    );

  test("a note under the tables: the 综述's 同比 leaves 双柏县 out, the table's and the 显著性 column's compare the stated totals (23 against 20)", () => {
    const p = plan([...COUNTIES, ["合计", 23, 20, 26, 21, 11, 6]]);
    expect(p.notes).toContain("注：综述中的同比按可比口径（不含无去年同期数的双柏县）计算；本表的增减、增减幅度和显著性按表中合计数计算。");
    const en = plan([...COUNTIES, ["合计", 23, 20, 26, 21, 11, 6]], { language: "en" });
    expect(en.notes).toContain(
      "Note: the narrative compares with a year earlier on a comparable basis (excluding Shuangbai County, which reported no year-earlier figures); the changes and the significance in the table compare the totals as stated.",
    );
  });

  test("no note where the 综述 compares the stated totals too", () => {
    expect(plan([...COUNTIES, ["合计", 23, 22, 26, 24, 11, 7]]).notes.join("")).not.toContain("可比口径");
  });
});
