/** @jest-environment jsdom */
import "./jsdomShims";
import { fireEvent, render, screen } from "@testing-library/react";
import { computeAccessibleName } from "dom-accessibility-api";
import { App, type PaneTab } from "../../src/taskpane/components/App";
import { memorySettingsStore } from "../../src/taskpane/settings";
import { fakeServices } from "./fakeServices";

const CONTROLS = "button, input, select, textarea, [role=tab], [role=radio], [role=checkbox], a[href]";

/** Renders a tab in its richest state (after detect / after generate). */
async function renderTab(tab: PaneTab, language: "zh" | "en") {
  const { services } = fakeServices();
  const view = render(<App services={services} store={memorySettingsStore()} initialLanguage={language} initialTab={tab} />);
  if (tab === "detect") {
    fireEvent.click(screen.getByTestId("detect-button"));
    await screen.findByTestId("detected-table");
  }
  if (tab === "generate") {
    fireEvent.click(screen.getByTestId("generate-button"));
    await screen.findByTestId("generate-result");
  }
  return view;
}

describe("keyboard and screen-reader access (WAI-ARIA accessible names, as Fluent computes them)", () => {
  for (const language of ["zh", "en"] as const) {
    for (const tab of ["detect", "options", "generate", "functions"] as const) {
      test(`every control on the ${tab} tab (${language}) has an accessible name and can be reached with Tab`, async () => {
        const { container } = await renderTab(tab, language);
        const controls = Array.from(container.querySelectorAll<HTMLElement>(CONTROLS));
        expect(controls.length).toBeGreaterThan(5);
        const unnamed = controls.filter((c) => computeAccessibleName(c).trim() === "").map((c) => c.outerHTML.slice(0, 120));
        expect(unnamed).toEqual([]);
        // Reachable: not removed from the tab order, except the tabs and radios that Fluent
        // moves between with the arrow keys (one of each group stays in the tab order).
        const removed = controls.filter(
          (c) => c.getAttribute("tabindex") === "-1" && !["tab", "radio"].includes(c.getAttribute("role") ?? (c as HTMLInputElement).type),
        );
        expect(removed.map((c) => c.outerHTML.slice(0, 120))).toEqual([]);
        const tabs = controls.filter((c) => c.getAttribute("role") === "tab");
        expect(tabs.length).toBe(4);
      });
    }
  }

  test("the pane's landmarks are labelled: the tab list and the tab panel", async () => {
    await renderTab("detect", "en");
    expect(screen.getByRole("tablist", { name: "Sections" })).toBeTruthy();
    expect(screen.getByRole("tabpanel", { name: "Detect" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Language" })).toBeTruthy();
  });
});
