/**
 * Messages of the 核对: where the workbook's own arithmetic does not hold. Figures arrive already
 * printed (as the checks show them); row, cell and column labels are the workbook's own words.
 */
import type { Message } from "./message";

/** Where a finding is: the row's label, the cell, and the column's header path. */
export interface FindingPlace {
  readonly row: string;
  readonly cell: string;
  readonly column: string;
}

const zhAt = (at: FindingPlace) => `${at.row} ${at.cell}（${at.column}）`;
const enAt = (at: FindingPlace) => `${at.row}: ${at.cell} (${at.column})`;

export const CHECK_MESSAGES = {
  moreDoneThanFound: (at: FindingPlace, done: string, found: string, source: string): Message => ({
    zh: `${zhAt(at)}为 ${done}，多于 ${source} 的 ${found}`,
    en: `${enAt(at)} is ${done}, more than ${found} in ${source}`,
  }),
  errorValue: (at: FindingPlace, error: string): Message => ({
    zh: `${zhAt(at)}为错误值 ${error}，不能作为数字使用，汇总中记为暂缺（“—”）`,
    en: `${enAt(at)} holds the error value ${error}, which is no figure: the summary gives it as unavailable (shown as —)`,
  }),
  negative: (at: FindingPlace, value: string): Message => ({ zh: `${zhAt(at)}为负数 ${value}`, en: `${enAt(at)} is negative (${value})` }),
  partsDoNotAdd: (at: FindingPlace, stated: string, recomputed: string, parts: string): Message => ({
    zh: `${zhAt(at)}为 ${stated}，其中各分项之和为 ${recomputed}（${parts}）`,
    en: `${enAt(at)} states ${stated} but its parts ${parts} add up to ${recomputed}`,
  }),
  partsAboveTotal: (at: FindingPlace, stated: string, recomputed: string, parts: string): Message => ({
    zh: `${zhAt(at)}为 ${stated}，小于表中所列分项之和 ${recomputed}（${parts}）`,
    en: `${enAt(at)} states ${stated}, less than the parts the table lists, ${parts}, which add up to ${recomputed}`,
  }),
  levelDoesNotAdd: (at: FindingPlace, stated: string, recomputed: string, count: number, rows: string, what: "sublevel" | "subtotal"): Message => ({
    zh: `${zhAt(at)}为 ${stated}，${what === "sublevel" ? `其下 ${count} 个下级行` : `本组 ${count} 行`}之和为 ${recomputed}（${rows}）`,
    en: `${enAt(at)} states ${stated} but ${what === "sublevel" ? `the ${count} rows below it` : `the ${count} rows of its group`} (${rows}) add up to ${recomputed}`,
  }),
  roundingOnly: (at: FindingPlace, stated: string, recomputed: string, parts: string): Message => ({
    zh: `${zhAt(at)}为 ${stated}，其中各分项之和为 ${recomputed}（${parts}），相差在四舍五入范围内（0.01），不是填报错误`,
    en: `${enAt(at)} states ${stated} and its parts ${parts} add up to ${recomputed}: a rounding difference (within 0.01), not a slip`,
  }),
  partAboveTotal: (at: FindingPlace, part: string, totalCell: string, total: string): Message => ({
    zh: `${zhAt(at)}为 ${part}，大于其总数 ${totalCell}（${total}）`,
    en: `${at.row}: the part ${at.cell} (${at.column}) is ${part}, more than its total ${totalCell} (${total})`,
  }),
  statedChangeWrong: (at: FindingPlace, stated: string, current: string, previous: string, recomputed: string): Message => ({
    zh: `${zhAt(at)}写为 ${stated}，按 ${current} − ${previous} 应为 ${recomputed}`,
    en: `${enAt(at)} states ${stated}; ${current} − ${previous} gives ${recomputed}`,
  }),
  statedPercentWrong: (at: FindingPlace, stated: string, current: string, previous: string, recomputed: string): Message => ({
    zh: `${zhAt(at)}写为 ${stated}%，按 ${current}、${previous} 计算应为 ${recomputed}%`,
    en: `${enAt(at)} states ${stated}%; from ${current} and ${previous} it is ${recomputed}%`,
  }),
  percentWithinRounding: (at: FindingPlace, stated: string, current: string, previous: string, recomputed: string): Message => ({
    zh: `${zhAt(at)}写为 ${stated}%，按 ${current}、${previous} 计算为 ${recomputed}%；这两个数本身是四舍五入后的数，相差在其舍入范围内，不是填报错误`,
    en: `${enAt(at)} states ${stated}%; ${current} and ${previous} give ${recomputed}%, but both are rounded figures and the difference is within their rounding: not a slip`,
  }),
  percentOnWrongBase: (
    at: FindingPlace,
    stated: string,
    delta: string,
    currentCell: string,
    current: string,
    previous: string,
    recomputed: string,
  ): Message => ({
    zh: `${zhAt(at)}写为 ${stated}%，是增减 ${delta} 除以本期 ${current}（${currentCell}）所得，基数用错了年份；应除以上年同期 ${previous}，为 ${recomputed}%`,
    en: `${enAt(at)} states ${stated}%: the change ${delta} divided by this period's ${current} (${currentCell}), the wrong year's base; divided by the year before's ${previous} it is ${recomputed}%`,
  }),
  percentFromDelta: (at: FindingPlace, stated: string, currentCell: string, deltaCell: string, previous: string, recomputed: string): Message => ({
    zh: `${zhAt(at)}写为 ${stated}%，按本期 ${currentCell} 与增减 ${deltaCell} 推得上年同期为 ${previous}，应为 ${recomputed}%`,
    en: `${enAt(at)} states ${stated}%; this period ${currentCell} less the change ${deltaCell} gives ${previous} the year before, so it is ${recomputed}%`,
  }),
  statedShareWrong: (at: FindingPlace, stated: string, figureCell: string, figure: string, wholeCell: string, whole: string, recomputed: string): Message => ({
    zh: `${zhAt(at)}写为 ${stated}%，按 ${figureCell} ÷ ${wholeCell}（${figure} ÷ ${whole}）应为 ${recomputed}%`,
    en: `${enAt(at)} states ${stated}%; ${figureCell} ÷ ${wholeCell} (${figure} ÷ ${whole}) is ${recomputed}%`,
  }),
  statedRateWrong: (
    at: FindingPlace,
    stated: string,
    numeratorCell: string,
    denominatorCell: string,
    numerator: string,
    denominator: string,
    recomputed: string,
  ): Message => ({
    zh: `${zhAt(at)}写为 ${stated}%，按 ${numeratorCell} ÷ ${denominatorCell}（${numerator} ÷ ${denominator}）应为 ${recomputed}%`,
    en: `${enAt(at)} states ${stated}%; ${numeratorCell} ÷ ${denominatorCell} (${numerator} ÷ ${denominator}) gives ${recomputed}%`,
  }),
  totalDoesNotAdd: (cell: string, column: string, stated: string, recomputed: string, rows: string, difference: string): Message => ({
    zh: `合计行 ${cell}（${column}）为 ${stated}，各行之和为 ${recomputed}（${rows}），相差 ${difference}`,
    en: `Total ${cell} (${column}) states ${stated} but the rows ${rows} add up to ${recomputed}, a difference of ${difference}`,
  }),
  totalSkipsText: (
    cell: string,
    column: string,
    stated: string,
    recomputed: string,
    rows: string,
    texts: readonly { cell: string; text: string }[],
    skipped: string,
  ): Message => ({
    zh: `合计行 ${cell}（${column}）为 ${stated}，各行之和为 ${recomputed}（${rows}）；${texts.map((t) => `${t.cell}（“${t.text}”）`).join("、")}为文本格式的数字，SUM 不计入，合计正好少了 ${skipped}`,
    en: `Total ${cell} (${column}) states ${stated} but the rows ${rows} add up to ${recomputed}: ${texts.map((t) => `${t.cell} ("${t.text}")`).join(", ")} ${texts.length === 1 ? "holds its number" : "hold their numbers"} as text, which SUM leaves out — exactly the ${skipped} missing`,
  }),
  sheetsDoNotAdd: (at: FindingPlace, stated: string, recomputed: string, sheets: readonly string[], difference: string): Message => ({
    zh: `${zhAt(at)}为 ${stated}，${sheets.length} 个分表（${sheets.join("、")}）之和为 ${recomputed}，相差 ${difference}`,
    en: `${enAt(at)} states ${stated} but the ${sheets.length} sheets (${sheets.join(", ")}) add up to ${recomputed}, a difference of ${difference}`,
  }),
  unitSlip: (at: FindingPlace, value: string, ratio: number, probably: string, evidence: Message): Message => ({
    zh: `${zhAt(at)}为 ${value}，约为同列其他数值的 ${ratio} 倍；${evidence.zh}，疑似单位错误（元/万元），应为 ${probably}`,
    en: `${enAt(at)} is ${value}, about ${ratio} times the rest of its column; ${evidence.en}: a unit slip (yuan for 10,000 yuan), probably ${probably}`,
  }),
  unitSlipTotal: (totalCell: string, total: string): Message => ({
    zh: `合计 ${totalCell}（${total}）只有按其万分之一计算才相符`,
    en: `the total ${totalCell} (${total}) agrees only with it read as one ten-thousandth`,
  }),
  unitSlipParts: (totalCell: string, parts: readonly string[]): Message => ({
    zh: `本行 ${totalCell} 与其分项 ${parts.join("、")} 只有按其万分之一计算才相符`,
    en: `the row's ${totalCell} and its parts ${parts.join(", ")} agree only with it read as one ten-thousandth`,
  }),
  unitSlipPrevious: (previousCell: string, previous: string): Message => ({
    zh: `本行去年同期 ${previousCell} 为 ${previous}，与其万分之一相当`,
    en: `the row's year-ago figure ${previousCell} is ${previous}, close to one ten-thousandth of it`,
  }),
  periodNamesDisagree: (file: string, filePeriod: string, sheet: string, sheetPeriod: string): Message => ({
    zh: `文件名“${file}”所示期间（${filePeriod}）与工作表名“${sheet}”所示期间（${sheetPeriod}）不一致，请确认汇总的期间`,
    en: `The file name "${file}" names the period ${filePeriod} but the sheet name "${sheet}" names ${sheetPeriod}; check which period the figures cover`,
  }),
  periodsDoNotAdd: (at: FindingPlace, stated: string, recomputed: string, parts: readonly string[]): Message => ({
    zh: `${zhAt(at)}为 ${stated}，其各期（${parts.join("、")}）之和为 ${recomputed}`,
    en: `${enAt(at)} states ${stated} but its periods (${parts.join(", ")}) add up to ${recomputed}`,
  }),
  runningTotalFalls: (at: FindingPlace, later: string, earlierCell: string, earlierColumn: string, earlier: string): Message => ({
    zh: `${zhAt(at)}为 ${later}，小于较短期间 ${earlierCell}（${earlierColumn}）的 ${earlier}；累计数不应下降`,
    en: `${enAt(at)} is ${later}, less than ${earlier} for the shorter period ${earlierCell} (${earlierColumn}); a running total never falls`,
  }),
  overflow: (cell: string, column: string, sources: string): Message => ({
    zh: `${cell}（${column}）无法复核：${sources} 的数值或其合计超出 Excel 能表示的最大数（约 1.8×10³⁰⁸），请检查这些单元格`,
    en: `${cell} (${column}) cannot be checked: the figures in ${sources} or their sum pass the largest number Excel can hold (about 1.8×10³⁰⁸); look at these cells`,
  }),
  notChecked: (place: string): Message => ({
    zh: `${place} 的核对未能完成（程序内部错误），这部分的计算没有核对过`,
    en: `The checks of ${place} could not be completed (an internal error); that part's arithmetic was not checked`,
  }),
} as const;
