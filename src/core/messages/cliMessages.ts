/**
 * Messages of the command line (`bureau-stats`): its help, usage errors, what it recognised in
 * words (never the code's names such as "region"), files it skipped and why, and where each
 * output went. The command line prints both languages.
 */
import type { Message } from "./message";

/** What a table's rows are, in words. */
const KEY_KIND: Readonly<Record<string, Message>> = {
  region: { zh: "按地区", en: "by region" },
  industry: { zh: "按行业", en: "by industry" },
  indicator: { zh: "各行为指标", en: "one indicator per row" },
  period: { zh: "各行为期间", en: "one period per row" },
  other: { zh: "按其他分类", en: "by another breakdown" },
};

/** What a ledger records, in words. */
const LEDGER_KIND: Readonly<Record<string, Message>> = {
  accident: { zh: "事故台账", en: "accident ledger" },
  hazard: { zh: "隐患台账", en: "hazard ledger" },
};

/** The kinds of files a folder gives (the readers of src/xlsx take each of them). */
export const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm", ".xls", ".et", ".csv"] as const;

export const CLI_MESSAGES = {
  help: (limits: { cells: number; strings: number; megabytes: number }): Message => ({
    zh: [
      "用法：",
      "  bureau-stats summarize <工作簿或文件夹>… [--out <文件夹>] [--lang zh|en] [--period 2024年1—6月] [--figures source|preliminary|final] [--breakdown-tests] [--precision 1|1.0|2|2.00] [--denominator 地区生产总值=812.5亿元[,770.1亿元]]… [--force] [--include-summaries]",
      "      为每个工作簿生成 <名称>.summary.xlsx：原工作簿原样保留，另加“汇总”工作表（公式、图表、综述、核对）；不修改输入文件。",
      "      文件夹按其中的 .xlsx、.xlsm、.xls、.et、.csv 文件处理；本工具生成的 .summary.xlsx 默认跳过（--include-summaries 则照常汇总，并替换其中原有的汇总表）。",
      "  bureau-stats consolidate <各县报表或文件夹>… [--out <汇总.xlsx 或文件夹>] [--period 2024年1—6月] [--region 楚雄州] [--lang zh|en] [--force]",
      "      汇总各县报表，生成一个工作簿（说明、综合汇总、汇总表、分县汇总、报送情况）；不修改输入文件。",
      "  bureau-stats report <工作簿或文件夹>… [--template <本单位模板.docx>] [--lang zh|en] [--period …] [--figures …] [--precision …] [--denominator …]… [--out <文件夹或 文件.docx>]",
      "      生成报告（.docx，公文格式；英文为统计发布格式），每个数字可追溯到源单元格；也可用于合并后的全州工作簿；--template 填入本单位模板的占位符。",
      "  --period 指定台账的报告期（须写明年份，如“2024年1—6月”“2024年上半年”），同比为上年同期；不指定时取台账标题或统计时间所写期间，否则按记录日期推定（汇总表上注明）；历年对比表（2019年……2024年）标题未写报告年份时，以此确定哪一年为本期。",
      "  --figures 综述中的“据初步统计”“经核定”：source 按源表注明（默认），preliminary 写“据初步统计”，final 写“经核定”。",
      "  --breakdown-tests 台账分县、分行业、分月等分组表各行也作显著性检验（每表按Holm法校正多重比较，表下注明）；默认只检验事故起数总数。",
      "  --precision 综述和表格中百分比（增减幅度、整改率）的小数位，两者一致：1（默认，去掉末尾的0：15%、23.8%）；1.0（保留末尾的0：15.0%、23.8%）；0、2、2.00、3、3.000 同理。",
      "  --denominator 控制指标的分母（可重复）：名称=本期数值和单位，逗号后可加去年同期，如“地区生产总值=812.5亿元,770.1亿元”“常住人口=241.6万人”；名称为地区生产总值、常住人口、工矿商贸就业人员、机动车保有量。汇总表和报告据此计算亿元GDP死亡率、十万人口死亡率、受灾人口占常住人口比重等，并注明为用户输入；不给出时只用工作簿中报告期的分母。",
      "  输出文件已存在时：自动命名的文件另存为“名称 (2).xlsx”；用 --out 指定的文件不覆盖。加 --force 则替换。",
      `  读取上限（默认）：--max-cells ${limits.cells}，--max-strings ${limits.strings}，--max-uncompressed-mb ${limits.megabytes}`,
      "  bureau-stats --help 显示本说明；bureau-stats --version 显示版本。",
    ].join("\n"),
    en: [
      "Usage:",
      "  bureau-stats summarize <workbook or folder>… [--out <folder>] [--lang zh|en] [--period 2024年1—6月] [--figures source|preliminary|final] [--breakdown-tests] [--precision 1|1.0|2|2.00] [--denominator 地区生产总值=812.5亿元[,770.1亿元]]… [--force] [--include-summaries]",
      "      Writes <name>.summary.xlsx for each workbook: the workbook kept as it is, plus a summary sheet (formulas, charts, narrative, checks). Inputs are never modified.",
      "      A folder gives its .xlsx, .xlsm, .xls, .et and .csv files; the .summary.xlsx files this tool wrote are skipped (with --include-summaries they are summarised, their earlier summary sheet replaced).",
      "  bureau-stats consolidate <county returns or folder>… [--out <file.xlsx or folder>] [--period 2024年1—6月] [--region 楚雄州] [--lang zh|en] [--force]",
      "      Consolidates county returns into one workbook (about, summary, consolidated form, by county, returns received). Inputs are never modified.",
      "  bureau-stats report <workbook or folder>… [--template <their.docx>] [--lang zh|en] [--period …] [--figures …] [--precision …] [--denominator …]… [--out <folder or file.docx>]",
      "      Writes a .docx report (公文 layout; English: a statistical release) whose every figure traces to its source cell; also for the consolidated workbook. --template fills a bureau's own template.",
      '  --period sets the report period of the ledgers (with its year: "2024年1—6月", "2024年上半年"), compared with the same days a year earlier; without it the period is the one the ledger\'s title or 统计时间 line names, else the records\' dates give it (the summary says so); in a table of several years (2019年 … 2024年) whose title names no report year, it picks the year that is current.',
      "  --figures sets 据初步统计 (preliminary figures) or 经核定 (verified figures) in the narrative: source follows the source's notes (the default), preliminary, or final.",
      "  --breakdown-tests tests the rows of a ledger's breakdown tables (by county, industry, month …) too, Holm-adjusted per table (the footnote says so); by default only the accident total is tested.",
      "  --precision sets the decimals of percents (changes, rectification rates) in both the narrative and the tables: 1 (the default, trailing zeros dropped: 15%, 23.8%); 1.0 (kept: 15.0%, 23.8%); likewise 0, 2, 2.00, 3, 3.000.",
      "  --denominator gives a denominator of the control indicators (repeatable): name=this period's figure with its unit, optionally a comma and the same period a year earlier, such as 地区生产总值=812.5亿元,770.1亿元 (GDP) or 常住人口=241.6万人 (resident population); names: 地区生产总值, 常住人口, 工矿商贸就业人员 (industrial employees), 机动车保有量 (motor vehicles). The summary and the report compute deaths per 100m CNY of GDP, deaths per 100k residents, the share of the population affected by disasters and so on, and says the figures were entered; without it only the workbook's denominators of the report period are used.",
      '  When an output file exists: a name the tool chose becomes "name (2).xlsx"; a file named with --out is not overwritten. --force replaces it.',
      `  Reading limits (defaults): --max-cells ${limits.cells}, --max-strings ${limits.strings}, --max-uncompressed-mb ${limits.megabytes}`,
      "  bureau-stats --help shows this text; bureau-stats --version shows the version.",
    ].join("\n"),
  }),
  unknownCommand: (command: string): Message => ({ zh: `未知命令“${command}”`, en: `Unknown command "${command}"` }),
  missingCommand: (): Message => ({ zh: "缺少命令（summarize 或 consolidate）", en: "Missing command (summarize or consolidate)" }),
  unknownOption: (option: string): Message => ({ zh: `未知选项“${option}”`, en: `Unknown option "${option}"` }),
  needsValue: (option: string): Message => ({ zh: `${option} 需要一个值`, en: `${option} needs a value` }),
  needsPositiveNumber: (option: string): Message => ({ zh: `${option} 需要一个正数`, en: `${option} needs a positive number` }),
  languageValue: (): Message => ({ zh: "--lang 只能是 zh 或 en", en: "--lang must be zh or en" }),
  precisionValue: (text: string): Message => ({
    zh: `--precision“${text}”无法识别：应为 0、1、2、3（去掉末尾的0）或 1.0、2.00、3.000（保留）`,
    en: `--precision "${text}" is not understood: write 0, 1, 2 or 3 (trailing zeros dropped) or 1.0, 2.00 or 3.000 (kept)`,
  }),
  denominatorValue: (text: string, names: Message): Message => ({
    zh: `--denominator“${text}”无法识别：应写作 名称=数值单位[,去年同期数值单位]，如“地区生产总值=812.5亿元,770.1亿元”；可用的名称和单位：${names.zh}`,
    en: `--denominator "${text}" is not understood: write name=figure unit[,same period last year], such as 地区生产总值=812.5亿元,770.1亿元; names and units: ${names.en}`,
  }),
  figuresValue: (): Message => ({ zh: "--figures 只能是 source、preliminary 或 final", en: "--figures must be source, preliminary or final" }),
  periodValue: (text: string): Message => ({
    zh: `--period“${text}”不是带年份的期间（如“2024年1—6月”“2024年上半年”“2024年3月1日至3月31日”）`,
    en: `--period "${text}" is not a period with its year (such as 2024年1—6月, 2024年上半年 or 2024年3月1日至3月31日)`,
  }),
  noInputs: (): Message => ({ zh: "没有输入文件", en: "No input files" }),
  reportOutFolder: (): Message => ({ zh: "多个工作簿时 --out 须为文件夹", en: "With several workbooks --out must be a folder" }),
  tableFound: (address: string, keyKind: string, indicators: number, rows: number): Message => {
    const kind = KEY_KIND[keyKind] ?? KEY_KIND.other;
    const what =
      keyKind === "indicator"
        ? { zh: `${rows} 项指标`, en: `${rows} indicators` }
        : { zh: `${indicators} 项指标，${rows} 行`, en: `${indicators} indicators, ${rows} rows` };
    return { zh: `表格 ${address}（${kind.zh}，${what.zh}）`, en: `table ${address} (${kind.en}, ${what.en})` };
  },
  ledgerFound: (address: string, subtype: string, records: number): Message => {
    const kind = LEDGER_KIND[subtype] ?? { zh: "台账", en: "ledger" };
    return { zh: `${kind.zh} ${address}（${records} 条记录）`, en: `${kind.en} ${address} (${records} records)` };
  },
  folderEmpty: (folder: string): Message => ({
    zh: `文件夹“${folder}”中没有工作簿（.xlsx、.xlsm、.xls、.et、.csv），未写入任何文件`,
    en: `The folder "${folder}" holds no workbooks (.xlsx, .xlsm, .xls, .et, .csv); nothing was written`,
  }),
  skippedSummary: (file: string): Message => ({
    zh: `已跳过“${file}”：这是本工具生成的汇总工作簿；如需重新汇总，请加 --include-summaries`,
    en: `Skipped "${file}": it is a summary this tool wrote; add --include-summaries to summarise it again`,
  }),
  skippedOwnFile: (file: string): Message => ({
    zh: `已跳过“${file}”：其中的工作表都由本工具生成，没有可汇总的数据`,
    en: `Skipped "${file}": every sheet in it was written by this tool, so it holds no data to summarise`,
  }),
  skippedConsolidation: (file: string): Message => ({
    zh: `已跳过“${file}”：这是本工具生成的汇总工作簿（全州数据），不是县（市）报表`,
    en: `Skipped "${file}": it is a consolidation this tool wrote (the prefecture's figures), not a county return`,
  }),
  noReadableReturns: (): Message => ({
    zh: "没有可读取的县（市）报表，未生成汇总工作簿",
    en: "No county return could be read; no consolidated workbook was written",
  }),
  outputRenamed: (wanted: string, written: string): Message => ({
    zh: `“${wanted}”已存在，未覆盖，另存为“${written}”（加 --force 则替换）`,
    en: `"${wanted}" exists and was kept; written as "${written}" instead (--force replaces it)`,
  }),
  outputExists: (file: string): Message => ({
    zh: `“${file}”已存在，未写入；加 --force 替换它，或用 --out 指定另一个文件`,
    en: `"${file}" exists; nothing was written. Add --force to replace it, or name another file with --out`,
  }),
  moreOfKind: (count: number, sheet: string, cells: readonly string[]): Message => {
    const list = cells.slice(0, 8);
    const more = cells.length > list.length;
    return {
      zh: `${sheet} 另有${count}处同类发现（${list.join("、")}${more ? "等" : ""}），汇总表的“核对”逐条列出`,
      en: `${count} more findings of the same kind on ${sheet} (${list.join(", ")}${more ? ", …" : ""}); the summary sheet's checks list each one`,
    };
  },
  replacedSheet: (sheet: string): Message => ({ zh: `替换了原有的汇总表“${sheet}”`, en: `replaced the earlier summary sheet "${sheet}"` }),
} as const;
