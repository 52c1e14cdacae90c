/**
 * The bytes of an .xlsx package for a file of any format the reader takes, for loaders that take
 * .xlsx bytes (the workbench's in-memory host): the file itself when it is one, else its
 * conversion. Small on purpose: the converter and SheetJS are fetched only for an .xls, .et or .csv.
 */
import type { XlsxLimits } from "../package/limits";
import { refuseTextUnderName, workbookFileKind } from "./fileKind";

/**
 * The file as .xlsx bytes.
 *
 * @param bytes the file
 * @param name its file name (a text file is read as a table only when named .csv or .txt)
 * @param limits the reading limits
 * @returns .xlsx bytes; rejects with a bilingual refusal when the file cannot be converted
 * @example await asXlsxBytes(bytes, "orders.csv")
 */
export async function asXlsxBytes(bytes: Uint8Array, name: string, limits?: Partial<XlsxLimits>): Promise<Uint8Array> {
  const kind = workbookFileKind(bytes, name);
  if (kind === "xlsx") {
    refuseTextUnderName(bytes, name);
    return bytes;
  }
  const { legacyToXlsx } = await import(/* webpackChunkName: "legacy-reader" */ "./legacyToXlsx");
  return legacyToXlsx(bytes, kind, limits);
}
