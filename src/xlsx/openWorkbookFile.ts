/**
 * Every file a user opens goes through here, in the command line and in the browser: an .xlsx /
 * .xlsm package is opened within the limits as it is; an old .xls / .et workbook or a .csv table
 * is first converted into an .xlsx package (src/xlsx/legacy/, loaded only for such a file) and
 * then opened the same way, so one limited reader serves every format.
 */
import { refuseTextUnderName, workbookFileKind } from "./legacy/fileKind";
import type { XlsxLimits } from "./package/limits";
import { XlsxPackage, type PackageTools, type RawInflater } from "./package/openPackage";

/**
 * Opens a workbook file of any format the reader takes.
 *
 * @param bytes the file
 * @param name its file name (a text file is read as a table only when named .csv or .txt)
 * @param limits the reading limits
 * @param tools a faster inflater and CRC-32 where the host has them
 * @returns the package, and whether it was converted from another format
 * @example const { pkg } = await openWorkbookFile(bytes, "2005_7.xls")
 */
export async function openWorkbookFile(
  bytes: Uint8Array,
  name: string,
  limits?: Partial<XlsxLimits>,
  tools?: RawInflater | PackageTools,
): Promise<{ pkg: XlsxPackage; converted: boolean }> {
  const kind = workbookFileKind(bytes, name);
  if (kind === "xlsx") {
    refuseTextUnderName(bytes, name);
    return { pkg: await XlsxPackage.open(bytes, limits, tools), converted: false };
  }
  const { legacyToXlsx } = await import(/* webpackChunkName: "legacy-reader" */ "./legacy/legacyToXlsx");
  return { pkg: await XlsxPackage.open(await legacyToXlsx(bytes, kind, limits), limits, tools), converted: true };
}
