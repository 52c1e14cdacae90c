/**
 * Hand-built sheet snapshots that mirror docs/layouts.md layouts A, C and D cell by cell, so the
 * reader can be tested without .xlsx files.
 */
import type { MergedArea, SheetSnapshot } from "../../src/core/model/snapshot";
import { parseCellAddress } from "../../src/core/model/address";

/** "A3:A4" → a merged area. */
export function merge(range: string): MergedArea {
  const [a, b] = range.split(":").map((x) => parseCellAddress(x)!);
  return { row: a.row, column: a.column, rowCount: b.row - a.row + 1, columnCount: b.column - a.column + 1 };
}

/** A sheet from rows of cells starting at A1; short rows are padded with "". */
export function sheetOf(name: string, rows: unknown[][], merges: string[] = [], hiddenRows?: number[]): SheetSnapshot {
  const width = Math.max(...rows.map((r) => r.length), 1);
  return {
    name,
    originRow: 0,
    originColumn: 0,
    values: rows.map((r) => [...r, ...new Array(width - r.length).fill("")]),
    merges: merges.map(merge),
    ...(hiddenRows ? { hiddenRows } : {}),
  };
}

const A_HEAD = ["本期", "去年同期", "同比增减幅度(%)"];

/** Layout A, sheet 事故分县统计 (docs/layouts.md). */
export function layoutA(): SheetSnapshot {
  return sheetOf(
    "事故分县统计",
    [
      ["楚雄州2024年1—6月生产安全事故分县(市)统计表"],
      ["单位：起、人、%", "", "", "", "", "", "", "", "统计截止：2024年6月30日"],
      ["县（市）", "事故起数", "", "", "死亡人数", "", "", "受伤人数"],
      ["", ...A_HEAD, ...A_HEAD, ...A_HEAD],
      ["全州合计", 23, 20, 15, 26, 21, 23.8, 11, 6, 83.3],
      ["楚雄市", 5, 4, 25, 6, 4, 50, 3, 1, 200],
      ["禄丰市", 4, 3, 33.3, 4, 3, 33.3, 2, 1, 100],
      ["双柏县", 1, 2, -50, 1, 2, -50, 0, 1, -100],
      ["牟定县", 2, 2, 0, 2, 2, 0, 1, 0, "—"],
      ["南华县", 2, 1, 100, 3, 1, 200, 1, 0, "—"],
      ["姚安县", 1, 0, "—", 1, 0, "—", 0, 0, "—"],
      ["大姚县", 3, 3, 0, 3, 4, -25, 1, 2, -50],
      ["永仁县", 1, 1, 0, 1, 1, 0, 0, 0, "—"],
      ["元谋县", 2, 2, 0, 2, 2, 0, 2, 1, 100],
      ["武定县", 2, 2, 0, 3, 2, 50, 1, 0, "—"],
      ["注：“—”表示去年同期为零，增减幅度无法计算。"],
    ],
    ["A1:J1", "A3:A4", "B3:D3", "E3:G3", "H3:J3"],
  );
}

/** Layout C, sheet 灾情汇总 (docs/layouts.md), with the crop columns filled in. */
export function layoutC(): SheetSnapshot {
  const county = (
    name: unknown,
    type: string,
    towns: number,
    hh: number,
    pop: unknown,
    reloc: unknown,
    loss: unknown,
    housing: unknown,
    agri: unknown,
    industry: unknown,
    infra: unknown,
    publicLoss: unknown,
  ) => [name, type, towns, hh, pop, reloc, 10, 5, 1, loss, housing, agri, industry, infra, publicLoss === undefined ? "" : publicLoss];
  return sheetOf(
    "灾情汇总",
    [
      ["2024年1—6月楚雄州自然灾害损失情况统计表"],
      ["填报单位（盖章）：楚雄州应急管理局", "", "", "", "", "", "", "", "", "", "", "填报日期：2024年7月5日"],
      ["县（市）", "灾种", "受灾情况", "", "", "", "农作物（公顷）", "", "", "直接经济损失（万元）"],
      ["", "", "受灾乡镇（个）", "受灾户数（户）", "受灾人口（人）", "紧急转移安置（人次）", "受灾面积", "成灾面积", "绝收面积", "合计", "其中："],
      ["", "", "", "", "", "", "", "", "", "", "房屋及居民家庭财产", "农林牧渔业", "工贸商贸业", "基础设施", "公务服务", "其他"],
      ["甲", "乙", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
      ["全州合计", "旱灾、风雹", 101, 83365, 301265, 0, 110, 55, 11, 12322.34, 126.59, 11810.23, 100, 265.76, 19.76, 0],
      ["其中：旱灾", "", 88, 72210, 260950, 0, 90, 45, 9, 10696.31, 104.94, 10257.67, 60, 219.87, 53.83 - 53.83, ""],
      [...county("楚雄市", "旱灾", 9, 6669, "24,101", "—", 986.09, 10.13, 944.82, "—", 21.26, 9.88)],
      [...county("双柏县", "旱灾", 8, 5001, 18075, "/", "７３２．１６", 7.6, 708.61, 0, 15.95, undefined)],
      [...county("牟定县", "旱灾", 10, 9170, 33139, 0, 1342.28, 13.92, 1299.13, "-", 29.23, 0)],
      [...county("南华县", "旱灾", 11, 7502, 27113, 0, 1098.23, 11.39, 1062.92, "", 23.92, "无")],
      [...county("姚安县", "旱灾", 9, 9685, 35000, "", 1430.55, 10, 1400, "", 20.55, undefined)],
      [...county("", "风雹", 3, 1152, 4164, "", 155.79, 6.46, 135.33, "", 14, undefined)],
      [...county("大姚县", "旱灾", 12, 11671, 42177, "", 1768.36, 17.72, 1653.43, "60万元", 37.21, undefined)],
      [...county("永仁县", "旱灾", 7, 5835, 21088, "", 854.18, 8.86, 826.72, "", 18.6, undefined)],
      [...county("元谋县", "风雹", 10, 10003, 36151, "", 1470.24, 15.19, 1417.23, "", 31.89, "5.93 ")],
      [...county("武定县", "旱灾", 11, 8336, "3.0126万", "", 1220.26, 12.66, 1181.02, "", 26.58, undefined)],
      [...county("禄丰市", "旱灾", 11, 8341, 30131, "", 1264.2, 12.66, 1181.02, 40, 26.57, 3.95)],
      [],
      ["注：1.本表为初步统计数，以国家自然灾害灾情管理系统数据为准；2.“—”“/”表示无此项；3.部分数据因四舍五入，分项之和与合计可能不等。"],
      ["填表人：××", "", "", "审核人：××", "", "", "联系电话：0878-×××××××"],
    ],
    [
      "A1:P1",
      "A2:H2",
      "L2:P2",
      "A3:A5",
      "B3:B5",
      "C3:F3",
      "G3:I3",
      "J3:P3",
      "C4:C5",
      "D4:D5",
      "E4:E5",
      "F4:F5",
      "G4:G5",
      "H4:H5",
      "I4:I5",
      "J4:J5",
      "K4:P4",
      "A13:A14",
      "A21:P21",
    ],
  );
}

/** Layout D (Chizhou): paired value / ±% columns, header text broken over lines. */
export function layoutD(): SheetSnapshot {
  return sheetOf(
    "分区县分行业",
    [
      ["地区", "事故起数", "", "", "", "", "", "", "", "死亡人数"],
      [
        "",
        "采矿",
        "同比增长(±%)",
        "商贸制\n造",
        "同比增长(±%)",
        "建筑",
        "±%",
        "交通运\n输",
        "±%",
        "采矿",
        "同比增长(±%)",
        "商贸制 造",
        "同比增长(±%)",
        "建筑",
        "±%",
        "交通运 输",
        "±%",
      ],
      ["合计", 1, -50, 5, -16.66, 1, 0, 30, 100, 1, -50, 5, -16.66, 1, 0, 26, 100],
      ["贵池区", 1, "—", 2, 0, 0, "—", 10, 25, 1, "—", 2, 0, 0, "—", 9, 12.5],
      ["九华山风景区", 0, "—", 3, -25, 1, 0, 20, 150, 0, "—", 3, -25, 1, 0, 17, 142.85],
      ["注:“—”表示2019年同期数据为零。"],
    ],
    ["A1:A2", "B1:I1", "J1:Q1"],
  );
}
