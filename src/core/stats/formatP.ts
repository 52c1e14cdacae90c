/**
 * How a p-value reads in a report.
 */

/**
 * Formats a p-value to 3 significant digits, trailing zeros dropped, or "p<0.001".
 *
 * @param p the p-value in [0, 1]
 * @returns "p=0.76", "p=0.00213", "p=1" or "p<0.001"
 * @example formatP(0.7634) // "p=0.763"
 */
export function formatP(p: number): string {
  if (p < 0.001) return "p<0.001";
  const digits = Number(p.toPrecision(3)).toString();
  return `p=${digits}`;
}
