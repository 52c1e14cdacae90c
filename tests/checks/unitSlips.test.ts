/**
 * A unit slip needs evidence (issue 26.8): 元 typed into a 万元 column is said only when the
 * workbook bears it out — the stated 合计, the row's own parts (直接经济损失 = its categories, the
 * national disaster form's relation) or the row's year-ago figure. The largest values of a skewed
 * column (Shaanxi 2021: a few counties carry most of the loss) are not slips.
 */
import type { RowMeaning } from "../../src/core/reader/model";
import { checkTable, type Col } from "./checkTable";
import { checkUnitSlips } from "../../src/core/checks/unitSlips";

const table = checkTable;

const LOSS: Col = { indicator: "dz_direct_loss", role: "value", unit: "万元" };

test("a figure 10,000 times the column's others with no 合计, no parts and no year-ago figure is not flagged: nothing bears a slip out", () => {
  const t = table(
    [LOSS],
    [
      ["甲", "data", 9860900],
      ["乙", "data", 732.16],
      ["丙", "data", 1342.28],
      ["丁", "data", 1098.23],
      ["戊", "data", 1430.55],
    ],
  );
  expect(checkUnitSlips(t)).toEqual([]);
});

test("the largest values of a skewed column are not slips, even with a 合计 — the 合计 agrees with them as written", () => {
  const counties = [5_300_000, 4_100_000, 610, 420, 380, 350, 300, 280, 120, 95];
  const total = counties.reduce((a, b) => a + b, 0);
  const t = table([LOSS], [["全省", "total", total], ...counties.map((v, k): [string, RowMeaning["role"], number] => [`县${k}`, "data", v])]);
  expect(checkUnitSlips(t)).toEqual([]);
});

test("the row's own parts bear it out: 直接经济损失 9,860,900 with categories adding to 986.09 万元 (the disaster form's 直接经济损失 = its categories)", () => {
  const parts: Col[] = ["loss_housing", "loss_agri", "loss_industry", "loss_infra", "loss_public", "loss_other"].map((indicator) => ({
    indicator,
    role: "value",
    unit: "万元",
  }));
  const t = table(
    [LOSS, ...parts],
    [
      ["甲", "data", 9860900, 100, 400, 86.09, 300, 50, 50],
      ["乙", "data", 732.16, 100, 300, 32.16, 200, 50, 50],
      ["丙", "data", 1342.28, 100, 900, 42.28, 200, 50, 50],
      ["丁", "data", 1098.23, 100, 700, 48.23, 150, 50, 50],
      ["戊", "data", 1430.55, 100, 1000, 30.55, 200, 50, 50],
    ],
  );
  const [slip] = checkUnitSlips(t);
  expect(slip).toMatchObject({ kind: "unit_slip", cell: "B2", stated: 9860900, recomputed: 986.09 });
  expect(slip.message.zh).toContain("本行 B2 与其分项 C2、D2、E2、F2、G2、H2 只有按其万分之一计算才相符");
});

test("the row's year-ago figure bears it out: 本期 9,860,900 beside 去年同期 1,020 万元", () => {
  const t = table(
    [
      { indicator: "dz_direct_loss", role: "current", unit: "万元" },
      { indicator: "dz_direct_loss", role: "previous", unit: "万元" },
    ],
    [
      ["甲", "data", 9860900, 1020],
      ["乙", "data", 732.16, 700],
      ["丙", "data", 1342.28, 1200],
      ["丁", "data", 1098.23, 900],
      ["戊", "data", 1430.55, 1500],
    ],
  );
  const [slip] = checkUnitSlips(t);
  expect(slip).toMatchObject({ cell: "B2", recomputed: 986.09 });
  expect(slip.message.en).toContain("the row's year-ago figure C2 is 1020");
});

test("the stated 合计 bears it out, and the message names it", () => {
  const t = table(
    [LOSS],
    [
      ["全州", "total", 5589.31],
      ["甲", "data", 9860900],
      ["乙", "data", 732.16],
      ["丙", "data", 1342.28],
      ["丁", "data", 1098.23],
      ["戊", "data", 1430.55],
    ],
  );
  const [slip] = checkUnitSlips(t);
  expect(slip.message.zh).toBe(
    "甲 B3（dz_direct_loss/value）为 9860900，约为同列其他数值的 8081 倍；合计 B2（5589.31）只有按其万分之一计算才相符，疑似单位错误（元/万元），应为 986.09",
  );
});
