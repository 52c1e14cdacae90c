/**
 * The command line's --period and --figures (issue 22.7, 22.9): the user says the report period of
 * the ledgers ("2024年1—3月" → 2024-01-01 to 2024-03-31, compared with the same days of 2023) and
 * whether the figures are preliminary (据初步统计) or verified (经核定), as the pane's 识别 and options
 * do. Run in-process on the fixture ledger-real-dates.xlsx, whose records run to June 2024.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseArguments, runCli } from "../../src/cli/main";
import { summarizeFile } from "../../src/cli/summarizeFile";
import { reportFile } from "../../src/cli/reportFile";

const LEDGER = path.join(__dirname, "../fixtures/ledger-real-dates.xlsx");
const SAMPLE = path.join(__dirname, "../../assets/samples/bureau-2024H1.xlsx");

describe("--period and --figures are read from the command line", () => {
  test("--period 2024年上半年 gives the first and last day of the half-year, for summarize and report", () => {
    for (const command of ["summarize", "report"]) {
      const args = parseArguments([command, "a.xlsx", "--period", "2024年上半年"]);
      expect(args).toMatchObject({ period: "2024年上半年", reportPeriod: { start: "2024-01-01", end: "2024-06-30" } });
    }
    expect(parseArguments(["summarize", "a.xlsx", "--period", "2024年3月1日至3月31日"])).toMatchObject({
      reportPeriod: { start: "2024-03-01", end: "2024-03-31" },
    });
  });

  test("a period without its year is a usage error that names it in both languages", () => {
    const args = parseArguments(["summarize", "a.xlsx", "--period", "上半年"]);
    expect(args).toEqual({ error: expect.objectContaining({ zh: expect.stringContaining("--period“上半年”不是带年份的期间") }) });
  });

  test("a text that only holds a period, 2024.1-2024.6 or 2024 H1, is a usage error: never read as its January or its whole year", () => {
    for (const text of ["2024.1-2024.6", "2024 H1", "2024-01-01 to 2024-06-30"]) {
      expect(parseArguments(["summarize", "a.xlsx", "--period", text])).toEqual({
        error: expect.objectContaining({ zh: expect.stringContaining(`--period“${text}”不是带年份的期间`) }),
      });
    }
    // The forms the help names, and the short ones, still read.
    const read = (text: string) => (parseArguments(["summarize", "a.xlsx", "--period", text]) as { reportPeriod?: unknown }).reportPeriod;
    expect([read("2024年1—6月"), read("2024Q1"), read("2024.1.1-2024.6.30"), read("2024")]).toEqual([
      { start: "2024-01-01", end: "2024-06-30" },
      { start: "2024-01-01", end: "2024-03-31" },
      { start: "2024-01-01", end: "2024-06-30" },
      { start: "2024-01-01", end: "2024-12-31" },
    ]);
  });

  test("--figures takes source, preliminary or final, and nothing else", () => {
    expect(parseArguments(["report", "a.xlsx", "--figures", "final"])).toMatchObject({ figuresStatus: "final" });
    expect(parseArguments(["summarize", "a.xlsx", "--figures", "preliminary"])).toMatchObject({ figuresStatus: "preliminary" });
    expect(parseArguments(["summarize", "a.xlsx", "--figures", "maybe"])).toEqual({
      error: { zh: "--figures 只能是 source、preliminary 或 final", en: "--figures must be source, preliminary or final" },
    });
  });
});

test("--breakdown-tests asks summarize for tests on the breakdown rows (issue 22.10); other commands do not know it", () => {
  expect(parseArguments(["summarize", "a.xlsx", "--breakdown-tests"])).toMatchObject({ breakdownTests: true });
  expect(parseArguments(["summarize", "a.xlsx"])).not.toHaveProperty("breakdownTests");
  expect(parseArguments(["report", "a.xlsx", "--breakdown-tests"])).toHaveProperty("error");
});

describe("the ledger is counted over the user's period", () => {
  test("--period 2024年1—3月 makes the 综述 speak of 2024年1—3月 and compare with 2023年1—3月, the period marked as the user's", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-period-"));
    try {
      const plain = await summarizeFile(LEDGER, { outDir: dir, generatedAt: "2024-07-10T09:30" });
      const r = await summarizeFile(LEDGER, {
        outDir: dir,
        force: true,
        generatedAt: "2024-07-10T09:30",
        overrides: { reportPeriod: { start: "2024-01-01", end: "2024-03-31" } },
      });
      const narrative = (p: typeof r.plan) =>
        p.cells
          .flat()
          .map((c) => String(c.value ?? ""))
          .find((t) => t.includes("共发生各类生产安全事故"))!;
      expect(narrative(plain.plan)).toMatch(/^2024年1—6月，/);
      expect(narrative(r.plan)).toMatch(/^2024年1—3月，共发生各类生产安全事故\d+起/);
      expect(r.model.ledgers[0].current).toMatchObject({ start: "2024-01-01", end: "2024-03-31" });
      expect(r.model.ledgers[0].previous).toMatchObject({ start: "2023-01-01", end: "2023-03-31" });
      expect(r.model.ledgers[0].periodSource).toBe("user");
      const fewer = (p: typeof r.plan) => Number(/共发生各类生产安全事故(\d+)起/.exec(narrative(p))![1]);
      expect(fewer(r.plan)).toBeLessThan(fewer(plain.plan));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("runCli passes --period to the reader: the run succeeds and a wrong period stops before any file is read", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-period-"));
    const out: string[] = [];
    const err: string[] = [];
    try {
      expect(
        await runCli(
          ["summarize", LEDGER, "--out", dir, "--period", "2024年1—3月", "--figures", "final"],
          (s) => out.push(s),
          (s) => err.push(s),
        ),
      ).toBe(0);
      expect(
        await runCli(
          ["summarize", LEDGER, "--out", dir, "--period", "三月"],
          (s) => out.push(s),
          (s) => err.push(s),
        ),
      ).toBe(2);
      expect(err.join("\n")).toContain('--period "三月" is not a period with its year');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a table of several years is summarised for the year the user names", () => {
  // Corpus 30 (MEM's 上半年 releases of 2019, 2020, 2022, 2024 and 2025, one row a year; title 全国上半年自然灾害情况).
  const YEARS = path.join(__dirname, "../corpus/workbooks/30-mem-h1-years-units-row.xlsx");

  test("--period 2025年上半年 makes the 2025 row current and 2024 its 去年同期; without it nothing is summed (a series)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-years-"));
    try {
      const text = (p: { cells: readonly (readonly { value?: unknown }[])[] }) =>
        p.cells
          .flat()
          .map((c) => String(c.value ?? ""))
          .join("\n");
      const plain = await summarizeFile(YEARS, { outDir: dir, generatedAt: "2024-07-10T09:30" });
      expect(text(plain.plan)).not.toContain("与去年同期相比");
      const r = await summarizeFile(YEARS, {
        outDir: dir,
        force: true,
        generatedAt: "2024-07-10T09:30",
        overrides: { reportPeriod: { start: "2025-01-01", end: "2025-06-30" } },
      });
      // MEM 2025-07-15: 2503.7万人次受灾, 307人死亡失踪; against 2024's 3238.1万 and 322: 下降22.7% and 4.7%.
      expect(text(r.plan)).toContain("2025年上半年，全国各类自然灾害共造成2503.7万人次受灾，307人死亡失踪");
      expect(text(r.plan)).toMatch(/与去年同期相比，受灾人次、因灾死亡失踪人数.*分别下降22\.7%、4\.7%/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the report takes --figures", () => {
  test("the sample's 灾情 note says 初步统计 (据初步统计); --figures final writes 经核定 instead", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-figures-"));
    try {
      const source = JSON.stringify((await reportFile(SAMPLE, { language: "zh", out: dir })).plan);
      const final = JSON.stringify((await reportFile(SAMPLE, { language: "zh", out: dir, force: true, summary: { figuresStatus: "final" } })).plan);
      expect(source).toContain("据初步统计");
      expect(final).toContain("经核定");
      expect(final).not.toContain("据初步统计");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
