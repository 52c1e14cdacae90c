/**
 * Which Excel the add-in runs on: the ExcelApi floor manifest.xml declares, the run-time check
 * for sets above it, and the bilingual message below it. See README.md, "Which Excel".
 *
 * The floor is ExcelApi 1.12 (Worksheet.customProperties marks the sheets the add-in wrote, so
 * it never touches a user's sheet). Above it, ExcelApi 1.13 (merged areas) is used where
 * available; without it the reader goes on without merges and says so.
 */

/** The lowest ExcelApi version the add-in runs on; manifest.xml declares the same. */
export const EXCEL_API_FLOOR = "1.12";

/** ExcelApi version of Range.getMergedAreasOrNullObject. */
export const MERGED_AREAS_API = "1.13";

/** What a request context may offer to answer requirement checks (the in-memory host does). */
interface RequirementsSource {
  readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
}

/**
 * Whether a requirement set is available: asked of the request context when it answers (the
 * in-memory host), else of `Office.context.requirements`; outside Office, no.
 *
 * @param context the request context (or undefined outside a batch)
 * @param name the set, e.g. "ExcelApi"
 * @param version its minimum version, e.g. "1.13"
 * @returns true when the running Excel has the set at that version
 * @example if (isSetSupported(context, "ExcelApi", "1.13")) range.getMergedAreasOrNullObject()
 */
export function isSetSupported(context: unknown, name: string, version: string): boolean {
  const own = (context as RequirementsSource | undefined)?.requirements;
  if (own && typeof own.isSetSupported === "function") return own.isSetSupported(name, version);
  if (typeof Office === "undefined" || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported(name, version);
}

/** The bilingual message shown when Excel is below the floor. */
export const BELOW_FLOOR_MESSAGE = {
  zh: `此版本的 Excel 过旧，应急统计需要 Excel 2021、Excel 2024 或 Microsoft 365（ExcelApi ${EXCEL_API_FLOOR} 及以上）。请更新 Office 后再试。`,
  en: `This version of Excel is too old: Bureau Stats needs Excel 2021, Excel 2024 or Microsoft 365 (ExcelApi ${EXCEL_API_FLOOR} or later). Please update Office and try again.`,
} as const;

/** Thrown when Excel is below the floor; its message is bilingual. */
export class BelowFloorError extends Error {
  readonly code = "BelowRequirementFloor";
  readonly bilingual = BELOW_FLOOR_MESSAGE;
  constructor() {
    super(`${BELOW_FLOOR_MESSAGE.zh} / ${BELOW_FLOOR_MESSAGE.en}`);
    this.name = "BelowFloorError";
  }
}

/**
 * Rejects work on an Excel below the floor with a bilingual message, before anything is read.
 *
 * @param context the request context
 * @example assertExcelFloor(context) // throws BelowFloorError on ExcelApi 1.11
 */
export function assertExcelFloor(context: unknown): void {
  if (!isSetSupported(context, "ExcelApi", EXCEL_API_FLOOR)) throw new BelowFloorError();
}
