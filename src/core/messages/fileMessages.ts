/**
 * Messages of the .xlsx loaders when they refuse a file: not a workbook, a disguised CSV or .xls,
 * encrypted, unsafe paths, zip bombs, too many cells or strings. The wording lives here; the
 * loaders throw it as an XlsxRefusal (src/xlsx/package/limits.ts).
 */
import type { Message } from "./message";

const MB = 1024 * 1024;
const mb = (n: number): string => `${Math.round(n / MB).toLocaleString("en-US")} MB`;

export const FILE_MESSAGES = {
  notZip: (): Message => ({ zh: "该文件不是 .xlsx 工作簿（不是 zip 压缩包）", en: "The file is not an .xlsx workbook (it is not a zip package)" }),
  csv: (): Message => ({
    zh: "该文件是文本（CSV）文件，只是扩展名为 .xlsx；请用 Excel 或 WPS 打开后另存为 .xlsx",
    en: "The file is text (CSV) with an .xlsx name; open it in Excel or WPS and save it as .xlsx",
  }),
  xls: (): Message => ({
    zh: "该文件是旧版 .xls（Excel 97–2003）格式；请用 Excel 或 WPS 另存为 .xlsx 后再试",
    en: "The file is an old .xls (Excel 97–2003) workbook; save it as .xlsx in Excel or WPS and try again",
  }),
  encrypted: (): Message => ({
    zh: "该工作簿设有打开密码（已加密），无法读取；请取消密码后另存一份再试",
    en: "The workbook is password-protected (encrypted) and cannot be read; save a copy without the password and try again",
  }),
  pathTraversal: (entry: string): Message => ({ zh: `压缩包中有不安全的路径“${entry}”，已拒绝`, en: `The package holds an unsafe path "${entry}"; refused` }),
  zipBomb: (entry: string, bytes: number, limit: number): Message => ({
    zh: `“${entry}”解压后约 ${mb(bytes)}，超过上限 ${mb(limit)}（疑似压缩炸弹），已拒绝；可用 --max-uncompressed-mb 调整`,
    en: `"${entry}" inflates to about ${mb(bytes)}, over the ${mb(limit)} limit (a likely zip bomb); refused. --max-uncompressed-mb changes the limit`,
  }),
  zipRatio: (entry: string, ratio: number): Message => ({
    zh: `“${entry}”的压缩比约 ${Math.round(ratio)}:1，疑似压缩炸弹，已拒绝`,
    en: `"${entry}" has a compression ratio of about ${Math.round(ratio)}:1, a likely zip bomb; refused`,
  }),
  zipLies: (entry: string, declared: number): Message => ({
    zh: `“${entry}”解压后超过压缩包声明的大小（${declared.toLocaleString("en-US")} 字节），疑似压缩炸弹，已拒绝`,
    en: `"${entry}" inflates past the ${declared.toLocaleString("en-US")} bytes the zip declares for it, a likely zip bomb; refused`,
  }),
  tooManyCells: (sheet: string, cells: number, limit: number): Message => ({
    zh: `工作表“${sheet}”的使用区域达 ${cells.toLocaleString("en-US")} 个单元格，超过上限 ${limit.toLocaleString("en-US")}，已拒绝；可用 --max-cells 调整`,
    en: `Sheet "${sheet}" spans ${cells.toLocaleString("en-US")} cells, over the ${limit.toLocaleString("en-US")} limit; refused. --max-cells changes the limit`,
  }),
  tooManyStrings: (count: number, limit: number): Message => ({
    zh: `共享字符串表有 ${count.toLocaleString("en-US")} 条以上，超过上限 ${limit.toLocaleString("en-US")}，已拒绝；可用 --max-strings 调整`,
    en: `The shared-string table holds ${count.toLocaleString("en-US")} or more entries, over the ${limit.toLocaleString("en-US")} limit; refused. --max-strings changes the limit`,
  }),
  legacyUnreadable: (detail: string): Message => ({
    zh: `无法读取该 .xls / .et 工作簿（${detail}）；请用 Excel 或 WPS 另存为 .xlsx 后再试`,
    en: `Cannot read the .xls / .et workbook (${detail}); save it as .xlsx in Excel or WPS and try again`,
  }),
  csvUnreadable: (detail: string): Message => ({
    zh: `无法读取该 CSV 文本表格（${detail}）`,
    en: `Cannot read the CSV text table (${detail})`,
  }),
  fileTooLarge: (bytes: number, limit: number): Message => ({
    zh: `文件大小约 ${mb(bytes)}，超过上限 ${mb(limit)}，已拒绝；可用 --max-uncompressed-mb 调整`,
    en: `The file is about ${mb(bytes)}, over the ${mb(limit)} limit; refused. --max-uncompressed-mb changes the limit`,
  }),
  notWorkbook: (detail: string): Message => ({
    zh: `该压缩包不是有效的 .xlsx 工作簿（${detail}）`,
    en: `The package is not a valid .xlsx workbook (${detail})`,
  }),
} as const;
