import { numberOf, readCell } from "../../src/core/numbers/readCell";

// The cell texts come from docs/layouts.md Layout C and issue 2 ("Reading a cell value").
describe("readCell", () => {
  it("reads plain numbers and keeps no notes", () => {
    expect(readCell(23)).toEqual({ kind: "number", value: 23, notes: [] });
    expect(readCell(-0)).toEqual({ kind: "number", value: 0, notes: [] });
  });

  it("reads a number stored as text with a thousands separator", () => {
    expect(readCell("24,101")).toEqual({ kind: "number", value: 24101, notes: ["text-number", "thousands-separator"] });
  });

  it("reads full-width digits, comma and point", () => {
    const r = readCell("１２，３２２．３４");
    expect(r).toMatchObject({ kind: "number", value: 12322.34 });
    expect(r.kind === "number" && r.notes).toEqual(expect.arrayContaining(["full-width", "thousands-separator"]));
    expect(numberOf("７３２．１６")).toBe(732.16);
  });

  it("trims spaces and NBSP and drops a leading apostrophe", () => {
    expect(readCell("5.93 ")).toMatchObject({ kind: "number", value: 5.93, notes: ["text-number", "whitespace"] });
    expect(readCell("\u00a05.93\u00a0")).toMatchObject({ kind: "number", value: 5.93 });
    expect(readCell("'123")).toMatchObject({ kind: "number", value: 123, notes: ["text-number", "apostrophe"] });
  });

  it("reads percent text as a fraction", () => {
    expect(readCell("92%")).toMatchObject({ kind: "number", value: 0.92, notes: ["text-number", "percent"] });
    expect(numberOf("９２％")).toBe(0.92);
  });

  it("strips a unit suffix and scales a bare 万 or 亿", () => {
    expect(readCell("60万元")).toMatchObject({ kind: "number", value: 60, unit: "万元" });
    expect(readCell("3.0126万")).toMatchObject({ kind: "number", value: 30126, notes: ["text-number", "wan-multiplier"] });
    expect(numberOf("5万人")).toBe(50000);
    expect(numberOf("1.3亿元")).toBe(13000); // in 万元, the domain's money unit
    expect(numberOf("35人")).toBe(35);
  });

  it("reads every missing marker as missing, never as 0", () => {
    for (const marker of ["", "—", "–", "-", "/", "无", "——", " ", "－"]) {
      expect(readCell(marker).kind).toBe("missing");
    }
    expect(readCell(null)).toEqual({ kind: "missing", marker: "" });
    expect(readCell(undefined)).toEqual({ kind: "missing", marker: "" });
  });

  it("reads Excel's error texts as errors", () => {
    expect(readCell("#N/A")).toEqual({ kind: "error", error: "#N/A" });
    expect(readCell("#REF!")).toEqual({ kind: "error", error: "#REF!" });
    expect(readCell("#DIV/0!")).toEqual({ kind: "error", error: "#DIV/0!" });
  });

  it("says that any other text is not a number", () => {
    expect(readCell("楚雄市")).toEqual({ kind: "text", text: "楚雄市" });
    expect(readCell("12abc")).toEqual({ kind: "text", text: "12abc" });
    expect(readCell("1,23")).toEqual({ kind: "text", text: "1,23" });
  });

  it("keeps booleans apart from numbers", () => {
    expect(readCell(true)).toEqual({ kind: "boolean", value: true });
  });

  it("reads negative numbers written with a minus sign or a full-width hyphen", () => {
    expect(numberOf("−50")).toBe(-50);
    expect(numberOf("－16.66")).toBe(-16.66);
  });
});
