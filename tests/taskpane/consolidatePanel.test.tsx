/** @jest-environment jsdom */
/**
 * 合并各县报表 in the pane (jsdom, fake services): the picked files reach the service with their
 * names, times and bytes; the result says how many counties were summed, who did not report and
 * every reconciliation, and opens the summary sheet; a failure shows the bilingual error.
 */
import "./jsdomShims";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import type { ConsolidateResult, ReturnFile } from "../../src/taskpane/services";
import { memorySettingsStore } from "../../src/taskpane/settings";
import { fakeServices } from "./fakeServices";

const RESULT: ConsolidateResult = {
  sheets: ["综合汇总", "汇总表", "分县汇总", "报送情况"],
  counted: 8,
  period: "2024年1—6月",
  missing: ["武定县"],
  notes: ["牟定县报送的是2024年1—5月的数据，与2024年1—6月不符，未计入汇总"],
};

function consolidatingServices(result: () => Promise<ConsolidateResult>) {
  const { services, calls } = fakeServices();
  const received: ReturnFile[][] = [];
  const opened: string[] = [];
  services.consolidate = async (files) => {
    received.push([...files]);
    return result();
  };
  services.activateSheet = async (name) => void opened.push(name);
  return { services, calls, received, opened };
}

function pick(files: File[]) {
  const input = screen.getByTestId("consolidate-input") as HTMLInputElement;
  Object.defineProperty(input, "files", { value: files, configurable: true });
  fireEvent.change(input);
}

/** A File whose bytes jsdom can read back (jsdom's File lacks arrayBuffer in some versions). */
function file(name: string, text: string, lastModified: number): File {
  const f = new File([text], name, { lastModified });
  if (!("arrayBuffer" in f)) Object.defineProperty(f, "arrayBuffer", { value: async () => Uint8Array.from(Buffer.from(text)).buffer });
  return f;
}

describe("合并各县报表 in the pane", () => {
  test("sends the picked files, then shows the counties summed, 未报 and each reconciliation (zh)", async () => {
    const { services, received, opened } = consolidatingServices(async () => RESULT);
    render(<App services={services} store={memorySettingsStore()} initialLanguage="zh" initialTab="generate" />);
    expect(screen.getByTestId("consolidate-button").textContent).toBe("选择各县报表…");
    pick([file("楚雄市.xlsx", "a", 1000), file("禄丰市.xlsx", "bc", 2000)]);
    const result = await screen.findByTestId("consolidate-result");
    expect(received[0].map((f) => [f.name, f.modified, f.bytes.length])).toEqual([
      ["楚雄市.xlsx", 1000, 1],
      ["禄丰市.xlsx", 2000, 2],
    ]);
    expect(result.textContent).toContain("已汇总 8 个县（市）的报表（2024年1—6月）。");
    expect(result.textContent).toContain("未报：武定县");
    expect(result.textContent).toContain("牟定县报送的是2024年1—5月的数据");
    fireEvent.click(screen.getByText("打开汇总表：综合汇总"));
    await waitFor(() => expect(opened).toEqual(["综合汇总"]));
  });

  test("speaks English in the English pane", async () => {
    const { services } = consolidatingServices(async () => ({ ...RESULT, notes: [] }));
    render(<App services={services} store={memorySettingsStore()} initialLanguage="en" initialTab="generate" />);
    pick([file("a.xlsx", "a", 1)]);
    const result = await screen.findByTestId("consolidate-result");
    expect(result.textContent).toContain("Consolidated the returns of 8 counties (2024年1—6月).");
    expect(result.textContent).toContain("No return from: 武定县");
  });

  test("a failure shows the pane's error, and the pane stays usable", async () => {
    const { services } = consolidatingServices(() => Promise.reject(new Error("Injected failure")));
    render(<App services={services} store={memorySettingsStore()} initialLanguage="zh" initialTab="generate" />);
    pick([file("a.xlsx", "a", 1)]);
    await screen.findByRole("alert");
    expect((screen.getByTestId("consolidate-button") as HTMLButtonElement).disabled).toBe(false);
  });

  test("is not offered where the services cannot consolidate", () => {
    const { services } = fakeServices();
    render(<App services={services} store={memorySettingsStore()} initialLanguage="zh" initialTab="generate" />);
    expect(screen.queryByTestId("consolidate-button")).toBeNull();
  });
});
