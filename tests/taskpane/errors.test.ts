import { toPaneError } from "../../src/taskpane/errors";

describe("toPaneError", () => {
  test("cell edit mode says to finish editing (Office.js error code InvalidOperationInCellEditMode)", () => {
    const e = toPaneError({ code: "InvalidOperationInCellEditMode", message: "busy" });
    expect(e.message.en).toContain("Press Enter or Esc");
    expect(e.message.zh).toContain("Enter");
    expect(e.detail).toBe("InvalidOperationInCellEditMode: busy");
  });

  test("a request over Excel on the web's limit says to choose fewer sheets (RequestPayloadSizeLimitExceeded)", () => {
    expect(toPaneError({ code: "RequestPayloadSizeLimitExceeded" }).message.en).toContain("request limit");
  });

  test("a protected sheet says to unprotect it (AccessDenied)", () => {
    expect(toPaneError({ code: "AccessDenied" }).message.zh).toContain("取消工作表保护");
  });

  test("a bilingual message carried by the error is kept as is", () => {
    const e = toPaneError({ bilingual: { zh: "汇总写入失败", en: "Writing failed" } });
    expect(e.message).toEqual({ zh: "汇总写入失败", en: "Writing failed" });
  });

  test("anything else gets the generic advice, never an empty message", () => {
    for (const thrown of [undefined, null, 42, "boom", new Error("x")]) {
      const e = toPaneError(thrown);
      expect(e.message.zh.length).toBeGreaterThan(5);
      expect(e.message.en.length).toBeGreaterThan(5);
    }
  });
});
