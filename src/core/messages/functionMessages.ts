/**
 * Messages of the BUREAU worksheet functions' error values (#VALUE!, #N/A, #NUM!, #DIV/0!).
 * Excel shows them as a tooltip on the error cell.
 */
import type { Message } from "./message";

/** Clips user text quoted in a message, so a long cell does not flood the tooltip. */
const clip = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

export const FUNCTION_MESSAGES = {
  missingValue: { zh: "缺少数值", en: "missing value" },
  emptyRange: { zh: "空区域", en: "empty range" },
  raggedRange: { zh: "区域各行长度不一", en: "ragged range" },
  shapesDiffer: (shapes: string): Message => ({ zh: `区域大小不一致（${shapes}）`, en: `range shapes do not match (${shapes})` }),
  inputIsError: (error: string): Message => ({ zh: `输入为错误值（${error}）`, en: `input is an error (${error})` }),
  booleanNotNumber: (value: boolean): Message => ({ zh: "不是数值", en: `not a number: ${value ? "TRUE" : "FALSE"}` }),
  textNotNumber: (text: string): Message => ({ zh: `不是数值：“${clip(text)}”`, en: `not a number: "${clip(text)}"` }),
  notFinite: { zh: "结果不是有限数值", en: "result is not a finite number" },
  noResult: { zh: "无结果", en: "no result" },
  cannotCompute: (why: string): Message => ({ zh: `无法计算：${why}`, en: `cannot compute: ${why}` }),
  settingNotRange: { zh: "该参数应为单个值，不能是区域", en: "a setting must be one value, not a range" },
  decimalsRange: (max: number): Message => ({ zh: `小数位数应为0到${max}的整数`, en: `decimals must be a whole number from 0 to ${max}` }),
  unitNotText: { zh: "单位应为文字，如“起”“人”", en: "unit must be text such as 起 or 人" },
  unknownStyle: (known: string): Message => ({ zh: `未知样式，可用：${known}`, en: `unknown style; use one of ${known}` }),
  languageStyle: { zh: '样式应为"zh"或"en"', en: 'style must be "zh" or "en"' },
  probabilitySetting: (zhName: string, enName: string): Message => ({
    zh: `${zhName}须在0与1之间，如0.05`,
    en: `${enName} must lie between 0 and 1, such as 0.05`,
  }),
  oneRowOrColumn: { zh: "请使用单行或单列", en: "use one row or one column" },
  valuesOneLine: { zh: "数值应为一行或一列", en: "values must be one row or one column" },
  labelsOneLine: { zh: "名称应为一行或一列", en: "labels must be one row or one column" },
  labelCount: (labels: number, values: number): Message => ({
    zh: `名称${labels}个，数值${values}个，数目不一致`,
    en: `${labels} labels for ${values} values`,
  }),
  totalsDoNotFitParts: (totalShape: string, partsShape: string): Message => ({
    zh: `合计（${totalShape}）与分项（${partsShape}）不对应：应为一个合计，或每行一个合计（分项按行），或每列一个合计（分项按列）`,
    en: `total ${totalShape} does not fit parts ${partsShape}: give one total, a column of totals with one row of parts each, or a row of totals with one column of parts each`,
  }),
  negativeHazards: { zh: "隐患数不能为负数", en: "hazard counts cannot be negative" },
  moreRectifiedThanFound: { zh: "整改数大于发现数", en: "more hazards rectified than found" },
  negativeCounts: { zh: "计数不能为负", en: "counts must not be negative" },
  negativeValues: { zh: "数值不能为负", en: "counts must not be negative" },
  numeratorAboveDenominator: { zh: "分子大于分母", en: "numerator exceeds denominator" },
  atLeastTwoValues: { zh: "至少需要2个数值", en: "needs at least 2 values" },
  valuesTooLarge: { zh: "数值过大", en: "values too large" },
  lengthsDiffer: (zhWhat: string, enWhat: string, a: number, b: number): Message => ({
    zh: `${zhWhat}个数不一致（${a}，${b}）`,
    en: `${enWhat} differ in length (${a}, ${b})`,
  }),
  tooFewPoints: (method: readonly [english: string, chinese: string], needed: number, got: number, missing: number): Message => ({
    zh: `${method[1]}至少需要${needed}个数据点，现有${got}个${missing > 0 ? `（已跳过${missing}个缺失值）` : ""}`,
    en: `${method[0]} needs at least ${needed} points, got ${got}${missing > 0 ? ` (${missing} missing skipped)` : ""}`,
  }),
  periodsRepeat: { zh: "期数不能重复", en: "periods must all differ" },
  levelProbability: { zh: "水平应为概率，如0.95或0.998", en: "level must be a probability such as 0.95 or 0.998" },
  exposureZero: { zh: "暴露量为0", en: "exposure is 0" },
  exposureNotPositive: { zh: "暴露量须为正数", en: "exposure must be positive" },
} as const;
