/**
 * `bureau-stats consolidate` end to end on the sample returns (assets/samples/returns/): one new
 * workbook with the 说明 cover, the summary, 汇总表, 分县汇总 and 报送情况; the unreadable file listed;
 * the inputs unchanged (hash before and after); the written figures read back equal the plan's.
 */
import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import { consolidateFiles } from "../../src/cli/consolidateFiles";
import { loadXlsx } from "../../src/xlsx/loadXlsx";

const SAMPLES = path.resolve(__dirname, "../../assets/samples/returns");
const hash = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

describe("consolidating the sample returns from the command line", () => {
  const inputs = fs
    .readdirSync(SAMPLES)
    .sort()
    .map((f) => path.join(SAMPLES, f));
  let out: string;
  let before: string[];
  let result: Awaited<ReturnType<typeof consolidateFiles>>;

  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-consolidate-"));
    before = inputs.map(hash);
    result = await consolidateFiles(inputs, { out: path.join(out, "楚雄州.xlsx"), language: "zh" });
  });

  test("writes one workbook with the cover and the four planned sheets", async () => {
    expect(result.output).toBe(path.join(out, "楚雄州.xlsx"));
    const book = await loadXlsx(fs.readFileSync(result.output));
    expect(book.sheets.map((s) => s.name)).toEqual(["说明", "综合汇总", "汇总表", "分县汇总", "报送情况"]);
  });

  test("说明 says when in the words the other sheets use (2026年12月4日 03:19, not 2026-12-04T03:19) and names the sheets", async () => {
    const book = await loadXlsx(fs.readFileSync(result.output));
    const about = book.sheets.find((s) => s.name === "说明")!;
    const [first, second] = about.values.map((row) => String(row[0] ?? ""));
    expect(first).toMatch(/（生成于\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}）。$/);
    expect(first).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(second).toBe("各工作表：综合汇总、汇总表、分县汇总、报送情况。");
  });

  test("lists the file it could not read, and still consolidates the others", () => {
    expect(result.unreadable.map((u) => u.fileName)).toEqual(["损坏的文件.xlsx"]);
    const status = result.plan.consolidation.returns.find((r) => r.fileName === "损坏的文件.xlsx");
    expect(status?.status).toBe("unreadable");
    expect(result.plan.consolidation.byCounty).toHaveLength(8);
  });

  test("the written county table holds the plan's figures, formulas with their results", async () => {
    const book = await loadXlsx(fs.readFileSync(result.output));
    const sheet = book.sheets.find((s) => s.name === "分县汇总")!;
    const planned = result.plan.sheets.find((s) => s.sheetName === "分县汇总")!;
    let checked = 0;
    planned.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell.value !== "number") return;
        expect(sheet.values[r][c]).toBeCloseTo(cell.value, 9);
        checked++;
      }),
    );
    expect(checked).toBeGreaterThan(70);
  });

  test("never changes its inputs", () => {
    expect(inputs.map(hash)).toEqual(before);
  });
});

describe("the consolidate command's exit codes and report", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runCli } = require("../../src/cli/main") as typeof import("../../src/cli/main");
  const run = async (argv: string[]) => {
    const lines: string[] = [];
    const errors: string[] = [];
    const code = await runCli(
      argv,
      (s) => lines.push(s),
      (s) => errors.push(s),
    );
    return { code, lines, errors };
  };

  test("exits 1 when a return cannot be read, after consolidating the others, and says where each county's row came from", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-consolidate-cli-"));
    const inputs = fs.readdirSync(SAMPLES).map((f) => path.join(SAMPLES, f));
    const { code, lines, errors } = await run(["consolidate", ...inputs, "--out", out, "--lang", "en"]);
    expect(code).toBe(1);
    expect(errors.join("\n")).toContain("损坏的文件.xlsx");
    expect(lines).toContain("  楚雄市  楚雄市.xlsx  2024年1—6月  已汇总 / counted  ← 楚雄市.xlsx 分行业!A5:I5");
    expect(fs.existsSync(path.join(out, "consolidated.xlsx"))).toBe(true);
  });

  test("exits 0 when every return was read, and 2 for a usage error", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-consolidate-cli-"));
    const good = ["楚雄市.xlsx", "禄丰市.xlsx"].map((f) => path.join(SAMPLES, f));
    expect((await run(["consolidate", ...good, "--out", path.join(out, "x.xlsx"), "--period", "2024年1-6月"])).code).toBe(0);
    expect((await run(["consolidate", ...good, "--period"])).code).toBe(2);
  });
});
