import { catalogues, languageFromDisplayLanguage, translate, type StringKey } from "../../src/taskpane/i18n/strings";

describe("the string catalogue", () => {
  const zhKeys = Object.keys(catalogues.zh).sort();
  const enKeys = Object.keys(catalogues.en).sort();

  test("English has exactly the keys Chinese has", () => {
    expect(enKeys).toEqual(zhKeys);
  });

  test("no string is empty in either language", () => {
    for (const language of ["zh", "en"] as const) {
      for (const key of zhKeys) expect(`${language}.${key}:${translate(language, key as StringKey).trim().length > 0}`).toBe(`${language}.${key}:true`);
    }
  });

  test("the Chinese table is in Chinese: the tab names are the ones issue 5 gives", () => {
    expect([catalogues.zh.tabDetect, catalogues.zh.tabOptions, catalogues.zh.tabGenerate, catalogues.zh.tabFunctions]).toEqual([
      "识别",
      "设置",
      "生成",
      "函数",
    ]);
    expect([catalogues.en.tabDetect, catalogues.en.tabOptions, catalogues.en.tabGenerate, catalogues.en.tabFunctions]).toEqual([
      "Detect",
      "Options",
      "Generate",
      "Functions",
    ]);
  });

  test("English strings other than the bilingual banner and language names contain no Chinese-only text unless quoting a workbook term", () => {
    // Terms the statistician sees in the workbook (本期, 核对 …) may be quoted; whole sentences may not be Chinese.
    for (const key of enKeys) {
      const text = catalogues.en[key as StringKey];
      const han = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
      expect(`${key}:${han <= Math.max(12, text.length / 2)}`).toBe(`${key}:true`);
    }
  });

  test("the simulation banner says in both languages that this is not Excel", () => {
    expect(catalogues.zh.simulationBanner).toContain("这不是 Excel");
    expect(catalogues.en.simulationBanner).toContain("this is not Excel");
  });

  test("the pane speaks Chinese for any zh display language and English for others", () => {
    expect(languageFromDisplayLanguage("zh-CN")).toBe("zh");
    expect(languageFromDisplayLanguage("zh-TW")).toBe("zh");
    expect(languageFromDisplayLanguage("en-US")).toBe("en");
    expect(languageFromDisplayLanguage("fr-FR")).toBe("en");
    expect(languageFromDisplayLanguage(undefined)).toBe("zh");
  });
});
