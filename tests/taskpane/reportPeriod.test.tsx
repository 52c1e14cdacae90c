/** @jest-environment jsdom */
/**
 * The pane's report period (the command line's --period): typed as a period with its year, saved
 * with the corrections as the readers' reportPeriod, and sent with every detect and generate, so a
 * table of several years whose title names no report year gets its current year in Excel and WPS
 * too (before, only `--period` could; issue 19). The bounds are the command line's (periodBounds).
 */
import "./jsdomShims";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { OVERRIDES_KEY, memorySettingsStore } from "../../src/taskpane/settings";
import { fakeServices } from "./fakeServices";

describe("the report period in the pane", () => {
  test("2024年上半年 is saved as 2024-01-01 … 2024-06-30 and sent with the next detect and with Generate", async () => {
    const { services, calls } = fakeServices();
    const store = memorySettingsStore();
    render(<App services={services} store={store} initialLanguage="zh" />);
    fireEvent.click(screen.getByTestId("detect-button"));
    await screen.findByTestId("detected-table");
    expect(screen.getByText("报告期（可选）")).toBeTruthy();
    fireEvent.change(screen.getByTestId("report-period"), { target: { value: "2024年上半年" } });
    expect(screen.getByText("读作：2024年1—6月")).toBeTruthy();
    fireEvent.click(screen.getByTestId("save-corrections"));
    const expected = { reportPeriod: { start: "2024-01-01", end: "2024-06-30" } };
    await waitFor(() => expect(store.get(OVERRIDES_KEY)).toEqual(expected));
    await waitFor(() => expect(calls.detect[1]).toEqual(expected));
    // Shown again as a report writes it after the pane reads the saved corrections.
    await waitFor(() => expect((screen.getByTestId("report-period") as HTMLInputElement).value).toBe("2024年1—6月"));
    fireEvent.click(screen.getByTestId("tab-generate"));
    fireEvent.click(screen.getByTestId("generate-button"));
    await waitFor(() => expect(calls.generate[0]).toMatchObject({ overrides: expected }));
  });

  test("a text that is no period with its year says so (English) and sets nothing; an empty field removes the period", async () => {
    const { services, calls } = fakeServices();
    const store = memorySettingsStore();
    render(<App services={services} store={store} initialLanguage="en" />);
    fireEvent.click(screen.getByTestId("detect-button"));
    await screen.findByTestId("detected-table");
    fireEvent.change(screen.getByTestId("report-period"), { target: { value: "last year" } });
    expect(await screen.findByText("Not a period with its year (such as 2024, 2024Q1 or 2024.1.1-2024.6.30)")).toBeTruthy();
    fireEvent.click(screen.getByTestId("save-corrections"));
    await waitFor(() => expect(calls.detect[1]).toEqual({}));
    fireEvent.change(screen.getByTestId("report-period"), { target: { value: "2024Q1" } });
    expect(screen.getByText(/^Read as: /).textContent).toBe("Read as: January–March 2024");
    fireEvent.change(screen.getByTestId("report-period"), { target: { value: "" } });
    fireEvent.click(screen.getByTestId("save-corrections"));
    await waitFor(() => expect(calls.detect[2]).toEqual({}));
  });
});
