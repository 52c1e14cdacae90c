/**
 * A matrix whose row labels repeat its column headers (a correlation matrix of indicators, a
 * from-to table) is not a table of counts, whatever its headers name: its cells relate one
 * indicator to another. It is said so and not read as figures.
 */
import { headerCore } from "../registry/headerText";
import type { RowMeaning } from "./model";

/**
 * Whether a table's rows repeat its columns: at least three data rows, and most of them labelled
 * with one of the column headers.
 *
 * @param rows the body rows
 * @param headers each column's header leaf
 * @returns true for a matrix
 * @example isLabelMatrix(rowsLabelled(["降雨量", "GDP", "人口"]), ["", "降雨量", "GDP", "人口"]) // true
 */
export function isLabelMatrix(rows: readonly RowMeaning[], headers: readonly string[]): boolean {
  const names = new Set(headers.map(headerCore).filter((h) => h !== ""));
  const labels = rows.filter((r) => r.role !== "blank").map((r) => headerCore(r.label));
  if (labels.length < 3 || names.size < 3) return false;
  return labels.filter((l) => names.has(l)).length * 2 > labels.length;
}
