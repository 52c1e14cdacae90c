/**
 * Messages about what a workbook's facts hold: nothing recognised, a table recognised but not
 * summarised (and why), and what the 核对 checked — a verdict of "no inconsistency" always says
 * what it is about (issue 19.7, 26.6).
 */
import type { Message } from "./message";

export const FACTS_MESSAGES = {
  /** No table or ledger was recognised: no summary of figures and no 核对 verdict. */
  nothingRecognised: { zh: "未识别到可汇总的表格，未做核对", en: "No table was recognised; nothing was checked" } as Message,
  /** Something was recognised, but nothing that could be checked. */
  nothingChecked: {
    zh: "未找到可核对的合计、分项、增减或比率，未做核对",
    en: "No total, part, stated change or rate was found to check; nothing was checked",
  } as Message,
  /**
   * The verdict after a check of something: which tables (by sheet) and how many relations in them,
   * which ledgers, and how many stated figures of the ledgers' 合计 rows agreed with their records;
   * the stated changes and rates the tables hold with nothing to compare them with, said apart and
   * never counted as checked; and when the reader left notes (识别说明: a row it could not place, a
   * header read by analogy), that they are open, so the verdict never reads as if nothing were in
   * doubt (issue 19.3).
   */
  noInconsistency: (tables: readonly string[], relations: number, ledgers: readonly string[], ledgerTotals = 0, openNotes = 0, unchecked = 0): Message => {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const zhTotals = ledgerTotals ? `，含合计行${ledgerTotals}项数字` : "";
    const enTotals = ledgerTotals ? `; ${plural(ledgerTotals, "figure")} of total rows` : "";
    const zh = [
      tables.length ? `${tables.length}张表（${tables.join("、")}）的${relations}项关系` : "",
      ledgers.length ? `${ledgers.length}个台账（${ledgers.join("、")}${zhTotals}）` : "",
    ];
    const en = [
      tables.length ? `${plural(relations, "relation")} in ${plural(tables.length, "table")} (${tables.join(", ")})` : "",
      ledgers.length ? `${plural(ledgers.length, "ledger")} (${ledgers.join(", ")}${enTotals})` : "",
    ];
    const stated = unchecked ? FACTS_MESSAGES.statedNotChecked(unchecked, true) : undefined;
    const notes = openNotes ? FACTS_MESSAGES.notesOpen(openNotes) : undefined;
    const zhNotes = notes ? `；${notes.zh}` : "";
    const enNotes = notes ? `${stated ? "; " : ", but "}${notes.en}` : "";
    return {
      zh: `已核对${zh.filter((x) => x).join("和")}，未发现计算不一致${stated ? `；${stated.zh}` : ""}${zhNotes}`,
      en: `Checked ${en.filter((x) => x).join(" and ")}; no arithmetic inconsistencies found${stated ? `; ${stated.en}` : ""}${enNotes}`,
    };
  },
  /** The reader's notes (识别说明) still open, said with the 核对's verdict so it never reads as if nothing were in doubt. */
  notesOpen: (count: number): Message => ({
    zh: `另有${count}条识别说明待核实`,
    en: `${count} reading note${count === 1 ? " needs" : "s need"} confirming`,
  }),
  /**
   * The stated changes (增减, 同比%) and rates a table holds with nothing in the sheet to compare them
   * with — a 增减 beside 本期 with no 去年同期, a change against a mean of years the table does not
   * hold, a rate whose counts are not beside it: stated, and not checked (facts/checkScope.ts).
   */
  statedNotChecked: (count: number, more = false): Message => ({
    zh: `表中${more ? "另有" : ""}${count}项所列增减或比率缺少与之对比的数字，未能核对`,
    en: `${count}${more ? " more" : ""} stated ${count === 1 ? "change or rate" : "changes or rates"} could not be checked: the sheet lacks the figures ${count === 1 ? "it compares" : "they compare"}`,
  }),
  /** The heading of what the reader could not decide, read by inference or set aside (src/core/facts/readerNotes.ts). */
  readerNotesTitle: { zh: "识别说明", en: "Reading notes" } as Message,
  /** The line under that heading: what the notes are and what to do with them. */
  readerNotesLead: {
    zh: "读表时无法确定、按推断读取或未予采用之处如下，涉及的数字请对照原表核实",
    en: "Where the reader could not decide, read by inference or set something aside; check the figures concerned against the sheet",
  } as Message,
  /** Differences within the rounding of the unit (0.01 万元): said apart from the slips, never as one. */
  roundingApart: (count: number, cells: readonly string[]): Message => {
    const shown = cells.slice(0, 8);
    const more = cells.length > shown.length;
    return {
      zh: `另有${count}处相差在四舍五入范围内（${shown.join("、")}${more ? "等" : ""}），不属计算差错`,
      en: `${count} more difference${count === 1 ? " is" : "s are"} within rounding (${shown.join(", ")}${more ? " …" : ""}), not ${count === 1 ? "a slip" : "slips"}`,
    };
  },
  /** Every row of a ledger counted or said why not (issue 19.5): 共N行：计入统计M行，未计入K行（…）. */
  ledgerRows: (sheet: string, a: { rows: number; counted: number; excluded: number; undated: number; totals: number }): Message => {
    const left = a.excluded + a.undated;
    const zhWhy = [a.excluded ? `不纳入统计${a.excluded}行` : "", a.undated ? `日期无法识别${a.undated}行（见核对）` : ""].filter((x) => x);
    const enWhy = [a.excluded ? `${a.excluded} marked not included` : "", a.undated ? `${a.undated} with no readable date (see the checks)` : ""].filter(
      (x) => x,
    );
    const rows = (n: number) => `${n} row${n === 1 ? "" : "s"}`;
    return {
      zh:
        `台账“${sheet}”共${a.rows}行：计入统计${a.counted}行` +
        (left ? `，未计入${left}行（${zhWhy.join("、")}）` : "") +
        (a.totals ? `，合计行${a.totals}行不计入` : "") +
        (left || a.totals ? "" : "，全部计入"),
      en:
        `Ledger "${sheet}": ${rows(a.rows)}, ${a.counted} counted` +
        (left ? `, ${left} not counted (${enWhy.join(", ")})` : "") +
        (a.totals ? `, ${rows(a.totals)} of totals not counted as records` : "") +
        (left || a.totals ? "" : ", all of them"),
    };
  },
  /** The title of the section a summary with nothing recognised gets. */
  nothingRecognisedTitle: { zh: "未识别到可汇总的表格", en: "No table recognised" } as Message,
  /** A table that holds another field's statistics (GDP, tourism …), not emergency management's. */
  otherFieldSheet: (sheet: string, field: Message): Message => ({
    zh: `工作表“${sheet}”是其他领域的统计（${field.zh}），不是应急管理统计，未汇总`,
    en: `Sheet "${sheet}" holds another field's statistics (${field.en}), not emergency-management statistics; it was not summarised`,
  }),
  /** Why a recognised table gave no figures. */
  tableNoDataRows: { zh: "表格没有数据行", en: "the table has no data rows" } as Message,
  tableNoIndicator: (headers: readonly string[]): Message => ({
    zh: `表头中没有识别出统计指标${headers.length ? `（表头：${headers.join("、")}）` : ""}，请使用标准指标名称，如 事故起数、受灾人口、检查生产经营单位`,
    en: "no indicator was recognised in the header; use the indicator names of the statistical forms (accidents, deaths, affected population, units inspected …)",
  }),
  tableSplitOnly: {
    zh: "指标列按行业分组（如 事故起数/采矿），无合计列可汇总",
    en: "the indicator columns are split by industry with no total column",
  } as Message,
  tableSeriesOnly: {
    zh: "各数据均为历年（或各期）序列，表中没有标明本期，无法确定汇总哪一期",
    en: "its figures are a series of periods with no current period marked, so there is no one period to summarise",
  } as Message,
  tableNoNumbers: { zh: "识别出的列没有可读取的数值", en: "the recognised columns hold no readable numbers" } as Message,
  /** One table recognised but not summarised. */
  /** Figures a sheet holds outside every table, as the 核对 names them (not summarised, not checked). */
  figuresNotReadOn: (sheet: string, reason: Message): Message => ({
    zh: `另有工作表“${sheet}”${reason.zh}`,
    en: `Also, sheet "${sheet}": ${reason.en}`,
  }),
  tableNotSummarised: (sheet: string, address: string, reason: Message): Message => ({
    zh: `工作表“${sheet}”表格 ${address}：${reason.zh}`,
    en: `Sheet "${sheet}", table ${address}: ${reason.en}`,
  }),
  /** The key column of a table joined from one sheet per county: counties, or counties and other units (市安委会成员单位). */
  joinedKeyHeader: (countiesOnly: boolean): Message =>
    countiesOnly ? { zh: "县（市、区）", en: "County" } : { zh: "县（市、区）及单位", en: "County or unit" },
  /**
   * Why a table joined from one sheet per county gives no 合计 for some indicators: the whole's sheet
   * does not state them (in the same period and unit), and a part that is not a county may overlap the counties.
   */
  /**
   * Places set apart by a blank row below a run of years (a yearbook's regions under 2000 … 2005): no
   * year of their own, read as the latest year's, as yearbooks list their regions.
   */
  placesOfLatestYear: (address: string, fromRow: number, toRow: number, year: string): Message => ({
    zh: `表格 ${address} 第${fromRow}—${toRow}行的地区未写年份，按年鉴惯例视为表中最近一年（${year}）的数据，不与各年合计相加`,
    en: `Table ${address}: rows ${fromRow}–${toRow} name places but no year; they are read as the table's latest year (${year}), as yearbooks list their regions, and never added to the years`,
  }),
  joinedWholeOtherPeriod: (whole: string, wholePeriod: Message, partsPeriod: Message): Message => ({
    zh: `注：“${whole}”表的期间（${wholePeriod.zh}）与各县（市、区）表（${partsPeriod.zh}）不同，其数字不是各县（市、区）的合计，未作核对。`,
    en: `Note: sheet "${whole}" covers another period (${wholePeriod.en}) than the county sheets (${partsPeriod.en}); its figures are not their total and are not checked against them.`,
  }),
  joinedTotalOpen: (whole: string | undefined, indicators: readonly Message[], notPlaces: readonly string[]): Message => {
    const zhList = indicators.map((i) => i.zh).join("、");
    const enList = indicators.map((i) => i.en).join(", ");
    const zhParts = notPlaces.map((p) => `“${p}”`).join("、");
    const enParts = notPlaces.map((p) => `"${p}"`).join(", ");
    return {
      zh:
        `注：${whole ? `“${whole}”表未单列${zhList}` : `没有汇总表列出${zhList}的合计`}；` +
        `${notPlaces.length ? `${zhParts}不是县（市、区），与各县（市、区）可能重叠，` : ""}${zhList}不作合计。`,
      en:
        `Note: ${whole ? `sheet "${whole}" does not state ${enList}` : `no sheet states the total of ${enList}`}; ` +
        (notPlaces.length
          ? `${enParts} ${notPlaces.length === 1 ? "is not a county and may overlap" : "are not counties and may overlap"} the counties, so `
          : "so ") +
        `no total is given for ${enList}.`,
    };
  },
};
