/**
 * The number format code of each cell format (`s` index) of a workbook, from its styles part:
 * custom codes from `<numFmts>`, Excel's built-in ones by id (the Chinese locale's for the ids
 * whose code depends on the locale), "General" where none applies.
 */
import { elementsOf } from "../package/xmlParts";

/** Built-in format codes by id (ECMA-376 Part 1, 18.8.30; ids 27–36 and 50–58 as in zh-CN). */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/**
 * The format code of every cell format.
 *
 * @param stylesXml the styles part, or undefined when the workbook has none
 * @returns codes indexed by the cells' `s` attribute
 * @example formatCodes('<styleSheet><cellXfs><xf numFmtId="14"/></cellXfs></styleSheet>') // ["mm-dd-yy"]
 */
export function formatCodes(stylesXml: string | undefined): string[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  const codes: string[] = [];
  // cellXfs' <xf> only (cellStyleXfs holds <xf> too).
  const cellXfs = /<(?:\w+:)?cellXfs[\s>][\s\S]*?<\/(?:\w+:)?cellXfs>/.exec(stylesXml)?.[0] ?? "";
  for (const e of elementsOf(stylesXml, ["numFmt"])) custom.set(Number(e.attributes.numFmtId), e.attributes.formatCode);
  for (const e of elementsOf(cellXfs, ["xf"])) {
    const id = Number(e.attributes.numFmtId ?? 0);
    codes.push(custom.get(id) ?? BUILT_IN[id] ?? "General");
  }
  return codes;
}

/**
 * Whether a format code shows a date or time (the test ExcelJS applies: a date letter outside
 * quotes and brackets).
 *
 * @example isDateFormat('yyyy"年"m"月"d"日"') // true
 * @example isDateFormat("0.00%") // false
 */
export function isDateFormat(code: string): boolean {
  if (!code || code === "General") return false;
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Days between the 1904 and the 1900 date systems' day zero: a 1904 serial plus this is the 1900 serial. */
export const DATE_1904_OFFSET = 1462;
