/**
 * @jest-environment jsdom
 *
 * The Options tab's denominators of the control indicators (issue 22): typed in the field's unit,
 * read by the command line's parser, saved with the options and sent to Generate; a figure the
 * parser cannot read is said under its field in the pane's language and nothing is saved.
 */
import "./jsdomShims";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { normaliseOptions, type PaneOptions } from "../../src/taskpane/options";
import { toSummaryOptions } from "../../src/taskpane/summaryOptions";
import { OPTIONS_KEY, memorySettingsStore } from "../../src/taskpane/settings";
import { fakeServices } from "./fakeServices";

type Saved = { denominators: unknown[] };

test("a GDP typed as 812.5,770.1 is saved in 亿元 with last year's figure and reaches the summary options", async () => {
  const { services, calls } = fakeServices();
  const store = memorySettingsStore();
  render(<App services={services} store={store} initialLanguage="zh" />);
  fireEvent.click(screen.getByTestId("tab-options"));
  expect(screen.getByText("地区生产总值（亿元）")).toBeTruthy();
  const gdp = screen.getByTestId("option-denominator-gdp");
  fireEvent.change(gdp, { target: { value: "812.5，770.1" } });
  fireEvent.blur(gdp);
  await waitFor(() => expect((store.get(OPTIONS_KEY) as Saved).denominators).toEqual([{ indicator: "gdp", unit: "亿元", current: 812.5, previous: 770.1 }]));
  fireEvent.click(screen.getByTestId("tab-generate"));
  fireEvent.click(screen.getByTestId("generate-button"));
  await screen.findByTestId("generate-result");
  expect(toSummaryOptions((calls.generate[0] as { options: PaneOptions }).options).denominators).toEqual([
    { indicator: "gdp", unit: "亿元", current: 812.5, previous: 770.1 },
  ]);
});

test("a figure that is not a positive number is refused in the pane's language, and an emptied field removes the denominator", async () => {
  const { services } = fakeServices();
  const store = memorySettingsStore({ [OPTIONS_KEY]: { denominators: [{ indicator: "population", unit: "万人", current: 241.6 }] } });
  render(<App services={services} store={store} initialLanguage="en" />);
  fireEvent.click(screen.getByTestId("tab-options"));
  const population = screen.getByTestId("option-denominator-population") as HTMLInputElement;
  expect(population.value).toBe("241.6");
  expect(screen.getByText("Resident population (10k persons)")).toBeTruthy();
  fireEvent.change(population, { target: { value: "about 240" } });
  fireEvent.blur(population);
  expect(await screen.findByText("Not understood: write a positive number, such as 812.5 or 812.5, 770.1")).toBeTruthy();
  fireEvent.change(population, { target: { value: "" } });
  fireEvent.blur(population);
  await waitFor(() => expect((store.get(OPTIONS_KEY) as Saved).denominators).toEqual([]));
});

test("saved denominators are checked by the same parser: a hand-edited unit or figure is dropped", () => {
  const saved = normaliseOptions({
    denominators: [
      { indicator: "gdp", unit: "亿元", current: 812.5 },
      { indicator: "gdp", unit: "美元", current: 1 },
      { indicator: "vehicles", unit: "万辆", current: -3 },
      "常住人口=241.6万人",
    ],
  });
  expect(saved.denominators).toEqual([{ indicator: "gdp", unit: "亿元", current: 812.5 }]);
});
