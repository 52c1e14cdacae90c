/**
 * `bureau-stats report` on the command line: the sample workbook to a .docx beside it or where --out
 * says, with --template and --lang; the input and the template are never changed, and an output
 * that would be the input is refused.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { parseArguments, runCli } from "../../src/cli/main";
import { reportPath } from "../../src/cli/reportFile";
import { SAMPLE_PATH } from "../summary/sample";

const TEMPLATE = path.join(__dirname, "../fixtures/report-template.docx");
const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    args,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out, err };
}

test("the report of the sample goes to <name>.report.docx in --out, says how many figures trace, and leaves the input as it was", async () => {
  const before = sha(SAMPLE_PATH);
  const r = await run(["report", SAMPLE_PATH, "--out", dir]);
  expect(r.code).toBe(0);
  const output = path.join(dir, "bureau-2024H1.report.docx");
  expect(r.out.join("\n")).toContain(`已写入 / written: ${output}`);
  expect(r.out.join("\n")).toMatch(/数字 \/ figures: (\d+)\/\1 个可追溯到源单元格/);
  const zip = await JSZip.loadAsync(fs.readFileSync(output));
  expect((await zip.file("word/document.xml")!.async("string")).includes("全州共发生各类生产安全事故")).toBe(true);
  expect(sha(SAMPLE_PATH)).toBe(before);
}, 120000);

test("--denominator and --precision reach the report as they reach the summary: a 控制指标情况 chapter with the typed GDP, and 上升15.0%", async () => {
  const output = path.join(dir, "control.docx");
  const r = await run(["report", SAMPLE_PATH, "--denominator", "地区生产总值=812.5亿元,770.1亿元", "--precision", "1.0", "--out", output]);
  expect(r.code).toBe(0);
  const doc = await (await JSZip.loadAsync(fs.readFileSync(output))).file("word/document.xml")!.async("string");
  const text = doc.replace(/<[^>]+>/g, "");
  expect(text).toContain("控制指标情况");
  // 26/812.5 = 0.032, 21/770.1 = 0.0273 (python3); the figures are bookmarked runs, so the text is checked without tags.
  expect(text).toContain("按地区生产总值812.5亿元计算，亿元GDP生产安全事故死亡率由去年同期的0.027升到0.032，升幅17.3%");
  expect(text).toContain("上升15.0%");
  expect(text).toContain("用户输入（任务窗格或 --denominator）");
  expect("error" in parseArguments(["report", "a.xlsx", "--precision", "4"])).toBe(true);
}, 120000);

test("--lang en with an output file name and --template fill the bureau's template in English", async () => {
  const before = sha(TEMPLATE);
  const output = path.join(dir, "release.docx");
  const r = await run(["report", SAMPLE_PATH, "--lang", "en", "--template", TEMPLATE, "--out", output]);
  expect(r.code).toBe(0);
  const doc = await (await JSZip.loadAsync(fs.readFileSync(output))).file("word/document.xml")!.async("string");
  expect(doc.includes("work-safety accidents")).toBe(true);
  expect(doc.includes("楚雄州应急管理局")).toBe(true);
  expect(sha(TEMPLATE)).toBe(before);
}, 120000);

test("an output that is the input is refused and a missing template is named, in both languages", async () => {
  const copy = path.join(dir, "copy.xlsx");
  fs.copyFileSync(SAMPLE_PATH, copy);
  const before = sha(copy);
  const link = path.join(dir, "link.docx");
  fs.symlinkSync(copy, link);
  const r = await run(["report", copy, "--out", link]);
  expect(r.code).toBe(1);
  expect(r.err.join("\n")).toContain(`输出“${link}”指向输入文件“${copy}”`);
  const clash = await run(["report", SAMPLE_PATH, "--template", path.join(dir, "none.docx")]);
  expect(clash.code).toBe(1);
  expect(clash.err.join("\n")).toContain(`无法读取“${path.join(dir, "none.docx")}”：不存在`);
  expect(sha(copy)).toBe(before);
}, 120000);

test("two workbooks with one name into one --out folder give two reports, never one over the other (issue 27, item 3)", async () => {
  const out = path.join(dir, "two");
  for (const county of ["楚雄市", "禄丰市"]) {
    fs.mkdirSync(path.join(dir, county));
    fs.copyFileSync(SAMPLE_PATH, path.join(dir, county, "报表.xlsx"));
  }
  const r = await run(["report", path.join(dir, "楚雄市", "报表.xlsx"), path.join(dir, "禄丰市", "报表.xlsx"), "--out", out]);
  expect(r.code).toBe(0);
  expect(fs.readdirSync(out).sort()).toEqual(["报表.report (2).docx", "报表.report.docx"]);
  expect(r.out.join("\n")).toContain(`已写入 / written: ${path.join(out, "报表.report (2).docx")}`);
}, 120000);

test("arguments: --template only for report, a file name for --out only with one workbook", () => {
  expect(parseArguments(["report", "a.xlsx", "--template", "t.docx"])).toMatchObject({ command: "report", template: "t.docx" });
  expect(parseArguments(["summarize", "a.xlsx", "--template", "t.docx"])).toEqual({ error: { zh: "未知选项“--template”", en: 'Unknown option "--template"' } });
  expect(parseArguments(["report", "a.xlsx", "b.xlsx", "--out", "x.docx"])).toHaveProperty("error");
  expect(reportPath("/data/楚雄.xlsx")).toBe(path.join("/data", "楚雄.report.docx"));
  expect(reportPath("/data/楚雄.xls", "/out")).toBe(path.join("/out", "楚雄.report.docx"));
});
