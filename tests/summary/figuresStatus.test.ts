/**
 * 据初步统计 / 经核定 follow the source (issue 22.9): the 综述 says the figures are preliminary only
 * where the table's title or its notes say so — a national disaster export's note "注：1.本表为初步
 * 统计数，以国家自然灾害灾情管理系统数据为准" (domain.md, the 灾情 export) — or the user chooses it;
 * MEM writes 经核定 for final figures ("经核定，2019年上半年…"). The reference report of 楚雄州 writes
 * its disaster sentence without either ("上半年,全州主要遭受了旱灾、风雹灾害,自然灾害共造成…").
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts/workbookFacts";
import { planSummary } from "../../src/core/summary/planSummary";
import { resolveSummaryOptions, type SummaryOptionsInput } from "../../src/core/summary/options";
import { statusIn } from "../../src/core/reader/figuresStatus";
import { sheetOf } from "../reader/layouts";

const TABLE = [
  ["县（市）", "受灾人口（人）", "直接经济损失（万元）", "农林牧渔业损失（万元）", "房屋及居民家庭财产损失（万元）"],
  ["楚雄市", 1200, 50.5, 40.5, 10],
  ["南华县", 800, 30, 25, 5],
  ["合计", 2000, 80.5, 65.5, 15],
];

function disasterParagraph(above: unknown[][], below: unknown[][], o: SummaryOptionsInput = {}): string {
  const model = readWorkbook({ sheets: [sheetOf("灾情", [...above, ...TABLE, [], ...below])] });
  const plan = planSummary(workbookFacts(model), resolveSummaryOptions(o));
  const texts = plan.cells.flat().map((c) => String(c.value ?? ""));
  const found = texts.find((t) => /直接经济损失.*万元.*。$|direct economic loss/.test(t) && /[，,]/.test(t));
  if (!found) throw new Error(`no disaster paragraph in: ${texts.filter(Boolean).join(" | ")}`);
  return found;
}

const TITLE = [["楚雄州2024年1—6月自然灾害灾情统计表"]];

describe("据初步统计 and 经核定 follow the source", () => {
  test("a note under the table saying 本表为初步统计数 gives 据初步统计 (and Preliminary figures in English)", () => {
    const note = [["注：1.本表为初步统计数，以国家自然灾害灾情管理系统数据为准；2.“—”表示无此项。"]];
    expect(disasterParagraph(TITLE, note)).toMatch(/^2024年1—6月，据初步统计，/);
    expect(disasterParagraph(TITLE, note, { language: "en" })).toMatch(/^Preliminary figures for January–June 2024: /);
  });

  test("a table that says neither gets neither, as the reference report writes it", () => {
    const text = disasterParagraph(TITLE, []);
    expect(text).toMatch(/^2024年1—6月，/);
    expect(text).not.toMatch(/据初步统计|经核定/);
    const en = disasterParagraph(TITLE, [], { language: "en" });
    expect(en).toMatch(/^In January–June 2024, /);
    expect(en).not.toMatch(/Preliminary|Verified/);
  });

  test("a title naming 核定数 gives 经核定; the user's option wins over the source", () => {
    expect(disasterParagraph([["楚雄州2024年1—6月自然灾害灾情统计表（核定数）"]], [])).toMatch(/^2024年1—6月，经核定，/);
    expect(disasterParagraph(TITLE, [], { figuresStatus: "preliminary" })).toMatch(/^2024年1—6月，据初步统计，/);
    expect(disasterParagraph(TITLE, [["注：本表为初步统计数"]], { figuresStatus: "final" })).toMatch(/^2024年1—6月，经核定，/);
  });

  test("the words read as preliminary or final", () => {
    expect(statusIn("注：1.本表为初步统计数，以国家自然灾害灾情管理系统数据为准")).toBe("preliminary");
    expect(statusIn("2024年6月安全生产快报")).toBe("preliminary");
    expect(statusIn("经核定，2019年上半年各种自然灾害共造成…")).toBe("final");
    expect(statusIn("注：“—”表示无此项")).toBeUndefined();
  });
});
