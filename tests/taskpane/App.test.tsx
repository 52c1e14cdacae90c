/** @jest-environment jsdom */
import "./jsdomShims";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { OPTIONS_KEY, OVERRIDES_KEY, memorySettingsStore } from "../../src/taskpane/settings";
import { BookCancelled } from "../../src/workbench/worker/bookClient";
import { fakeServices } from "./fakeServices";

describe("the task pane", () => {
  test("Detect starts idle, then lists the sheet, the table, its indicators, periods, regions and anomalies", async () => {
    const { services, calls } = fakeServices();
    render(<App services={services} store={memorySettingsStore()} initialLanguage="zh" />);
    expect(screen.getByText("尚未识别。点击“识别工作簿”开始。")).toBeTruthy();
    fireEvent.click(screen.getByTestId("detect-button"));
    await screen.findByTestId("detected-table");
    expect(calls.detect).toEqual([{}]);
    expect(screen.getByText(/工作表：事故分县统计/)).toBeTruthy();
    expect(screen.getByText(/指标：事故起数/)).toBeTruthy();
    expect(screen.getByText(/期间：本期；去年同期$/)).toBeTruthy();
    expect(screen.getByText(/地区（1）：楚雄市/)).toBeTruthy();
    expect(screen.getByText(/C5 文本数字已转换/)).toBeTruthy();
    expect(screen.getByText("识别把握大 95%")).toBeTruthy();
  });

  test("Detect shows a spinner while the workbook is read, never a blank pane", async () => {
    const { services } = fakeServices({ detect: "hang" });
    render(<App services={services} store={memorySettingsStore()} initialLanguage="en" />);
    fireEvent.click(screen.getByTestId("detect-button"));
    expect(await screen.findByText("Working…")).toBeTruthy();
    expect((screen.getByTestId("detect-button") as HTMLButtonElement).disabled).toBe(true);
  });

  test("an empty workbook says what to check instead of showing nothing", async () => {
    const { services } = fakeServices({ detect: "empty" });
    render(<App services={services} store={memorySettingsStore()} initialLanguage="en" />);
    fireEvent.click(screen.getByTestId("detect-button"));
    expect((await screen.findByTestId("detect-empty")).textContent).toContain("No usable table or ledger");
  });

  test("an Office.js failure becomes an alert that says what to do next, with a retry", async () => {
    const { services, calls } = fakeServices({ detect: "fail" });
    render(<App services={services} store={memorySettingsStore()} initialLanguage="zh" />);
    fireEvent.click(screen.getByTestId("detect-button"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Excel 正忙");
    fireEvent.click(screen.getByText("重试"));
    await waitFor(() => expect(calls.detect.length).toBe(2));
  });

  test("a corrected total row is saved under bureauStats.overrides and used by the next detect", async () => {
    const { services, calls } = fakeServices();
    const store = memorySettingsStore();
    render(<App services={services} store={store} initialLanguage="zh" />);
    fireEvent.click(screen.getByTestId("detect-button"));
    await screen.findByTestId("detected-table");
    fireEvent.change(screen.getByLabelText("合计行"), { target: { value: "4" } });
    fireEvent.change(screen.getByLabelText("列 C 含义"), { target: { value: "current" } });
    fireEvent.click(screen.getByTestId("save-corrections"));
    const expected = { totalRow: { "事故分县统计!A3:F6": 4 }, columns: { "事故分县统计!A3:F6": [{ column: 2, role: "current" }] } };
    await waitFor(() => expect(store.get(OVERRIDES_KEY)).toEqual(expected));
    await waitFor(() => expect(calls.detect[1]).toEqual(expected));
  });

  test("changing an option saves it under bureauStats.options and Generate sends it", async () => {
    const { services, calls } = fakeServices();
    const store = memorySettingsStore();
    render(<App services={services} store={store} initialLanguage="en" />);
    fireEvent.click(screen.getByTestId("tab-options"));
    fireEvent.change(screen.getByTestId("option-decimals"), { target: { value: "2" } });
    fireEvent.click(screen.getByLabelText("Add a new summary sheet"));
    await waitFor(() => expect((store.get(OPTIONS_KEY) as { percentDecimals: number }).percentDecimals).toBe(2));
    expect((store.get(OPTIONS_KEY) as { mode: string }).mode).toBe("new");
    fireEvent.click(screen.getByTestId("tab-generate"));
    fireEvent.click(screen.getByTestId("generate-button"));
    await screen.findByTestId("generate-result");
    expect(calls.generate[0]).toMatchObject({ options: { percentDecimals: 2, mode: "new" } });
  });

  test("Generate shows the result: the sheet link, the narrative, and findings that select their cells", async () => {
    const { services, calls } = fakeServices();
    render(<App services={services} store={memorySettingsStore()} initialLanguage="zh" initialTab="generate" />);
    fireEvent.click(screen.getByTestId("generate-button"));
    expect((await screen.findByTestId("narrative")).textContent).toContain("全州共发生各类生产安全事故23起");
    fireEvent.click(screen.getByTestId("open-summary"));
    fireEvent.click(screen.getByTestId("finding-link"));
    await waitFor(() => expect(calls.select).toEqual(["灾害损失!D7"]));
    expect(calls.activate).toEqual(["汇总"]);
    expect(screen.getByText(/各县之和与合计不符（填报 12322.34，重算 12332.34）/)).toBeTruthy();
  });

  test("the progress bar follows the steps the writer reports", async () => {
    let report: ((s: { phase: "reading" | "planning" | "writing" | "done"; fraction: number; detail?: string }) => void) | undefined;
    let finish: (() => void) | undefined;
    const { services } = fakeServices();
    services.generate = (_o, _v, onProgress) =>
      new Promise((resolve) => {
        report = onProgress;
        finish = () => resolve({ sheetName: "汇总", narrative: "x", findings: [] });
      });
    render(<App services={services} store={memorySettingsStore()} initialLanguage="en" initialTab="generate" />);
    fireEvent.click(screen.getByTestId("generate-button"));
    act(() => report?.({ phase: "reading", fraction: 0.25, detail: "2/4" }));
    expect(screen.getByText("Reading data 2/4")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.25");
    act(() => report?.({ phase: "writing", fraction: 0.8 }));
    expect(screen.getByText("Writing the sheet")).toBeTruthy();
    await act(async () => finish?.());
    expect(screen.getByText("No arithmetic errors found.")).toBeTruthy();
  });

  test("Detect and Generate offer Cancel only where the host can stop them (the workbench's worker), and a cancelled run says nothing was written, as a status, not an error", async () => {
    const { services } = fakeServices({ detect: "hang" });
    const { unmount } = render(<App services={services} store={memorySettingsStore()} initialLanguage="zh" />);
    fireEvent.click(screen.getByTestId("detect-button"));
    await screen.findByText("正在处理…");
    expect(screen.queryByTestId("cancel-detect")).toBeNull();
    unmount();

    let stop: (() => void) | undefined;
    const stoppable = fakeServices().services;
    const pending = <T,>() =>
      new Promise<T>((_resolve, reject) => {
        stop = () => reject(new BookCancelled());
      });
    stoppable.detect = () => pending();
    let report: ((s: { phase: "reading" | "planning" | "writing" | "done"; fraction: number }) => void) | undefined;
    stoppable.generate = (_o, _v, onProgress) => {
      report = onProgress;
      return pending();
    };
    stoppable.cancel = () => {
      stop?.();
      return true;
    };
    render(<App services={stoppable} store={memorySettingsStore()} initialLanguage="zh" />);
    fireEvent.click(screen.getByTestId("detect-button"));
    fireEvent.click(await screen.findByTestId("cancel-detect"));
    // The user asked for it: no "出错了" (an error occurred), no alert, no technical detail ("cancelled").
    expect((await screen.findByRole("status")).textContent).toBe("已取消，工作簿未作改动。");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByText("出错了")).toBeNull();

    fireEvent.click(screen.getByTestId("tab-generate"));
    fireEvent.click(screen.getByTestId("generate-button"));
    act(() => report?.({ phase: "planning", fraction: 0.4 }));
    expect(screen.getByTestId("cancel-generate")).toBeTruthy();
    // Once writing has begun it runs to the end: no Cancel then.
    act(() => report?.({ phase: "writing", fraction: 0.7 }));
    expect(screen.queryByTestId("cancel-generate")).toBeNull();
    act(() => report?.({ phase: "planning", fraction: 0.4 }));
    fireEvent.click(screen.getByTestId("cancel-generate"));
    expect((await screen.findByTestId("pane-cancelled")).textContent).toBe("已取消，工作簿未作改动。");
    expect(screen.queryByRole("alert")).toBeNull();
    expect((screen.getByTestId("generate-button") as HTMLButtonElement).disabled).toBe(false);
  });

  test("a failed Generate says what to do next and the button works again", async () => {
    const { services } = fakeServices({ generate: "fail" });
    render(<App services={services} store={memorySettingsStore()} initialLanguage="en" initialTab="generate" />);
    fireEvent.click(screen.getByTestId("generate-button"));
    expect((await screen.findByRole("alert")).textContent).toContain("Choose only the sheets you need");
    expect((screen.getByTestId("generate-button") as HTMLButtonElement).disabled).toBe(false);
  });

  test("the language switch changes every label at once", () => {
    const { services } = fakeServices();
    render(<App services={services} store={memorySettingsStore()} initialLanguage="zh" />);
    expect(screen.getByTestId("tab-detect").textContent).toBe("识别");
    fireEvent.click(screen.getByTestId("language-en"));
    expect(screen.getByTestId("tab-detect").textContent).toBe("Detect");
    expect(screen.getByTestId("taskpane").getAttribute("data-language")).toBe("en");
  });

  test("the Functions tab lists every BUREAU function and inserts its example", async () => {
    const { services, calls } = fakeServices();
    render(<App services={services} store={memorySettingsStore()} initialLanguage="en" initialTab="functions" />);
    expect(screen.getAllByTestId("function-entry").length).toBe(16);
    fireEvent.click(screen.getByLabelText("Insert =BUREAU.YOY(23, 20)"));
    expect(await screen.findByText("Written into the selected cell B2")).toBeTruthy();
    expect(calls.insert).toEqual(["=BUREAU.YOY(23, 20)"]);
  });

  test("a ribbon 一键汇总 result is shown in the Generate tab", async () => {
    const { services } = fakeServices();
    let push: ((r: { sheetName: string; narrative: string; findings: [] }) => void) | undefined;
    render(
      <App
        services={services}
        store={memorySettingsStore()}
        initialLanguage="zh"
        subscribeRibbonResult={(listener) => {
          push = listener;
          return () => undefined;
        }}
      />,
    );
    act(() => push?.({ sheetName: "汇总 (2)", narrative: "一键汇总的综述", findings: [] }));
    expect(screen.getByText("“一键汇总”的结果")).toBeTruthy();
    expect(screen.getByTestId("narrative").textContent).toBe("一键汇总的综述");
  });

  test("a failed ribbon run shows its bilingual reason as an error, with no sheet link", () => {
    const { services } = fakeServices();
    let push: ((r: { sheetName: string; narrative: string; findings: []; notes: { zh: string; en: string }[] }) => void) | undefined;
    render(
      <App
        services={services}
        store={memorySettingsStore()}
        initialLanguage="en"
        subscribeRibbonResult={(listener) => {
          push = listener;
          return () => undefined;
        }}
      />,
    );
    act(() => push?.({ sheetName: "", narrative: "", findings: [], notes: [{ zh: "一键汇总失败：x", en: "Generate summary failed: x" }] }));
    expect(screen.getByRole("alert").textContent).toContain("Generate summary failed: x");
    expect(screen.queryByTestId("open-summary")).toBeNull();
  });
});
