/**
 * Messages of the .xlsx loaders when they refuse a file: not a workbook, a disguised CSV, .xls or
 * .xlsb, encrypted, unsafe paths, zip bombs, too many cells or strings, a damaged package (a part
 * that fails its checksum, appears twice, holds broken XML, a cell outside the sheet grid). The
 * wording lives here; the loaders throw it as an XlsxRefusal (src/xlsx/package/limits.ts). No
 * parser's or library's own text is ever part of a message.
 */
import type { Message } from "./message";

/** Why a part of a package is damaged. */
export type DamageReason = "crc" | "size" | "inflate" | "xml" | "duplicateEntry" | "internal";

const DAMAGE: Readonly<Record<DamageReason, Message>> = {
  crc: { zh: "的校验和（CRC-32）不符", en: "fails its CRC-32 checksum" },
  size: { zh: "解压后的大小与压缩包记录的不符", en: "inflates to a size other than the one the zip records" },
  inflate: { zh: "无法解压", en: "cannot be decompressed" },
  xml: { zh: "的 XML 不完整或格式有误", en: "holds incomplete or malformed XML" },
  duplicateEntry: { zh: "在压缩包中出现了两次（部件名不区分大小写）", en: "appears twice in the zip (part names ignore case)" },
  internal: {
    zh: "无法读取（程序内部错误，并非文件的问题；请把文件交给维护人员）",
    en: "could not be read (an internal error, not a fault of the file; please pass the file to the maintainers)",
  },
};

/** What a system error code means, in words (the command line's reading and writing of files). */
const SYSTEM_ERRORS: Readonly<Record<string, Message>> = {
  ENOENT: { zh: "不存在", en: "does not exist" },
  EACCES: { zh: "没有权限", en: "permission denied" },
  EPERM: { zh: "没有权限", en: "permission denied" },
  EISDIR: { zh: "是一个文件夹", en: "is a folder" },
  ENOTDIR: { zh: "路径中有一项不是文件夹", en: "a part of the path is not a folder" },
  EEXIST: { zh: "路径中有一项不是文件夹", en: "a part of the path is not a folder" },
  ENAMETOOLONG: { zh: "文件名或路径过长", en: "the name or the path is too long" },
  ENOSPC: { zh: "磁盘空间不足", en: "the disk is full" },
  EDQUOT: { zh: "超出磁盘配额", en: "the disk quota is used up" },
  EROFS: { zh: "磁盘为只读", en: "the disk is read-only" },
  ELOOP: { zh: "符号链接层数过多（可能循环）", en: "too many symbolic links (perhaps a loop)" },
  EMFILE: { zh: "打开的文件过多", en: "too many files are open" },
  ENFILE: { zh: "打开的文件过多", en: "too many files are open" },
  EBUSY: { zh: "正被其他程序占用", en: "is in use by another program" },
  ETXTBSY: { zh: "正被其他程序占用", en: "is in use by another program" },
  EIO: { zh: "读写出错（磁盘或网络故障）", en: "an input/output error (a disk or network fault)" },
  EFBIG: { zh: "文件过大", en: "the file is too large" },
};

const RESAVE = { zh: "请在 Excel 或 WPS 中打开并另存后再试", en: "open it in Excel or WPS, save it again and retry" };

const MB = 1024 * 1024;
const mb = (n: number): string => `${Math.round(n / MB).toLocaleString("en-US")} MB`;

/** Why an old binary workbook could not be read, in the user's words (never the parser's). */
export type LegacyReason = "damaged" | "empty" | "unconvertible";
const LEGACY_REASONS: Readonly<Record<LegacyReason, Message>> = {
  damaged: { zh: "文件已损坏或不是 Excel 97–2003 / WPS 表格格式", en: "the file is damaged or not in the Excel 97–2003 / WPS format" },
  empty: { zh: "工作簿中没有工作表", en: "the workbook has no sheets" },
  unconvertible: { zh: "其内容无法转换为 .xlsx", en: "its content cannot be converted to .xlsx" },
};

export const FILE_MESSAGES = {
  notZip: (): Message => ({ zh: "该文件不是 .xlsx 工作簿（不是 zip 压缩包）", en: "The file is not an .xlsx workbook (it is not a zip package)" }),
  // A text table is read when named .csv, so renaming it is the first remedy.
  csv: (extension = ".xlsx"): Message => ({
    zh: `该文件是文本（CSV）文件，只是扩展名为 ${extension}；请把扩展名改为 .csv 后再打开，或用 Excel 或 WPS 打开后另存为 .xlsx`,
    en: `The file is text (CSV) with an ${extension} name; rename it to .csv and open it again, or open it in Excel or WPS and save it as .xlsx`,
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
  legacyUnreadable: (reason: LegacyReason): Message => ({
    zh: `无法读取该 .xls / .et 工作簿（${LEGACY_REASONS[reason].zh}）；请用 Excel 或 WPS 另存为 .xlsx 后再试`,
    en: `Cannot read the .xls / .et workbook (${LEGACY_REASONS[reason].en}); save it as .xlsx in Excel or WPS and try again`,
  }),
  csvUnreadable: (): Message => ({
    zh: "无法读取该 CSV 文本表格（内容不是可识别的表格文本）；请用 Excel 或 WPS 打开后另存为 .xlsx 再试",
    en: "Cannot read the CSV text table (its content is not table text the reader recognises); open it in Excel or WPS, save it as .xlsx and try again",
  }),
  fileTooLarge: (bytes: number, limit: number): Message => ({
    zh: `文件大小约 ${mb(bytes)}，超过上限 ${mb(limit)}，已拒绝；可用 --max-uncompressed-mb 调整`,
    en: `The file is about ${mb(bytes)}, over the ${mb(limit)} limit; refused. --max-uncompressed-mb changes the limit`,
  }),
  notWorkbook: (missingPart: string): Message => ({
    zh: `该压缩包不是有效的 .xlsx 工作簿（缺少“${missingPart}”）`,
    en: `The package is not a valid .xlsx workbook ("${missingPart}" is missing)`,
  }),
  xlsb: (): Message => ({
    zh: "该文件是二进制工作簿（.xlsb）；请在 Excel 中另存为 .xlsx 后再试",
    en: "The file is a binary workbook (.xlsb); save it as .xlsx in Excel and try again",
  }),
  damagedPart: (part: string, reason: DamageReason): Message =>
    reason === "internal"
      ? { zh: `“${part}”${DAMAGE.internal.zh}`, en: `"${part}" ${DAMAGE.internal.en}` }
      : {
          zh: `工作簿已损坏：“${part}”${DAMAGE[reason].zh}，已拒绝；${RESAVE.zh}`,
          en: `The workbook is damaged: "${part}" ${DAMAGE[reason].en}; refused. To repair it, ${RESAVE.en}`,
        },
  partTooLarge: (part: string, limit: number): Message => ({
    zh: `“${part}”超过 ${mb(limit)}，远大于任何正常工作簿的这一部件，已拒绝`,
    en: `"${part}" is over ${mb(limit)}, far larger than this part of any real workbook; refused`,
  }),
  damagedZip: (): Message => ({
    zh: `工作簿已损坏：压缩包的目录不完整或无法读取（文件可能没有传完整），已拒绝；${RESAVE.zh}`,
    en: `The workbook is damaged: its zip directory is incomplete or unreadable (the file may have been cut short); refused. To repair it, ${RESAVE.en}`,
  }),
  doctype: (part: string): Message => ({
    zh: `“${part}”含有文档类型声明（DOCTYPE，可定义实体），Excel 的文件不会有，已拒绝`,
    en: `"${part}" holds a document type declaration (DOCTYPE, which can define entities); Excel never writes one, so it is refused`,
  }),
  sheetWithoutName: (part: string): Message => ({
    zh: `工作簿已损坏：“${part}”列出了一个没有名称的工作表，已拒绝；${RESAVE.zh}`,
    en: `The workbook is damaged: "${part}" lists a sheet without a name; refused. To repair it, ${RESAVE.en}`,
  }),
  duplicateSheetName: (sheet: string): Message => ({
    zh: `工作簿已损坏：有两个工作表都叫“${sheet}”（Excel 不允许同名工作表），已拒绝；${RESAVE.zh}`,
    en: `The workbook is damaged: two sheets are named "${sheet}" (Excel allows no two sheets of one name); refused. To repair it, ${RESAVE.en}`,
  }),
  sharedSheetPart: (first: string, second: string, part: string): Message => ({
    zh: `工作簿已损坏：工作表“${first}”和“${second}”指向同一个部件“${part}”，已拒绝；${RESAVE.zh}`,
    en: `The workbook is damaged: sheets "${first}" and "${second}" point to one part, "${part}"; refused. To repair it, ${RESAVE.en}`,
  }),
  missingSheetPart: (sheet: string, part: string): Message => ({
    zh: `工作簿已损坏：工作表“${sheet}”的内容（“${part}”）不在文件中，已拒绝；${RESAVE.zh}`,
    en: `The workbook is damaged: the content of sheet "${sheet}" ("${part}") is not in the file; refused. To repair it, ${RESAVE.en}`,
  }),
  badRowNumber: (sheet: string, text: string): Message => ({
    zh: `工作簿已损坏：工作表“${sheet}”有一行的行号“${text}”不是 1 到 1,048,576 之间的整数，已拒绝；${RESAVE.zh}`,
    en: `The workbook is damaged: sheet "${sheet}" has a row numbered "${text}", not a whole number from 1 to 1,048,576; refused. To repair it, ${RESAVE.en}`,
  }),
  outsideGrid: (sheet: string, row: number, column: number): Message => ({
    zh: `工作簿已损坏：工作表“${sheet}”有单元格位于 Excel 表格范围之外（第 ${row.toLocaleString("en-US")} 行、第 ${column.toLocaleString("en-US")} 列；上限为 1,048,576 行、16,384 列），已拒绝；${RESAVE.zh}`,
    en: `The workbook is damaged: sheet "${sheet}" has a cell outside Excel's grid (row ${row.toLocaleString("en-US")}, column ${column.toLocaleString("en-US")}; the grid ends at row 1,048,576 and column 16,384); refused. To repair it, ${RESAVE.en}`,
  }),
  overlappingMerges: (sheet: string, first: string, second: string): Message => ({
    zh: `工作簿已损坏：工作表“${sheet}”的合并单元格 ${first} 与 ${second} 互相重叠（Excel 不允许），已拒绝；${RESAVE.zh}`,
    en: `The workbook is damaged: on sheet "${sheet}" the merged areas ${first} and ${second} overlap (Excel allows no overlap); refused. To repair it, ${RESAVE.en}`,
  }),
  tooManyFormats: (count: number, limit: number): Message => ({
    zh: `样式部件有 ${count.toLocaleString("en-US")} 个以上的单元格格式，超过上限 ${limit.toLocaleString("en-US")}（Excel 最多 64,000 个），已拒绝`,
    en: `The styles part holds ${count.toLocaleString("en-US")} or more cell formats, over the ${limit.toLocaleString("en-US")} limit (Excel allows 64,000); refused`,
  }),
  formulasTooLarge: (sheet: string, limit: number): Message => ({
    zh: `工作表“${sheet}”的共享公式展开后超过 ${mb(limit)}，已拒绝；可用 --max-uncompressed-mb 调整`,
    en: `The shared formulas of sheet "${sheet}" expand past ${mb(limit)}; refused. --max-uncompressed-mb changes the limit`,
  }),
  fileSystem: (action: "read" | "write", file: string, code: string): Message => {
    const why = SYSTEM_ERRORS[code] ?? { zh: `系统错误（代码 ${code || "未知"}）`, en: `a system error (code ${code || "unknown"})` };
    return action === "read"
      ? { zh: `无法读取“${file}”：${why.zh}`, en: `Cannot read "${file}": ${why.en}` }
      : { zh: `无法写入“${file}”：${why.zh}；原有文件未改动`, en: `Cannot write "${file}": ${why.en}; any earlier file there is unchanged` };
  },
  notRegularFile: (file: string, folder: boolean): Message =>
    folder
      ? { zh: `“${file}”是一个文件夹，不是工作簿文件`, en: `"${file}" is a folder, not a workbook file` }
      : {
          zh: `“${file}”不是普通文件（是管道、设备或套接字），不会读取`,
          en: `"${file}" is not a regular file (it is a pipe, a device or a socket); it is not read`,
        },
  outputIsInput: (output: string, input: string): Message => ({
    zh: `输出“${output}”指向输入文件“${input}”（同一文件、链接或快捷方式），已拒绝写入；输入文件未改动`,
    en: `The output "${output}" leads to the input "${input}" (the same file, a link to it or a hard link); nothing was written and the input is unchanged`,
  }),
  internal: (): Message => ({
    zh: "处理该文件时出现程序内部错误（并非文件的问题）；请把文件交给维护人员",
    en: "An internal error occurred while processing the file (not a fault of the file); please pass the file to the maintainers",
  }),
  /** A refusal or file error with the file it concerns, for lists of many files. */
  inFile: (file: string, message: Message): Message => ({ zh: `“${file}”：${message.zh}`, en: `"${file}": ${message.en}` }),
  /** A workbook the workbench or the pane could not open, with the reader's reason (never a library's text). */
  workbookUnreadable: (file: string, reason: Message): Message => ({
    zh: `无法读取这个工作簿“${file}”：${reason.zh}`,
    en: `Could not read the workbook "${file}": ${reason.en}`,
  }),
  /** The user cancelled opening a workbook in the workbench: nothing was lost, and the workbook already open (if any) stays. */
  openCancelled: (file: string, kept?: string): Message => ({
    zh: `已取消打开“${file}”。` + (kept ? `当前工作簿“${kept}”未受影响。` : ""),
    en: `Opening "${file}" was cancelled.` + (kept ? ` The workbook already open, "${kept}", is unchanged.` : ""),
  }),
} as const;
