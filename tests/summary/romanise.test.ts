/**
 * Place names in English prose are romanised (issue 22, "Romanise place names (Chuxiong City, Lufeng
 * City)"): Hanyu Pinyin, an apostrophe before a, o or e, the kind of place in English. Reference names:
 * the 楚雄州 government's English pages (Chuxiong City, Lufeng City, Yao'an County, Mouding County) and
 * the English names of places whose characters read otherwise there (单县 Shan County, 乐清市 Yueqing
 * City, 六安市 Lu'an, 蚌埠市 Bengbu, 厦门市 Xiamen, 成都市 Chengdu, 东莞市 Dongguan). A prefecture-level city
 * is its name alone, as English releases write it ("in Wuhan, capital of central China's Hubei Province",
 * Xinhua, 7 January 2020); a county-level city keeps "City" (Chuxiong City, Yueqing City).
 */
import { englishPlaceName } from "../../src/core/registry/englishNames";
import { romanisePlace } from "../../src/core/registry/romanise";
import { isPrefectureCity, PREFECTURE_CITY_COUNT } from "../../src/core/registry/prefectureCities";
import { LEVEL_1_SYLLABLES } from "../../src/core/registry/syllablesLevel1";
import { LEVEL_2_SYLLABLES } from "../../src/core/registry/syllablesLevel2";
import { enCountyHighlights } from "../../src/core/summary/narrative/countyHighlights";
import { ledgerCountyTable } from "./groupTables";

const CHUXIONG = ["楚雄市", "禄丰市", "禄丰县", "双柏县", "牟定县", "南华县", "姚安县", "大姚县", "永仁县", "元谋县", "武定县"];

test("the sample's counties romanise as the government's own English pages write them (the list and the rule agree)", () => {
  for (const name of CHUXIONG) expect(romanisePlace(name)).toBe(englishPlaceName(name));
  expect(romanisePlace("姚安县")).toBe("Yao'an County");
  expect(romanisePlace("牟定县")).toBe("Mouding County");
});

test("kinds of place and the peoples of autonomous places are said in English", () => {
  expect(romanisePlace("罗湖区")).toBe("Luohu District");
  expect(romanisePlace("东瓜镇")).toBe("Donggua Town");
  expect(romanisePlace("三街乡")).toBe("Sanjie Township");
  expect(romanisePlace("达拉特旗")).toBe("Dalate Banner");
  expect(romanisePlace("峨山彝族自治县")).toBe("Eshan Yi Autonomous County");
  expect(romanisePlace("德宏傣族景颇族自治州")).toBe("Dehong Dai and Jingpo Autonomous Prefecture");
  expect(romanisePlace("西安市")).toBe("Xi'an");
  expect(romanisePlace("吕梁市")).toBe("Lüliang");
});

test("names that read a character otherwise are exceptions (single-character readings would say Dan, Leqing, Liu'an, Bangbu, Shamen, Chengdou, Dongwan)", () => {
  expect(romanisePlace("单县")).toBe("Shan County");
  expect(romanisePlace("乐清市")).toBe("Yueqing City");
  expect(romanisePlace("乐山市")).toBe("Leshan");
  expect(romanisePlace("六安市")).toBe("Lu'an");
  expect(romanisePlace("蚌埠市")).toBe("Bengbu");
  expect(romanisePlace("厦门市")).toBe("Xiamen");
  expect(romanisePlace("成都市")).toBe("Chengdu");
  expect(romanisePlace("东莞市")).toBe("Dongguan");
  expect(romanisePlace("鄂尔多斯市")).toBe("Ordos");
});

test("the corpus' places: a name holding its parent names both; zones and parks by their kind", () => {
  expect(romanisePlace("七台河市勃利县")).toBe("Boli County, Qitaihe");
  expect(romanisePlace("毕节市七星关区")).toBe("Qixingguan District, Bijie");
  expect(romanisePlace("九华山风景区")).toBe("Jiuhuashan Scenic Area");
  expect(romanisePlace("亳州高新区")).toBe("Bozhou High-tech Zone");
  expect(romanisePlace("德阳经开区")).toBe("Deyang Economic Development Zone");
  expect(romanisePlace("涡阳县")).toBe("Guoyang County");
});

test("a row label that names no one place is not romanised: the prose counts it instead", () => {
  for (const label of [
    "全州合计",
    "合计",
    "市本级",
    "州直",
    "其他",
    "各县市",
    "楚雄",
    "高新技术",
    "受灾地区",
    "县城城区",
    "开发区",
    "省直管市",
    "分行业分地区",
  ])
    expect(romanisePlace(label)).toBeUndefined();
  // A character outside GB 2312 has no reading here.
  expect(romanisePlace("䢺县")).toBeUndefined();
});

test("the English by-county sentences name counties not in the list by their romanised names, never in Chinese", () => {
  const rows: [string, number, number, number, number][] = [
    ["罗湖区", 6, 4, 7, 5],
    ["福田区", 8, 7, 9, 8],
    ["南山区", 9, 8, 9, 8],
    ["宝安区", 2, 6, 2, 6],
    ["龙岗区", 5, 3, 5, 3],
    ["市本级", 1, 1, 1, 1],
  ];
  const byRegion = ledgerCountyTable(rows);
  expect(enCountyHighlights(byRegion, true)).toBe(
    "By county, Nanshan District (9), Futian District (8) and Luohu District (6) had the most accidents. Accidents and deaths both rose in " +
      "Luohu District, Futian District, Nanshan District and Longgang District. Of the 6 counties compared, 1 saw both accidents and deaths fall.",
  );
});

test("the readings come in GB 2312's two levels, each character once: 3,755 of level 1 (rows 16–55) and 3,008 of level 2 (rows 56–87), so a place written in level-2 characters (亳州, 儋州, 漯河, 衢州) still romanises", () => {
  const charsOf = (table: string) => table.split("\n").flatMap((line) => [...line.split(" ")[1]]);
  // GB 2312's own rows, decoded here as the generator decodes them.
  const gb = (first: number, last: number) => {
    const decoder = new TextDecoder("gbk");
    const out: string[] = [];
    for (let hi = first; hi <= last; hi++)
      for (let lo = 0xa1; lo <= 0xfe; lo++) {
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        if (/^\p{Script=Han}$/u.test(ch)) out.push(ch);
      }
    return out;
  };
  const [one, two] = [charsOf(LEVEL_1_SYLLABLES), charsOf(LEVEL_2_SYLLABLES)];
  expect([one.length, two.length]).toEqual([3755, 3008]);
  expect(new Set(one)).toEqual(new Set(gb(0xb0, 0xd7)));
  expect(new Set(two)).toEqual(new Set(gb(0xd8, 0xf7)));
  for (const ch of "亳儋漯衢") expect(two).toContain(ch);
  expect(romanisePlace("漯河市舞阳县")).toBe("Wuyang County, Luohe");
});

test('a prefecture-level city is named without "City" (Guangzhou, Wuhan, Foshan, Ordos), a county-level one keeps it (Chuxiong City beside Chuxiong Prefecture, Lufeng City, Yueqing City); Jilin City keeps it beside Jilin Province', () => {
  // 国家统计局's 2023 codes hold 293 地级市 (prefectureCities.ts).
  expect(PREFECTURE_CITY_COUNT).toBe(293);
  expect(romanisePlace("广州市")).toBe("Guangzhou");
  expect(romanisePlace("武汉市")).toBe("Wuhan");
  expect(romanisePlace("佛山市")).toBe("Foshan");
  expect(romanisePlace("鄂尔多斯市")).toBe("Ordos");
  expect(englishPlaceName("池州市")).toBe("Chizhou");
  expect(romanisePlace("吉林市")).toBe("Jilin City");
  for (const county of ["楚雄市", "禄丰市", "乐清市", "招远市", "库尔勒市"]) {
    expect(isPrefectureCity(county)).toBe(false);
    expect(romanisePlace(county)).toMatch(/ City$/);
  }
  expect(englishPlaceName("楚雄市")).toBe("Chuxiong City");
  expect(englishPlaceName("楚雄州")).toBe("Chuxiong Prefecture");
  // The kind stays where it is not 市: 昭通市昭阳区 is a district of the prefecture-level city of Zhaotong.
  expect(romanisePlace("昭通市昭阳区")).toBe("Zhaoyang District, Zhaotong");
});
