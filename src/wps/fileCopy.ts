/**
 * Merged areas and hidden rows from a copy of the open workbook. ET cannot list a sheet's merged
 * areas (no getMergedAreas); `Workbook.SaveCopyAs` writes the workbook as it is now, unsaved
 * edits included, without touching the open one; our own file reader (the command line's, with
 * its limits) then reads the copy's merges and hidden rows, and the copy is deleted. The copy has
 * the workbook's own format (.xlsx, .xls or .et), which the reader takes alike.
 */
import type { MergedArea } from "../core/model/snapshot";
import type { EtApplication, WpsAddinRoot } from "./facade";

/** What the copy tells about one sheet. */
export interface SheetLayout {
  readonly merges: readonly MergedArea[];
  readonly hiddenRows: readonly number[];
}

const EXTENSION = /\.(xlsx|xlsm|xls|et|ett|xlt|xltx)$/i;

/**
 * Saves a copy of the active workbook in the temp folder and reads each sheet's layout from it.
 *
 * @param app the WPS application (ET and the add-in root)
 * @param now the time, for a temp name no other run uses
 * @returns layouts by sheet name; rejects when WPS cannot save or read the copy
 */
export async function layoutFromCopy(app: EtApplication & WpsAddinRoot, now = Date.now()): Promise<Map<string, SheetLayout>> {
  const workbook = app.ActiveWorkbook;
  const name = workbook.Name;
  const extension = EXTENSION.exec(name)?.[0] ?? ".xlsx";
  const folder = app.Env.GetTempPath().replace(/[\\/]+$/, "");
  const separator = folder.includes("\\") ? "\\" : "/";
  const path = `${folder}${separator}bureau-stats-copy-${now}${extension}`;
  let bytes: Uint8Array;
  try {
    workbook.SaveCopyAs(path);
    bytes = new Uint8Array(app.FileSystem.ReadFileAsArrayBuffer(path));
  } finally {
    try {
      if (app.FileSystem.Exists(path)) app.FileSystem.Remove(path);
    } catch {
      // A temp file left behind is harmless; the read itself decides success.
    }
  }
  // Loaded on first use: the package reader is not part of the pane's first load.
  const { openWorkbookFile } = await import(/* webpackChunkName: "package-reader" */ "../xlsx/openWorkbookFile");
  const { streamWorkbook } = await import(/* webpackChunkName: "package-reader" */ "../xlsx/stream/streamWorkbook");
  const { pkg } = await openWorkbookFile(bytes, `copy${extension}`);
  const data = await streamWorkbook(pkg, name, { withFormulas: false });
  return new Map(data.sheets.map((s) => [s.name, { merges: s.merges, hiddenRows: s.hiddenRows }]));
}
