/**
 * The command line: `bureau-stats summarize|consolidate <files or folders>…`, `--help`, `--version`.
 * Prints per file what was recognised (in words) and the 核对 findings, skips the files this tool
 * wrote, goes on after a file it cannot read, and exits with 1 when any file failed (2 for a usage
 * error, 0 for the help and the version). Every message comes from the catalogue (MESSAGES.cli).
 */
import { checkVerdict, ledgerRowNotes, readerNotes, roundingNote, slipLines, type WorkbookFacts } from "../core/facts";
import type { WorkbookModel } from "../core/reader/model";
import { MESSAGES, type Message } from "../core/messages";
import { formatNumber } from "../core/numbers/format";
import { periodBounds } from "../core/periods/spanBounds";
import { denominatorNames, parseDenominator } from "../core/summary/denominatorInput";
import type { DenominatorInput } from "../core/summary/options";
import { DEFAULT_LIMITS, type XlsxLimits } from "../xlsx/package/limits";
import { OwnOutputSkipped } from "../xlsx/ownOutput";
import { bilingual } from "./bilingual";
import { expandInputs } from "./expandInputs";
import { summarizeFile } from "./summarizeFile";
import { summaryOptionsOf } from "./summaryOptionsOf";
import { packageVersion } from "./version";
import { failureLine } from "./fileErrors";
import { InputGuard } from "./safeWrite";

const LIMIT_OPTIONS: Record<string, { key: keyof XlsxLimits; scale: number }> = {
  "--max-cells": { key: "maxCells", scale: 1 },
  "--max-strings": { key: "maxStrings", scale: 1 },
  "--max-uncompressed-mb": { key: "maxUncompressedBytes", scale: 1048576 },
};

const HELP_WORDS = new Set(["help", "--help", "-h", "-?"]);
const VERSION_WORDS = new Set(["version", "--version", "-v", "-V"]);

/** Parsed arguments. */
export interface CliArguments {
  readonly command: "summarize" | "consolidate" | "report";
  readonly inputs: string[];
  readonly outDir?: string;
  readonly language: "zh" | "en";
  /** Reading limits given on the command line (the others keep their defaults). */
  readonly limits: Partial<XlsxLimits>;
  /** consolidate: the period and prefecture, when given; summarize and report: the report period of every ledger. */
  readonly period?: string;
  /** summarize and report: the first and last day of --period. */
  readonly reportPeriod?: { readonly start: string; readonly end: string };
  /** summarize and report: 据初步统计 / 经核定 as the source says (the default), or as the user says. */
  readonly figuresStatus?: "source" | "preliminary" | "final";
  /** summarize and report: decimals of percents and rates in the 综述 and the tables, and whether trailing zeros are dropped (`--precision 1` / `1.0`). */
  readonly precision?: { readonly decimals: number; readonly stripTrailingZeros: boolean };
  /** summarize and report: denominators of the control indicators (亿元GDP死亡率 …), as the user typed them. */
  readonly denominators?: readonly DenominatorInput[];
  /** summarize: test the breakdown tables' rows too, Holm-adjusted per table (off by default, issue 22.10). */
  readonly breakdownTests?: boolean;
  readonly region?: string;
  /** Replace existing output files (never an input). */
  readonly force: boolean;
  /** Summarise the .summary.xlsx files this tool wrote too (skipped by default). */
  readonly includeSummaries: boolean;
  /** report: the bureau's template. */
  readonly template?: string;
}

/** What the arguments ask for: a command, the help, the version, or a usage error. */
export type ParsedArguments = CliArguments | { readonly help: true } | { readonly version: true } | { readonly error: Message };

/**
 * Parses the arguments after `node bin/bureau-stats.js`.
 *
 * @param argv the arguments
 * @returns the command, inputs and flags; or a request for help or the version; or a usage error
 * @example parseArguments(["summarize", "a.xlsx", "--lang", "en"]).language // "en"
 * @example parseArguments(["summarize", "--help"]) // { help: true }
 */
export function parseArguments(argv: readonly string[]): ParsedArguments {
  if (argv.length === 0) return { error: MESSAGES.cli.missingCommand() };
  if (argv.some((a) => HELP_WORDS.has(a))) return { help: true };
  if (VERSION_WORDS.has(argv[0]) || argv.includes("--version")) return { version: true };
  const [command, ...rest] = argv;
  if (command !== "summarize" && command !== "consolidate" && command !== "report") return { error: MESSAGES.cli.unknownCommand(command) };
  const inputs: string[] = [];
  let outDir: string | undefined;
  let period: string | undefined;
  let region: string | undefined;
  let language: "zh" | "en" = "zh";
  let force = false;
  let includeSummaries = false;
  let template: string | undefined;
  let figuresStatus: CliArguments["figuresStatus"];
  let breakdownTests = false;
  const denominators: DenominatorInput[] = [];
  let precision: CliArguments["precision"];
  const limits: { -readonly [K in keyof XlsxLimits]?: number } = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === "--out" || a === "-o") {
      outDir = rest[++i];
      if (!outDir) return { error: MESSAGES.cli.needsValue(a) };
    } else if (a === "--force" || a === "-f") force = true;
    else if (a === "--include-summaries") includeSummaries = true;
    else if (command === "summarize" && a === "--breakdown-tests") breakdownTests = true;
    else if (command !== "consolidate" && a === "--denominator") {
      const value = rest[++i];
      if (!value) return { error: MESSAGES.cli.needsValue(a) };
      const parsed = parseDenominator(value);
      if (!parsed) return { error: MESSAGES.cli.denominatorValue(value, denominatorNames()) };
      // The last one given for a name wins, as with any repeated option.
      denominators.splice(0, denominators.length, ...denominators.filter((d) => d.indicator !== parsed.indicator), parsed);
    } else if (command !== "consolidate" && a === "--precision") {
      // "1" is one decimal with trailing zeros dropped (15%, 23.8%), "1.0" one decimal kept (15.0%); 0–3 decimals.
      const value = rest[++i] ?? "";
      const m = /^([0-3])(?:\.(0+))?$/.exec(value);
      if (!m || (m[2] !== undefined && m[2].length !== Number(m[1]))) return { error: MESSAGES.cli.precisionValue(value) };
      precision = { decimals: Number(m[1]), stripTrailingZeros: m[2] === undefined };
    } else if (command === "report" && a === "--template") {
      template = rest[++i];
      if (!template) return { error: MESSAGES.cli.needsValue(a) };
    } else if (a === "--period" || (command === "consolidate" && a === "--region")) {
      const value = rest[++i];
      if (!value) return { error: MESSAGES.cli.needsValue(a) };
      if (a === "--period") period = value;
      else region = value;
    } else if (command !== "consolidate" && a === "--figures") {
      const value = rest[++i];
      if (value !== "source" && value !== "preliminary" && value !== "final") return { error: MESSAGES.cli.figuresValue() };
      figuresStatus = value;
    } else if (a in LIMIT_OPTIONS) {
      const n = Number(rest[++i]);
      if (!Number.isFinite(n) || n <= 0) return { error: MESSAGES.cli.needsPositiveNumber(a) };
      limits[LIMIT_OPTIONS[a].key] = n * LIMIT_OPTIONS[a].scale;
    } else if (a === "--lang") {
      const l = rest[++i];
      if (l !== "zh" && l !== "en") return { error: MESSAGES.cli.languageValue() };
      language = l;
    } else if (a.startsWith("-") && a !== "-") return { error: MESSAGES.cli.unknownOption(a) };
    else inputs.push(a);
  }
  if (inputs.length === 0) return { error: MESSAGES.cli.noInputs() };
  // A ledger counts within days: the period must name its year and months ("2024年1—6月").
  const reportPeriod = command !== "consolidate" && period !== undefined ? periodBounds(period) : undefined;
  if (period !== undefined && command !== "consolidate" && !reportPeriod) return { error: MESSAGES.cli.periodValue(period) };
  if (command === "report" && outDir && /\.docx$/i.test(outDir) && inputs.length > 1) return { error: MESSAGES.cli.reportOutFolder() };
  return {
    command,
    inputs,
    outDir,
    language,
    limits,
    force,
    includeSummaries,
    ...(period ? { period } : {}),
    ...(reportPeriod ? { reportPeriod } : {}),
    ...(figuresStatus ? { figuresStatus } : {}),
    ...(breakdownTests ? { breakdownTests } : {}),
    ...(denominators.length ? { denominators } : {}),
    ...(precision ? { precision } : {}),
    ...(region ? { region } : {}),
    ...(template ? { template } : {}),
  };
}

/** The help text, both languages. */
export function helpText(): string {
  const help = MESSAGES.cli.help({
    cells: DEFAULT_LIMITS.maxCells,
    strings: DEFAULT_LIMITS.maxStrings,
    megabytes: DEFAULT_LIMITS.maxUncompressedBytes / 1048576,
  });
  return `bureau-stats ${packageVersion()} — 应急统计 / Bureau Stats\n\n${help.zh}\n\n${help.en}`;
}

function describe(model: WorkbookModel, facts: WorkbookFacts): string[] {
  const lines: string[] = [];
  for (const t of model.tables) {
    const indicators = new Set(t.columns.flatMap((c) => (c.indicator ? [c.indicator] : []))).size;
    lines.push(`  识别 / found: ${bilingual(MESSAGES.cli.tableFound(`${t.sheet}!${t.address}`, t.keyKind, indicators, t.rows.length))}`);
  }
  for (const l of model.ledgers) lines.push(`  识别 / found: ${bilingual(MESSAGES.cli.ledgerFound(`${l.sheet}!${l.address}`, l.subtype, l.recordCount))}`);
  for (const d of model.diagnostics.filter((x) => x.severity === "error")) lines.push(`  未能识别 / not read: ${d.sheet} ${bilingual(d.message)}`);
  // What the reader could not decide and says instead of guessing (a row that may be a part or the next
  // row, …): the pane lists it under its sheet, and the command line must not be silent about it.
  for (const d of model.diagnostics.filter((x) => x.severity === "warning")) lines.push(`  注意 / warning: ${d.sheet} ${bilingual(d.message)}`);
  // What it read by inference or set aside, as the summary sheet's 识别说明 lists it (facts/readerNotes.ts).
  for (const n of readerNotes(facts).filter((x) => x.kind === "diagnostic" && x.severity === "info"))
    lines.push(`  说明 / note: ${n.sheet} ${bilingual(n.message)}`);
  // One line per distinct message: two GDP tables on one sheet are one sheet of another field.
  for (const text of new Set(facts.notUnderstood.map((n) => bilingual(n.message)))) lines.push(`  未汇总 / not summarised: ${text}`);
  // Never a bare "no inconsistency": what was checked, or that nothing was recognised and nothing checked.
  const verdict = checkVerdict(facts);
  if (verdict) lines.push(`  核对 / checks: ${bilingual(verdict)}`);
  for (const line of slipLines(facts)) {
    if ("more" in line) {
      lines.push(`  核对 / check: ${bilingual(MESSAGES.cli.moreOfKind(line.more.count, line.more.sheet, line.more.cells))}`);
      continue;
    }
    const f = line.finding;
    lines.push(
      `  核对 / check: ${f.sheet}!${f.cell} 填报 / stated ${f.stated === null ? "—" : formatNumber(f.stated)}，复核 / recomputed ${f.recomputed === null ? "—" : formatNumber(f.recomputed)}：${bilingual(f.message)}`,
    );
  }
  const rounding = roundingNote(facts);
  if (rounding) lines.push(`  核对 / checks: ${bilingual(rounding)}`);
  for (const note of ledgerRowNotes(facts)) lines.push(`  核对 / checks: ${bilingual(note)}`);
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
  if ("help" in args) {
    out(helpText());
    return 0;
  }
  if ("version" in args) {
    out(packageVersion());
    return 0;
  }
  if ("error" in args) {
    err(bilingual(args.error));
    err("bureau-stats --help：用法 / usage");
    return 2;
  }
  const expanded = expandInputs(args.inputs, { includeSummaries: args.includeSummaries });
  for (const note of expanded.skipped) out(`  ${bilingual(note)}`);
  if (expanded.refusal) {
    err(bilingual(expanded.refusal));
    return 2;
  }
  if (expanded.files.length === 0) {
    err(bilingual(MESSAGES.cli.noInputs()));
    return 2;
  }
  // Each command loads its own code: summarize never pays for consolidation's planner or the .docx writer.
  if (args.command === "consolidate") return (await import("./consolidateReport")).runConsolidate({ ...args, inputs: expanded.files }, out, err);
  if (args.command === "report") return (await import("./runReport")).runReport({ ...args, inputs: expanded.files }, out, err);
  let failed = 0;
  let skipped = 0;
  const n = expanded.files.length;
  const taken = new Set<string>();
  // No output of the run may replace any of its inputs: real path, device and inode (safeWrite.ts), learnt once.
  const guard = InputGuard.of(expanded.files);
  for (const [i, input] of expanded.files.entries()) {
    out(`[${i + 1}/${n}] ${input}`);
    try {
      const r = await summarizeFile(input, {
        outDir: args.outDir,
        language: args.language,
        ...(args.reportPeriod ? { overrides: { reportPeriod: args.reportPeriod } } : {}),
        ...summaryOptionsOf(args),
        limits: args.limits,
        force: args.force,
        taken,
        guard,
      });
      for (const line of describe(r.model, r.facts)) out(line);
      if (r.replacedSheet) out(`  ${bilingual(MESSAGES.cli.replacedSheet(r.replacedSheet))}`);
      if (r.outputNote) out(`  ${bilingual(r.outputNote)}`);
      out(
        `  已写入 / written: ${r.output}（工作表 / sheet “${r.sheetName}”，${r.plan.sections.length} 个部分 / sections，${r.plan.charts.length} 个图表 / charts）`,
      );
    } catch (error) {
      if (error instanceof OwnOutputSkipped) {
        skipped++;
        out(`  ${bilingual(error.bilingual)}`);
        continue;
      }
      failed++;
      err(failureLine(error));
    }
  }
  out(`完成 / done: ${n - failed - skipped}/${n} 个文件 / files${skipped ? `（跳过 ${skipped} 个 / ${skipped} skipped）` : ""}`);
  return failed ? 1 : 0;
}
