/**
 * The accident-ledger rows the benches generate: 15 columns, mixed date forms (Excel serials,
 * "2024/1/19", "2024-01-06 07:40", "2024年2月3日", "2024.02.03", "20240106", full-width digits),
 * numbers typed as text and "—". The same generator as scripts/bench/ledger.js, shared so the
 * command-line bench (scripts/bench/cli.js) writes the same kind of ledger to an .xlsx file.
 */
"use strict";

const HEADER = [
  "序号",
  "事故发生时间",
  "县（市）",
  "乡镇",
  "事故发生单位",
  "行业门类",
  "事故类型",
  "事故等级",
  "死亡(人)",
  "失踪(人)",
  "受伤(人)",
  "其中重伤(人)",
  "直接经济损失（万元）",
  "是否纳入统计",
  "核销/备注",
];
const REGIONS = ["楚雄市", "双柏县", "牟定县", "南华县", "姚安县", "大姚县", "永仁县", "元谋县", "武定县", "禄丰市"];
const INDUSTRIES = ["道路运输业", "建筑业", "制造业", "采矿业", "批发和零售业", "农、林、牧、渔业"];
const TYPES = ["车辆伤害", "高处坠落", "物体打击", "机械伤害", "触电", "坍塌", "火灾"];
const LEVELS = ["一般事故", "一般事故", "一般事故", "较大事故"];
const FULL_WIDTH = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/**
 * The header and `rows` ledger rows, from a fixed seed (the same rows on every run), one at a
 * time, so a million-row ledger can be written without holding it.
 *
 * @param {number} rows how many accident rows
 * @param {number} [seed] the generator's seed
 * @returns {Generator<unknown[]>} the header row followed by the rows
 */
function* ledgerRowStream(rows, seed = 20240628) {
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const p2 = (n) => String(n).padStart(2, "0");
  const dateCell = (i) => {
    if (i === 0) return 45471; // 2024-06-28: the latest date, so the period is 2024年1—6月
    const serial = 44927 + Math.floor(random() * (45471 - 44927 + 1));
    const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
    const y = d.getUTCFullYear(),
      m = d.getUTCMonth() + 1,
      day = d.getUTCDate();
    switch (Math.floor(random() * 7)) {
      case 0:
      case 1:
        return serial;
      case 2:
        return `${y}/${m}/${day}`;
      case 3:
        return `${y}-${p2(m)}-${p2(day)} ${p2(Math.floor(random() * 24))}:${p2(Math.floor(random() * 60))}`;
      case 4:
        return `${y}年${m}月${day}日`;
      case 5:
        return `${y}.${p2(m)}.${p2(day)}`;
      default:
        return random() < 0.5 ? `${y}${p2(m)}${p2(day)}` : FULL_WIDTH(`${y}年${m}月${day}日`);
    }
  };
  const countCell = (max) => {
    const n = Math.floor(random() * random() * (max + 1));
    const r = random();
    if (r < 0.03) return "—";
    if (r < 0.05) return "";
    if (r < 0.15) return String(n);
    return n;
  };
  yield HEADER;
  for (let i = 0; i < rows; i++) {
    const loss = Math.round(random() * random() * 50000) / 100;
    yield [
      i + 1,
      dateCell(i),
      pick(REGIONS),
      `乡镇${i % 97}`,
      `单位${i % 5003}`,
      pick(INDUSTRIES),
      pick(TYPES),
      pick(LEVELS),
      countCell(3),
      countCell(1),
      countCell(6),
      countCell(2),
      random() < 0.1 ? String(loss) : random() < 0.03 ? "—" : loss,
      random() < 0.04 ? "否" : "是",
      "",
    ];
  }
}

/**
 * The header and `rows` ledger rows as one array (see {@link ledgerRowStream}).
 *
 * @param {number} rows how many accident rows
 * @param {number} [seed] the generator's seed
 * @returns {unknown[][]} the header row followed by the rows
 */
function ledgerRows(rows, seed) {
  return Array.from(ledgerRowStream(rows, seed));
}

/**
 * Writes ledger rows to an .xlsx file with ExcelJS's streaming writer (shared strings, as Excel saves).
 *
 * @param {string} file the .xlsx path
 * @param {Iterable<unknown[]>} values the rows, header first
 * @param {string} [sheetName] the sheet's name
 * @returns {Promise<void>}
 */
async function writeLedgerXlsx(file, values, sheetName = "事故台账") {
  const ExcelJS = require("exceljs");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of values) sheet.addRow(row.map((v) => (v === "" ? null : v))).commit();
  sheet.commit();
  await workbook.commit();
}

module.exports = { HEADER, ledgerRows, ledgerRowStream, writeLedgerXlsx };
