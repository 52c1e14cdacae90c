/** @jest-environment jsdom */
import { publishRibbonResult, subscribeRibbonResult } from "../../src/taskpane/ribbonChannel";

describe("the ribbon result channel", () => {
  test("a result published before the pane subscribes is delivered on subscribing, later ones as they come", () => {
    const seen: string[] = [];
    publishRibbonResult({ sheetName: "汇总", narrative: "a", findings: [] });
    const stop = subscribeRibbonResult((r) => seen.push(r.sheetName));
    publishRibbonResult({ sheetName: "汇总 (2)", narrative: "b", findings: [] });
    stop();
    publishRibbonResult({ sheetName: "汇总 (3)", narrative: "c", findings: [] });
    expect(seen).toEqual(["汇总", "汇总 (2)"]);
  });
});
