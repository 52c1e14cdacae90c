/**
 * The English names the place and the period the Chinese names (issue 22, "English a release would print";
 * the audit of stop 35 quoted each case from the printed narratives):
 * - a paragraph with no comparison left the place out: corpus 09 "In January–May 2024, there were 350
 *   work-safety accidents…" where the Chinese says 全省 (likewise 07, 10–18, 21, 25, 35, 42–44);
 * - titles lost a dated period: corpus 13 "The city: work-safety accidents" (2024年1月1日至6月20日), 24 and 41
 *   "Work-safety accidents", 27 "Hubei Province: natural disasters" (2020年7月16日至7月21日);
 * - "In 16–21 July 2020, natural disasters…" (a dated range is no month: "In the period …", as the weekly
 *   accident paragraph already wrote it);
 * - 全区 with no place named was "The district" for 广西壮族自治区 (corpus 37), whose bulletins write 全区 too;
 * - the level sentence "Of these, 3 were relatively serious…" came after "The ledger holds no records…"
 *   (corpus 41), so "these" were the ledger's missing records.
 */
import fs from "fs";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { englishWhole } from "../../src/core/summary/narrative/region";
import { englishPeriod } from "../../src/core/text/englishPeriod";

async function plan(file: string, language: "zh" | "en" = "en"): Promise<SummaryPlan> {
  const data = await loadXlsx(fs.readFileSync(`tests/corpus/workbooks/${file}.xlsx`));
  return planSummary(workbookFacts(readWorkbook(workbookToSnapshot(data))), { language });
}

const title = (p: SummaryPlan) => String(p.cells[0][0].value);
const text = (p: SummaryPlan) => p.narrative.join(" ");

describe("the place the Chinese names", () => {
  test("corpus 09 (全省, no comparison): 'In January–May 2024, the province recorded 350 work-safety accidents'", async () => {
    expect(text(await plan("09-yn-2024-1-5-industry-tree"))).toContain("In January–May 2024, the province recorded 350 work-safety accidents, with 371 deaths");
  });

  test("a known place is named: corpus 07 Wuding County, corpus 14 Mentougou District", async () => {
    expect(text(await plan("07-wd-2020-1-10-county-by-field"))).toContain("In January–October 2020, Wuding County recorded 14 work-safety accidents");
    expect(text(await plan("14-mtg-2021-control-targets"))).toContain("Mentougou District recorded 146 work-safety accidents");
  });

  test("全区 with no place named is not guessed a district (corpus 37, 广西): the title names the period alone", async () => {
    const p = await plan("37-gx-enf-2020-by-industry");
    expect(title(p)).toBe("2020: work-safety enforcement");
    expect(text(p)).not.toMatch(/district/i);
    expect(englishWhole("全区")).toBe("Whole area");
    expect(englishWhole("全市")).toBe("Whole city");
  });
});

describe("the period the Chinese names", () => {
  test.each([
    ["13-bj-2024-0620-dated-range", "1 January–20 June 2024: work-safety accidents in the city"],
    ["24-mem-2015-w30-larger-weekly", "20–26 July 2015: work-safety accidents"],
    ["27-hb-dis-2020-07-event", "Hubei Province, 16–21 July 2020: natural disasters"],
    ["41-wuhai-2021-w34-ledger-times", "31 August–5 September 2021: work-safety accidents"],
  ])("corpus %s is titled '%s'", async (file, expected) => {
    expect(title(await plan(file))).toBe(expected);
  });

  test("a dated range opens 'In the period …', never 'In 16–21 July 2020' (corpus 27, corpus 41)", async () => {
    expect(text(await plan("27-hb-dis-2020-07-event"))).toContain("In the period 16–21 July 2020, natural disasters in Hubei Province affected 787,300 people");
    expect(text(await plan("41-wuhai-2021-w34-ledger-times"))).toMatch(/^In the period 31 August–5 September 2021, there were 8 work-safety accidents/);
  });

  test("any period the reader reads has an English name (a dated range, a month without its year)", () => {
    expect(englishPeriod("2024年1月1日至6月20日")).toBe("1 January–20 June 2024");
    expect(englishPeriod("4月")).toBe("April");
    expect(englishPeriod("2024年1—6月")).toBe("January–June 2024");
  });
});

describe("the level sentence follows the figures it is a part of", () => {
  test("corpus 41: 'Of these, 3 were …' right after the 8 accidents, before the ledger's sentence; the note's period in English", async () => {
    const p = await plan("41-wuhai-2021-w34-ledger-times");
    expect(text(p)).toContain(
      "see the checks). Of these, 3 were relatively serious or worse accidents, with 33 deaths and 1 injury. Levels are judged by deaths alone: the ledger has no serious-injury or direct-loss column, so the count may be low. The ledger holds no records for 31 August–5 September 2020, so no year-on-year comparison is made.",
    );
    expect(p.notes.join(" ")).toContain("Note: the period (31 August–5 September 2021) is inferred");
    const zh = text(await plan("41-wuhai-2021-w34-ledger-times", "zh"));
    expect(zh).toContain(
      "。其中较大及以上事故3起、死亡33人、受伤1人（按死亡人数推定；台账无重伤人数、直接经济损失列，可能少计）。台账未含2020年8月31日至9月5日记录，不作同比。",
    );
  });

  test("corpus 03: the 较大 sentence before the comparison of all accidents", async () => {
    expect(text(await plan("03-gz-2022-07-larger-row"))).toContain(
      "with 155 deaths and 79 injuries. Of these, 2 were relatively serious accidents, with 6 deaths and 1 injury; a year earlier there were 2, with 6 deaths and 1 injury. Compared with a year earlier, accidents fell by 50",
    );
  });
});
