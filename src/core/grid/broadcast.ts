/**
 * Element-wise evaluation over cells and ranges, as Excel's own arithmetic broadcasts.
 *
 * Every BUREAU function takes single cells or ranges. A 1×1 input stands for every
 * element; a single row or column repeats along the other dimension; otherwise the
 * shapes must match. One missing-value rule holds everywhere: all inputs of an element
 * missing → "" (the element stays blank); some missing → #N/A; text that is no number →
 * #VALUE!; an error in an input → that error.
 */
import { readCell, type CellReading } from "../numbers/readCell";
import { errorCodeOf, isSheetError, sheetError, type SheetError } from "./sheetError";
import { FUNCTION_MESSAGES } from "../messages/functionMessages";

/** One result element. */
export type ResultCell = number | string | boolean | SheetError;

/** A 2-D block of results, or one error for the whole call. */
export type ResultMatrix = ResultCell[][];

/** A cell or range as Excel passes it: a 2-D array, or a bare value for a scalar parameter. */
export type MatrixInput = unknown;

/**
 * Turns a scalar or a 2-D array into a 2-D array.
 *
 * @param input a bare value, a 1-D array (taken as a row) or a 2-D array
 * @returns a 2-D array with at least one cell
 * @example asMatrix(5) // [[5]]
 */
export function asMatrix(input: MatrixInput): unknown[][] {
  if (!Array.isArray(input)) return [[input]];
  if (input.length === 0) return [[null]];
  if (!Array.isArray(input[0])) return [input as unknown[]];
  return input as unknown[][];
}

/**
 * The shape all inputs broadcast to, or an error naming the shapes that do not fit.
 *
 * @param matrices the inputs as 2-D arrays
 * @returns [rows, columns] or a #VALUE! error
 * @example broadcastShape([[[1],[2]], [[3]]]) // [2, 1]
 */
export function broadcastShape(matrices: readonly unknown[][][]): [number, number] | SheetError {
  let rows = 1;
  let columns = 1;
  for (const m of matrices) {
    const r = m.length;
    const c = m[0]?.length ?? 0;
    if (c === 0) return sheetError("value", FUNCTION_MESSAGES.emptyRange);
    for (const row of m) if (row.length !== c) return sheetError("value", FUNCTION_MESSAGES.raggedRange);
    if (r !== 1) {
      if (rows !== 1 && rows !== r) return mismatch(matrices);
      rows = r;
    }
    if (c !== 1) {
      if (columns !== 1 && columns !== c) return mismatch(matrices);
      columns = c;
    }
  }
  return [rows, columns];
}

function mismatch(matrices: readonly unknown[][][]): SheetError {
  const shapes = matrices.map((m) => `${m.length}×${m[0]?.length ?? 0}`).join(", ");
  return sheetError("value", FUNCTION_MESSAGES.shapesDiffer(shapes));
}

/** What an element's numeric inputs came to: numbers, or the result that stands in for them. */
export type NumericInputs = { readonly ok: true; readonly values: number[] } | { readonly ok: false; readonly result: ResultCell };

/**
 * Applies the missing-value and error rule to one element's inputs.
 *
 * @param readings the readings of the element's inputs
 * @returns the numbers, or the "", #N/A, #VALUE! or error result that replaces them
 * @example numericInputs([readCell(3), readCell("—")]) // { ok: false, result: #N/A error }
 */
export function numericInputs(readings: readonly CellReading[]): NumericInputs {
  const values: number[] = [];
  let missing = 0;
  for (const r of readings) {
    switch (r.kind) {
      case "number":
        values.push(r.value);
        break;
      case "missing":
        missing++;
        break;
      case "error":
        return { ok: false, result: sheetError(errorCodeOf(r.error), FUNCTION_MESSAGES.inputIsError(r.error)) };
      case "boolean":
        return { ok: false, result: sheetError("value", FUNCTION_MESSAGES.booleanNotNumber(r.value)) };
      case "text":
        return { ok: false, result: sheetError("value", FUNCTION_MESSAGES.textNotNumber(r.text)) };
    }
  }
  if (missing === readings.length) return { ok: false, result: "" };
  if (missing > 0) return { ok: false, result: sheetError("na", FUNCTION_MESSAGES.missingValue) };
  return { ok: true, values };
}

/**
 * Evaluates a numeric function element-wise over broadcast inputs.
 *
 * @param inputs the value parameters, each a cell or a range
 * @param compute the function of one element's numbers; it may return an error value, and if
 *   it throws or returns a non-finite number the element becomes #VALUE! or #NUM!
 * @returns the result matrix, or one error when the shapes do not fit
 * @example mapNumbers([[[23],[42]], [[20],[45]]], ([c, p]) => c - p) // [[3], [-3]]
 */
export function mapNumbers(inputs: readonly MatrixInput[], compute: (values: number[]) => ResultCell): ResultMatrix | SheetError {
  const matrices = inputs.map(asMatrix);
  const shape = broadcastShape(matrices);
  if (isSheetError(shape)) return shape;
  const [rows, columns] = shape;
  const out: ResultMatrix = new Array(rows);
  const readings: CellReading[] = new Array(matrices.length);
  for (let r = 0; r < rows; r++) {
    const row: ResultCell[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      for (let i = 0; i < matrices.length; i++) {
        const m = matrices[i];
        const cell = m[m.length === 1 ? 0 : r][m[0].length === 1 ? 0 : c];
        readings[i] = typeof cell === "number" && Number.isFinite(cell) ? { kind: "number", value: cell, notes: [] } : readCell(cell);
      }
      const inputsOf = numericInputs(readings);
      row[c] = inputsOf.ok ? safeCompute(compute, inputsOf.values) : inputsOf.result;
    }
    out[r] = row;
  }
  return out;
}

/**
 * Runs one element's computation so that nothing but an error value can come out of it.
 *
 * @param compute the element function
 * @param values its numbers
 * @returns the result, #VALUE! if it threw, #NUM! if it was not a finite number
 * @example safeCompute(() => NaN, []) // #NUM! error value
 */
export function safeCompute(compute: (values: number[]) => ResultCell, values: number[]): ResultCell {
  try {
    const result = compute(values);
    if (typeof result === "number") {
      if (!Number.isFinite(result)) return sheetError("num", FUNCTION_MESSAGES.notFinite);
      return result === 0 ? 0 : result;
    }
    if (result === undefined || result === null) return sheetError("value", FUNCTION_MESSAGES.noResult);
    return result;
  } catch (e) {
    return sheetError("value", FUNCTION_MESSAGES.cannotCompute(String((e as Error)?.message ?? e)));
  }
}
