/**
 * Element-wise evaluation for functions with several results per element (an interval's
 * low and high; a difference with its interval and p-value), under the same broadcasting
 * and missing-value rule as every BUREAU function.
 */
import { asMatrix, broadcastShape, numericInputs, safeCompute, type MatrixInput, type ResultCell, type ResultMatrix } from "../../grid/broadcast";
import { readCell, type CellReading } from "../../numbers/readCell";
import { isSheetError, sheetError, type SheetError } from "../../grid/sheetError";
import { FUNCTION_MESSAGES } from "../../messages/functionMessages";

// The same guard as safeCompute: no NaN, Infinity, −0, undefined or null leaves an element.
function finiteCell(value: ResultCell): ResultCell {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return sheetError("num", FUNCTION_MESSAGES.notFinite);
    return value === 0 ? 0 : value;
  }
  return safeCompute(() => value, []);
}

/**
 * Evaluates `compute` for each element of the broadcast inputs and lays its `width` results
 * out beside the element: along a row for a single cell or a column of elements, down a
 * column for a row of elements. A 2-D block of elements is #VALUE! (its results would
 * overlap). An element whose inputs are missing or wrong fills all its cells with the same
 * "" or error value.
 *
 * @param inputs the value parameters, each a cell or a range
 * @param width how many results each element has
 * @param compute the function of one element's numbers, returning `width` results or one error
 * @returns the result matrix, or one error for shapes that do not fit
 * @example mapMany([[[1], [2]]], 2, ([x]) => [x, -x]) // [[1, -1], [2, -2]]
 */
export function mapMany(
  inputs: readonly MatrixInput[],
  width: number,
  compute: (values: number[]) => ResultCell[] | SheetError | string,
): ResultMatrix | SheetError {
  const matrices = inputs.map(asMatrix);
  const shape = broadcastShape(matrices);
  if (isSheetError(shape)) return shape;
  const [rows, columns] = shape;
  if (rows > 1 && columns > 1) return sheetError("value", FUNCTION_MESSAGES.oneRowOrColumn);
  const elements = Math.max(rows, columns);
  const alongRow = columns === 1;
  const out: ResultMatrix = alongRow
    ? Array.from({ length: elements }, () => new Array<ResultCell>(width))
    : Array.from({ length: width }, () => new Array<ResultCell>(elements));
  const readings: CellReading[] = new Array(matrices.length);
  for (let e = 0; e < elements; e++) {
    const r = alongRow ? e : 0;
    const c = alongRow ? 0 : e;
    for (let i = 0; i < matrices.length; i++) {
      const m = matrices[i];
      const cell = m[m.length === 1 ? 0 : r][m[0].length === 1 ? 0 : c];
      readings[i] = typeof cell === "number" && Number.isFinite(cell) ? { kind: "number", value: cell, notes: [] } : readCell(cell);
    }
    const inputsOf = numericInputs(readings);
    let results: ResultCell[];
    if (!inputsOf.ok) {
      results = new Array<ResultCell>(width).fill(inputsOf.result);
    } else {
      let computed: ResultCell[] | SheetError | string;
      try {
        computed = compute(inputsOf.values);
      } catch (error) {
        computed = sheetError("value", FUNCTION_MESSAGES.cannotCompute(String((error as Error)?.message ?? error)));
      }
      results = Array.isArray(computed) ? computed.map(finiteCell) : new Array<ResultCell>(width).fill(computed);
    }
    for (let k = 0; k < width; k++) {
      if (alongRow) out[e][k] = results[k];
      else out[k][e] = results[k];
    }
  }
  return out;
}
