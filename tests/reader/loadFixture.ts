/**
 * Test helper: opens a fixture .xlsx with the HOST helper's loader (src/xlsx/) and gives the
 * WorkbookSnapshot the reader sees: formula results, error text, dates as serials, merges,
 * hidden rows and number formats.
 */
import * as fs from "fs";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";

/**
 * Loads a fixture file into a snapshot.
 *
 * @param file the path of the .xlsx file
 * @returns every sheet's snapshot
 * @example await loadFixture("tests/fixtures/layout-c.xlsx")
 */
export async function loadFixture(file: string): Promise<WorkbookSnapshot> {
  return workbookToSnapshot(await loadXlsx(fs.readFileSync(file)));
}
