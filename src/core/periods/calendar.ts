/** Calendar arithmetic the period and ledger code share (UTC, no clock). */

/**
 * Days in a month.
 *
 * @param year the year
 * @param month 1 to 12
 * @returns 28 to 31
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
