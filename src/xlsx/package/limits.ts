/**
 * Limits that keep a hostile or broken file from costing unbounded memory or time, and the
 * bilingual refusal the command line and the workbench print for it. The defaults, and the
 * command-line options that change them, are documented in README.md ("Limits").
 */
import { MESSAGES, type DamageReason, type LegacyReason, type Message } from "../../core/messages";

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

/** Excel's sheet grid: a cell beyond it is damage, whatever the limits. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** Cell formats a styles part may hold (Excel itself allows 64,000; some tools write more). */
export const MAX_CELL_FORMATS = 1_000_000;

/** The defaults: roomy for a province's ledger (100,000 rows × 15 columns is 1.5 million cells). */
export const DEFAULT_LIMITS: XlsxLimits = {
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxCells: 20_000_000,
  maxStrings: 500_000,
  maxRatio: 1000,
};

/** Why a file was refused. */
export type RefusalKind =
  | "notZip"
  | "csv"
  | "xls"
  | "xlsb"
  | "encrypted"
  | "pathTraversal"
  | "zipBomb"
  | "tooManyCells"
  | "tooManyStrings"
  | "tooManyFormats"
  | "notWorkbook"
  | "damaged"
  | "doctype"
  | "internal"
  | "tooLarge";

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

  /** The message in both languages (the pane's error display picks it up by this name). */
  get bilingual(): Message {
    return { zh: this.zh, en: this.en };
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

/** A refusal of this kind with a catalogue message. */
function refusal(kind: RefusalKind, message: Message): XlsxRefusal {
  return new XlsxRefusal(kind, message.zh, message.en);
}

/** The refusals: each throws the catalogue's message (src/core/messages/fileMessages.ts) with its kind. */
export const refuse = {
  notZip: () => refusal("notZip", MESSAGES.files.notZip()),
  csv: (extension?: string) => refusal("csv", MESSAGES.files.csv(extension)),
  xls: () => refusal("xls", MESSAGES.files.xls()),
  encrypted: () => refusal("encrypted", MESSAGES.files.encrypted()),
  pathTraversal: (entry: string) => refusal("pathTraversal", MESSAGES.files.pathTraversal(entry)),
  zipBomb: (entry: string, bytes: number, limit: number) => refusal("zipBomb", MESSAGES.files.zipBomb(entry, bytes, limit)),
  zipRatio: (entry: string, ratio: number) => refusal("zipBomb", MESSAGES.files.zipRatio(entry, ratio)),
  zipLies: (entry: string, declared: number) => refusal("zipBomb", MESSAGES.files.zipLies(entry, declared)),
  tooManyCells: (sheet: string, cells: number, limit: number) => refusal("tooManyCells", MESSAGES.files.tooManyCells(sheet, cells, limit)),
  tooManyStrings: (count: number, limit: number) => refusal("tooManyStrings", MESSAGES.files.tooManyStrings(count, limit)),
  notWorkbook: (missingPart: string) => refusal("notWorkbook", MESSAGES.files.notWorkbook(missingPart)),
  xlsb: () => refusal("xlsb", MESSAGES.files.xlsb()),
  damaged: (part: string, reason: DamageReason) => refusal(reason === "internal" ? "internal" : "damaged", MESSAGES.files.damagedPart(part, reason)),
  partTooLarge: (part: string, limit: number) => refusal("zipBomb", MESSAGES.files.partTooLarge(part, limit)),
  damagedZip: () => refusal("damaged", MESSAGES.files.damagedZip()),
  doctype: (part: string) => refusal("doctype", MESSAGES.files.doctype(part)),
  sheetWithoutName: (part: string) => refusal("damaged", MESSAGES.files.sheetWithoutName(part)),
  duplicateSheetName: (sheet: string) => refusal("damaged", MESSAGES.files.duplicateSheetName(sheet)),
  sharedSheetPart: (first: string, second: string, part: string) => refusal("damaged", MESSAGES.files.sharedSheetPart(first, second, part)),
  missingSheetPart: (sheet: string, part: string) => refusal("damaged", MESSAGES.files.missingSheetPart(sheet, part)),
  badRowNumber: (sheet: string, text: string) => refusal("damaged", MESSAGES.files.badRowNumber(sheet, text)),
  outsideGrid: (sheet: string, row: number, column: number) => refusal("damaged", MESSAGES.files.outsideGrid(sheet, row, column)),
  overlappingMerges: (sheet: string, first: string, second: string) => refusal("damaged", MESSAGES.files.overlappingMerges(sheet, first, second)),
  tooManyFormats: (count: number, limit: number) => refusal("tooManyFormats", MESSAGES.files.tooManyFormats(count, limit)),
  formulasTooLarge: (sheet: string, limit: number) => refusal("tooManyCells", MESSAGES.files.formulasTooLarge(sheet, limit)),
  legacyUnreadable: (reason: LegacyReason) => refusal("notWorkbook", MESSAGES.files.legacyUnreadable(reason)),
  csvUnreadable: () => refusal("notWorkbook", MESSAGES.files.csvUnreadable()),
  tooLarge: (bytes: number, limit: number) => refusal("tooLarge", MESSAGES.files.fileTooLarge(bytes, limit)),
};

/**
 * What any failure while reading a part becomes: a refusal stays as it is; anything else is an
 * internal error naming the part (never the exception's own text, which means nothing to a user).
 *
 * @param error what was thrown
 * @param part the part being read
 * @returns the refusal to throw
 * @example asRefusal(new TypeError("x is undefined"), "xl/styles.xml").kind // "internal"
 */
export function asRefusal(error: unknown, part: string): XlsxRefusal {
  return error instanceof XlsxRefusal ? error : refuse.damaged(part, "internal");
}
