/**
 * Sheets in the shape of 亳州市's 2023 hazard returns (tests/corpus 35): one sheet per county with
 * a title, a 统计时段 line and 项目 | 报送数 | 已整改 | 整改率(%), and a sheet of the whole. The
 * figures are the tests' own, invented.
 */
import type { SheetSnapshot } from "../../src/core/model/snapshot";
import { sheetOf } from "../reader/layouts";

/** A county's return: 一般隐患 all rectified, 重大隐患 `major` of which `majorDone` rectified. */
export function hazardReturnSheet(name: string, title: string, general: number, major: number, majorDone: number): SheetSnapshot {
  return sheetOf(
    name,
    [
      [`${title}2023年安全生产隐患报送情况`],
      ["统计时段：2023年1—12月"],
      ["项目", "报送数", "已整改", "整改率(%)"],
      ["一般隐患（条）", general, general, 100],
      ["重大隐患（家）", major, majorDone, Math.round((majorDone / major) * 10000) / 100],
    ],
    ["A1:D1", "A2:D2"],
  );
}

/** The sheet of the whole, 全市, with its own 重大隐患 figures. */
export function wholeCitySheet(major: number, majorDone: number, rate: number): SheetSnapshot {
  return sheetOf(
    "全市",
    [
      ["某市2023年安全生产隐患报送情况汇总"],
      ["统计时段：2023年1—12月"],
      ["项目", "报送数", "已整改", "整改率(%)"],
      ["一般隐患（条）", 600, 600, 100],
      ["重大隐患（家）", major, majorDone, rate],
    ],
    ["A1:D1", "A2:D2"],
  );
}
