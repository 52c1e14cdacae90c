/**
 * The message catalogue (src/core/messages): every entry has both languages, the Chinese is
 * Chinese, and the English uses English punctuation. Entries that take arguments are called
 * with sample arguments of the right kind.
 */
import { inlineText, MESSAGES, MessageError, type Message } from "../../src/core/messages";
import { WPS_MESSAGES } from "../../src/core/messages/wpsMessages";
import { errorFromException, sheetError } from "../../src/core/grid/sheetError";

const AT = { row: "楚雄市", cell: "G9", column: "整改率" };

const SAMPLE_ARGUMENTS: Record<string, unknown[]> = {
  shapesDiffer: ["2×3, 4×1"],
  unitTwin: ["农作物受灾面积(万亩)", "农作物受灾面积(千公顷)", "千公顷"],
  averageComparison: ["与前两年平均数相比(%)"],
  meanComparison: ["较近5年同期均值(%)", "近5年同期均值"],
  eventDates: [2, "2020-07-05", "2020-07-18"],
  placesOfLatestYear: ["A2:M25", 11, 25, "2005"],
  joinedWholeOtherPeriod: ["全市", { zh: "2023年", en: "2023" }, { zh: "2023年1—11月", en: "January–November 2023" }],
  sheetsOfOtherPeriods: [
    [
      { sheet: "城区", period: "2023年1—11月" },
      { sheet: "全市", period: "2023年" },
    ],
  ],
  noInconsistency: [["事故分县统计", "分行业"], 42, ["事故台账"], 3, 1, 18],
  statedNotChecked: [18, true],
  notesOpen: [2],
  roundingApart: [5, ["BN11", "BN39", "BN42", "BN47", "BN71"]],
  ledgerRows: ["事故台账", { rows: 6, counted: 3, excluded: 1, undated: 1, totals: 1 }],
  otherFieldSheet: ["分省年度数据", { zh: "地区生产总值（GDP）", en: "gross domestic product (GDP)" }],
  tableNoIndicator: [["2023年", "2022年"]],
  tableNotSummarised: ["表1", "A1:C3", { zh: "表格没有数据行", en: "the table has no data rows" }],
  joinedKeyHeader: [false],
  joinedTotalOpen: ["全市", [{ zh: "一般隐患", en: "general hazards" }], ["市安委会成员单位"]],
  inputIsError: ["#N/A"],
  booleanNotNumber: [true],
  textNotNumber: ["abc"],
  cannotCompute: ["overflow"],
  decimalsRange: [10],
  unknownStyle: ["zh, en"],
  probabilitySetting: ["显著性水平", "alpha"],
  labelCount: [3, 4],
  totalsDoNotFitParts: ["2×1", "3×3"],
  lengthsDiffer: ["计数与期数", "counts and periods", 3, 4],
  tooFewPoints: [["TREND", "趋势"], 3, 2, 1],
  atLeastPoints: [3],
  rowKind: ["title"],
  readNote: ["wan-multiplier"],
  skippedRow: [3, "code"],
  mergedCarriedDown: ["姚安县"],
  blankKeyFilled: ["姚安县", "风雹"],
  hiddenRow: [7, "南华县"],
  headerTypo: ["工贸商贸业", "工矿商贸业损失", "loss in industry, mining and trade"],
  errorCell: ["#DIV/0!"],
  notANumber: ["abc"],
  readAs: ["３.０１２６万", 30126, ["full-width", "wan-multiplier"]],
  headerConflict: ["A3:D4"],
  duplicateHeader: ["本期", "B4:C4"],
  blankLeaf: ["事故起数", "C4", "去年同期"],
  headerWithoutRows: ["A3:D4"],
  noPreviousPeriod: ["A3:D14"],
  noHeader: [4, ["title", "text"], ["花名册", "姓名"]],
  sheetReadFailed: ["事故台账", "ledgers"],
  overflow: ["B8", "事故起数", "B6:B7"],
  notChecked: ["事故台账!A1:C4"],
  dateAsText: ["2024年2月3日", "2024-02-03"],
  unreadableDate: ["上周"],
  // The header and the text are the user's own (受伤（人）, 个别轻微伤); in English samples, plain ones.
  figureAsWords: ["G5", "Injured", "a few"],
  moreFiguresAsWords: [3, "A2:H300"],
  blankRegions: [2, "Province", ["C3", "C5"]],
  levelBelowFigures: [
    {
      cell: "G367",
      stated: "一般",
      met: "较大",
      threshold: { deaths: 3, seriousInjuries: 10, directLoss: 1000 },
      deaths: 2,
      missing: 1,
      seriousInjuries: 0,
      directLoss: 33.6,
    },
  ],
  moreLevelsBelowFigures: [3, "A2:M400"],
  missingLoss: [45, "Direct loss", ["L10", "L11"]],
  rowWithoutDate: ["B12", "上周"],
  moreWithoutDate: [3, "A1:F400"],
  totalRowDiffers: ["F11", "合计", "36", "35", "F3:F10"],
  moreTextDates: [120],
  moreUnreadableDates: [57],
  noRecords: ["事故台账"],
  noDates: ["事故台账"],
  moreDoneThanFound: [AT, "380", "378", "E9"],
  negative: [AT, "-3"],
  errorValue: [AT, "#REF!"],
  partsDoNotAdd: [AT, "100", "99", "K7:P7"],
  partAboveTotal: [AT, "12", "J7", "10"],
  partsAboveTotal: [AT, "100", "101", "K7:N7"],
  levelDoesNotAdd: [AT, "1136.26", "16.5", 6, "E14:E19", "sublevel"],
  sheetsDoNotAdd: [AT, "630", "631", ["Guoyang", "Mengcheng"], "-1"],
  roundingOnly: [AT, "100", "100.01", "K7:P7"],
  statedChangeWrong: [AT, "4", "B6", "C6", "3"],
  statedPercentWrong: [AT, "16", "B6", "C6", "15"],
  percentWithinRounding: [AT, "-20.4", "B5", "B4", "-20"],
  percentOnWrongBase: [AT, "-66.67", "-2", "B5", "3", "5", "-40"],
  percentFromDelta: [AT, "-66.67", "B5", "C5", "5", "-40"],
  statedShareWrong: [AT, "80.4", "E4", "95", "E4:E7", "111", "85.59"],
  statedRateWrong: [AT, "95", "E9", "C9", "43", "48", "89.58"],
  totalDoesNotAdd: ["J7", "直接经济损失/合计", "11590.18", "12322.34", "J9:J19", "-732.16"],
  totalSkipsText: ["B9", "事故起数", "34", "42", "B3:B8", [{ cell: "B6", text: "８" }], "8"],
  unitSlip: [
    AT,
    "600000",
    10000,
    "60",
    { zh: "合计 H4（214.5）只有按其万分之一计算才相符", en: "the total H4 (214.5) agrees only with it read as one ten-thousandth" },
  ],
  unitSlipTotal: ["H4", "214.5"],
  periodNamesDisagree: ["2005_7.xls", "2005_7", "2005_6", "2005_6"],
  periodsDoNotAdd: [AT, "3270.9", "3200.9", ["C8", "D8", "E8", "F8"]],
  runningTotalFalls: [AT, "112", "L9", "1-11", "118"],
  unitSlipParts: ["T5", ["M5", "N5", "O5", "P5"]],
  unitSlipPrevious: ["C5", "60"],
  unitConverted: ["双柏县", "直接经济损失/2024年1—6月", "元", "万元", 0.0001],
  otherPeriod: ["牟定县", "2024年1—5月", "2024年1—6月"],
  missing: ["武定县"],
  duplicateSame: ["大姚县", "b.xlsx", "a.xlsx"],
  duplicateDiffers: ["大姚县", "b.xlsx", "a.xlsx"],
  extraRow: ["水上运输业", "元谋县"],
  extraColumn: ["其他损失", "元谋县"],
  findings: ["楚雄市", 2],
  unreadable: ["x.xlsx", { zh: "不是工作簿", en: "not a workbook" }],
  noForm: ["x.xlsx"],
  noRegion: ["x.xlsx"],
  noPeriod: ["x.xlsx"],
  notZip: [],
  csv: [],
  xls: [],
  encrypted: [],
  pathTraversal: ["../../evil.xml"],
  zipBomb: ["xl/worksheets/sheet1.xml", 3 * 1024 ** 3, 1024 ** 3],
  zipRatio: ["xl/worksheets/sheet1.xml", 5000],
  zipLies: ["xl/worksheets/sheet1.xml", 1000],
  tooManyCells: ["Sheet1", 17179869184, 20000000],
  tooManyStrings: [500001, 500000],
  legacyUnreadable: ["damaged"],
  labelMatrix: ["A1:Q17"],
  otherField: ["A1:T32", { zh: "地区生产总值（GDP）", en: "gross domestic product (GDP)" }, true],
  textUnderCountName: ["事故", "事故起数", ["翻车", "爆炸"]],
  fractionalCount: ["紧急转移安置人口", "紧急转移安置人口", ["90.06", "731.88"]],
  rowsWithoutParent: [
    ["D615", "D630"],
    ["板桥镇", "灵沼街道", "东大街道", "草堂镇"],
  ],
  subtotalPartsUnknown: ["较大事故合计", "A5"],
  zeroAfterParts: ["烟花爆竹", "A12", "商贸制造业"],
  figuresNotRead: ["A3:B9", ["接警出动", "起数"]],
  figuresNotReadOn: ["4月份", { zh: "A3:B9 有数字", en: "A3:B9 holds figures" }],
  indicatorFromTitle: ["A2:F6", "死亡人数"],
  csvUnreadable: [],
  fileTooLarge: [300 * 1024 ** 2, 256 * 1024 ** 2],
  chapter: ["accidents"],
  tableCaption: [1, "生产安全事故"],
  figureCaption: [1, "生产安全事故本期与去年同期对比"],
  tableSource: ["'事故分县统计'!B5:J15"],
  annexLabel: [1],
  notesSource: ["bureau-2024H1.xlsx", "2024年7月10日 09:30"],
  notesConfirm: [2],
  notesColumn: [3],
  confirmComment: [["G9 states 95%; E9 ÷ C9 gives 89.58%"]],
  notWorkbook: ["xl/workbook.xml"],
  xlsb: [],
  damagedPart: ["xl/worksheets/sheet1.xml", "crc"],
  partTooLarge: ["xl/styles.xml", 128 * 1024 ** 2],
  damagedZip: [],
  doctype: ["xl/sharedStrings.xml"],
  sheetWithoutName: ["xl/workbook.xml"],
  duplicateSheetName: ["表1"],
  sharedSheetPart: ["表1", "表2", "xl/worksheets/sheet1.xml"],
  missingSheetPart: ["表1", "xl/worksheets/sheet9.xml"],
  badRowNumber: ["表1", "abc"],
  outsideGrid: ["表1", 1048577, 1],
  overlappingMerges: ["表1", "A1:B2", "B2:C3"],
  tooManyFormats: [1000001, 1000000],
  formulasTooLarge: ["表1", 1024 ** 3],
  syncTimeout: [60],
  writeFailed: [{ zh: "超时", en: "timed out" }],
  readFailed: [{ zh: "Excel 正忙", en: "Excel is busy" }],
  inFile: ["楚雄.xlsx", { zh: "不是工作簿", en: "not a workbook" }],
  workbookUnreadable: ["楚雄.xlsx", { zh: "不是工作簿", en: "not a workbook" }],
  openCancelled: ["台账.xlsx", "bureau-2024H1.xlsx"],
  help: [{ cells: 20000000, strings: 500000, megabytes: 1024 }],
  unknownCommand: ["sumarize"],
  missingCommand: [],
  unknownOption: ["--outt"],
  needsValue: ["--period"],
  needsPositiveNumber: ["--max-cells"],
  languageValue: [],
  figuresValue: [],
  precisionValue: ["1.5"],
  denominatorValue: ["GDP=812.5", { zh: "地区生产总值（亿元、万元）", en: "地区生产总值 = GDP (亿元, 万元)" }],
  periodValue: ["上半年"],
  noInputs: [],
  reportOutFolder: [],
  tableFound: ["事故分县统计!A3:J15", "region", 3, 11],
  ledgerFound: ["事故台账!A1:N40", "accident", 39],
  folderEmpty: ["/data/returns"],
  skippedSummary: ["楚雄.summary.xlsx"],
  skippedOwnFile: ["汇总.xlsx"],
  skippedConsolidation: ["汇总.xlsx"],
  noReadableReturns: [],
  outputRenamed: ["楚雄.summary.xlsx", "楚雄.summary (2).xlsx"],
  outputExists: ["/tmp/楚雄州.xlsx"],
  replacedSheet: ["汇总"],
  moreOfKind: [40, "事故台账", ["H589", "H590"]],
  fileSystem: ["write", "out/楚雄.summary.xlsx", "ENOSPC"],
  notRegularFile: ["/tmp/pipe.xlsx", false],
  outputIsInput: ["out/a.summary.xlsx", "a.xlsx"],
  internal: [],
  mergesCellByCell: ["事故分县统计"],
  mergesCut: ["事故台账", 5001],
  cleanupFailed: ["汇总 new"],
  functionsUnavailable: ["11.8.2.12085"],
  oldEngine: ["Mozilla/5.0 Chrome/56.0.2924.87"],
};

/** Every entry of every area, as [area.name, message]. */
function allMessages(): [string, Message][] {
  const out: [string, Message][] = [];
  // The WPS messages stay out of MESSAGES (the functions bundle carries MESSAGES and has a size budget).
  for (const [area, entries] of Object.entries({ ...MESSAGES, wps: WPS_MESSAGES })) {
    for (const [name, entry] of Object.entries(entries)) {
      if (typeof entry === "function") {
        const args = SAMPLE_ARGUMENTS[name];
        if (!args) throw new Error(`no sample arguments for ${area}.${name}`);
        out.push([`${area}.${name}`, (entry as (...a: unknown[]) => Message)(...args)]);
      } else out.push([`${area}.${name}`, entry as Message]);
    }
  }
  return out;
}

const FULL_WIDTH_PUNCTUATION = /[，。：；、（）！？“”]/;
const CJK = /[\u4e00-\u9fff]/;

describe("the message catalogue", () => {
  const messages = allMessages();

  test("holds the messages of every area", () => {
    expect(messages.length).toBeGreaterThan(40);
  });

  test.each(messages)("%s has a Chinese and an English text", (_name, message) => {
    expect(message.zh.trim()).not.toBe("");
    expect(message.en.trim()).not.toBe("");
    expect(CJK.test(message.zh)).toBe(true);
  });

  test.each(messages)("%s uses English punctuation in English", (_name, message) => {
    expect(message.en).not.toMatch(FULL_WIDTH_PUNCTUATION);
  });

  test("every row kind and every number-cleaning note has words in both languages", () => {
    const kinds = ["title", "fill", "unit", "code", "note", "signature", "blank", "text", "data"] as const;
    for (const kind of kinds) expect(MESSAGES.reader.rowKind(kind).en).toMatch(/row/);
    expect(MESSAGES.reader.readAs("24,101", 24101, ["thousands-separator"])).toEqual({
      zh: "“24,101”读作 24101（千位分隔符）",
      en: '"24,101" read as 24101 (thousands separator)',
    });
  });

  test("the no-header diagnostic names the rows it saw in words, never by the code's names", () => {
    const message = MESSAGES.reader.noHeader(2, ["title", "text"], ["花名册"]);
    expect(message.en).toContain("(title row, text row)");
    expect(message.zh).toContain("（标题行、文字行）");
  });

  test("an error value carries its message as English / Chinese, as Excel's tooltip shows it", () => {
    expect(sheetError("na", MESSAGES.functions.missingValue).message).toBe("missing value / 缺少数值");
    expect(inlineText(MESSAGES.functions.shapesDiffer("2×3, 4×1"))).toBe("range shapes do not match (2×3, 4×1) / 区域大小不一致（2×3, 4×1）");
  });

  test("an exception with a catalogue message keeps it; any other says it could not compute", () => {
    expect(errorFromException("num", new MessageError(MESSAGES.stats.noRegions)).message).toBe("no regions / 没有地区数据");
    expect(errorFromException("num", new Error("boom")).message).toBe("cannot compute: boom / 无法计算：boom");
  });
});
