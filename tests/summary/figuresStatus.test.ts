/**
 * 据初步统计 / 经核定 follow the source (issue 22.9): the 综述 says the figures are preliminary only
 * where the table's title or its notes say so — a national disaster export's note "注：1.本表为初步
 * 统计数，以国家自然灾害灾情管理系统数据为准" (domain.md, the 灾情 export) — or the user chooses it;
 * MEM writes 经核定 for final figures ("经核定，2019年上半年…"). The reference report of 楚雄州 writes
 * its disaster sentence without either ("上半年,全州主要遭受了旱灾、风雹灾害,自然灾害共造成…").
 */
import fs from "fs";
import path from "path";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
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

/**
 * One rule for every paragraph (claim 9): corpus 16's accident table (河南 2025年1—9月, the WPS export of
 * the 应急管理厅's release) has "注：据初步统计。重大事故去年同期无。直接经济损失为约数。" under it (A8);
 * its 综述 said "2025年1—9月，全省共发生各类生产安全事故788起…" with no word of it. The status is the
 * table's own: an accident table without a note takes nothing from the disaster table's 初步统计.
 */
const ACCIDENTS = [
  ["楚雄州2024年1—6月生产安全事故统计表"],
  ["县（市）", "事故起数（起）", "死亡人数（人）"],
  ["楚雄市", 5, 6],
  ["南华县", 2, 3],
  ["合计", 7, 9],
];

function paragraphs(sheets: unknown[][][], o: SummaryOptionsInput = {}): readonly string[] {
  const model = readWorkbook({ sheets: sheets.map((rows, i) => sheetOf(`表${i + 1}`, rows)) });
  return planSummary(workbookFacts(model), resolveSummaryOptions(o)).narrative;
}

describe("据初步统计 follows the source of each paragraph's figures", () => {
  test("corpus 16: the accident table's 注：据初步统计 gives '2025年1—9月，据初步统计，全省共发生…' and 'According to preliminary figures, …'", async () => {
    const plan = async (language: "zh" | "en") => {
      const data = await loadXlsx(fs.readFileSync(path.join(__dirname, "../corpus/workbooks/16-hn-2025-1-9-wps.xlsx")));
      return planSummary(workbookFacts(readWorkbook(workbookToSnapshot(data), { reportDate: "2024-06-30" })), resolveSummaryOptions({ language })).narrative;
    };
    // The sentence goes on with the loss (约: 注：…直接经济损失为约数, rule 28), the stated 同比 and the level rows (rules 26 and 4).
    expect((await plan("zh"))[0]).toMatch(/^2025年1—9月，据初步统计，全省共发生各类生产安全事故788起、死亡846人、受伤247人，直接经济损失约5.236亿元，/);
    expect((await plan("en"))[0]).toMatch(
      /^According to preliminary figures, in January–September 2025, the province recorded 788 work-safety accidents, with 846 deaths and 247 injuries\. /,
    );
  });

  test("each table's own note: an accident table's 初步统计 is said of the accidents only, a disaster table's of the disasters only", () => {
    const [accidents, disasters] = paragraphs([
      [...ACCIDENTS, [], ["注：本表为初步统计数。"]],
      [...TITLE, ...TABLE],
    ]);
    expect(accidents).toMatch(/^2024年1—6月，据初步统计，全州共发生各类生产安全事故7起/);
    expect(disasters).not.toMatch(/据初步统计/);
    // The other way round, the sample's shape: the disaster table's 初步统计 is not carried to the accident table beside it.
    const [ownAccidents, ownDisasters] = paragraphs([ACCIDENTS, [...TITLE, ...TABLE, [], ["注：1.本表为初步统计数。"]]]);
    expect(ownAccidents).not.toMatch(/据初步统计/);
    expect(ownDisasters).toMatch(/^2024年1—6月，据初步统计，/);
  });

  test("the user's 经核定 is said of the accident figures too", () => {
    const [accidents] = paragraphs([ACCIDENTS], { figuresStatus: "final" });
    expect(accidents).toMatch(/^2024年1—6月，经核定，全州共发生各类生产安全事故7起/);
    const [english] = paragraphs([ACCIDENTS], { figuresStatus: "final", language: "en" });
    expect(english).toMatch(/^According to verified figures, in January–June 2024, /);
  });
});
