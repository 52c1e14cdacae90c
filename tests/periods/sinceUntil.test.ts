/**
 * An event's days from a title's "…以来" and a line's "截至…" (the shape of 湖北省应急管理厅's
 * 2020 and 2021 flood releases, tests/corpus 27 and 28).
 */
import { sinceUntil } from "../../src/core/periods/sinceUntil";

describe("the days from a …以来 title to a 截至 line", () => {
  it("reads 7月16日以来 to 截至2020年7月21日17时 as 16 to 21 July 2020, the hour being when the count was taken", () => {
    expect(sinceUntil("湖北省7月16日以来雨情汛情灾情统计", "统计时间：截至2020年7月21日17时")?.span).toEqual({
      kind: "range",
      year: 2020,
      start: "2020-07-16",
      end: "2020-07-21",
      startMonth: 7,
      endMonth: 7,
    });
  });

  it("keeps both texts as written for the period words (7月16日以来, 截至2020年7月21日17时; the corpus 27 release's words)", () => {
    expect(sinceUntil("湖北省7月16日以来雨情汛情灾情统计", "统计时间：截至2020年7月21日17时")?.words).toEqual(["7月16日以来", "截至2020年7月21日17时"]);
  });

  it("places a start later in the calendar than the end in the year before (12月28日以来, 截至2024年1月3日)", () => {
    expect(sinceUntil("12月28日以来低温雨雪冰冻灾情", "截至2024年1月3日")?.span?.start).toBe("2023-12-28");
  });

  it("gives nothing without both, or for days that do not exist", () => {
    expect(sinceUntil("湖北省雨情汛情灾情统计", "截至2020年7月21日")).toBeUndefined();
    expect(sinceUntil("7月16日以来", "统计时间：2020年7月21日")).toBeUndefined();
    expect(sinceUntil("2月30日以来", "截至2021年3月1日")).toBeUndefined();
  });
});
