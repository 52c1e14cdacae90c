/**
 * How the imitated ET hands values over and takes them in: COM error numbers, blanks as
 * undefined, Item(r, c) wrappers, and what a block assignment does (VBA's rules: a smaller array
 * leaves #N/A in the cells it does not reach, a larger one is cut).
 */

/** Excel's error texts by the COM error number VBA's CVErr gives (2000 + code, as HRESULT 0x800A07xx). */
export const COM_ERRORS: Readonly<Record<string, number>> = {
  "#NULL!": -2146826288,
  "#DIV/0!": -2146826281,
  "#VALUE!": -2146826273,
  "#REF!": -2146826265,
  "#NAME?": -2146826259,
  "#NUM!": -2146826252,
  "#N/A": -2146826246,
};

const ERROR_TEXT = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/;

/**
 * A stored value as ET's Value2 gives it.
 *
 * @param value the host state's value ("" for blank, "#N/A" for an error cell)
 * @param errors COM numbers or text for error cells (the state keeps errors as their text)
 * @returns the value
 */
export function outgoing(value: unknown, errors: "com" | "text"): unknown {
  if (value === "" || value === null || value === undefined) return undefined;
  if (typeof value === "string" && errors === "com" && ERROR_TEXT.test(value)) return COM_ERRORS[value];
  return value;
}

/** A block read as some WPS builds return it: an object with a 1-based Item(r, c) and counts. */
export interface ItemWrapper {
  Item(row: number, column?: number): unknown;
  readonly RowCount: number;
  readonly ColumnCount: number;
}

/**
 * Wraps rows of values as an Item(r, c) wrapper.
 *
 * @param rows the values
 * @returns the wrapper
 */
export function itemWrapper(rows: unknown[][]): ItemWrapper {
  return {
    Item: (row: number, column = 1) => rows[row - 1]?.[column - 1],
    RowCount: rows.length,
    ColumnCount: rows[0]?.length ?? 0,
  };
}

/**
 * What each cell of a block receives from an assignment.
 *
 * @param value a scalar (every cell) or rows of values
 * @param rows rows of the range
 * @param columns columns of the range
 * @returns a function giving the value for cell (i, j), "#N/A" beyond a smaller array
 */
export function incoming(value: unknown, rows: number, columns: number): (i: number, j: number) => unknown {
  if (!Array.isArray(value)) return () => value;
  void rows;
  void columns;
  // A one-dimensional array fills each row alike, as in VBA.
  if (value.length > 0 && !Array.isArray(value[0])) return (_i, j) => (j < value.length ? value[j] : "#N/A");
  const grid = value as unknown[][];
  return (i, j) => {
    const row = grid[i];
    if (!row || j >= row.length) return "#N/A";
    return row[j];
  };
}
