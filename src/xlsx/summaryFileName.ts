/**
 * The name of a workbook's summary file — one rule for the command line and the workbench's
 * download: `<name>.summary.xlsx`; an .xlsm stays an .xlsm (its macros are kept); an .xls, .et or
 * .csv gives an .xlsx; a summary summarised again keeps its name (never x.summary.summary.xlsx).
 */

/**
 * The summary file's name of a workbook's file name.
 *
 * @param name the input's file name (no folder)
 * @returns the output's file name
 * @example summaryFileName("楚雄.xlsx") // "楚雄.summary.xlsx"
 * @example summaryFileName("楚雄.summary (2).xlsx") // "楚雄.summary.xlsx"
 */
export function summaryFileName(name: string): string {
  const macro = /\.xlsm$/i.test(name);
  const base = name.replace(/\.(xls[xm]?|et|csv|txt)$/i, "").replace(/\.summary( \(\d+\))?$/i, "");
  return `${base}.summary.${macro ? "xlsm" : "xlsx"}`;
}
