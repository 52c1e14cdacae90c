/** Relative closeness for reference values: |actual − expected| ≤ tolerance·|expected|. */
export function expectClose(actual: unknown, expected: number, tolerance = 1e-9): void {
  if (typeof actual !== "number") throw new Error(`expected the number ${expected}, got ${JSON.stringify(actual)}`);
  const scale = Math.max(Math.abs(expected), 1e-300);
  if (!(Math.abs(actual - expected) <= tolerance * scale)) {
    throw new Error(`expected ${expected}, got ${actual} (relative error ${Math.abs(actual - expected) / scale})`);
  }
}
