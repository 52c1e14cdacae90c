/**
 * One precision per sentence, from the source's (issue 22, English: "one money unit and precision per
 * sentence, and a note when rounded parts do not add up"). Corpus 37 (广西 2020 安全生产行政执法, as the
 * corpus transcribes the 广西 bulletin) states 经济处罚1.3亿元 — 13099.92万元 rounded to 0.1亿 — beside its parts
 * 日常监督处罚4226.97万元 and 事故处罚8872.95万元. The English said "Fines totalled CNY 130.00 million (…). The parts add
 * up to CNY 131.00 million; the total is as the source states it.": two decimals the source never had, and a
 * note that read as a fault of the source where it is the source's rounding.
 */
import fs from "fs";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { enMoneyAlike } from "../../src/core/summary/narrative/figures";
import { enMoneyAt, roundedTotal, statedDecimals, statedStep, stepWords } from "../../src/core/summary/narrative/moneyPrecision";

async function english(file: string): Promise<string> {
  const data = await loadXlsx(fs.readFileSync(`tests/corpus/workbooks/${file}.xlsx`));
  return planSummary(workbookFacts(readWorkbook(workbookToSnapshot(data))), { language: "en" }).narrative.join(" ");
}

describe("corpus 37: a total stated to 0.1亿 beside parts stated to 0.01万", () => {
  test("the total at its own precision, the parts in a sentence of their own with their sum", async () => {
    const text = await english("37-gx-enf-2020-by-industry");
    expect(text).toContain(
      "Fines totalled CNY 130 million, given to the nearest CNY 10 million. Supervision fines came to CNY 42.27 million and accident fines to CNY 88.73 million, CNY 131.00 million together.",
    );
    expect(text).not.toContain("130.00");
    expect(text).not.toContain("as the source states it");
    // The sample's fines and parts share one precision (363.99 = 80.22 + 283.77万元): one sentence, as before.
    const { sampleModel } = await import("./sample");
    const sample = planSummary(workbookFacts(await sampleModel()), { language: "en" }).narrative.join(" ");
    expect(sample).toContain("fines totalled CNY 3.64 million (CNY 0.80 million in supervision fines and CNY 2.84 million in accident fines)");
  });
});

describe("the precision a source states", () => {
  test("read from the figure in its own unit: 1.3亿元 is to CNY 10 million, 4226.97万元 to CNY 100", () => {
    expect(statedDecimals(1.3)).toBe(1);
    expect(statedDecimals(4226.97)).toBe(2);
    expect(statedDecimals(13000)).toBe(0);
    expect(statedStep(1.3, 1e4)).toBe(1e7);
    expect(statedStep(4226.97, 1)).toBe(100);
    expect(stepWords(1e7)).toBe("CNY 10 million");
    expect(stepWords(1e5)).toBe("CNY 100,000");
  });

  test("an amount is printed no finer than it is stated: CNY 130 million, CNY 1.25 billion, CNY 42.27 million", () => {
    expect(enMoneyAt(13000, 1e7)).toBe("CNY 130 million");
    expect(enMoneyAt(125000, 1e7)).toBe("CNY 1.25 billion");
    expect(enMoneyAt(4226.97, 100)).toBe("CNY 42.27 million");
  });

  test("a coarse total is told apart only where its parts round to it; a real gap keeps the total beside its parts", () => {
    const money = enMoneyAlike([13000, 4226.97, 8872.95]);
    expect(roundedTotal(13000, 1e7, [4226.97, 8872.95], money)).toBe(true);
    // 1.5亿 is not 13099.92万 at any rounding to 0.1亿: a real gap, for the parts note and the 核对.
    expect(roundedTotal(15000, 1e7, [4226.97, 8872.95], money)).toBe(false);
    // Parts and total stated alike (363.99 = 80.22 + 283.77万元): nothing to tell apart.
    expect(roundedTotal(363.99, 100, [80.22, 283.77], enMoneyAlike([363.99]))).toBe(false);
  });
});
