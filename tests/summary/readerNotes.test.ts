/**
 * What the reader could not decide reaches the summary sheet (issue 19.3; the audit's row 3a, "PARTLY"):
 * a 识别说明 / "Reading notes" section right after the 核对 names each note's sheet, cell and reason, and
 * the 核对's "未发现计算不一致" says that notes are open. Before, only the pane and the command line said
 * them: malformed-blank-leaf's sheet said "已核对1张表（事故分县统计）的32项关系，未发现计算不一致" although
 * its C4 (a blank leaf under the merged header 事故起数) was read as 去年同期 by analogy; the 湖北 release's
 * table (corpus 11) with a zero row the classification cannot place (its 烟花爆竹 written as a bare 其他)
 * listed that row as a first-level industry with nothing said. The notes expected for the fixtures are
 * the warnings the command line prints for them (33a2c00).
 */
import * as path from "path";
import { readerNotes, workbookFacts, type WorkbookFacts } from "../../src/core/facts";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { planSummary } from "../../src/core/summary/planSummary";
import { loadFixture } from "../reader/loadFixture";
import { sheetOf } from "../reader/layouts";

const ROOT = path.join(__dirname, "../..");
const BLANK_LEAF = "tests/fixtures/malformed-blank-leaf.xlsx";
const CORPUS_11 = "tests/corpus/workbooks/11-hb-2024-q1-industry-tree.xlsx";

function factsFrom(snapshot: WorkbookSnapshot): WorkbookFacts {
  return workbookFacts(readWorkbook(snapshot, { reportDate: "2024-06-30" }));
}

async function factsOf(file: string): Promise<WorkbookFacts> {
  return factsFrom(await loadFixture(path.join(ROOT, file)));
}

/** The rows of a section as the sheet shows them: its cells' texts, empty cells left out, joined by " | ". */
function sectionRows(plan: SummaryPlan, id: string): string[] {
  const section = plan.sections.find((s) => s.id === id);
  if (!section) return [];
  return plan.cells.slice(section.firstRow, section.lastRow + 1).map((row) =>
    row
      .map((c) => (c.value === null ? "" : String(c.value)))
      .filter((t) => t)
      .join(" | "),
  );
}

/** The 核对's verdict sentence (the row under its heading). */
function verdict(plan: SummaryPlan): string {
  return sectionRows(plan, "checks")[1] ?? "";
}

describe("a header cell read by analogy (malformed-blank-leaf, C4) is named on the sheet, after the 核对", () => {
  test("Chinese: 五、识别说明 lists 事故分县统计 C4 with the reason, and the 核对 says one note is open", async () => {
    const plan = planSummary(await factsOf(BLANK_LEAF), { language: "zh" });
    const ids = plan.sections.map((s) => s.id);
    expect(ids.indexOf("readerNotes")).toBe(ids.indexOf("checks") + 1);
    expect(sectionRows(plan, "readerNotes")).toEqual([
      "五、识别说明",
      "读表时无法确定、按推断读取或未予采用之处如下，涉及的数字请对照原表核实。",
      "工作表 | 单元格 | 说明",
      "事故分县统计 | C4 | 合并表头“事故起数”下的 C4 为空，按相邻表头推断为“去年同期”，请核对。",
    ]);
    expect(verdict(plan)).toBe("已核对1张表（事故分县统计）的32项关系，未发现计算不一致；另有1条识别说明待核实。");
  });

  test("English: 5. Reading notes, and the checks' sentence says the note needs confirming", async () => {
    const plan = planSummary(await factsOf(BLANK_LEAF), { language: "en" });
    expect(sectionRows(plan, "readerNotes")).toEqual([
      "5. Reading notes",
      "Where the reader could not decide, read by inference or set something aside; check the figures concerned against the sheet.",
      "Sheet | Cell | Message",
      '事故分县统计 | C4 | A merged header (事故起数) has a blank leaf at C4; read as "去年同期" by analogy with its neighbours: please check.',
    ]);
    expect(verdict(plan)).toBe("Checked 32 relations in 1 table (事故分县统计); no arithmetic inconsistencies found, but 1 reading note needs confirming.");
  });

  test("each note spans the tables' width, in a bordered, wrapped, top-aligned style (as the 核对's messages)", async () => {
    const plan = planSummary(await factsOf(BLANK_LEAF), { language: "en" });
    const section = plan.sections.find((s) => s.id === "readerNotes")!;
    const noteRow = section.lastRow + 1; // 1-based row of the note on the sheet
    const lastColumn = plan.merges[0].split(":")[1].replace(/\d+/, ""); // the title's merge: the tables' width
    expect(lastColumn).toBe("J");
    expect(plan.merges).toContain(`C${noteRow}:J${noteRow}`);
    expect(plan.styles).toContainEqual(expect.objectContaining({ row: section.lastRow, column: 0, style: "remark" }));
  });
});

test("湖北's table by industry (corpus 11) with its zero row written as a bare 其他, which no classification places: the row the reader could not place is named, with its cell and the parent it may belong to", async () => {
  const snapshot = await loadFixture(path.join(ROOT, CORPUS_11));
  const sheets = snapshot.sheets.map((s) => ({ ...s, values: s.values.map((row) => row.map((v) => (v === "烟花爆竹" ? "其他" : v))) }));
  const plan = planSummary(factsFrom({ ...snapshot, sheets }), { language: "zh" });
  expect(sectionRows(plan, "readerNotes").slice(3)).toEqual([
    "分行业 | A12 | “其他”（A12）各数为0，紧接在已与“商贸制造业”相符的分项之后：按数字无法判断它是“商贸制造业”的分项还是与之并列的一行，按并列的一行列出；为0，不影响任何合计的核对。",
  ]);
  // 40 relations: the 20 幅度 of D and G, each against 本期 and the 增减 beside it (a 持平 cell is a change of 0, reader/tableBody.ts),
  // and the totals and parts; the 12 增减 with no 幅度 beside them have no 去年同期 to compare with and are said apart (was "72项关系").
  expect(verdict(plan)).toBe(
    "已核对1张表（分行业）的40项关系，未发现计算不一致；表中另有12项所列增减或比率缺少与之对比的数字，未能核对；另有1条识别说明待核实。",
  );
});

describe("every reader warning of the fixtures and the corpus reaches the sheet, with its cell", () => {
  test.each([
    ["tests/fixtures/malformed-blank-leaf.xlsx", "事故分县统计 | C4 | 合并表头“事故起数”下的 C4 为空，按相邻表头推断为“去年同期”，请核对。"],
    ["tests/fixtures/malformed-duplicate-headers.xlsx", "事故分县统计 | C1:D1 | 两列的表头相同（死亡人数）：C1:D1，无法区分本期与去年同期，请在表头注明。"],
    [
      "tests/fixtures/malformed-header-conflict.xlsx",
      "事故分县统计 | A3:G4 | 表头 A3:G4 的上下两行对同一列给出了不同的指标，已不采用这些列的指标，请核对表头。",
    ],
    ["tests/fixtures/malformed-ledger-empty.xlsx", "事故台账 | A1:Q1 | “事故台账”有台账表头但没有记录，无法汇总。"],
    ["tests/fixtures/malformed-roster.xlsx", "人员名单 | A1:F10 | 未找到表头："],
    ["tests/fixtures/malformed-title-only.xlsx", "事故分县统计 | A1:J1 | 未找到表头："],
  ])("%s", async (file, row) => {
    const rows = sectionRows(planSummary(await factsOf(file), { language: "zh" }), "readerNotes");
    expect(rows.slice(3)).toHaveLength(1);
    expect(rows[3].startsWith(row)).toBe(true);
  });

  test("a note the summary shows by itself is not repeated: corpus 04 lists its 与近三年平均值相比 column set aside, not that its table has no 去年同期 column (nor does the sample), and corpus 39's figures outside every table are said once, on the 核对", async () => {
    const wf = await factsOf("tests/corpus/workbooks/04-gz-2022-annual-three-year-average.xlsx");
    expect(wf.diagnostics.some((d) => d.message.zh.includes("没有去年同期列"))).toBe(true);
    const rows = sectionRows(planSummary(wf, { language: "zh" }), "readerNotes").slice(3);
    expect(rows).toEqual(["2022年 | G3 | “与近三年平均值相比(%)”列是与近三年平均值的比较，不是同比，综述按原表所列写入；表中没有前几年的数字，未核对。"]);
    // The sample's three tables without a 去年同期 column (灾情汇总, 隐患排查治理, 行政执法) leave no note at all.
    const sample = planSummary(await factsOf("assets/samples/bureau-2024H1.xlsx"), { language: "zh" });
    expect(sample.sections.map((s) => s.id)).not.toContain("readerNotes");
    // Corpus 39's figures outside every table (A3:B9, 接警出动) are said once, on the 核对 beside what it checked (bf8117a).
    const fires = planSummary(await factsOf("tests/corpus/workbooks/39-qxn-fire-04-four-tables.xlsx"), { language: "zh" });
    expect(sectionRows(fires, "checks").filter((r) => r.includes("A3:B9"))).toHaveLength(1);
    expect(fires.sections.map((s) => s.id)).not.toContain("readerNotes");
  });

  test("a table that gave no figure beside tables that did is named (corpus 40's third stacked table, A16:C19), and counted in the 核对's sentence", async () => {
    const plan = planSummary(await factsOf("tests/corpus/workbooks/40-maihjf-2017-01-stacked-fields.xlsx"), { language: "zh" });
    expect(sectionRows(plan, "readerNotes").slice(3)).toEqual([
      "1月 | A16:C19 | 工作表“1月”表格 A16:C19：表头中没有识别出统计指标（表头：1月、同比），请使用标准指标名称，如 事故起数、受灾人口、检查生产经营单位。",
    ]);
    // Its tables state 1月 and 同比 only: the 5 stated 同比 have no 去年同期 to compare with (was "已核对1张表（1月）的5项关系").
    expect(verdict(plan)).toBe("未找到可核对的合计、分项、增减或比率，未做核对；表中5项所列增减或比率缺少与之对比的数字，未能核对；另有1条识别说明待核实。");
  });

  test("an indicator read from the title (a table of counties by year, 04bf6a6) is said on the sheet, in both languages", () => {
    const places = ["楚雄市", "双柏县", "牟定县", "合计"];
    const figures = [
      [6, 3, 2],
      [0, 1, 1],
      [1, 0, 3],
      [7, 4, 6],
    ];
    const title = "2024年各县（市）生产安全事故死亡人数（人）";
    const wf = workbookFacts(
      readWorkbook({ sheets: [sheetOf("历年", [[title], ["县（市）", "2022年", "2023年", "2024年"], ...places.map((p, i) => [p, ...figures[i]])])] }),
    );
    expect(sectionRows(planSummary(wf, { language: "zh" }), "readerNotes").slice(3)).toEqual([
      "历年 | A2:D6 | 表格 A2:D6 的表头只写年份（或期间），未写指标：各列按标题读作“死亡人数”。",
    ]);
    expect(sectionRows(planSummary(wf, { language: "en" }), "readerNotes").slice(3)).toEqual([
      '历年 | A2:D6 | Table A2:D6 names only periods in its header, no indicator: its columns are read as "死亡人数", as its title says.',
    ]);
  });

  test("corpus 26's two columns in another unit are notes (read as 千公顷), and no note is about a table's missing 去年同期 column", async () => {
    const notes = readerNotes(await factsOf("tests/corpus/workbooks/26-hb-dis-2023-09-two-units.xlsx"));
    expect(notes.map((n) => `${n.sheet} ${n.address} ${n.severity}`)).toEqual(["自然灾害 G3 info", "自然灾害 I3 info"]);
    expect(notes.every((n) => n.message.zh.includes("按千公顷汇总"))).toBe(true);
  });
});
