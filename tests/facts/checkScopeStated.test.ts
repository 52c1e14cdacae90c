/**
 * What "已核对…N项关系" counts (issue 28's brief, item 3; RELEASES' s11 note): a stated change or rate is a
 * checked relation only when the 核对 compared it, every figure it rests on being in the sheet. Before,
 * checkScope counted every stated 增减 and 幅度 as a relation, even a 增减 beside 本期 with no 去年同期 to
 * compare it with (corpus 11, 湖北's table by industry, 本期 | 增减 | 幅度: 74 "relations", 32 of them
 * 增减 cells the 核对 never compared), and every rate whose counts were somewhere in the table, even where
 * the rate check does not look (a table keyed by indicator). Such figures are now said apart, as stated
 * and not checked. The counts below were made by hand from the cells named.
 */
import * as path from "path";
import { checkVerdict, workbookFacts, type WorkbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { loadFixture } from "../reader/loadFixture";
import { sheetOf } from "../reader/layouts";

const CORPUS_11 = path.join(__dirname, "../corpus/workbooks/11-hb-2024-q1-industry-tree.xlsx");

function factsOf(rows: unknown[][], merges: string[] = []): WorkbookFacts {
  return workbookFacts(readWorkbook({ sheets: [sheetOf("事故分县统计", rows, merges)] }));
}

describe("a table with 本期 and its stated 增减 but no 去年同期 (nothing to compare the 增减 with)", () => {
  const wf = factsOf([
    ["县（市）", "事故起数", "增减"],
    ["楚雄市", 5, 2],
    ["禄丰市", 3, -1],
    ["姚安县", 4, 0],
    ["合计", 12, 1],
  ]);

  test("counts the 合计 against its rows as the one relation, and the four 增减 as stated and not checked", () => {
    // 合计 12 = 5 + 3 + 4 (one relation); 增减 2, −1, 0 and 1 each need last year's figure, which the sheet does not hold.
    expect(wf.checked).toMatchObject({ relations: 1, unchecked: 4 });
  });

  test("the verdict says so in both languages", () => {
    expect(checkVerdict(wf)).toEqual({
      zh: "已核对1张表（事故分县统计）的1项关系，未发现计算不一致；表中另有4项所列增减或比率缺少与之对比的数字，未能核对",
      en: "Checked 1 relation in 1 table (事故分县统计); no arithmetic inconsistencies found; 4 more stated changes or rates could not be checked: the sheet lacks the figures they compare",
    });
  });
});

test("a table with 本期, 去年同期, 增减 and 幅度: every stated change is compared and counted, none is said unchecked", () => {
  const wf = factsOf(
    [
      ["县（市）", "事故起数"],
      ["", "本期", "去年同期", "增减", "增减幅度(%)"],
      ["楚雄市", 6, 5, 1, 20],
      ["禄丰市", 3, 4, -1, -25],
      ["合计", 9, 9, 0, 0],
    ],
    ["A1:A2", "B1:E1"],
  );
  // Two totals (本期 9 = 6 + 3, 去年同期 9 = 5 + 4) and, per row, 增减 and 幅度: 2 + 3 × 2 = 8.
  expect(wf.checked).toMatchObject({ relations: 8, unchecked: 0 });
  expect(checkVerdict(wf)?.zh).toBe("已核对1张表（事故分县统计）的8项关系，未发现计算不一致");
});

test("a table whose only stated figures are 增减 with nothing to compare them with is not said to be checked", () => {
  const wf = factsOf([
    ["县（市）", "事故起数", "增减"],
    ["楚雄市", 5, 2],
    ["禄丰市", 3, -1],
  ]);
  expect(wf.checked).toMatchObject({ relations: 0, unchecked: 2 });
  expect(checkVerdict(wf)).toEqual({
    zh: "未找到可核对的合计、分项、增减或比率，未做核对；表中2项所列增减或比率缺少与之对比的数字，未能核对",
    en: "No total, part, stated change or rate was found to check; nothing was checked; 2 stated changes or rates could not be checked: the sheet lacks the figures they compare",
  });
});

test("湖北's table by industry (corpus 11, 本期 | 增减 | 幅度): 42 relations checked, 12 stated 增减 said apart", async () => {
  const wf = workbookFacts(readWorkbook(await loadFixture(CORPUS_11), { reportDate: "2024-06-30" }));
  // 20 幅度 (D and G of rows 3, 4, 8, 9, 10, 13–17), each against 本期 and the 增减 beside it (last year = 本期 − 增减),
  // and 22 totals and parts; the 增减 of rows 5, 6, 7, 11, 18 and 19 (C and F, no 幅度 beside them) compare with nothing.
  expect(wf.checked).toMatchObject({ relations: 42, unchecked: 12 });
  expect(checkVerdict(wf)?.zh).toBe("已核对1张表（分行业）的42项关系，未发现计算不一致；表中另有12项所列增减或比率缺少与之对比的数字，未能核对");
});
