import { readWorkbook } from "../../src/core/reader/readWorkbook";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { layoutA, layoutC, layoutD, sheetOf } from "./layouts";

// Layouts from docs/layouts.md; the override shapes are those of ReaderOverrides in src/core/reader/model.ts.
describe("readWorkbook", () => {
  const snapshot: WorkbookSnapshot = { name: "2024年上半年安全生产统计.xlsx", sheets: [layoutA(), layoutC(), layoutD()] };

  it("reads every sheet's tables and collects their anomalies", () => {
    const model = readWorkbook(snapshot);
    expect(model.tables.map((t) => t.id)).toEqual(["事故分县统计!A3:J15", "灾情汇总!A3:P19", "分区县分行业!A1:Q5"]);
    expect(model.anomalies.some((a) => a.sheet === "灾情汇总" && a.cell === "M5" && a.kind === "resolved-typo")).toBe(true);
    expect(model.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("skips the sheets the user chose to skip", () => {
    const model = readWorkbook(snapshot, { overrides: { skipSheets: ["灾情汇总", "分区县分行业"] } });
    expect(model.tables.map((t) => t.sheet)).toEqual(["事故分县统计"]);
  });

  it("applies a column override: indicator, role and full confidence", () => {
    const id = "分区县分行业!A1:Q5";
    const model = readWorkbook(snapshot, {
      overrides: {
        columns: {
          [id]: [
            { column: 1, indicator: "deaths", role: "current" },
            { column: 2, role: "ignored" },
          ],
        },
      },
    });
    const t = model.tables.find((x) => x.id === id)!;
    expect(t.columns[1]).toMatchObject({ indicator: "deaths", role: "current", confidence: 1 });
    expect(t.columns[1].matchedAlias).toBeUndefined();
    expect(t.values.every((row) => row[2] === null)).toBe(true);
  });

  it("applies a total-row override and demotes the old total", () => {
    const id = "事故分县统计!A3:J15";
    const t = readWorkbook(snapshot, { overrides: { totalRow: { [id]: 14 } } }).tables[0];
    expect(t.rows.find((r) => r.row === 14)?.role).toBe("total");
    expect(t.rows.find((r) => r.row === 4)?.role).toBe("data");
  });

  it("never throws: a broken snapshot gives diagnostics", () => {
    const broken = { sheets: [{ name: "坏表", originRow: 0, originColumn: 0, values: null, merges: [] }] } as unknown as WorkbookSnapshot;
    const model = readWorkbook(broken);
    expect(model.tables).toEqual([]);
    expect(model.diagnostics[0]).toMatchObject({ severity: "error", sheet: "坏表" });
    expect(readWorkbook({} as WorkbookSnapshot).diagnostics[0].message.en).toMatch(/no sheets/);
  });

  it("reports a sheet it cannot read with what it expected and what it found", () => {
    const model = readWorkbook({ sheets: [sheetOf("说明", [["本工作簿说明"], ["请勿修改"]])] });
    expect(model.diagnostics[0]).toMatchObject({ severity: "warning", sheet: "说明" });
    expect(model.diagnostics[0].message.en).toContain("No header row found");
  });
});
