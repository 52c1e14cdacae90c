/**
 * The command line, spawned as a user would run it, on the sample workbook (figures from the
 * Chuxiong 2024H1 report) into a temporary folder. The output is read back with src/xlsx.
 */
import { spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadXlsx } from "../../src/xlsx/loadXlsx";
import { parseArguments } from "../../src/cli/main";
import { outputPath } from "../../src/cli/summarizeFile";
import { SAMPLE_PATH, SAMPLE_SENTENCES } from "./sample";

const BIN = path.join(__dirname, "../../bin/bureau-stats.js");
const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

let dir: string;
let run: ReturnType<typeof spawnSync>;
let before: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-cli-"));
  fs.copyFileSync(SAMPLE_PATH, path.join(dir, "楚雄.xlsx"));
  fs.writeFileSync(path.join(dir, "broken.xlsx"), "not a zip");
  before = sha(path.join(dir, "楚雄.xlsx"));
  run = spawnSync(process.execPath, [BIN, "summarize", path.join(dir, "broken.xlsx"), path.join(dir, "楚雄.xlsx"), "--out", path.join(dir, "out")], {
    encoding: "utf8",
    timeout: 60000,
  });
}, 70000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("a file it cannot read gives a clear message and a non-zero exit, and the next file is still done", () => {
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("该文件是文本（CSV）文件");
  expect(run.stderr).toContain("The file is text (CSV) with an .xlsx name");
  expect(run.stdout).toContain("[2/2]");
  expect(fs.existsSync(path.join(dir, "out", "楚雄.summary.xlsx"))).toBe(true);
});

test("it prints what it recognised, the 核对 result and the charts it wrote", () => {
  expect(run.stdout).toContain("事故分县统计!A3:J15");
  expect(run.stdout).toContain("隐患排查治理!G9 填报 / stated 95，复核 / recomputed 89.58");
  // The sample's plan has at least three charts (accident columns, loss doughnut, 整改率 bars).
  expect(Number(/(\d+) 个图表 \/ charts/.exec(String(run.stdout))?.[1])).toBeGreaterThanOrEqual(3);
});

test("the input is never modified", () => {
  expect(sha(path.join(dir, "楚雄.xlsx"))).toBe(before);
});

test("the output is a copy of the workbook plus the summary sheet with the three sentences", async () => {
  const data = await loadXlsx(fs.readFileSync(path.join(dir, "out", "楚雄.summary.xlsx")));
  expect(data.sheets.map((s) => s.name)).toEqual(["事故分县统计", "分行业", "灾情汇总", "隐患排查治理", "行政执法", "汇总"]);
  const summary = data.sheets.find((x) => x.name === "汇总")!;
  const text = summary.values
    .flat()
    .filter((v) => typeof v === "string")
    .join("\n");
  for (const s of SAMPLE_SENTENCES) expect(text).toContain(s);
});

test("formulas are stored with their computed results and number formats", async () => {
  const data = await loadXlsx(fs.readFileSync(path.join(dir, "out", "楚雄.summary.xlsx")));
  const s = data.sheets.find((x) => x.name === "汇总")!;
  const at = (a1: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    return { r: Number(m[2]) - 1, c: m[1].charCodeAt(0) - 65 };
  };
  const b6 = at("B6");
  expect(s.formulas[b6.r][b6.c]).toBe("='事故分县统计'!B5");
  expect(s.values[b6.r][b6.c]).toBe(23);
  const e6 = at("E6");
  expect(s.values[e6.r][e6.c]).toBeCloseTo(0.15, 12);
  // 15.0% shows as the 综述 writes it, 15% (docs/report-rules.md rule 17).
  expect(s.numberFormats[e6.r][e6.c]).toBe("0%");
  expect(s.merges.length).toBeGreaterThan(3);
});

test("arguments: output beside the input by default, --lang checked, usage errors", () => {
  expect(outputPath("/data/楚雄.xlsx")).toBe(path.join("/data", "楚雄.summary.xlsx"));
  expect(parseArguments(["summarize", "a.xlsx", "--lang", "en"])).toMatchObject({ inputs: ["a.xlsx"], language: "en" });
  expect(parseArguments(["summarize", "a.xlsx", "--lang", "fr"])).toHaveProperty("error");
  expect(parseArguments(["summarize"])).toHaveProperty("error");
  expect(parseArguments(["convert", "a.xlsx"])).toHaveProperty("error");
});
