/**
 * One phrase, one number (issue 22, claim 5): the sample's 综述 said "隐患排查检查生产经营单位169家（次）"
 * (the hazard table's header is 检查企业（家次）) and, in the next paragraph, "全州共检查生产经营单位414家（次）"
 * (the enforcement table's 检查生产经营单位): two numbers for one phrase, in adjacent paragraphs. The reference
 * report names each count as its source does. Each count now keeps its source's words and unit.
 *
 * The property is read over every printed 综述 (the sample, every workbook fixture, every corpus
 * workbook), as print-narratives.js prints them: in two adjacent paragraphs, the words counted before
 * a number (the run of Chinese characters before it, four or more, and each of its endings) never carry
 * two different numbers. Not compared: a paragraph of breakdown rows (分行业看, 分县（市）看, 其中…),
 * whose every figure is of the row its clause names; two paragraphs that each open with a different
 * period ("2022年，…351起" and "12月，…32起"); and changes (增加, 下降 …), which are of the clause's
 * subject.
 */
import fs from "fs";
import path from "path";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";

const ROOT = path.join(__dirname, "..", "..");

async function narrative(file: string, language: "zh" | "en" = "zh"): Promise<readonly string[]> {
  const data = await loadXlsx(fs.readFileSync(file));
  return planSummary(workbookFacts(readWorkbook(workbookToSnapshot(data), { reportDate: "2024-06-30" })), { language }).narrative;
}

const CHANGE = /(增加|减少|上升|下降|持平|增长|升到|降到|升幅|降幅)$/;
const BREAKDOWN = /^(分.{1,6}看|其中)/;
/** A paragraph that opens with its own period ("12月，", "2024年1—6月，") is about that period. */
const PERIOD_OPENING = /^((?:\d{4}年)?(?:\d{1,2}(?:—\d{1,2})?月|上半年|前三季度|第[一二三四]季度)?)，/;
const periodOf = (paragraph: string) => PERIOD_OPENING.exec(paragraph)?.[1] || undefined;

/** The words before each number of a paragraph (every ending of four characters or more), with the numbers they carry. */
function phrases(paragraph: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of paragraph.matchAll(/([\u4e00-\u9fff]{4,})(\d[\d.]*)/g)) {
    if (CHANGE.test(m[1])) continue;
    for (let i = 0; i + 4 <= m[1].length; i++) {
      const words = m[1].slice(i);
      out.set(words, (out.get(words) ?? new Set()).add(m[2]));
    }
  }
  return out;
}

/** The phrases two adjacent paragraphs give different numbers: "检查生产经营单位: 169 / 414". */
function clashes(paragraphs: readonly string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const [a, b] = [paragraphs[i], paragraphs[i + 1]];
    if (BREAKDOWN.test(a) || BREAKDOWN.test(b)) continue;
    // A month told after its year-to-date total ("2022年，…351起" then "12月，…32起") is of another period.
    const [pa, pb] = [periodOf(a), periodOf(b)];
    if (pa && pb && pa !== pb) continue;
    const inB = phrases(b);
    for (const [words, numbers] of phrases(a)) {
      const other = inB.get(words);
      if (other && [...numbers].sort().join() !== [...other].sort().join()) found.push(`${words}: ${[...numbers].join("/")} / ${[...other].join("/")}`);
    }
  }
  return found;
}

function workbooks(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.xls[xm]$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

describe("the hazard checks and the inspections keep their sources' words", () => {
  test("the sample: 隐患排查检查企业169家（次） (its header 检查企业（家次）) beside 共检查生产经营单位414家（次） (enforcement)", async () => {
    const text = (await narrative(path.join(ROOT, "assets/samples/bureau-2024H1.xlsx"))).join("\n");
    expect(text).toContain("隐患排查检查企业169家（次），发现安全隐患411条");
    expect(text).toContain("全州共检查生产经营单位414家（次）");
    expect(text).not.toContain("检查生产经营单位169");
  });

  test("in English the two counts are of enterprises and of businesses, never both 'visits to businesses'", async () => {
    const text = (await narrative(path.join(ROOT, "assets/samples/bureau-2024H1.xlsx"), "en")).join("\n");
    expect(text).toContain("Hazard checks made 169 visits to enterprises.");
    expect(text).toContain("inspectors in Chuxiong Prefecture made 414 visits to businesses");
    expect(text).not.toContain("169 visits to businesses");
  });

  test("the clash reader finds the old sentence pair (so the property below can fail)", () => {
    expect(
      clashes(["隐患排查检查生产经营单位169家（次），发现安全隐患411条。", "2024年1—6月，全州共检查生产经营单位414家（次），查处事故隐患2156项。"]),
    ).toContain("检查生产经营单位: 169 / 414");
  });
});

describe("no phrase of two adjacent paragraphs carries two numbers, in any printed 综述", () => {
  const files = [
    ...workbooks(path.join(ROOT, "assets/samples")),
    ...workbooks(path.join(ROOT, "tests/fixtures")),
    ...workbooks(path.join(ROOT, "tests/corpus/workbooks")),
  ];
  // The one workbook the tool refuses to read prints no 综述 (malformed-corrupt: not a zip).
  const refused = files.filter((f) => path.basename(f) === "malformed-corrupt.xlsx");
  test.each(files.filter((f) => !refused.includes(f)).map((f) => [path.relative(ROOT, f), f]))("%s", async (_name, file) => {
    expect(clashes(await narrative(file))).toEqual([]);
  });
  test("the refused workbook is refused, not skipped", async () => {
    expect(refused).toHaveLength(1);
    await expect(narrative(refused[0])).rejects.toThrow();
  });
});
