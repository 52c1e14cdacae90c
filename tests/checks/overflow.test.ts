/**
 * The 核对 cannot fail open (issue 27, item 7). Before: two counties of 1e308 under a stated total
 * of 1 gave "未发现计算不一致" (the sum overflowed to Infinity, the check threw, and the reader kept
 * an empty list of findings), and other figures printed "Infinity" in findings. Now an overflow is
 * a finding naming the cells, a check that fails inside reports its table as unchecked, and no
 * finding, message or plan cell holds Infinity or NaN.
 */
import { guardedFindings } from "../../src/core/checks/finite";
import { show } from "../../src/core/checks/tableView";
import type { TableModel } from "../../src/core/reader/model";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { workbookFacts } from "../../src/core/facts";

function model(rows: unknown[][]) {
  return readWorkbook({ sheets: [{ name: "事故", originRow: 0, originColumn: 0, values: rows, merges: [] }] });
}

const HEADER = ["县（市）", "事故起数（起）", "死亡人数（人）"];

test("two counties of 1e308 under a stated total of 1: an overflow finding on the total, never 'no inconsistencies'", () => {
  const m = model([HEADER, ["楚雄市", 1e308, 0], ["禄丰市", 1e308, 0], ["合计", 1, 0]]);
  expect(m.findings).toHaveLength(1);
  expect(m.findings[0]).toMatchObject({ kind: "overflow", severity: "error", cell: "B4", sources: ["B2:B3"], stated: 1, recomputed: null });
  expect(m.findings[0].message.zh).toContain("B4（事故起数（起））无法复核");
  expect(m.findings[0].message.en).toContain("pass the largest number Excel can hold");
  const plan = planSummary(workbookFacts(m), { generatedAt: "2024-07-10T09:30" });
  const text = JSON.stringify(plan);
  expect(text).not.toContain("未发现计算不一致");
  expect(text).not.toMatch(/Infinity|NaN/);
});

test("parts past the largest number under their total are an overflow finding too", () => {
  const m = model([
    ["县（市）", "直接经济损失（万元）", "住房损失（万元）", "农业损失（万元）", "工矿商贸业损失（万元）", "基础设施损失（万元）", "公共服务损失（万元）"],
    ["楚雄市", 10, 1.7e308, 1.7e308, 0, 0, 0],
    ["合计", 10, 1.7e308, 1.7e308, 0, 0, 0],
  ]);
  const overflow = m.findings.filter((f) => f.kind === "overflow");
  expect(overflow.length).toBeGreaterThan(0);
  expect(JSON.stringify(m.findings)).not.toMatch(/Infinity|NaN/);
});

test("a stated rate whose recomputed value overflows is an overflow finding, with no Infinity in it", () => {
  const m = model([
    ["县（市）", "排查隐患（条）", "已整改（条）", "整改率（%）"],
    ["楚雄市", 1e-300, 1e308, 50],
  ]);
  expect(JSON.stringify(m.findings)).not.toMatch(/Infinity|NaN/);
  for (const f of m.findings) for (const x of [f.stated, f.recomputed]) expect(x === null || Number.isFinite(x)).toBe(true);
});

test("a check that fails inside reports its table as not checked, in both languages", () => {
  const table = model([HEADER, ["楚雄市", 3, 1], ["禄丰市", 2, 0], ["合计", 5, 1]]).tables[0] as TableModel;
  const findings = guardedFindings(table, [
    () => {
      throw new TypeError("x is undefined");
    },
  ]);
  expect(findings).toEqual([
    expect.objectContaining({ kind: "not_checked", sheet: "事故", message: expect.objectContaining({ zh: expect.stringContaining("核对未能完成") }) }),
  ]);
  expect(JSON.stringify(findings)).not.toContain("x is undefined");
});

test("messages print 1e308 as 1e+308 and a non-finite figure as a dash, never Infinity", () => {
  expect(show(1e308)).toBe("1e+308");
  expect(show(-1.5e20)).toBe("-150000000000000000000");
  expect(show(Infinity)).toBe("—");
  expect(show(NaN)).toBe("—");
  expect(show(12.34567)).toBe("12.3457");
});
