/**
 * English headers of the indicator tables (issue 23, "English and typography"): the 灾情 table's
 * by-region header printed the sheet's own "地区" in the English summary, and its English headers
 * broke inside words in LibreOffice ("populatio" / "n", "emergenc" / "y") because the columns were
 * narrower than a word. Checked on tests/summary/longTables.ts (a 灾情 table of 90 counties).
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { textUnits } from "../../src/core/summary/textFit";
import { longTablesWorkbook } from "./longTables";

const plan = (language: "zh" | "en") =>
  planSummary(workbookFacts(readWorkbook(longTablesWorkbook(), { reportDate: "2024-06-30" })), { language, generatedAt: "2024年7月5日 09:00" });

test("the English by-region table is headed Region, where the sheet's own header is Chinese; the Chinese keeps 地区", () => {
  const en = plan("en");
  const zh = plan("zh");
  const headerOf = (p: ReturnType<typeof plan>) => p.cells[p.sections.find((s) => s.id === "disasters")!.firstRow + 1][0].value;
  expect(headerOf(en)).toBe("Region");
  expect(headerOf(zh)).toBe("地区");
  expect(en.charts.find((c) => c.title === "direct economic loss by region")?.categoryAxisTitle).toBe("Region");
});

test("every English header word fits its column, so no word is broken across lines", () => {
  const p = plan("en");
  const s = p.sections.find((x) => x.id === "disasters")!;
  const header = p.cells[s.firstRow + 1];
  const broken: string[] = [];
  header.slice(0, 5).forEach((cell, c) => {
    for (const word of String(cell.value).match(/[A-Za-z0-9'’().,%]+/g) ?? [])
      if (textUnits(word) + 1 > p.columnWidths[c]) broken.push(`${word} in a column of ${p.columnWidths[c]}`);
  });
  expect(header.slice(1, 5).map((c) => c.value)).toEqual(expect.arrayContaining([expect.stringContaining("population")]));
  expect(broken).toEqual([]);
});
