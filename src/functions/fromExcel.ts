/**
 * What Excel hands a custom function, turned into the plain cell values the core reads.
 *
 * The metadata sets `allowErrorForDataTypeAny` (scripts/functions/finishMetadata.js), so Excel
 * calls the functions even when an input cell holds an error, and passes that error as an
 * object: a `CustomFunctions.Error` ({ code: "#DIV/0!" }) or, with data types on
 * (`allowCustomDataForDataTypeAny`), an error cell value ({ type: "Error", basicValue: "#DIV/0!" }).
 * Other data-type values (a formatted number, an entity) arrive as objects with a `basicValue`.
 * The core's reader knows errors as `{ error: "#DIV/0!" }` (src/core/numbers/readCell.ts), so each
 * error becomes that and each other data-type value its basic value; what each function then does
 * with an error input is on the help page ("错误值输入 / Error inputs").
 */

/** Excel's error texts (the codes of CustomFunctions.ErrorCode and the cell error values). */
const ERROR_TEXT = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA|PYTHON!|EXTERNAL!)$/i;

/** An error as the core reads it. */
export interface CellErrorValue {
  readonly error: string;
}

/**
 * One value from Excel as the core reads it.
 *
 * @param value a cell value, error object or data-type value
 * @returns the same number, text, boolean or blank; `{ error }` for an error; the basic value of another data type
 * @example fromExcelValue({ code: "#DIV/0!" }) // { error: "#DIV/0!" }
 * @example fromExcelValue({ type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }) // { error: "#N/A" }
 */
export function fromExcelValue(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const v = value as Record<string, unknown>;
  if (typeof v.error === "string") return value;
  if (typeof v.code === "string" && ERROR_TEXT.test(v.code)) return { error: v.code.toUpperCase() };
  if (v.type === "Error" || v.basicType === "Error") {
    const text = typeof v.basicValue === "string" && ERROR_TEXT.test(v.basicValue) ? v.basicValue.toUpperCase() : "#VALUE!";
    return { error: text };
  }
  if ("basicValue" in v) return fromExcelValue(v.basicValue);
  return value;
}

/**
 * A whole argument (one value or a 2-D range) as the core reads it. A range without objects
 * is returned as it is (no copy), so 100,000-row inputs cost one scan.
 *
 * @param argument what Excel passed for one parameter
 * @returns the argument with every error object and data-type value turned into a plain value
 * @example fromExcel([[1, { code: "#N/A" }]]) // [[1, { error: "#N/A" }]]
 */
export function fromExcel(argument: unknown): unknown {
  if (!Array.isArray(argument)) return fromExcelValue(argument);
  let copy: unknown[][] | undefined;
  for (let r = 0; r < argument.length; r++) {
    const row = argument[r];
    if (!Array.isArray(row)) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== "object" || cell === null) continue;
      const plain = fromExcelValue(cell);
      if (plain === cell) continue;
      if (!copy) copy = argument.map((line) => (Array.isArray(line) ? line.slice() : line));
      copy[r][c] = plain;
    }
  }
  return copy ?? argument;
}
