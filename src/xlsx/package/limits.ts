/**
 * Limits that keep a hostile or broken file from costing unbounded memory or time, and the
 * bilingual refusal the command line and the workbench print for it. The defaults, and the
 * command-line options that change them, are documented in README.md ("Limits").
 */

/** How much of a workbook the reader is willing to take in. */
export interface XlsxLimits {
  /** Inflated bytes of all parts read together. */
  readonly maxUncompressedBytes: number;
  /** Cells the reader keeps, counted over the dense grid of every sheet (rows × columns from A1). */
  readonly maxCells: number;
  /** Entries of the shared-string table. */
  readonly maxStrings: number;
  /** Deflate ratio above which a part is treated as a zip bomb (only for parts over 1 MB inflated). */
  readonly maxRatio: number;
}

/** The defaults: roomy for a province's ledger (100,000 rows × 15 columns is 1.5 million cells). */
export const DEFAULT_LIMITS: XlsxLimits = {
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxCells: 20_000_000,
  maxStrings: 500_000,
  maxRatio: 1000,
};

/** Why a file was refused. */
export type RefusalKind = "notZip" | "csv" | "xls" | "encrypted" | "pathTraversal" | "zipBomb" | "tooManyCells" | "tooManyStrings" | "notWorkbook";

/** A file the reader will not open, with the message to show (Chinese / English). */
export class XlsxRefusal extends Error {
  readonly kind: RefusalKind;
  readonly zh: string;
  readonly en: string;
  constructor(kind: RefusalKind, zh: string, en: string) {
    super(`${zh} / ${en}`);
    this.name = "XlsxRefusal";
    this.kind = kind;
    this.zh = zh;
    this.en = en;
  }
}

/**
 * Fills in the limits not given.
 *
 * @param given some limits, e.g. from `--max-cells`
 * @returns every limit
 * @example resolveLimits({ maxCells: 1000 }).maxStrings // 500000
 */
export function resolveLimits(given: Partial<XlsxLimits> = {}): XlsxLimits {
  return { ...DEFAULT_LIMITS, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) };
}

const MB = 1024 * 1024;
const mb = (n: number): string => `${Math.round(n / MB).toLocaleString("en-US")} MB`;

/** The refusals, worded once. */
export const refuse = {
  notZip: () => new XlsxRefusal("notZip", "该文件不是 .xlsx 工作簿（不是 zip 压缩包）", "The file is not an .xlsx workbook (it is not a zip package)"),
  csv: () =>
    new XlsxRefusal(
      "csv",
      "该文件是文本（CSV）文件，只是扩展名为 .xlsx；请用 Excel 或 WPS 打开后另存为 .xlsx",
      "The file is text (CSV) with an .xlsx name; open it in Excel or WPS and save it as .xlsx",
    ),
  xls: () =>
    new XlsxRefusal(
      "xls",
      "该文件是旧版 .xls（Excel 97–2003）格式；请用 Excel 或 WPS 另存为 .xlsx 后再试",
      "The file is an old .xls (Excel 97–2003) workbook; save it as .xlsx in Excel or WPS and try again",
    ),
  encrypted: () =>
    new XlsxRefusal(
      "encrypted",
      "该工作簿设有打开密码（已加密），无法读取；请取消密码后另存一份再试",
      "The workbook is password-protected (encrypted) and cannot be read; save a copy without the password and try again",
    ),
  pathTraversal: (entry: string) =>
    new XlsxRefusal("pathTraversal", `压缩包中有不安全的路径“${entry}”，已拒绝`, `The package holds an unsafe path "${entry}"; refused`),
  zipBomb: (entry: string, bytes: number, limit: number) =>
    new XlsxRefusal(
      "zipBomb",
      `“${entry}”解压后约 ${mb(bytes)}，超过上限 ${mb(limit)}（疑似压缩炸弹），已拒绝；可用 --max-uncompressed-mb 调整`,
      `"${entry}" inflates to about ${mb(bytes)}, over the ${mb(limit)} limit (a likely zip bomb); refused. --max-uncompressed-mb changes the limit`,
    ),
  zipRatio: (entry: string, ratio: number) =>
    new XlsxRefusal(
      "zipBomb",
      `“${entry}”的压缩比约 ${Math.round(ratio)}:1，疑似压缩炸弹，已拒绝`,
      `"${entry}" has a compression ratio of about ${Math.round(ratio)}:1, a likely zip bomb; refused`,
    ),
  zipLies: (entry: string, declared: number) =>
    new XlsxRefusal(
      "zipBomb",
      `“${entry}”解压后超过压缩包声明的大小（${declared.toLocaleString("en-US")} 字节），疑似压缩炸弹，已拒绝`,
      `"${entry}" inflates past the ${declared.toLocaleString("en-US")} bytes the zip declares for it, a likely zip bomb; refused`,
    ),
  tooManyCells: (sheet: string, cells: number, limit: number) =>
    new XlsxRefusal(
      "tooManyCells",
      `工作表“${sheet}”的使用区域达 ${cells.toLocaleString("en-US")} 个单元格，超过上限 ${limit.toLocaleString("en-US")}，已拒绝；可用 --max-cells 调整`,
      `Sheet "${sheet}" spans ${cells.toLocaleString("en-US")} cells, over the ${limit.toLocaleString("en-US")} limit; refused. --max-cells changes the limit`,
    ),
  tooManyStrings: (count: number, limit: number) =>
    new XlsxRefusal(
      "tooManyStrings",
      `共享字符串表有 ${count.toLocaleString("en-US")} 条以上，超过上限 ${limit.toLocaleString("en-US")}，已拒绝；可用 --max-strings 调整`,
      `The shared-string table holds ${count.toLocaleString("en-US")} or more entries, over the ${limit.toLocaleString("en-US")} limit; refused. --max-strings changes the limit`,
    ),
  notWorkbook: (detail: string) =>
    new XlsxRefusal("notWorkbook", `该压缩包不是有效的 .xlsx 工作簿（${detail}）`, `The package is not a valid .xlsx workbook (${detail})`),
};
