import { cellAddress, columnLetters, parseCellAddress, quoteSheetName, rangeAddress } from "../../src/core/model/address";

describe("A1 addresses", () => {
  it("names columns past Z with two letters", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(16383)).toBe("XFD");
  });

  it("writes cells and ranges and reads them back", () => {
    expect(cellAddress(4, 1)).toBe("B5");
    expect(rangeAddress(2, 0, 13, 10)).toBe("A3:J15");
    expect(parseCellAddress("$J$15")).toEqual({ row: 14, column: 9 });
    expect(parseCellAddress("not an address")).toBeUndefined();
  });

  it("quotes every sheet name, doubling inner quotes", () => {
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("事故分县统计")).toBe("'事故分县统计'");
    expect(quoteSheetName("Bob's data")).toBe("'Bob''s data'");
  });
});
