/** The same reporting window in each year a ledger covers (hand-computed calendar dates). */
import { yearlyWindows } from "../../src/core/ledger/yearlyWindows";

describe("yearlyWindows", () => {
  test("repeats 1—6月 back to the year of the earliest record, oldest first, with report labels", () => {
    expect(yearlyWindows({ start: "2024-01-01", end: "2024-06-30" }, "2022-03-05")).toEqual([
      { start: "2022-01-01", end: "2022-06-30", label: "2022年1—6月" },
      { start: "2023-01-01", end: "2023-06-30", label: "2023年1—6月" },
      { start: "2024-01-01", end: "2024-06-30", label: "2024年1—6月" },
    ]);
  });

  test("gives only the current window when no date is known or all lie in the current year", () => {
    expect(yearlyWindows({ start: "2024-01-01", end: "2024-06-30" }, undefined)).toHaveLength(1);
    expect(yearlyWindows({ start: "2024-01-01", end: "2024-06-30" }, "2024-02-01")).toHaveLength(1);
  });

  test("ends February on the 28th in a year without a leap day", () => {
    const w = yearlyWindows({ start: "2024-01-01", end: "2024-02-29" }, "2023-01-01");
    expect(w[0]).toMatchObject({ start: "2023-01-01", end: "2023-02-28" });
  });

  test("stops after 50 years, whatever stray date the ledger holds", () => {
    expect(yearlyWindows({ start: "2024-01-01", end: "2024-06-30" }, "1900-01-01")).toHaveLength(50);
  });
});
