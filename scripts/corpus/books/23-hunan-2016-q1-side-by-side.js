/**
 * 湖南省安监局 via 永州市人民政府, 我省今年1—3月份安全生产形势平稳
 * (http://yzcity.gov.cn/zwgkyd/2016sgtb/201604/89dd561202804c87bbba83ee6b9969fd.shtml). Two tables side by
 * side on one sheet: the 14 市州 and the 11 行业, each adding up to the province's 325 accidents and 152
 * deaths. Region figures include expressway and off-railway accidents in their territory.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "1-3月",
    rows: [
      ["2016年1—3月全省生产经营性安全事故情况"],
      ["全省发生各类生产经营性安全事故325起，死亡152人，受伤363人，直接经济损失3262.9万元；未发生重大及以上事故。"],
      ["市州", "事故起数(起)", "死亡人数(人)", null, "行业", "事故起数(起)", "死亡人数(人)"],
      ["长沙市", 44, 20, null, "煤矿", 2, 2],
      ["株洲市", 8, 0, null, "金属非金属矿山", 5, 5],
      ["湘潭市", 30, 16, null, "化工", 2, 2],
      ["衡阳市", 37, 10, null, "烟花爆竹", 1, 2],
      ["邵阳市", 46, 14, null, "冶金机械等八行业", 9, 12],
      ["岳阳市", 28, 14, null, "房屋建筑及市政工程", 9, 9],
      ["常德市", 21, 7, null, "交通建设工程", 1, 1],
      ["张家界市", 22, 9, null, "建筑安装", 1, 1],
      ["益阳市", 9, 4, null, "铁路运输业", 34, 31],
      ["娄底市", 21, 12, null, "道路运输业", 248, 72],
      ["郴州市", 13, 13, null, "其他行业", 13, 15],
      ["永州市", 8, 6, null, "合计", 325, 152],
      ["怀化市", 23, 19],
      ["湘西州", 15, 8],
      ["全省", 325, 152],
      ["注：各地区事故含属地高速公路事故、铁路路外事故。"],
    ],
    merges: ["A1:G1", "A2:G2", "A19:G19"],
    widths: { A: 12, E: 20 },
  },
];

module.exports = { id: "23-hunan-2016-q1-side-by-side", sheets, build: (workbook) => buildSheets(workbook, sheets) };
