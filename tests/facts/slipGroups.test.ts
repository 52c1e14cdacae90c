import { slipLines, type SlipLine } from "../../src/core/facts";
import type { Finding, WorkbookFacts } from "../../src/core/facts/workbook";

const finding = (kind: Finding["kind"], sheet: string, cell: string, severity: Finding["severity"] = "warning"): Finding => ({
  kind,
  severity,
  sheet,
  cell,
  sources: [cell],
  stated: null,
  recomputed: null,
  message: { zh: `${cell} 的发现`, en: `finding at ${cell}` },
});
// slipLines reads only the findings of the facts.
const factsWith = (findings: Finding[]) => ({ findings }) as unknown as WorkbookFacts;
const printed = (lines: SlipLine[]) => lines.map((l) => ("more" in l ? `+${l.more.count} ${l.more.sheet} ${l.more.cells.join(",")}` : l.finding.cell));

describe("slipLines: a short listing of the 核对 for the command line", () => {
  test("lists five rows stated 一般 that meet 较大 one by one and tells the other 40 in one line with their cells", () => {
    const rows = Array.from({ length: 45 }, (_, i) => finding("ledger_level_below_figures", "事故台账", `H${i + 2}`));
    const lines = printed(slipLines(factsWith(rows), 5));
    expect(lines).toHaveLength(6);
    expect(lines.slice(0, 5)).toEqual(["H2", "H3", "H4", "H5", "H6"]);
    expect(lines[5]).toBe(
      `+40 事故台账 ${rows
        .slice(5)
        .map((f) => f.cell)
        .join(",")}`,
    );
  });

  test("keeps every other kind and sheet whole, in the 核对's order, and counts each group apart", () => {
    const findings = [
      finding("total_mismatch", "分县", "B15", "error"),
      ...Array.from({ length: 8 }, (_, i) => finding("ledger_level_below_figures", "台账一", `H${i + 2}`)),
      finding("ledger_missing_figure", "台账一", "M3"),
      ...Array.from({ length: 7 }, (_, i) => finding("ledger_level_below_figures", "台账二", `H${i + 2}`)),
    ];
    expect(printed(slipLines(factsWith(findings), 5))).toEqual([
      "B15",
      "H2",
      "H3",
      "H4",
      "H5",
      "H6",
      "+3 台账一 H7,H8,H9",
      "M3",
      "H2",
      "H3",
      "H4",
      "H5",
      "H6",
      "+2 台账二 H7,H8",
    ]);
  });

  test("lists a group only one over the limit whole, since one line for one more finding saves nothing", () => {
    const rows = Array.from({ length: 6 }, (_, i) => finding("ledger_level_below_figures", "事故台账", `H${i + 2}`));
    expect(printed(slipLines(factsWith(rows), 5))).toEqual(["H2", "H3", "H4", "H5", "H6", "H7"]);
  });

  test("leaves out differences within rounding, as the list of slips does", () => {
    const findings = [finding("rounding", "灾情", "H11", "info"), finding("total_mismatch", "分县", "B15", "error")];
    expect(printed(slipLines(factsWith(findings)))).toEqual(["B15"]);
  });
});
