/** @jest-environment jsdom */
import "./jsdomShims";
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { TabStrip } from "../../src/taskpane/components/TabStrip";

const ITEMS = [
  { value: "detect", label: "识别" },
  { value: "options", label: "设置" },
  { value: "generate", label: "生成" },
  { value: "functions", label: "函数" },
];

function Harness() {
  const [selected, setSelected] = useState("detect");
  return <TabStrip items={ITEMS} selected={selected} onSelect={setSelected} label="功能" idPrefix="t" panelId="panel" />;
}

describe("TabStrip follows the WAI-ARIA tabs pattern (automatic activation)", () => {
  test("one tab list with its name; only the selected tab is in the Tab order and it names the panel", () => {
    render(<Harness />);
    expect(screen.getByRole("tablist", { name: "功能" })).toBeTruthy();
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((t) => t.getAttribute("tabindex"))).toEqual(["0", "-1", "-1", "-1"]);
    expect(tabs.map((t) => t.getAttribute("aria-selected"))).toEqual(["true", "false", "false", "false"]);
    expect(tabs[0].getAttribute("aria-controls")).toBe("panel");
    expect(tabs[2].id).toBe("t-2");
    // Nothing hidden from screen readers can take the focus (what axe's aria-hidden-focus rule checks).
    expect(document.querySelectorAll("[aria-hidden='true'][tabindex]").length).toBe(0);
  });

  test("ArrowRight, ArrowLeft (wrapping), Home and End move the focus and select the tab", () => {
    render(<Harness />);
    const tabs = () => screen.getAllByRole("tab");
    const selected = () => tabs().findIndex((t) => t.getAttribute("aria-selected") === "true");
    tabs()[0].focus();
    fireEvent.keyDown(tabs()[0], { key: "ArrowRight" });
    expect(selected()).toBe(1);
    expect(document.activeElement).toBe(tabs()[1]);
    fireEvent.keyDown(tabs()[1], { key: "End" });
    expect(selected()).toBe(3);
    fireEvent.keyDown(tabs()[3], { key: "ArrowRight" });
    expect(selected()).toBe(0);
    fireEvent.keyDown(tabs()[0], { key: "ArrowLeft" });
    expect(selected()).toBe(3);
    fireEvent.keyDown(tabs()[3], { key: "Home" });
    expect(selected()).toBe(0);
    expect(document.activeElement).toBe(tabs()[0]);
    expect(tabs().map((t) => t.getAttribute("tabindex"))).toEqual(["0", "-1", "-1", "-1"]);
  });

  test("other keys do nothing; a click selects", () => {
    render(<Harness />);
    fireEvent.keyDown(screen.getAllByRole("tab")[0], { key: "a" });
    expect(screen.getAllByRole("tab")[0].getAttribute("aria-selected")).toBe("true");
    fireEvent.click(screen.getByText("生成"));
    expect(screen.getByText("生成").getAttribute("aria-selected")).toBe("true");
  });
});
