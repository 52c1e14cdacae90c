/**
 * The decimals a stated percent shows in its cell, as the release prints it: a −3 under the number format
 * "0.0" reads "3.0%" (广州 2022年12月, corpus 04: "事故起数同比下降3.0%"), a 6 under "0.0" "6.0%" (its 与近三年平均值
 * 相比 "6.0%"); a cell typed as text ("−3.0") shows the decimals it is typed with. The 综述 writes a stated percent
 * with these decimals (docs/report-rules.md rule 17); the precision option governs computed percents only.
 */

/**
 * The decimals a number format fixes: "0.0" → 1, "#,##0.00_ " → 2, "0.0%" → 1, "0" → 0; undefined for
 * "General", text, or a format that does not fix them ("0.##").
 *
 * @param format the number format code
 * @returns the decimals, or undefined
 * @example formatDecimals("0.0;[Red]-0.0") // 1
 */
export function formatDecimals(format: string | undefined): number | undefined {
  if (!format) return undefined;
  // The first section (positive numbers), without quoted text, escapes and colours.
  const code = format
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (!/[0#]/.test(code) || /[@?]|[EeyMdhms]/.test(code)) return undefined;
  const point = /\.([0#]*)/.exec(code);
  if (!point) return 0;
  const places = point[1];
  // "0.0#" shows 1 or 2: not fixed.
  return /#/.test(places) ? undefined : places.length;
}

/**
 * The decimals a stated percent's cell shows: its text's, else its number format's.
 *
 * @param raw the cell's value as stored
 * @param format its number format, if any
 * @returns the decimals, or undefined when the cell does not fix them
 * @example shownDecimals(-3, "0.0") // 1
 * @example shownDecimals("-3.0%", undefined) // 1
 */
export function shownDecimals(raw: unknown, format: string | undefined): number | undefined {
  if (typeof raw === "string") {
    const m = /^\s*[-+−]?\d+(?:\.(\d+))?\s*%?\s*$/.exec(raw.replace(/,/g, ""));
    return m ? (m[1]?.length ?? 0) : undefined;
  }
  return typeof raw === "number" ? formatDecimals(format) : undefined;
}
