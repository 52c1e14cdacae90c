/**
 * The pane's report options (issue 16 and 14.3): rate decimals, the significance wording, the
 * rate interval and the 同比 wording have the house defaults, survive saved settings of the wrong
 * shape, and reach planSummary through toSummaryOptions.
 */
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { toSummaryOptions } from "../../src/taskpane/summaryOptions";
import { defaultPaneOptions, normaliseOptions } from "../../src/taskpane/options";
import { sampleModel } from "../summary/sample";

test("the defaults are one rate decimal, no significance wording, no interval and the automatic 同比 style", () => {
  expect(defaultPaneOptions("zh")).toMatchObject({ rateDecimals: 1, significanceWording: false, rateInterval: false, changeStyle: "auto" });
});

test("saved settings of the wrong type fall back to the defaults; good ones are kept", () => {
  expect(normaliseOptions({ rateDecimals: 9, significanceWording: "yes", changeStyle: "fancy" }, "zh")).toMatchObject({
    rateDecimals: 1,
    significanceWording: false,
    changeStyle: "auto",
  });
  expect(normaliseOptions({ rateDecimals: 2, rateInterval: true, changeStyle: "grouped" }, "zh")).toMatchObject({
    rateDecimals: 2,
    rateInterval: true,
    changeStyle: "grouped",
  });
});

test("they reach the plan: two rate decimals give 整改率91.97%, the wording option the small-base note, the interval its column", async () => {
  const model = await sampleModel();
  const pane = { ...defaultPaneOptions("zh"), rateDecimals: 2, significanceWording: true, rateInterval: true };
  const plan = planSummary(workbookFacts(model), toSummaryOptions(pane));
  const text = plan.narrative.join("");
  expect(text).toContain("整改率91.97%");
  expect(text).toContain("受基数较小影响，同比变化仍在正常波动范围内。");
  expect(plan.cells.flat().some((c) => c.value === "95%置信区间 88.9%–94.2%")).toBe(true);
});

test("据初步统计 / 经核定 (issue 22.9): the source decides by default; the pane's choice reaches the 综述, and a saved value of the wrong kind falls back", async () => {
  expect(defaultPaneOptions("zh").figuresStatus).toBe("source");
  expect(normaliseOptions({ figuresStatus: "draft" }, "zh").figuresStatus).toBe("source");
  expect(normaliseOptions({ figuresStatus: "final" }, "zh").figuresStatus).toBe("final");
  const model = await sampleModel();
  // The sample's 灾情 sheet says 本表为初步统计数 under its table.
  const source = planSummary(workbookFacts(model), toSummaryOptions(defaultPaneOptions("zh"))).narrative.join("");
  const final = planSummary(workbookFacts(model), toSummaryOptions({ ...defaultPaneOptions("zh"), figuresStatus: "final" })).narrative.join("");
  expect(source).toContain("据初步统计");
  expect(final).toContain("经核定");
  expect(final).not.toContain("据初步统计");
});
