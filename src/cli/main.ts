/**
 * The command line: `bureau-stats summarize <input.xlsx>… [--out <dir>] [--lang zh|en]`.
 * Prints per file what was recognised and the 核对 findings, goes on after a file it cannot
 * read, and exits with 1 when any file failed (2 for a usage error).
 */
import type { WorkbookModel } from "../core/reader/model";
import { formatNumber } from "../core/numbers/format";
import { DEFAULT_LIMITS, type XlsxLimits } from "../xlsx/package/limits";
import { runConsolidate } from "./consolidateReport";
import { runReport } from "./runReport";
import { summarizeFile } from "./summarizeFile";

const USAGE = `用法 / Usage: bureau-stats summarize <input.xlsx|.xls|.et|.csv>… [--out <dir>] [--lang zh|en]
           [--max-cells N] [--max-strings N] [--max-uncompressed-mb N]
  为每个工作簿生成 <名称>.summary.xlsx（原工作簿原样保留 + “汇总”工作表及图表）；不修改输入文件。
  Writes <name>.summary.xlsx (the workbook kept as it is, plus the summary sheet and its charts) for each input; inputs are never modified.
       bureau-stats consolidate <returns.xlsx>… [--out <prefecture.xlsx>] [--period 2024年1—6月] [--region 楚雄州] [--lang zh|en]
  汇总各县报表：生成一个工作簿（综合汇总、汇总表、分县汇总、报送情况）；不修改输入文件。
  Consolidates county returns into one workbook (summary, consolidated form, by county, returns received); inputs are never modified.
       bureau-stats report <workbook.xlsx>… [--template <their.docx>] [--lang zh|en] [--out <dir|file.docx>]
  生成报告（.docx，公文格式；英文为统计发布格式），每个数字可追溯到源单元格；也可用于合并后的全州工作簿；--template 填入本单位模板的占位符。
  Writes a .docx report (公文 layout; English: a statistical release) whose every figure traces to its source cell; also for the consolidated workbook. --template fills a bureau's own template.
  上限 / Limits (defaults): --max-cells ${DEFAULT_LIMITS.maxCells}, --max-strings ${DEFAULT_LIMITS.maxStrings}, --max-uncompressed-mb ${DEFAULT_LIMITS.maxUncompressedBytes / 1048576}`;

const LIMIT_OPTIONS: Record<string, { key: keyof XlsxLimits; scale: number }> = {
  "--max-cells": { key: "maxCells", scale: 1 },
  "--max-strings": { key: "maxStrings", scale: 1 },
  "--max-uncompressed-mb": { key: "maxUncompressedBytes", scale: 1048576 },
};

/** Parsed arguments. */
export interface CliArguments {
  readonly command: string;
  readonly inputs: string[];
  readonly outDir?: string;
  readonly language: "zh" | "en";
  /** Reading limits given on the command line (the others keep their defaults). */
  readonly limits: Partial<XlsxLimits>;
  /** consolidate: the period and prefecture, when given. */
  readonly period?: string;
  readonly region?: string;
  /** report: the bureau's template. */
  readonly template?: string;
}

/**
 * Parses the arguments after `node bin/bureau-stats.js`.
 *
 * @param argv the arguments
 * @returns the command, inputs and flags, or an error message
 * @example parseArguments(["summarize", "a.xlsx", "--lang", "en"]).language // "en"
 */
export function parseArguments(argv: readonly string[]): CliArguments | { error: string } {
  const [command, ...rest] = argv;
  if (command !== "summarize" && command !== "consolidate" && command !== "report")
    return {
      error: command ? `未知命令 / Unknown command: ${command}` : "缺少命令 / Missing command",
    };
  const inputs: string[] = [];
  let outDir: string | undefined;
  let period: string | undefined;
  let region: string | undefined;
  let template: string | undefined;
  let language: "zh" | "en" = "zh";
  const limits: { -readonly [K in keyof XlsxLimits]?: number } = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === "--out" || a === "-o") outDir = rest[++i];
    else if (command === "consolidate" && (a === "--period" || a === "--region")) {
      const value = rest[++i];
      if (!value) return { error: `${a} 需要一个值 / ${a} needs a value` };
      if (a === "--period") period = value;
      else region = value;
    } else if (command === "report" && a === "--template") {
      template = rest[++i];
      if (!template) return { error: "--template 需要一个 .docx 文件 / --template needs a .docx file" };
    } else if (a in LIMIT_OPTIONS) {
      const n = Number(rest[++i]);
      if (!Number.isFinite(n) || n <= 0) return { error: `${a} 需要一个正数 / ${a} needs a positive number` };
      limits[LIMIT_OPTIONS[a].key] = n * LIMIT_OPTIONS[a].scale;
    } else if (a === "--lang") {
      const l = rest[++i];
      if (l !== "zh" && l !== "en") return { error: `--lang 只能是 zh 或 en / --lang must be zh or en` };
      language = l;
    } else if (a.startsWith("-")) return { error: `未知选项 / Unknown option: ${a}` };
    else inputs.push(a);
  }
  if (outDir === undefined && rest.includes("--out")) return { error: "--out 需要一个文件夹 / --out needs a folder" };
  if (inputs.length === 0) return { error: "没有输入文件 / No input files" };
  if (command === "report" && outDir && /\.docx$/i.test(outDir) && inputs.length > 1)
    return { error: "多个工作簿时 --out 须为文件夹 / With several workbooks --out must be a folder" };
  return { command, inputs, outDir, language, limits, ...(period ? { period } : {}), ...(region ? { region } : {}), ...(template ? { template } : {}) };
}

function describe(model: WorkbookModel): string[] {
  const lines: string[] = [];
  for (const t of model.tables) {
    const indicators = [...new Set(t.columns.flatMap((c) => (c.indicator ? [c.indicator] : [])))];
    lines.push(`  识别 / found: 表格 ${t.id}（${t.keyKind}，${indicators.length} 项指标 / indicators，${t.rows.length} 行 / rows）`);
  }
  for (const l of model.ledgers) lines.push(`  识别 / found: 台账 ${l.sheet}!${l.address}（${l.subtype}，${l.recordCount} 条记录 / records）`);
  for (const d of model.diagnostics.filter((x) => x.severity === "error")) lines.push(`  未能识别 / not read: ${d.sheet} ${d.message.zh} / ${d.message.en}`);
  if (model.findings.length === 0) lines.push("  核对 / checks: 未发现计算不一致 / no inconsistencies");
  for (const f of model.findings)
    lines.push(
      `  核对 / check: ${f.sheet}!${f.cell} 填报 / stated ${f.stated === null ? "—" : formatNumber(f.stated)}，复核 / recomputed ${f.recomputed === null ? "—" : formatNumber(f.recomputed)}：${f.message.zh} / ${f.message.en}`,
    );
  return lines;
}

/**
 * Runs the command line.
 *
 * @param argv the arguments after the script name
 * @param out where to print (stdout by default)
 * @param err where to print errors (stderr by default)
 * @returns the exit code: 0 when every file was summarised, 1 when one failed, 2 for a usage error
 * @example await runCli(["summarize", "a.xlsx", "--out", "out"])
 */
export async function runCli(
  argv: readonly string[],
  out: (s: string) => void = (s) => process.stdout.write(s + "\n"),
  err: (s: string) => void = (s) => process.stderr.write(s + "\n"),
): Promise<number> {
  const args = parseArguments(argv);
  if ("error" in args) {
    err(args.error);
    err(USAGE);
    return 2;
  }
  if (args.command === "consolidate") return runConsolidate(args, out, err);
  if (args.command === "report") return runReport(args, out, err);
  let failed = 0;
  const n = args.inputs.length;
  for (const [i, input] of args.inputs.entries()) {
    out(`[${i + 1}/${n}] ${input}`);
    try {
      const r = await summarizeFile(input, {
        outDir: args.outDir,
        language: args.language,
        limits: args.limits,
      });
      for (const line of describe(r.model)) out(line);
      out(
        `  已写入 / written: ${r.output}（工作表 / sheet “${r.sheetName}”，${r.plan.sections.length} 个部分 / sections，${r.plan.charts.length} 个图表 / charts）`,
      );
    } catch (error) {
      failed++;
      err(`  失败 / failed: ${(error as Error).message}`);
    }
  }
  out(`完成 / done: ${n - failed}/${n} 个文件 / files`);
  return failed ? 1 : 0;
}
