import { exactSum } from "../numbers/decimal";
import { readCell } from "../numbers/readCell";
import { asMatrix, numericInputs, type MatrixInput, type ResultCell, type ResultMatrix } from "../grid/broadcast";
import { sheetError, type SheetError } from "../grid/sheetError";
import { shareOf } from "./share";
import { safePair } from "./elementwise";
import { FUNCTION_MESSAGES } from "../messages/functionMessages";

/** The label of the total row. */
export const TOTAL_LABEL = "合计";

/**
 * The label of the i-th part when none is given.
 *
 * @param index the part's position from 0
 * @returns "项目1", "项目2" …
 * @example defaultLabel(0) // "项目1"
 */
export function defaultLabel(index: number): string {
  return `项目${index + 1}`;
}

/** The cells of a single row or column, in order; null for a 2-D block. */
function line(input: MatrixInput): unknown[] | null {
  const m = asMatrix(input);
  if (m.length === 1) return m[0].slice();
  if (m.every((row) => row.length === 1)) return m.map((row) => row[0]);
  return null;
}

function labelText(raw: unknown, index: number): string {
  if (typeof raw === "string" && raw.trim() !== "") return raw.trim();
  if (typeof raw === "number" && Number.isFinite(raw)) return String(raw);
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return defaultLabel(index);
}

/**
 * BREAKDOWN(values, [labels]): the loss breakdown in one formula. Spills one row per part,
 * label | value | share of the total, then a 合计 row with the exact sum and 1.
 *
 * Each part follows the missing rule on its own: a missing part shows "" as value and share;
 * text or an error shows #VALUE! or that error. The 合计 row follows the rule over all parts
 * (all missing → "", some missing → #N/A, text → #VALUE!), and when it is not a number the
 * shares show the same, since there is nothing to divide by. Shares are "—" when the total
 * is 0, and are not forced to add up to 100% (docs/numbers.md).
 *
 * @param values the parts: one row or one column
 * @param labels their names, as many as values; 项目1, 项目2 … when omitted or blank
 * @returns (n + 1) rows of [label, value, share], or one #VALUE! error for a 2-D block or a
 *   labels count that does not match
 * @example breakdown([[126.59], [11810.23]], [["房屋"], ["农林牧渔业"]])
 *   // [["房屋", 126.59, 0.0106…], ["农林牧渔业", 11810.23, 0.9893…], ["合计", 11936.82, 1]]
 */
export function breakdown(values: MatrixInput, labels?: MatrixInput): ResultMatrix | SheetError {
  const cells = line(values);
  if (!cells) return sheetError("value", FUNCTION_MESSAGES.valuesOneLine);
  let names: unknown[] = [];
  if (labels !== undefined && labels !== null) {
    const given = line(labels);
    if (!given) return sheetError("value", FUNCTION_MESSAGES.labelsOneLine);
    const omitted = given.length === 1 && (given[0] === null || given[0] === undefined);
    if (!omitted && given.length !== cells.length) {
      return sheetError("value", FUNCTION_MESSAGES.labelCount(given.length, cells.length));
    }
    names = omitted ? [] : given;
  }

  const readings = cells.map(readCell);
  const parts: ResultCell[] = readings.map((reading) => {
    const inputs = numericInputs([reading]);
    return inputs.ok ? inputs.values[0] : inputs.result;
  });
  const all = numericInputs(readings);
  const total: ResultCell = all.ok ? safeTotal(all.values) : all.result;

  const rows: ResultMatrix = parts.map((part, i) => {
    let shareCell: ResultCell;
    if (typeof part !== "number") shareCell = part;
    else if (typeof total !== "number") shareCell = total;
    else shareCell = safePair(shareOf, part, total);
    return [labelText(names[i], i), part, shareCell];
  });
  const totalShare: ResultCell = typeof total === "number" ? safePair(shareOf, total, total) : total;
  rows.push([TOTAL_LABEL, total, totalShare]);
  return rows;
}

function safeTotal(values: number[]): ResultCell {
  const sum = exactSum(values);
  if (!Number.isFinite(sum)) return sheetError("num", FUNCTION_MESSAGES.notFinite);
  return sum === 0 ? 0 : sum;
}
