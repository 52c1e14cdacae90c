import { chartData } from "../../src/workbench/chartData";
import { columnLetters, displayText } from "../../src/workbench/gridFormat";
import { afterReady } from "../../src/workbench/afterReady";
import { fakeServices } from "../taskpane/fakeServices";

describe("the workbench's grid text", () => {
  test("percent formats show the value × 100 with the format's decimals, as Excel displays 0.15 in 0.0%", () => {
    expect(displayText(0.15, "0.0%")).toBe("15.0%");
    expect(displayText(0.9197, "0%")).toBe("92%");
  });

  test("thousands separators and fixed decimals follow #,##0.00 (12322.34 from the sample's loss total)", () => {
    expect(displayText(12322.34, "#,##0.00")).toBe("12,322.34");
    expect(displayText(23, "0")).toBe("23");
  });

  test("General shows the number without float noise; text, blanks and booleans as Excel shows them", () => {
    expect(displayText(0.1 + 0.2, "General")).toBe("0.3");
    expect(displayText("—", "General")).toBe("—");
    expect(displayText("", "0.0%")).toBe("");
    expect(displayText(true, undefined)).toBe("TRUE");
  });

  test("column letters run A…Z, AA…", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});

describe("the data a recorded chart draws", () => {
  const values = [
    ["指标", "本期", "去年同期"],
    ["事故起数", 23, 20],
    ["死亡人数", 26, 21],
  ];

  test("by columns: the first column gives the categories, the first row the series names", () => {
    expect(chartData(values, "A1:C3")).toEqual({
      categories: ["事故起数", "死亡人数"],
      series: [
        { name: "本期", values: [23, 26] },
        { name: "去年同期", values: [20, 21] },
      ],
    });
  });

  test("by rows, and with a sheet-qualified absolute address", () => {
    expect(chartData(values, "'汇总'!$A$1:$C$3", "Rows").series).toEqual([
      { name: "事故起数", values: [23, 20] },
      { name: "死亡人数", values: [26, 21] },
    ]);
  });

  test("an unreadable address draws nothing instead of failing", () => {
    expect(chartData(values, "nonsense")).toEqual({ categories: [], series: [] });
  });
});

describe("services that wait for the workbook", () => {
  test("a call waits until the workbook is open, then runs", async () => {
    const { services, calls } = fakeServices();
    let open!: () => void;
    const wrapped = afterReady(new Promise<void>((resolve) => (open = resolve)), services);
    const pending = wrapped.detect({});
    await Promise.resolve();
    expect(calls.detect).toEqual([]);
    open();
    await pending;
    expect(calls.detect).toEqual([{}]);
  });

  test("a workbook that could not be opened fails the call rather than hanging", async () => {
    const { services } = fakeServices();
    await expect(afterReady(Promise.reject(new Error("no workbook")), services).insertFormula("=1")).rejects.toThrow("no workbook");
  });
});
