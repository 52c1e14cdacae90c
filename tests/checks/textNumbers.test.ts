/**
 * The 核对 names the cause of a total short of its rows when the rows hold numbers as text (issue
 * 22.3): a full-width "８" or "12 " typed into a cell is a number to the reader but not to Excel's
 * SUM, so a SUM total lacks exactly those cells. The figures are made up; the text cells are the
 * kinds the reader's anomalies list (full-width digits, a trailing space).
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { sheetOf } from "../reader/layouts";

const findingsOf = (rows: unknown[][]) => readWorkbook({ sheets: [sheetOf("县表", rows)] }).findings;

test("a total that lacks exactly the rows typed as text says so, naming each cell and its text", () => {
  const findings = findingsOf([
    ["县（市）", "事故起数", "死亡人数"],
    ["甲县", 10, 2],
    ["乙县", "８", 1],
    ["丙县", "12 ", 3],
    ["丁县", 4, 0],
    ["合计", 14, 6],
  ]);
  expect(findings.map((f) => [f.kind, f.cell, f.stated, f.recomputed])).toEqual([["total_mismatch", "B6", 14, 34]]);
  expect(findings[0].message.zh).toBe(
    "合计行 B6（事故起数）为 14，各行之和为 34（B2:B5）；B3（“８”）、B4（“12 ”）为文本格式的数字，SUM 不计入，合计正好少了 20",
  );
  expect(findings[0].message.en).toBe(
    'Total B6 (事故起数) states 14 but the rows B2:B5 add up to 34: B3 ("８"), B4 ("12 ") hold their numbers as text, which SUM leaves out — exactly the 20 missing',
  );
});

test("a text number that does not explain the gap is not blamed: the plain difference is said", () => {
  const findings = findingsOf([
    ["县（市）", "事故起数"],
    ["甲县", 10],
    ["乙县", "８"],
    ["丙县", 4],
    ["合计", 20],
  ]);
  expect(findings.map((f) => [f.kind, f.cell, f.stated, f.recomputed])).toEqual([["total_mismatch", "B5", 20, 22]]);
  expect(findings[0].message.zh).toBe("合计行 B5（事故起数）为 20，各行之和为 22（B2:B4），相差 -2");
});
