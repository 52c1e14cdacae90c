/**
 * Messages of the workbook reader: anomalies (what it assumed at a cell), diagnostics (what it
 * could not read, and what was expected) and the ledger reader's notes on dates.
 */
import type { Message } from "./message";
import { LEVEL_ENGLISH } from "../registry/levelWords";
import type { LedgerLevelNote } from "../reader/ledgerModel";

/** The four accident levels in English, as the summary's level table names them (registry/levelWords.ts). */
const LEVEL_WORDS = LEVEL_ENGLISH;

/** Why a row that is not data was skipped, by row kind. */
const ROW_KINDS = {
  title: { zh: "标题行", en: "title row" },
  fill: { zh: "填报单位/日期行", en: "reporting unit or date row" },
  unit: { zh: "单位行（已用于确定单位）", en: "unit row (used for the units)" },
  code: { zh: "代码行（甲、乙、1、2、3…）", en: "code row (甲, 乙, 1, 2, 3 …)" },
  note: { zh: "注释行", en: "note row" },
  signature: { zh: "签名行（填表人、审核人）", en: "signature row (填表人, 审核人)" },
  blank: { zh: "空行", en: "blank row" },
  text: { zh: "文字行", en: "text row" },
  data: { zh: "数据行", en: "data row" },
} as const;

/** What a cleaning step of a number read from text is called. */
const READ_NOTES = {
  "text-number": { zh: "文本格式的数字", en: "number stored as text" },
  "thousands-separator": { zh: "千位分隔符", en: "thousands separator" },
  "full-width": { zh: "全角数字或符号", en: "full-width digits or punctuation" },
  whitespace: { zh: "多余空格", en: "extra spaces" },
  apostrophe: { zh: "前导撇号", en: "leading apostrophe" },
  percent: { zh: "百分号文本", en: "percent text" },
  unit: { zh: "单元格内带单位", en: "unit inside the cell" },
  "wan-multiplier": { zh: "带“万/亿”字", en: "万/亿 multiplier" },
  "with-change": { zh: "同一单元格内另写同比增减，未读取", en: "its change written in the same cell, not read" },
} as const;

export type RowKindName = keyof typeof ROW_KINDS;
export type ReadNoteName = keyof typeof READ_NOTES;

export const READER_MESSAGES = {
  rowKind: (kind: RowKindName): Message => ROW_KINDS[kind],
  readNote: (note: ReadNoteName): Message => READ_NOTES[note],
  skippedRow: (row: number, kind: RowKindName): Message => ({
    zh: `跳过第${row}行：${ROW_KINDS[kind].zh}`,
    en: `skipped row ${row}: ${ROW_KINDS[kind].en}`,
  }),
  mergedCarriedDown: (label: string): Message => ({ zh: `合并单元格“${label}”向下填充到本行`, en: `merged cell "${label}" carried down to this row` }),
  blankKeyFilled: (label: string, category: string): Message => ({
    zh: `空白地区单元格按上一行“${label}”填充（灾种：${category}）`,
    en: `blank key cell filled from the row above: "${label}" (category ${category})`,
  }),
  hiddenRow: (row: number, label: string): Message => ({
    zh: `第${row}行“${label}”是隐藏行，未计入`,
    en: `row ${row} ("${label}") is hidden and was left out`,
  }),
  headerTypo: (header: string, name: string, english: string): Message => ({
    zh: `表头“${header}”识别为“${name}”（可能是笔误）`,
    en: `header "${header}" read as ${english} (${name}; likely a typo)`,
  }),
  errorCell: (error: string): Message => ({ zh: `错误值 ${error}，按缺失处理`, en: `error value ${error}, read as missing` }),
  notANumber: (raw: string): Message => ({ zh: `无法读取为数字：${raw}`, en: `not a number: ${raw}` }),
  readAs: (raw: string, value: number, notes: readonly ReadNoteName[]): Message => ({
    zh: `“${raw}”读作 ${value}（${notes.map((n) => READ_NOTES[n].zh).join("、")}）`,
    en: `"${raw}" read as ${value} (${notes.map((n) => READ_NOTES[n].en).join(", ")})`,
  }),
  headerConflict: (address: string): Message => ({
    zh: `表头 ${address} 的上下两行对同一列给出了不同的指标，已不采用这些列的指标，请核对表头`,
    en: `The header rows of ${address} name different indicators for the same columns; those columns were left unassigned: please check the header`,
  }),
  duplicateHeader: (header: string, address: string): Message => ({
    zh: `两列的表头相同（${header}）：${address}，无法区分本期与去年同期，请在表头注明`,
    en: `Two columns carry the same header ${header} (${address}); nothing says which is this period and which last year`,
  }),
  blankLeaf: (group: string, cell: string, inferred: string | undefined): Message => ({
    zh: `合并表头“${group}”下的 ${cell} 为空${inferred !== undefined ? `，按相邻表头推断为“${inferred}”` : ""}，请核对`,
    en: `A merged header (${group}) has a blank leaf at ${cell}${inferred !== undefined ? `; read as "${inferred}" by analogy with its neighbours` : ""}: please check`,
  }),
  otherField: (address: string, field: Message, denominator: boolean): Message => ({
    zh: `表格 ${address} 是其他领域的统计（${field.zh}），不是应急管理统计，未汇总，也未核对${denominator ? "；确认后可作为亿元GDP死亡率、十万人口死亡率等指标的分母" : ""}`,
    en: `Table ${address} holds another field's statistics (${field.en}), not emergency-management statistics: it is neither summarised nor checked${denominator ? "; once you confirm it, it can serve as the denominator of deaths per 100 million yuan of GDP or per 100,000 people" : ""}`,
  }),
  labelMatrix: (address: string): Message => ({
    zh: `表格 ${address} 的行标题与列标题相同，是指标之间的矩阵（如相关系数），不是统计数据表，未汇总`,
    en: `Table ${address} repeats its column headers as row labels: a matrix between indicators (such as correlations), not a table of figures; it is not summarised`,
  }),
  textUnderCountName: (header: string, indicator: string, samples: readonly string[]): Message => ({
    zh: `“${header}”列是文字（${samples.join("、")}…），不是${indicator}，未计数`,
    en: `The column "${header}" holds words (${samples.join(", ")}…), not ${indicator}; it is not counted`,
  }),
  sheetsOfOtherPeriods: (sheets: readonly { readonly sheet: string; readonly period: string }[]): Message => ({
    zh: `各工作表是同一张表，但期间不同，未合并为一张分县表：${sheets.map((s) => `${s.sheet}（${s.period}）`).join("、")}`,
    en: `The sheets have one form but different periods, so they are not joined into one table by county: ${sheets.map((s) => `${s.sheet} (${s.period})`).join(", ")}`,
  }),
  unitTwin: (header: string, first: string, unit: string): Message => ({
    zh: `“${header}”列与“${first}”列是同一数字的两种单位，按${unit}汇总`,
    en: `The column "${header}" states the figure of "${first}" in another unit; the summary uses ${unit}`,
  }),
  averageComparison: (header: string): Message => ({
    zh: `“${header}”列是与前几年平均数的比较，既不是本期数，也不是同比，未汇总、未核对`,
    en: `The column "${header}" compares with an average of earlier years: neither this period's figure nor a year-on-year change; it is not summarised or checked`,
  }),
  meanComparison: (header: string, base: string): Message => ({
    zh: `“${header}”列是与${base}的比较，不是同比，综述按原表所列写入；表中没有前几年的数字，未核对`,
    en: `The column "${header}" compares with an average of earlier years, not with a year earlier; the narrative tells it as the table states it; the table holds no earlier years, so it is not checked`,
  }),
  eventDates: (count: number, first: string, last: string): Message => ({
    zh: `导出表写有${count}个灾害发生时间（${first}至${last}），不是同一天发生的一次灾害；综述按其起止日期叙述，不写成某一天的灾情`,
    en: `The export gives ${count} dates of occurrence (${first} to ${last}), not one event's day; the narrative tells the figures over the days from the first to the last`,
  }),
  fractionalCount: (header: string, indicator: string, samples: readonly string[]): Message => ({
    zh: `“${header}”列的数值多为小数（${samples.join("、")}…），不是${indicator}的计数，未汇总`,
    en: `The column "${header}" holds mostly fractions (${samples.join(", ")}…): not a count of ${indicator}; it is not summed`,
  }),
  rowsWithoutParent: (cells: readonly string[], labels: readonly string[]): Message => {
    const where = cells.length > 1 ? `${cells[0]}…${cells[cells.length - 1]}` : cells[0];
    const more = labels.length > 3 ? "…" : "";
    return {
      zh: `${cells.length} 行下级行（${labels.slice(0, 3).join("、")}${more}，${where}）上方没有所属的上级行，未计入合计，也未核对`,
      en: `${cells.length} lower-level rows (${labels.slice(0, 3).join(", ")}${more}, ${where}) have no row of their parent above them; they are not counted in the totals and not checked`,
    };
  },
  /**
   * A row of zeros right after 其中 parts that already add up to their parent (商贸制造业 19 | 其中：化工 1 |
   * 工贸八大行业 15 | 工商贸其他 3 | 烟花爆竹 0): a zero changes no sum, so whether it is one more part or
   * the next row of its own level cannot be told from the figures.
   */
  zeroAfterParts: (label: string, cell: string, parent: string): Message => ({
    zh: `“${label}”（${cell}）各数为0，紧接在已与“${parent}”相符的分项之后：按数字无法判断它是“${parent}”的分项还是与之并列的一行，按并列的一行列出；为0，不影响任何合计的核对`,
    en: `"${label}" (${cell}) is all zeros and follows parts that already add up to "${parent}": the figures cannot tell whether it is one more part of "${parent}" or a row of its own level; it is listed as a row of its own, and as a zero it changes no total that is checked`,
  }),
  /** A table whose header names only periods (2019年 … 2023年): its figures are the indicator its title ends with. */
  indicatorFromTitle: (address: string, indicator: string): Message => ({
    zh: `表格 ${address} 的表头只写年份（或期间），未写指标：各列按标题读作“${indicator}”`,
    en: `Table ${address} names only periods in its header, no indicator: its columns are read as "${indicator}", as its title says`,
  }),
  subtotalPartsUnknown: (label: string, cell: string): Message => ({
    zh: `“${label}”（${cell}）上下都有数据行，无法判断它合计的是哪些行：未计入合计，也未核对`,
    en: `"${label}" (${cell}) has rows above and under it, and which of them it totals cannot be told: it is not counted in the totals and not checked`,
  }),
  /**
   * Rows of figures that no table took (接警出动 | 起数（起） over 火灾扑救 48 … 合计 160): named with their range
   * and the header above them as written, so that nothing on a sheet is passed over without a word.
   */
  figuresNotRead: (address: string, headers: readonly string[]): Message =>
    headers.length
      ? {
          zh: `${address} 有数字，但其表头（${headers.map((h) => `“${h}”`).join("")}）未能识别为统计表的表头（未写明可识别的指标及其分组），未读作表格：这些数字未汇总、未核对`,
          en: `${address} holds figures, but its header (${headers.map((h) => `"${h}"`).join(", ")}) was not recognised as a table's header (no indicator and breakdown the reader knows); it was not read as a table, and its figures are not summarised or checked`,
        }
      : {
          zh: `${address} 有数字，但上方没有表头，未读作表格：这些数字未汇总、未核对`,
          en: `${address} holds figures but has no header above it; it was not read as a table, and its figures are not summarised or checked`,
        },
  headerWithoutRows: (address: string): Message => ({ zh: `表格 ${address} 有表头但没有数据行`, en: `Table ${address} has a header but no data rows` }),
  noPreviousPeriod: (address: string): Message => ({
    zh: `表格 ${address} 没有去年同期列，无法计算同比`,
    en: `Table ${address} has no previous-period column; no year-on-year comparison`,
  }),
  emptySheet: { zh: "工作表为空，没有可读取的内容", en: "The sheet is empty; there is nothing to read" },
  noHeader: (rows: number, kinds: readonly RowKindName[], samples: readonly string[]): Message => ({
    zh: `未找到表头：应包含指标名称（如 事故起数、死亡人数、直接经济损失、排查隐患）和地区列（如 县（市））；实际看到 ${rows} 行（${kinds.map((k) => ROW_KINDS[k].zh).join("、")}），如 ${samples.map((s) => `“${s}”`).join("、")}`,
    en: `No header row found: expected indicator names such as 事故起数 (accidents), 死亡人数 (deaths), 直接经济损失 (direct loss) or 排查隐患 (hazards found) and a key column such as 县(市) (county); found ${rows} non-blank rows (${kinds.map((k) => ROW_KINDS[k].en).join(", ")}), e.g. ${samples.map((s) => `"${s}"`).join(", ")}`,
  }),
  sheetReadFailed: (sheet: string, what: "tables" | "ledgers"): Message => ({
    zh: `读取工作表“${sheet}”的${what === "tables" ? "表格" : "台账"}时出错（程序内部错误），这部分未能读取`,
    en: `Reading the ${what} of sheet "${sheet}" failed (an internal error); that part was not read`,
  }),
  noSheets: { zh: "工作簿中没有可读取的工作表", en: "The workbook has no sheets to read" },
  sheetValuesMissing: { zh: "工作表数据缺失（values 为空）", en: "The sheet's values are missing" },
  checksFailed: {
    zh: "核对时出错（程序内部错误），工作簿的计算没有核对过",
    en: "Checking the arithmetic failed (an internal error); the workbook's arithmetic was not checked",
  },
} as const;

export const LEDGER_MESSAGES = {
  dateAsText: (raw: string, iso: string): Message => ({
    zh: `日期以文本形式录入（“${raw}”），已按 ${iso} 读取`,
    en: `Date typed as text ("${raw}"), read as ${iso}`,
  }),
  rowWithoutDate: (cell: string, raw: string): Message => ({
    zh: raw ? `台账 ${cell} 的日期“${raw}”无法识别，该行未计入任何期间，请核实` : `台账 ${cell} 没有填写日期，该行未计入任何期间，请核实`,
    en: raw
      ? `Ledger ${cell}: the date "${raw}" cannot be read, so the row counts in no period; please check it`
      : `Ledger ${cell}: no date is filled in, so the row counts in no period; please check it`,
  }),
  moreWithoutDate: (count: number, range: string): Message => ({
    zh: `台账 ${range} 另有 ${count} 行日期无法识别，未计入任何期间`,
    en: `${count} more rows of the ledger ${range} have a date that cannot be read and count in no period`,
  }),
  totalRowDiffers: (cell: string, label: string, stated: string, recomputed: string, rows: string): Message => ({
    zh: `台账“${label}”行 ${cell} 为 ${stated}，其上各条记录之和为 ${recomputed}${rows ? `（${rows}）` : ""}`,
    en: `The ledger's "${label}" row states ${stated} in ${cell}, but the records above it${rows ? ` (${rows})` : ""} add up to ${recomputed}`,
  }),
  figureAsWords: (cell: string, header: string, text: string): Message => ({
    zh: `台账 ${cell}（${header}）填的是“${text}”，不是数字，按0计入；请填写数值`,
    en: `Ledger ${cell} (${header}) holds "${text}", not a number, so it counts as 0; please fill in the figure`,
  }),
  moreFiguresAsWords: (count: number, range: string): Message => ({
    zh: `台账 ${range} 另有 ${count} 个数值单元格填的是文字，均按0计入`,
    en: `${count} more figure cells of the ledger ${range} hold words and count as 0`,
  }),
  blankRegions: (count: number, header: string, cells: readonly string[]): Message => {
    const shown = cells.slice(0, 8);
    const more = count > shown.length;
    return {
      zh: `台账有 ${count} 条计入统计的记录未填“${header}”（${shown.join("、")}${more ? "等" : ""}），已计入合计，分地区统计中列为“（未填）”；请补填`,
      en: `${count} counted record${count === 1 ? "" : "s"} of the ledger leave "${header}" blank (${shown.join(", ")}${more ? " …" : ""}): counted in the total and listed as not filled in by region; please fill ${count === 1 ? "it" : "them"} in`,
    };
  },
  levelBelowFigures: (n: LedgerLevelNote): Message => {
    const min = n.threshold;
    const dead = n.deaths + n.missing;
    const zh: string[] = [];
    const en: string[] = [];
    if (dead >= min.deaths) {
      zh.push(
        n.missing
          ? `死亡${n.deaths}人、失踪${n.missing}人（死亡失踪合计${dead}人，标准为${min.deaths}人以上）`
          : `死亡${n.deaths}人（标准为${min.deaths}人以上）`,
      );
      en.push(n.missing ? `${n.deaths} dead and ${n.missing} missing (${dead} together; ${min.deaths} or more)` : `${n.deaths} dead (${min.deaths} or more)`);
    }
    if (n.seriousInjuries >= min.seriousInjuries) {
      zh.push(`重伤${n.seriousInjuries}人（标准为${min.seriousInjuries}人以上）`);
      en.push(`${n.seriousInjuries} seriously injured (${min.seriousInjuries} or more)`);
    }
    if (n.directLoss >= min.directLoss) {
      zh.push(`直接经济损失${n.directLoss}万元（标准为${min.directLoss}万元以上）`);
      en.push(`a direct loss of CNY ${n.directLoss / 100} million (${min.directLoss / 100} million or more)`);
    }
    return {
      zh: `台账 ${n.cell} 的事故等级填为“${n.stated}”，但该起事故${zh.join("、")}，已达到${n.met}事故标准；分等级统计和较大及以上事故仍按所填等级计入，请核实`,
      en: `Ledger ${n.cell} gives the level as "${n.stated}" (${LEVEL_WORDS[n.stated] ?? n.stated}), but with ${en.join(", ")} the accident meets the threshold of a ${LEVEL_WORDS[n.met]} accident (${n.met}); the level tables count it as written; please check`,
    };
  },
  moreLevelsBelowFigures: (count: number, range: string): Message => ({
    zh: `台账 ${range} 另有 ${count} 条记录所填事故等级低于其伤亡、损失所达到的等级，均按所填等级计入`,
    en: `${count} more records of the ledger ${range} give a level below the one their casualties or loss meet; they count as written`,
  }),
  missingLoss: (count: number, header: string, cells: readonly string[]): Message => {
    const shown = cells.slice(0, 8);
    const more = count > shown.length;
    return {
      zh: `台账有 ${count} 条计入统计的记录未填“${header}”（${shown.join("、")}${more ? "等" : ""}），直接经济损失合计按0计入；请补填`,
      en: `${count} counted record${count === 1 ? "" : "s"} of the ledger leave "${header}" empty (${shown.join(", ")}${more ? " …" : ""}): the direct loss totals count ${count === 1 ? "it" : "them"} as 0; please fill ${count === 1 ? "it" : "them"} in`,
    };
  },
  unreadableDate: (raw: string): Message => ({
    zh: `无法识别的日期“${raw}”，该记录未计入任何期间`,
    en: `Unreadable date "${raw}": the record counts in no period`,
  }),
  moreUnreadableDates: (count: number): Message => ({
    zh: `另有 ${count} 个日期无法识别，这些记录均未计入任何期间`,
    en: `${count} more unreadable dates: those records count in no period`,
  }),
  moreTextDates: (count: number): Message => ({
    zh: `另有 ${count} 个日期以文本形式录入，均已按日期读取`,
    en: `${count} more dates typed as text, all read as dates`,
  }),
  noRecords: (sheet: string): Message => ({ zh: `“${sheet}”有台账表头但没有记录，无法汇总`, en: `"${sheet}" has a ledger header but no records to aggregate` }),
  noDates: (sheet: string): Message => ({
    zh: `“${sheet}”的台账记录没有可识别的日期，无法确定统计期间；请检查日期列或在“识别”中指定期间`,
    en: `The ledger on "${sheet}" has no readable dates, so its period is unknown; check the date column or set the period under Detect`,
  }),
} as const;
