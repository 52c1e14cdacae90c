import { isDarkColor, paneEnvironment } from "../../src/taskpane/environment";

describe("the pane's environment from Office.context", () => {
  test("Office's dark themes (Black #262626, Dark Gray #1f1f1f) are dark; White and Colorful are light", () => {
    expect(isDarkColor("#262626")).toBe(true);
    expect(isDarkColor("#1f1f1f")).toBe(true);
    expect(isDarkColor("#ffffff")).toBe(false);
    expect(isDarkColor("#f3f3f3")).toBe(false);
    expect(isDarkColor("#000")).toBe(true);
    expect(isDarkColor("not a colour")).toBe(false);
    expect(isDarkColor(undefined)).toBe(false);
  });

  test("language and theme come from displayLanguage and officeTheme", () => {
    const office = { context: { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#262626" } } } as unknown as typeof Office;
    expect(paneEnvironment(office)).toEqual({ language: "en", theme: "dark" });
  });

  test("without Office the pane starts in Chinese and light", () => {
    expect(paneEnvironment(undefined)).toEqual({ language: "zh", theme: "light" });
  });
});
