import { isSheetError, type SheetError } from "../../src/core/grid/sheetError";
import type { ResultMatrix } from "../../src/core/grid/broadcast";

/** The result as a matrix, failing the test when it is one error. */
export function matrix(result: ResultMatrix | SheetError): ResultMatrix {
  if (isSheetError(result)) throw new Error(`expected a matrix, got ${result.code}: ${result.message}`);
  return result;
}

/** The single element of a 1×1 result. */
export function only(result: ResultMatrix | SheetError): unknown {
  const m = matrix(result);
  expect(m.length).toBe(1);
  expect(m[0].length).toBe(1);
  return m[0][0];
}

/** The error code of a result element or of the whole call; undefined for a value. */
export function codeOf(x: unknown): string | undefined {
  return isSheetError(x) ? x.code : undefined;
}
