/**
 * The number format code of each cell format (`s` index) of a workbook, from its styles part:
 * custom codes from `<numFmts>`, Excel's built-in ones by id (the Chinese locale's for the ids
 * whose code depends on the locale), "General" where none applies. The part is streamed and the
 * number of formats bounded; telling a date format is one pass over its code.
 */
import type { SaxesParser } from "saxes";
import type { XlsxPackage } from "../package/openPackage";
import { MAX_CELL_FORMATS, refuse } from "../package/limits";
import { localName, xmlParser } from "../package/xmlParts";

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

/** A styles part up to this size is read as one text; a larger one (tens of thousands of formats) streams. */
const WHOLE_STYLES_BYTES = 256 * 1024;

/** Collects numFmt codes and the cellXfs' numFmtIds from a parser's events. */
function collect(parser: SaxesParser): () => string[] {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = 0;
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    if (name === "cellXfs") inCellXfs++;
    // cellXfs' <xf> only (cellStyleXfs holds <xf> too).
    else if (name === "xf" && inCellXfs > 0) {
      ids.push(Number(a.numFmtId ?? 0));
      if (ids.length > MAX_CELL_FORMATS) throw refuse.tooManyFormats(ids.length, MAX_CELL_FORMATS);
    } else if (name === "numFmt") {
      custom.set(Number(a.numFmtId), a.formatCode ?? "General");
      if (custom.size > MAX_CELL_FORMATS) throw refuse.tooManyFormats(custom.size, MAX_CELL_FORMATS);
    }
  });
  parser.on("closetag", (tag) => {
    if (localName(tag.name) === "cellXfs") inCellXfs--;
  });
  return () => ids.map((id) => custom.get(id) ?? BUILT_IN[id] ?? "General");
}

/**
 * The format code of every cell format, from the styles part as text.
 *
 * @param stylesXml the styles part, or undefined when the workbook has none
 * @returns codes indexed by the cells' `s` attribute
 * @example formatCodes('<styleSheet><cellXfs><xf numFmtId="14"/></cellXfs></styleSheet>') // ["mm-dd-yy"]
 */
export function formatCodes(stylesXml: string | undefined): string[] {
  return stylesXml ? codesOfText(stylesXml, "styles") : [];
}

/** Styles texts whose codes are remembered; past this many the memory starts over. */
const REMEMBERED_STYLES = 16;
const codesByText = new Map<string, readonly string[]>();

/**
 * The codes of a whole styles text, parsed once per text: the county returns of one form share
 * their styles part byte for byte. A text that fails to parse is never remembered (each package's
 * refusal names its own part); each caller gets its own copy.
 */
function codesOfText(xml: string, part: string): string[] {
  let codes = codesByText.get(xml);
  if (!codes) {
    const parser = xmlParser(part);
    const result = collect(parser);
    parser.write(xml).close();
    codes = result();
    if (codesByText.size >= REMEMBERED_STYLES) codesByText.clear();
    codesByText.set(xml, codes);
  }
  return [...codes];
}

/**
 * The format code of every cell format, streamed from the package's styles part.
 *
 * @param pkg the package
 * @param part the styles part, or undefined when the workbook has none
 * @returns codes indexed by the cells' `s` attribute; rejects for a damaged or oversized part
 */
export async function readFormatCodes(pkg: XlsxPackage, part: string | undefined): Promise<string[]> {
  if (!part || !pkg.has(part)) return [];
  // A small styles part is read whole: the returns of one form share it, and the package reads it once (repeatedParts.ts).
  if ((pkg.declaredSize(part) ?? Infinity) <= WHOLE_STYLES_BYTES) return codesOfText((await pkg.text(part)) ?? "", part);
  const parser = xmlParser(part);
  const result = collect(parser);
  const decoder = new TextDecoder("utf-8");
  await pkg.stream(part, (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
  parser.write(decoder.decode()).close();
  return result();
}

/**
 * The text with every `open…close` span removed, left to right, as the regular expression
 * /open[^close]*close/g would remove them — an opener with no closer after it stays — in one pass.
 */
function withoutSpans(text: string, open: string, close: string): string {
  let out = "";
  let noCloserLeft = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === open && !noCloserLeft) {
      const end = text.indexOf(close, i + 1);
      if (end >= 0) {
        i = end;
        continue;
      }
      // No closer anywhere after here: no later opener can close either.
      noCloserLeft = true;
    }
    out += ch;
  }
  return out;
}

const DATE_LETTERS = /[ymdhMsb]/;

/**
 * Whether a format code shows a date or time (the test ExcelJS applies: a date letter outside
 * quotes and brackets), in time linear in the code's length.
 *
 * @example isDateFormat('yyyy"年"m"月"d"日"') // true
 * @example isDateFormat("0.00%") // false
 */
export function isDateFormat(code: string): boolean {
  if (!code || code === "General") return false;
  return DATE_LETTERS.test(withoutSpans(withoutSpans(code, "[", "]"), '"', '"'));
}

/** Days between the 1904 and the 1900 date systems' day zero: a 1904 serial plus this is the 1900 serial. */
export const DATE_1904_OFFSET = 1462;
