/**
 * A prefecture's workflow: consolidate the county returns, then summarise and report the
 * prefecture's workbook (the lead's 12:25 finding). With every sheet of a consolidation marked ours,
 * `report 州.xlsx` wrote a report with no figures whose 附件1 said "未发现计算不一致" about a workbook it
 * had not read, and `summarize 州.xlsx` skipped it. The consolidation's tables (汇总表, 分县汇总) are
 * the prefecture's data (marked "data", src/core/summary/sheetMark.ts readsAsData); its 综合汇总 is a
 * summary (never read, replaced by the next); 报送情况 and 说明 are ours. Sample returns:
 * assets/samples/returns (8 readable county returns and one damaged file).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../src/cli/main";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";

const RETURNS = path.join(__dirname, "../../assets/samples/returns");

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await runCli(
    argv,
    (s) => out.push(s),
    (s) => out.push(s),
  );
  return { code, out: out.join("\n") };
}

let dir: string;
let prefecture: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-prefecture-"));
  prefecture = path.join(dir, "州.xlsx");
  // Exit 1: one return of the sample is damaged on purpose; the other eight are consolidated.
  expect((await run(["consolidate", RETURNS, "--out", prefecture])).code).toBe(1);
}, 120000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the reader sees the consolidation's two tables as data, and not its 综合汇总, 报送情况 or 说明", async () => {
  const snapshot = workbookToSnapshot(await loadXlsx(fs.readFileSync(prefecture)));
  expect(snapshot.sheets.map((s) => s.name).sort()).toEqual(["分县汇总", "汇总表"].sort());
});

test("the report of the consolidation traces every figure to a cell of its tables, none to confirm", async () => {
  const { code, out } = await run(["report", prefecture, "--out", dir]);
  expect(code).toBe(0);
  const figures = /数字 \/ figures: (\d+)\/(\d+) .*?；(\d+) 个待核实/.exec(out);
  expect(figures).not.toBeNull();
  const [traced, all, toConfirm] = figures!.slice(1).map(Number);
  expect(all).toBeGreaterThan(20);
  expect([traced, toConfirm]).toEqual([all, 0]);
}, 120000);

test("summarize reads the consolidation: its by-county table, no false 核对 finding, and the 综合汇总 replaced", async () => {
  const { code, out } = await run(["summarize", prefecture, "--out", dir]);
  expect(code).toBe(0);
  expect(out).toContain("分县汇总!");
  // The verdict says what was checked (src/core/facts/verdict.ts).
  expect(out).toMatch(/核对 \/ checks: 已核对.*未发现计算不一致/);
  expect(out).not.toContain("核对 / check:");
  const written = await loadXlsx(fs.readFileSync(path.join(dir, "州.summary.xlsx")));
  const names = written.sheets.map((s) => s.name);
  expect(names).toContain("汇总");
  expect(names).not.toContain("综合汇总");
}, 120000);

test("a workbook of which nothing was understood is never said to have no inconsistencies", async () => {
  const empty = path.join(dir, "说明.xlsx");
  const ExcelJS = (await import("exceljs")).default;
  const book = new ExcelJS.Workbook();
  book.addWorksheet("说明").getCell("A1").value = "本工作簿用于记录会议纪要。";
  fs.writeFileSync(empty, Buffer.from(await book.xlsx.writeBuffer()));
  const { out } = await run(["summarize", empty, "--out", dir]);
  expect(out).not.toContain("未发现计算不一致");
  expect(out).toContain("未识别到可汇总的表格，未做核对");
}, 120000);
