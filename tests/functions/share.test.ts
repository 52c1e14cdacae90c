import { share } from "../../src/core/functions/share";
import { matrix, only } from "./helpers";

describe("SHARE, part ÷ total", () => {
  it("gives 11810.23 / 12322.34 for the farm losses of the seed breakdown (docs/report-rules.md T4: 占95.8%)", () => {
    const value = only(share(11810.23, 12322.34)) as number;
    expect(value).toBe(11810.23 / 12322.34);
    expect(value).toBeCloseTo(0.958, 3);
  });

  it("gives the dash when the total is 0", () => {
    expect(only(share(0, 0))).toBe("—");
    expect(only(share(5, 0))).toBe("—");
  });

  it("divides a column of parts by one total: 7 / 116 is 6.03% (Qingyuan table, docs/numbers.md)", () => {
    const m = matrix(share([[7], [109]], 116));
    expect(m[0][0]).toBeCloseTo(0.0603, 4);
    expect(m[1][0]).toBe(109 / 116);
  });
});
