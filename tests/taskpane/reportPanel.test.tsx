/** @jest-environment jsdom */
/**
 * 生成报告 on the pane's 生成 tab (jsdom, fake services): the report the service makes is handed to
 * the browser as a download named like the command line's, and the pane says how its figures
 * trace; in Excel for Mac, whose pane cannot download (office-js#2700), it says where to make it
 * instead; a failure shows the bilingual error.
 */
import "./jsdomShims";
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { reportDownloads } from "../../src/taskpane/environment";
import type { ReportFile } from "../../src/taskpane/services";
import { memorySettingsStore } from "../../src/taskpane/settings";
import { fakeServices } from "./fakeServices";

const FILE: ReportFile = { name: "bureau-2024H1.report.docx", bytes: new Uint8Array([80, 75, 3, 4]), figures: 60, traced: 60, toConfirm: 0 };

function withReport(report: () => Promise<ReportFile>) {
  const { services } = fakeServices();
  services.report = report;
  return services;
}

let clicked: string[] = [];
beforeEach(() => {
  clicked = [];
  (URL as unknown as { createObjectURL: () => string }).createObjectURL = () => "blob:report";
  (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  };
  delete (globalThis as { Office?: unknown }).Office;
});

test("the report downloads as <name>.report.docx and the pane says how its figures trace (zh)", async () => {
  render(<App services={withReport(async () => FILE)} store={memorySettingsStore()} initialLanguage="zh" initialTab="generate" />);
  fireEvent.click(screen.getByTestId("report-button"));
  expect((await screen.findByTestId("report-done")).textContent).toBe("已下载 bureau-2024H1.report.docx：正文 60 个数字中 60 个可追溯到源单元格，0 个待核实。");
  expect(clicked).toEqual(["bureau-2024H1.report.docx"]);
});

test("a failure shows the pane's bilingual error and downloads nothing", async () => {
  render(<App services={withReport(async () => Promise.reject(new Error("boom")))} store={memorySettingsStore()} initialLanguage="en" initialTab="generate" />);
  fireEvent.click(screen.getByTestId("report-button"));
  await screen.findByText(/boom/);
  expect(clicked).toEqual([]);
});

test("in Excel for Mac the pane offers no download and names the workbench and the command line", () => {
  (globalThis as { Office?: unknown }).Office = { context: { diagnostics: { platform: "Mac" } } };
  render(<App services={withReport(async () => FILE)} store={memorySettingsStore()} initialLanguage="en" initialTab="generate" />);
  expect(screen.queryByTestId("report-button")).toBeNull();
  expect(screen.getByTestId("report-no-download").textContent).toContain("bureau-stats report");
});

test("downloads are offered on Windows, the web and outside Office, not on a Mac or an iPad", () => {
  const office = (platform: string) => ({ context: { diagnostics: { platform } } }) as unknown as typeof Office;
  expect([reportDownloads(office("PC")), reportDownloads(office("OfficeOnline")), reportDownloads(undefined)]).toEqual([true, true, true]);
  expect([reportDownloads(office("Mac")), reportDownloads(office("iOS"))]).toEqual([false, false]);
});
