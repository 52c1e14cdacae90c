/**
 * The 识别说明 reaches every output, each rendering the one plan (issue 19.3): the sheet the add-in writes
 * through Office.js (run on the in-memory host, src/host), the .summary.xlsx of the command line (read
 * back from the file), the .docx report's 附件1 数据核对, and the command line's own lines. The example
 * is malformed-blank-leaf (the sample's 事故分县统计 with C4, a leaf under the merged header 事故起数, left
 * blank: read as 去年同期 by analogy), whose 核对 finds nothing inconsistent; and corpus 26 (湖北 自然灾害
 * 2023年1—9月), whose 万亩 columns repeat the 千公顷 ones and are set aside.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../src/cli/main";
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planReport } from "../../src/core/report/planReport";
import type { ReportBlock } from "../../src/core/report/types";
import { generateSummary } from "../../src/excel/generateSummary";
import { createHostFromXlsx } from "../../src/host/excelHost";
import { loadXlsx } from "../../src/xlsx/loadXlsx";
import { loadFixture } from "../reader/loadFixture";

const CORPUS = path.join(__dirname, "../corpus/workbooks");
const BLANK_LEAF = path.join(__dirname, "../fixtures/malformed-blank-leaf.xlsx");
const CORPUS_26 = path.join(CORPUS, "26-hb-dis-2023-09-two-units.xlsx");
const NOTE_ZH = "合并表头“事故起数”下的 C4 为空，按相邻表头推断为“去年同期”，请核对。";
const NOTE_EN = 'A merged header (事故起数) has a blank leaf at C4; read as "去年同期" by analogy with its neighbours: please check.';

/** The non-empty texts of each row of a sheet's values, joined by " | ". */
function rowTexts(values: readonly (readonly unknown[])[]): string[] {
  return values.map((row) =>
    row
      .filter((v) => v !== null && v !== undefined && v !== "")
      .map(String)
      .join(" | "),
  );
}

/** The rows from the 识别说明 heading on. */
function notesRows(rows: readonly string[], heading: RegExp): string[] {
  const at = rows.findIndex((r) => heading.test(r));
  return at < 0 ? [] : rows.slice(at, at + 4);
}

async function run(argv: string[]): Promise<string> {
  const out: string[] = [];
  await runCli(
    argv,
    (s) => out.push(s),
    () => undefined,
  );
  return out.join("\n");
}

test("the add-in writes the 识别说明 through Office.js (in-memory host), after the 核对, in both languages", async () => {
  for (const language of ["zh", "en"] as const) {
    const host = await createHostFromXlsx(fs.readFileSync(BLANK_LEAF), "malformed-blank-leaf.xlsx");
    await host.run((context) => generateSummary(context, { language }));
    const written = host.sheetSnapshot(language === "zh" ? "汇总" : "Summary");
    const rows = rowTexts(written.values);
    const notes = notesRows(rows, language === "zh" ? /^五、识别说明$/ : /^5\. Reading notes$/);
    if (language === "zh") {
      expect(notes.slice(2)).toEqual(["工作表 | 单元格 | 说明", `事故分县统计 | C4 | ${NOTE_ZH}`]);
      expect(rows).toContain("已核对1张表（事故分县统计）的32项关系，未发现计算不一致；另有1条识别说明待核实。");
    } else {
      expect(notes.slice(2)).toEqual(["Sheet | Cell | Message", `事故分县统计 | C4 | ${NOTE_EN}`]);
      expect(rows).toContain("Checked 32 relations in 1 table (事故分县统计); no arithmetic inconsistencies found, but 1 reading note needs confirming.");
    }
    // The note is merged over the rest of the tables' width, so it prints as a paragraph, not a narrow column.
    const noteRow = rows.indexOf(notes[3]);
    expect(written.merges.some((m) => m.row === noteRow && m.column === 2 && m.columnCount > 1)).toBe(true);
  }
});

test("the command line's .summary.xlsx holds the 识别说明 (read back from the file)", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-notes-"));
  try {
    await run(["summarize", BLANK_LEAF, "--out", dir]);
    const data = await loadXlsx(fs.readFileSync(path.join(dir, "malformed-blank-leaf.summary.xlsx")));
    const sheet = data.sheets.find((s) => s.name === "汇总")!;
    const notes = notesRows(rowTexts(sheet.values), /^五、识别说明$/);
    expect(notes).toEqual([
      "五、识别说明",
      "读表时无法确定、按推断读取或未予采用之处如下，涉及的数字请对照原表核实。",
      "工作表 | 单元格 | 说明",
      `事故分县统计 | C4 | ${NOTE_ZH}`,
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the command line says what the reader read by inference or set aside (说明 / note), as the sheet does", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-notes-"));
  try {
    const lines = (await run(["summarize", CORPUS_26, "--out", dir])).split("\n").filter((l) => l.startsWith("  说明 / note: "));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("自然灾害 “农作物受灾面积（万亩）”列与“农作物受灾面积（千公顷）”列是同一数字的两种单位，按千公顷汇总 / ");
    expect(lines[1]).toContain("the summary uses 千公顷");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe("the report's 附件1 数据核对 gives the same notes after the 核对, each traced to its sheet and cell", () => {
  const texts = (blocks: readonly ReportBlock[]) => blocks.flatMap((b) => (b.kind === "paragraph" ? [b.runs.map((r) => r.text).join("")] : []));

  test.each([
    [
      "zh",
      "已核对1张表（事故分县统计）的32项关系，未发现计算不一致；另有1条识别说明待核实。",
      "识别说明：读表时无法确定、按推断读取或未予采用之处如下，涉及的数字请对照原表核实。",
      `1. “事故分县统计”C4：${NOTE_ZH}`,
    ],
    [
      "en",
      "Checked 32 relations in 1 table (事故分县统计); no arithmetic inconsistencies found, but 1 reading note needs confirming.",
      "Reading notes: Where the reader could not decide, read by inference or set something aside; check the figures concerned against the sheet.",
      `1. 事故分县统计!C4: ${NOTE_EN}`,
    ],
  ] as const)("%s", async (language, verdict, lead, note) => {
    const model = readWorkbook(await loadFixture(BLANK_LEAF));
    const plan = planReport(model, { language, sourceName: "malformed-blank-leaf.xlsx" });
    const checks = texts(plan.parts.find((p) => p.key === "数据核对")!.blocks);
    expect(checks.slice(0, 2)).toEqual([verdict, lead]);
    expect(checks.slice(2)).toEqual([note]);
    // The same notes as the summary's facts give: one, at C4.
    expect(
      workbookFacts(model)
        .diagnostics.filter((d) => d.severity === "warning")
        .map((d) => d.address),
    ).toEqual(["C4"]);
  });
});
