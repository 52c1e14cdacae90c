/**
 * The national forms as data (src/core/registry/forms/): every relation names indicators the
 * registry knows and a source, and each one is checked by the 核对 as the form states it. For each
 * relation a county table is written with its indicators' names as headers (the reader finds the
 * parts from the forms, not from the column order: the columns are written in reverse), one row
 * that keeps the relation and one that breaks it; the 核对 must find exactly the broken row.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { indicatorById } from "../../src/core/registry/indicators";
import { FORM_RELATIONS, parentOf, relationsAmong, type FormRelation } from "../../src/core/registry/forms/relations";
import { roundingTolerance } from "../../src/core/registry/forms/tolerance";
import { sheetOf } from "../reader/layouts";
import * as fs from "fs";
import * as path from "path";

/** The header of an indicator's column: its name and its base unit in brackets. */
function header(id: string): string {
  const indicator = indicatorById(id)!;
  return `${indicator.name}(${indicator.baseUnit})`;
}

/** A county table with the relation's columns, written in reverse order. */
function tableFor(relation: FormRelation, keeps: number[], breaks: number[]) {
  const ids = relation.kind === "sum" ? [relation.total, ...relation.parts] : [relation.whole, relation.part];
  const order = ids.map((_, k) => k).reverse();
  return readWorkbook({
    sheets: [
      sheetOf("县表", [
        ["县（市）", ...order.map((k) => header(ids[k]))],
        ["甲县", ...order.map((k) => keeps[k])],
        ["乙县", ...order.map((k) => breaks[k])],
      ]),
    ],
  });
}

test("every relation names indicators of the registry and says where it comes from", () => {
  const ids = new Set<string>();
  for (const r of FORM_RELATIONS) {
    expect(ids.has(r.id)).toBe(false);
    ids.add(r.id);
    const members = r.kind === "sum" ? [r.total, ...r.parts] : [r.whole, r.part];
    for (const m of members) expect([r.id, m, indicatorById(m)?.id]).toEqual([r.id, m, m]);
    expect(r.source.form).toMatch(/^《.+》$|统计/);
    expect(r.source.cite.length).toBeGreaterThan(10);
  }
  expect(FORM_RELATIONS.length).toBeGreaterThanOrEqual(30);
});

test("docs/national-forms.md lists every relation by its id (a relation named there as a range … covers the ids between)", () => {
  const doc = fs.readFileSync(path.join(__dirname, "../../docs/national-forms.md"), "utf8");
  const listed = FORM_RELATIONS.filter((r) => doc.includes(r.id));
  // The V4 and V6 families are written as first … last.
  expect(FORM_RELATIONS.filter((r) => !listed.includes(r)).map((r) => r.id)).toEqual([
    "dz_missing_in_affected_pop",
    "dz_injured_in_affected_pop",
    "relocated_in_affected_pop",
    "need_relief_in_affected_pop",
    "evacuated_in_affected_pop",
    "rooms_collapsed_rural_in_rooms_collapsed",
    "hh_severe_rural_in_hh_severe",
    "rooms_severe_rural_in_rooms_severe",
    "hh_moderate_rural_in_hh_moderate",
  ]);
});

test.each(FORM_RELATIONS.map((r) => [r.id, r.source.cite, r]))("%s (%s) is checked row by row", (_id, _cite, relation) => {
  const r = relation as FormRelation;
  if (r.kind === "sum") {
    // Parts 3, 5, 7 …; the kept row's total is their sum, the broken row's is 1 less than the sum.
    const parts = r.parts.map((_, k) => 3 + 2 * k);
    const sum = parts.reduce((a, b) => a + b, 0);
    const model = tableFor(r, [sum, ...parts], [sum + 10, ...parts]);
    const found = model.findings.filter((f) => f.kind !== "rounding");
    expect(found.map((f) => [f.kind, f.cell, f.stated, f.recomputed])).toEqual([
      ["parts_mismatch", `${String.fromCharCode(65 + r.parts.length + 1)}3`, sum + 10, sum],
    ]);
  } else {
    const model = tableFor(r, [10, 4], [10, 12]);
    expect(model.findings.map((f) => [f.kind, f.cell, f.stated, f.recomputed])).toEqual([["impossible_value", "B3", 12, 10]]);
  }
});

test("直接经济损失 with only some of its categories listed is at least their sum: no finding while it is, a finding when the parts exceed it (the older export lists five, 2020 six)", () => {
  const legacy = readWorkbook({
    sheets: [
      sheetOf("县表", [
        ["县（市）", "直接经济损失(万元)", "农业损失(万元)", "工矿企业损失(万元)", "基础设施损失(万元)", "公益设施损失(万元)", "家庭财产损失(万元)"],
        ["甲县", 14162.84, 10961.64, 1.2, 2033, 620, 417],
        ["乙县", 100, 60, 0, 30, 0, 20],
      ]),
    ],
  });
  expect(legacy.findings.map((f) => [f.kind, f.cell, f.stated, f.recomputed])).toEqual([["parts_mismatch", "B3", 100, 110]]);
  expect(legacy.findings[0].message.zh).toContain("小于表中所列分项之和");
});

test("a total 0.01 away from its six parts in 万元 is said as rounding (severity info), never as a slip; 1 人 away is a slip", () => {
  const model = readWorkbook({
    sheets: [
      sheetOf("县表", [
        [
          "县（市）",
          "直接经济损失(万元)",
          "房屋及居民家庭财产损失(万元)",
          "农林牧渔业损失(万元)",
          "工矿商贸业损失(万元)",
          "基础设施损失(万元)",
          "公共服务损失(万元)",
          "其他损失(万元)",
          "紧急转移安置人口(人)",
          "集中安置人口(人)",
          "分散安置人口(人)",
        ],
        ["大同市", 36727.44, 1.11, 2.22, 3.33, 36720.77, 0.01, 0.01, 100, 40, 61],
      ]),
    ],
  });
  expect(model.findings.map((f) => [f.kind, f.severity, f.cell])).toEqual([
    ["parts_mismatch", "error", "I2"],
    ["rounding", "info", "B2"],
  ]);
  expect(model.findings[1].message.zh).toContain("四舍五入");
  expect(roundingTolerance("万元")).toBe(0.01);
  expect(roundingTolerance("人")).toBe(0);
});

test("parts come from the forms, not from neighbouring columns: 草场、林地、水产养殖 beside 成灾 are no parts of 农作物, 集中安置点数量 is no part of 紧急转移安置", () => {
  const present = new Set(["crop_damaged_ha", "grassland_affected_ha", "forest_affected_ha", "aquaculture_affected_ha", "relocated", "relocation_sites"]);
  expect(relationsAmong(present)).toEqual([]);
  expect(parentOf("relocation_sites")).toBeUndefined();
  expect(parentOf("grassland_affected_ha")).toBeUndefined();
  expect(parentOf("loss_other")).toBe("dz_direct_loss");
});
