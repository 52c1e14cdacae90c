import { exactSum } from "../numbers/decimal";
import { readCell } from "../numbers/readCell";
import { asMatrix, numericInputs, safeCompute, type MatrixInput, type ResultCell, type ResultMatrix } from "../grid/broadcast";
import { sheetError, type SheetError } from "../grid/sheetError";
import { FUNCTION_MESSAGES } from "../messages/functionMessages";

/**
 * The gap between a stated total and the exact sum of its parts.
 *
 * @param total the stated total
 * @param parts the parts
 * @returns total − sum(parts), decimal-exact
 * @example gapOf(12322.34, [126.59, 11810.23, 100, 265.76, 19.76]) // 0
 */
export function gapOf(total: number, parts: readonly number[]): number {
  // One exact sum of the total and the negated parts: no intermediate float to round.
  const terms = new Array<number>(parts.length + 1);
  terms[0] = total;
  for (let i = 0; i < parts.length; i++) terms[i + 1] = -parts[i];
  return exactSum(terms);
}

function shapeError(totalShape: string, partsShape: string): SheetError {
  return sheetError("value", FUNCTION_MESSAGES.totalsDoNotFitParts(totalShape, partsShape));
}

/**
 * SUMGAP(total, parts): how far a stated total is from the sum of its parts, exactly
 * (合计减分项之和): 0 when the breakdown adds up.
 *
 * How totals and parts pair up:
 * - one total (a single cell): total − the sum of every cell of parts; one result.
 * - a column of n totals: parts has n rows; each total is checked against its own row of
 *   parts (one table row per indicator, parts across); a column of n results.
 * - a row of n totals: parts has n columns; each total against its own column of parts (a
 *   合计 row above or below the parts); a row of n results.
 * Any other pairing is #VALUE!. Each result follows the missing rule over the total and its
 * parts: all missing → "", some missing → #N/A, text → #VALUE!.
 *
 * @param total the stated total(s): a cell, a column or a row
 * @param parts the parts: a range
 * @returns the gaps, or one #VALUE! error for shapes that do not pair up
 * @example sumGap(12322.34, [[126.59, 11810.23, 100, 265.76, 19.76]]) // [[0]]
 * @example sumGap(83, [[40], [44]]) // [[-1]]
 */
export function sumGap(total: MatrixInput, parts: MatrixInput): ResultMatrix | SheetError {
  const totals = asMatrix(total);
  const block = asMatrix(parts);
  const totalRows = totals.length;
  const totalColumns = totals[0]?.length ?? 0;
  const partRows = block.length;
  const partColumns = block[0]?.length ?? 0;
  if (totalColumns === 0 || partColumns === 0) return sheetError("value", FUNCTION_MESSAGES.emptyRange);
  for (const row of totals) if (row.length !== totalColumns) return sheetError("value", FUNCTION_MESSAGES.raggedRange);
  for (const row of block) if (row.length !== partColumns) return sheetError("value", FUNCTION_MESSAGES.raggedRange);
  const totalShape = `${totalRows}×${totalColumns}`;
  const partsShape = `${partRows}×${partColumns}`;

  if (totalRows === 1 && totalColumns === 1) {
    return [[gapCell(totals[0][0], block.flat())]];
  }
  if (totalColumns === 1) {
    if (partRows !== totalRows) return shapeError(totalShape, partsShape);
    return totals.map((row, r) => [gapCell(row[0], block[r])]);
  }
  if (totalRows === 1) {
    if (partColumns !== totalColumns) return shapeError(totalShape, partsShape);
    return [
      totals[0].map((cell, c) =>
        gapCell(
          cell,
          block.map((row) => row[c]),
        ),
      ),
    ];
  }
  return shapeError(totalShape, partsShape);
}

function gapCell(total: unknown, parts: readonly unknown[]): ResultCell {
  const readings = [readCell(total), ...parts.map(readCell)];
  const inputs = numericInputs(readings);
  if (!inputs.ok) return inputs.result;
  return safeCompute((values) => gapOf(values[0], values.slice(1)), inputs.values);
}
