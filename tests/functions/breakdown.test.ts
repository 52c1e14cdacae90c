import { breakdown } from "../../src/core/functions/breakdown";
import { codeOf, matrix } from "./helpers";

const SEED_LABELS = ["房屋及居民家庭财产损失", "农林牧渔业损失", "工矿商贸业损失", "基础设施损失", "公共服务损失"];
const SEED_PARTS = [126.59, 11810.23, 100, 265.76, 19.76];

describe("BREAKDOWN, the loss breakdown in one formula", () => {
  it("spills label, value and share per part and a 合计 row of exactly 12322.34 (docs/report-rules.md T4; the seed loss parts of docs/layouts.md)", () => {
    const m = matrix(
      breakdown(
        SEED_PARTS.map((v) => [v]),
        SEED_LABELS.map((l) => [l]),
      ),
    );
    expect(m).toHaveLength(6);
    expect(m[1][0]).toBe("农林牧渔业损失");
    expect(m[1][1]).toBe(11810.23);
    expect(m[1][2]).toBeCloseTo(0.958, 3);
    expect(m[5]).toEqual(["合计", 12322.34, 1]);
  });

  it("names parts 项目1, 项目2 … when no labels are given, and reads a row as well as a column", () => {
    const m = matrix(breakdown([[1, 3]]));
    expect(m.map((r) => r[0])).toEqual(["项目1", "项目2", "合计"]);
    expect(m.map((r) => r[2])).toEqual([0.25, 0.75, 1]);
  });

  it("gives the dash for shares when the total is 0", () => {
    expect(matrix(breakdown([[0], [0]])).map((r) => r[2])).toEqual(["—", "—", "—"]);
  });

  it("shows a missing part as blank and makes the 合计 #N/A, since the total is unknown", () => {
    const m = matrix(breakdown([[5], ["—"]]));
    expect(m[1].slice(1)).toEqual(["", ""]);
    expect(codeOf(m[2][1])).toBe("na");
    expect(codeOf(m[0][2])).toBe("na");
  });

  it("rejects a labels count that does not match the values, and a 2-D block, with #VALUE!", () => {
    expect(codeOf(breakdown([[1], [2]], [["a"]]))).toBe("value");
    expect(
      codeOf(
        breakdown([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toBe("value");
  });
});
