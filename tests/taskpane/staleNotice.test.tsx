/** @jest-environment jsdom */
import "./jsdomShims";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import type { PaneOptions } from "../../src/taskpane/options";
import type { SourceChange } from "../../src/taskpane/services";
import { OPTIONS_KEY, memorySettingsStore } from "../../src/taskpane/settings";
import { fakeServices, sampleResult } from "./fakeServices";

/** Fake services whose generate names its source sheets and whose watch hands the test the listener. */
function watchedServices() {
  const { services, calls } = fakeServices();
  const generate = services.generate;
  const watched: { sheets: readonly string[]; fire: (change: SourceChange) => void }[] = [];
  let paused = 0;
  services.generate = async (options, overrides, onProgress) => {
    await generate(options, overrides, onProgress);
    return { ...sampleResult, sourceSheets: ["事故分县统计", "灾害损失"] };
  };
  services.watchSources = async (sheets, fire) => {
    watched.push({ sheets, fire });
    return true;
  };
  services.pauseWatch = () => void paused++;
  return { services, calls, watched, paused: () => paused };
}

describe("刷新汇总: the pane offers to refresh the summary after a source cell changed", () => {
  test("after Generate the source sheets are watched; an edit shows the notice with the cell (zh)", async () => {
    const { services, watched } = watchedServices();
    render(<App services={services} store={memorySettingsStore()} initialLanguage="zh" initialTab="generate" />);
    expect(screen.queryByTestId("stale-notice")).toBeNull();
    fireEvent.click(screen.getByTestId("generate-button"));
    await screen.findByTestId("generate-result");
    await waitFor(() => expect(watched).toHaveLength(1));
    expect(watched[0].sheets).toEqual(["事故分县统计", "灾害损失"]);
    expect(screen.queryByTestId("stale-notice")).toBeNull();
    act(() => watched[0].fire({ sheet: "事故分县统计", address: "B5" }));
    const notice = await screen.findByTestId("stale-notice");
    expect(notice.textContent).toContain("数据已修改");
    expect(notice.textContent).toContain("改动的单元格：事故分县统计!B5");
    expect(screen.getByTestId("refresh-summary").textContent).toBe("刷新汇总");
  });

  test("Refresh summary generates again with “replace”, even when the options say “add a new sheet” (en)", async () => {
    const { services, calls, watched, paused } = watchedServices();
    const store = memorySettingsStore();
    await store.set(OPTIONS_KEY, { mode: "new" });
    render(<App services={services} store={store} initialLanguage="en" initialTab="generate" />);
    fireEvent.click(screen.getByTestId("generate-button"));
    await waitFor(() => expect(watched).toHaveLength(1));
    expect((calls.generate[0] as { options: PaneOptions }).options.mode).toBe("new");
    act(() => watched[0].fire({ sheet: "灾害损失", address: "D7:D8" }));
    expect((await screen.findByTestId("stale-notice")).textContent).toContain("Changed cell: 灾害损失!D7:D8");
    fireEvent.click(screen.getByText("Refresh summary"));
    await waitFor(() => expect(calls.generate).toHaveLength(2));
    expect((calls.generate[1] as { options: PaneOptions }).options.mode).toBe("replace");
    expect(paused()).toBe(2);
    await waitFor(() => expect(watched).toHaveLength(2));
    expect(screen.queryByTestId("stale-notice")).toBeNull();
  });

  test("Dismiss hides the notice; a pane whose services cannot watch never shows it", async () => {
    const { services, watched } = watchedServices();
    render(<App services={services} store={memorySettingsStore()} initialLanguage="en" initialTab="generate" />);
    fireEvent.click(screen.getByTestId("generate-button"));
    await waitFor(() => expect(watched).toHaveLength(1));
    act(() => watched[0].fire({ sheet: "灾害损失", address: "D7" }));
    await screen.findByTestId("stale-notice");
    fireEvent.click(screen.getByText("Dismiss"));
    expect(screen.queryByTestId("stale-notice")).toBeNull();

    const plain = fakeServices().services;
    const { unmount } = render(<App services={plain} store={memorySettingsStore()} initialLanguage="en" initialTab="generate" />);
    fireEvent.click(screen.getAllByTestId("generate-button")[1]);
    await waitFor(() => expect(screen.getAllByTestId("generate-result")).toHaveLength(1));
    expect(screen.queryByTestId("stale-notice")).toBeNull();
    unmount();
  });
});
