/**
 * displayText reads each number format once and keeps its formatter (the summary's column fitting
 * and the workbench grid show thousands of cells through a handful of formats): the text must be
 * exactly what the format read afresh for every cell gives, Number.prototype.toLocaleString with
 * the format's decimals and grouping (the rule before the formatters were kept).
 */
import fc from "fast-check";
import { displayText } from "../../src/core/numbers/displayText";

/** The rule read afresh for each cell, as displayText was written before it kept formatters. */
function readAfresh(value: number, numberFormat: string): string {
  const format = numberFormat
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (format === "General" || format === "@" || format === "") return String(Math.round(value * 1e10) / 1e10);
  const percent = format.includes("%");
  const decimals = /\.([0#]+)/.exec(format)?.[1] ?? "";
  const text = (percent ? value * 100 : value).toLocaleString("en-US", {
    minimumFractionDigits: decimals.replace(/#/g, "").length,
    maximumFractionDigits: decimals.length,
    useGrouping: format.includes(","),
  });
  return percent ? `${text}%` : text;
}

const FORMATS = ["General", "@", "0", "0.0", "0.00", "0.0%", "0%", "#,##0", "#,##0.00", "0.##", '0.0"万元"', "[Red]0.00;-0.00", "0.00%;[Red]-0.00%", ""];

describe("displayText keeps one formatter per number format", () => {
  test("every format gives, for any number, the text the format read afresh gives", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.constantFrom(...FORMATS), (value, format) => {
        // Twice: the first call reads the format, the second uses what it kept.
        expect(displayText(value, format)).toBe(readAfresh(value, format));
        expect(displayText(value, format)).toBe(readAfresh(value, format));
      }),
      { numRuns: 2000 },
    );
  });

  test("texts, blanks, booleans and non-finite numbers are shown as before", () => {
    expect(displayText("楚雄市", "0.0%")).toBe("楚雄市");
    expect(displayText("", "0")).toBe("");
    expect(displayText(null, "0")).toBe("");
    expect(displayText(true, "0")).toBe("TRUE");
    expect(displayText(Infinity, "0.0")).toBe("#NUM!");
    expect(displayText(0.9197, "0%")).toBe("92%");
    expect(displayText(1234567.891, "#,##0.00")).toBe("1,234,567.89");
    expect(displayText(12.5, undefined)).toBe("12.5");
  });
});

describe("dates and times show as Excel shows them, not as serial numbers", () => {
  // Reference values: Excel's serial dates (1 = 1900-01-01, with Excel's 1900 leap day), checked with
  // openpyxl's from_excel (44927.4625 → 2023-01-01 11:06:00) on this machine.
  test("a ledger's 事故发生时间 under yyyy-mm-dd hh:mm is 2023-01-01 11:06 (the grid showed 44927)", () => {
    expect(displayText(44927.4625, "yyyy-mm-dd hh:mm")).toBe("2023-01-01 11:06");
  });

  test("Chinese date formats as Excel and WPS save them: quoted 年月日, a locale code, and the short m/d/yyyy", () => {
    expect(displayText(44929.07083333333, 'yyyy"年"m"月"d"日" h:mm')).toBe("2023年1月3日 1:42");
    expect(displayText(45296, '[$-804]yyyy"年"m"月"d"日"')).toBe("2024年1月5日");
    expect(displayText(45296, "m/d/yyyy")).toBe("1/5/2024");
    expect(displayText(45296.6041666667, "h:mm")).toBe("14:30");
  });

  test("a date outside Excel's range shows ##### as Excel does; a number under a number format is unchanged", () => {
    expect(displayText(-1, "yyyy-mm-dd")).toBe("#####");
    expect(displayText(0.238, "0.0%")).toBe("23.8%");
  });
});
