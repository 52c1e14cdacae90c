/**
 * Holm's step-down correction for a family of tests (Holm 1979): where one table tests each of
 * its rows, some rows come out "significant" by chance; the adjusted p-values keep the chance of
 * any false "significant" in the family at the level, and never claim less than Bonferroni would.
 */

/**
 * Holm-adjusted p-values, in the order given (R's p.adjust(p, "holm")).
 *
 * @param ps the family's raw p-values, each in [0, 1]
 * @returns the adjusted p-values: sorted ascending, the i-th of m is max over j ≤ i of min(1, (m − j + 1)·p(j))
 * @example holmAdjust([0.01, 0.04, 0.03, 0.005]) // [0.03, 0.06, 0.06, 0.02]
 */
export function holmAdjust(ps: readonly number[]): number[] {
  const m = ps.length;
  const order = ps.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const out = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, k) => {
    running = Math.max(running, Math.min(1, (m - k) * p));
    out[i] = running;
  });
  return out;
}
