import { checkTable, type Col } from "./checkTable";
import { checkTotals } from "../../src/core/checks/totals";
import { checkParts } from "../../src/core/checks/parts";
import { agreesWithRounding, checkStatedChanges } from "../../src/core/checks/statedChange";
import { checkStatedRates } from "../../src/core/checks/statedRate";
import { checkUnitSlips } from "../../src/core/checks/unitSlips";
import { checkImpossibleValues } from "../../src/core/checks/impossibleValues";

/** A table from rows of [label, role, ...numbers], columns B, C, … (hand-built, like the reader's output). */
const table = checkTable;

describe("checkTotals", () => {
  it("finds −1 for plans stated as 83 whose parts 1 + 17 + 66 add to 84 (docs/layouts.md)", () => {
    const t = table(
      [{ indicator: "plans", role: "value" }],
      [
        ["州级", "total", 83],
        ["总体", "data", 1],
        ["专项", "data", 17],
        ["部门", "data", 66],
      ],
    );
    const [f] = checkTotals(t);
    expect(f).toMatchObject({ kind: "total_mismatch", cell: "B2", stated: 83, recomputed: 84, sources: ["B3:B5"] });
    expect(f.message.zh).toContain("相差 -1");
  });

  it("accepts totals equal to the exact decimal sum, and ignores 其中 rows", () => {
    const t = table(
      [{ indicator: "dz_direct_loss", role: "value" }],
      [
        ["合计", "total", 12322.34],
        ["其中：旱灾", "of_which", 5000],
        ["甲", "data", 126.59],
        ["乙", "data", 11810.23],
        ["丙", "data", 100],
        ["丁", "data", 265.76],
        ["戊", "data", 19.76],
      ],
    );
    expect(checkTotals(t)).toEqual([]);
  });

  it("makes no finding from a column holding an error cell", () => {
    const t = table(
      [{ indicator: "deaths", role: "current" }],
      [
        ["合计", "total", 5],
        ["甲", "data", "#N/A"],
        ["乙", "data", 2],
      ],
    );
    expect(checkTotals(t)).toEqual([]);
  });
});

describe("checkParts", () => {
  it("checks a complete loss breakdown against 直接经济损失 in each row", () => {
    const ids = ["dz_direct_loss", "loss_housing", "loss_agri", "loss_industry", "loss_infra", "loss_public"];
    const t = table(
      ids.map((indicator) => ({ indicator, role: "value" as const })),
      [
        ["全州合计", "total", 12322.34, 126.59, 11810.23, 100, 265.76, 19.76],
        ["楚雄市", "data", 986.09, 10.13, 944.82, null, 21.26, 9.99],
      ],
    );
    const findings = checkParts(t);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "parts_mismatch", cell: "B3", stated: 986.09, recomputed: 986.2, sources: ["C3:G3"] });
  });

  it("only checks a lone 其中 part against its total (重大隐患 ≤ 排查隐患)", () => {
    const t = table(
      [
        { indicator: "hazards_found", role: "value" },
        { indicator: "major_found", role: "value" },
      ],
      [
        ["甲", "data", 10, 3],
        ["乙", "data", 2, 5],
      ],
    );
    const findings = checkParts(t);
    expect(findings.map((f) => [f.kind, f.cell])).toEqual([["impossible_value", "C3"]]);
  });
});

describe("checkStatedChanges", () => {
  const columns: Col[] = [
    { indicator: "deaths", role: "current" },
    { indicator: "deaths", role: "previous" },
    { indicator: "deaths", role: "change_pct" },
  ];

  it("accepts one decimal half-up, two decimals truncated (layout D), and integers", () => {
    expect(agreesWithRounding(33.3, 1, 3)).toBe(true);
    expect(agreesWithRounding(-17.77, -8, 45)).toBe(true); // Chizhou truncation, docs/numbers.md
    expect(agreesWithRounding(-17.78, -8, 45)).toBe(true);
    expect(agreesWithRounding(15, 3, 20)).toBe(true);
    expect(agreesWithRounding(6.4, 1, 16)).toBe(false); // 6.25: neither 6.3 (half-up) nor 6.2 (truncated)
  });

  it("flags a wrong percent and leaves a zero base alone", () => {
    const t = table(columns, [
      ["禄丰市", "data", 4, 3, 25],
      ["牟定县", "data", 1, 0, "—"],
      ["南华县", "data", 2, 0, 200],
    ]);
    const [f, ...rest] = checkStatedChanges(t);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ kind: "stated_change_mismatch", cell: "D2", stated: 25, sources: ["B2", "C2"] });
    expect(f.recomputed).toBeCloseTo(100 / 3, 12);
  });

  it("flags a stated 增减 that is not current − previous", () => {
    const t = table([columns[0], columns[1], { indicator: "deaths", role: "change_abs" }], [["甲", "data", 26, 21, 6]]);
    expect(checkStatedChanges(t)[0]).toMatchObject({ kind: "stated_delta_mismatch", stated: 6, recomputed: 5 });
  });
});

describe("checkStatedRates", () => {
  const columns: Col[] = [
    { indicator: "hazards_found", role: "value" },
    { indicator: "rectified", role: "value" },
    { indicator: "rect_rate", role: "rate" },
  ];

  it("accepts the seed's 整改率92% for 378 of 411 (docs/layouts.md)", () => {
    expect(checkStatedRates(table(columns, [["合计", "total", 411, 378, 92]]))).toEqual([]);
    expect(checkStatedRates(table(columns, [["合计", "total", 411, 378, 91.97]]))).toEqual([]);
  });

  it("flags Sichuan's published 97.28% for 137354 of 141911, which is 96.79% (docs/indicators.md)", () => {
    const [f] = checkStatedRates(table(columns, [["四川", "total", 141911, 137354, 97.28]]));
    expect(f).toMatchObject({ kind: "stated_rate_mismatch", stated: 97.28 });
    expect(f.recomputed).toBeCloseTo(96.7888, 3);
    expect(f.message.zh).toContain("96.79%");
  });
});

describe("checkUnitSlips and checkImpossibleValues", () => {
  it("flags 元 typed into a 万元 column when the stated 合计 bears it out (tests/checks/unitSlips.test.ts has the rest)", () => {
    const t = table(
      [{ indicator: "dz_direct_loss", role: "value" }],
      [
        ["全州", "total", 5589.31],
        ["甲", "data", 9860900],
        ["乙", "data", 732.16],
        ["丙", "data", 1342.28],
        ["丁", "data", 1098.23],
        ["戊", "data", 1430.55],
      ],
    );
    expect(checkUnitSlips(t)).toEqual([expect.objectContaining({ kind: "unit_slip", cell: "B3", recomputed: 986.09 })]);
  });

  it("does not flag ordinary spread", () => {
    const t = table(
      [{ indicator: "affected_pop", role: "value" }],
      [
        ["甲", "data", 4164],
        ["乙", "data", 42177],
        ["丙", "data", 18075],
        ["丁", "data", 33139],
        ["戊", "data", 35000],
      ],
    );
    expect(checkUnitSlips(t)).toEqual([]);
  });

  it("flags more hazards rectified than found, and a negative count", () => {
    const t = table(
      [
        { indicator: "hazards_found", role: "value" },
        { indicator: "rectified", role: "value" },
      ],
      [
        ["甲", "data", 48, 50],
        ["乙", "data", -1, null],
      ],
    );
    // 已整改 ⊆ 排查隐患 is a relation of the forms (parts.ts); a negative count is impossible in itself.
    expect(checkParts(t).map((f) => f.cell)).toEqual(["C2"]);
    expect(checkImpossibleValues(t).map((f) => f.cell)).toEqual(["B3"]);
  });
});
