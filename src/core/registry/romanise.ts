/**
 * Place names in English prose (issue 22, "Romanise place names"): the stem in Hanyu Pinyin as the
 * government's English pages write it — syllables joined, an apostrophe before a syllable that starts
 * with a, o or e (Yao'an, Xi'an), the first letter capital — and the kind of place in English: 楚雄市 →
 * Chuxiong City, 禄丰县 → Lufeng County, 罗湖区 → Luohu District, 峨山彝族自治县 → Eshan Yi Autonomous
 * County; a prefecture-level city by its name alone, as English releases write it (广州市 → Guangzhou,
 * prefectureCities.ts). The syllables are each character's common reading (syllablesLevel1.ts and
 * syllablesLevel2.ts, GB 2312's two levels); place names that read a character otherwise (单县 Shan, 乐清
 * Yueqing, 牟定 Mouding) or have a name of their own language (鄂尔多斯 Ordos) are exceptions here. A name
 * with a character the table lacks has no romanisation: the prose then does not name it rather than print
 * Chinese.
 */
import { isPrefectureCity } from "./prefectureCities";
import { LEVEL_1_SYLLABLES } from "./syllablesLevel1";
import { LEVEL_2_SYLLABLES } from "./syllablesLevel2";

/** Characters every place name reads otherwise than their common reading (成都 Chengdu, 厦门 Xiamen, 东莞 Dongguan). */
const PLACE_READINGS: Readonly<Record<string, string>> = {
  都: "du",
  厦: "xia",
  莞: "guan",
  珲: "hun",
  筠: "jun",
  枞: "zong",
  犍: "qian",
  荥: "xing",
  陂: "pi",
  蚌: "beng",
  重: "chong",
  歙: "she",
  覃: "tan",
  蔚: "yu",
  铅: "yan",
  涡: "guo",
};

/** Stems read otherwise in this one name (乐清 but 乐山), or named in their own language (Inner Mongolia, Xinjiang, Tibet). */
const STEMS: Readonly<Record<string, string>> = {
  单: "Shan",
  乐清: "Yueqing",
  乐亭: "Laoting",
  牟定: "Mouding",
  六安: "Lu'an",
  六合: "Luhe",
  番禺: "Panyu",
  大埔: "Dabu",
  大城: "Daicheng",
  解州: "Xiezhou",
  东阿: "Dong'e",
  洪洞: "Hongtong",
  繁峙: "Fanshi",
  吐鲁番: "Turpan",
  鄂尔多斯: "Ordos",
  阿拉善: "Alxa",
  呼和浩特: "Hohhot",
  呼伦贝尔: "Hulunbuir",
  巴彦淖尔: "Bayannur",
  乌兰察布: "Ulanqab",
  锡林郭勒: "Xilin Gol",
  乌鲁木齐: "Urumqi",
  克拉玛依: "Karamay",
  喀什: "Kashgar",
  和田: "Hotan",
  伊犁: "Ili",
  阿勒泰: "Altay",
  阿克苏: "Aksu",
  库尔勒: "Korla",
  博尔塔拉: "Bortala",
  巴音郭楞: "Bayingolin",
  克孜勒苏: "Kizilsu",
  拉萨: "Lhasa",
  日喀则: "Xigaze",
  昌都: "Qamdo",
  林芝: "Nyingchi",
  那曲: "Nagqu",
  阿里: "Ngari",
};

/** The peoples of autonomous places, as their English names write them ("Dehong Dai and Jingpo Autonomous Prefecture"). */
const PEOPLES: Readonly<Record<string, string>> = {
  彝族: "Yi",
  回族: "Hui",
  苗族: "Miao",
  傣族: "Dai",
  哈尼族: "Hani",
  白族: "Bai",
  藏族: "Tibetan",
  壮族: "Zhuang",
  土家族: "Tujia",
  蒙古族: "Mongol",
  傈僳族: "Lisu",
  纳西族: "Naxi",
  瑶族: "Yao",
  侗族: "Dong",
  布依族: "Bouyei",
  景颇族: "Jingpo",
  佤族: "Va",
  拉祜族: "Lahu",
  羌族: "Qiang",
  哈萨克族: "Kazak",
  维吾尔族: "Uygur",
  满族: "Manchu",
  朝鲜族: "Korean",
  黎族: "Li",
  畲族: "She",
  水族: "Shui",
  仡佬族: "Gelao",
  仫佬族: "Mulao",
  毛南族: "Maonan",
  土族: "Tu",
  撒拉族: "Salar",
  东乡族: "Dongxiang",
  保安族: "Bonan",
  裕固族: "Yugur",
  柯尔克孜族: "Kirgiz",
  塔吉克族: "Tajik",
  锡伯族: "Xibe",
  达斡尔族: "Daur",
  鄂温克族: "Ewenki",
  鄂伦春族: "Oroqen",
  怒族: "Nu",
  独龙族: "Derung",
  普米族: "Pumi",
  阿昌族: "Achang",
  布朗族: "Blang",
  基诺族: "Jino",
  德昂族: "Deang",
};

/** The kinds of place, longest first, in English. */
const KINDS: readonly (readonly [string, string])[] = [
  ["经济技术开发区", "Economic and Technological Development Zone"],
  ["风景名胜区", "Scenic Area"],
  ["风景区", "Scenic Area"],
  ["工业园区", "Industrial Park"],
  ["经开区", "Economic Development Zone"],
  ["高新技术产业开发区", "High-tech Zone"],
  ["高新区", "High-tech Zone"],
  ["开发区", "Development Zone"],
  ["自治州", "Autonomous Prefecture"],
  ["自治县", "Autonomous County"],
  ["自治旗", "Autonomous Banner"],
  ["新区", "New Area"],
  ["街道", "Subdistrict"],
  ["省", "Province"],
  ["州", "Prefecture"],
  ["市", "City"],
  ["县", "County"],
  ["区", "District"],
  ["盟", "League"],
  ["旗", "Banner"],
  ["镇", "Town"],
  ["乡", "Township"],
];

/** Words of a row label that is not one place: a whole (全州), a total, the rest, a level of government (市本级, 州直). */
const NOT_A_PLACE = /^[全年月]|合计|小计|总计|其他|其它|本级|直属|直管|以上|以下|[市州县区]直|各|受灾|涉及|[地城镇]区$|乡镇$/;

/** Where a name holds its parent (七台河市勃利县, 昭通市昭阳区): the parent's end. */
const PARENT = /^(.{2,5}?(?:省|自治区|市|州|盟))(.{2,})$/;

/** Prefecture-level cities named as their province is: "Jilin City", as English releases tell it from Jilin Province. */
const SAME_AS_PROVINCE = new Set(["吉林市"]);

let readings: Map<string, string> | undefined;

/** Each character's syllable, read once from the two tables. */
function syllableOf(ch: string): string | undefined {
  if (!readings) {
    readings = new Map();
    for (const line of `${LEVEL_1_SYLLABLES}\n${LEVEL_2_SYLLABLES}`.split("\n")) {
      const [syllable, chars] = line.split(" ");
      for (const c of chars) readings.set(c, syllable.replace(/v/g, "ü"));
    }
  }
  return PLACE_READINGS[ch] ?? readings.get(ch);
}

/** A stem in pinyin ("姚安" → "Yao'an"), or undefined when a character has no reading. */
function stemPinyin(stem: string): string | undefined {
  const own = STEMS[stem];
  if (own) return own;
  const syllables = [...stem].map(syllableOf);
  if (!syllables.length || syllables.some((s) => !s)) return undefined;
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s!) ? `'${s}` : s)).join("");
  return `${joined[0].toUpperCase()}${joined.slice(1)}`;
}

/** "彝族" → "Yi", "傣族景颇族" → "Dai and Jingpo"; undefined when a people is not known. */
function peoplesOf(text: string): string | undefined {
  const names: string[] = [];
  let rest = text;
  while (rest) {
    const found = Object.keys(PEOPLES).find((p) => rest.startsWith(p));
    if (!found) return undefined;
    names.push(PEOPLES[found]);
    rest = rest.slice(found.length);
  }
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names[0];
}

/**
 * A place name in English, romanised: "楚雄市" → "Chuxiong City", "姚安县" → "Yao'an County".
 *
 * @param name the place as written (Chinese characters only)
 * @returns the English name, or undefined when it names no kind of place (县, 市, 区 …) or a character has no reading here
 * @example romanisePlace("禄丰县") // "Lufeng County"
 * @example romanisePlace("峨山彝族自治县") // "Eshan Yi Autonomous County"
 */
export function romanisePlace(name: string): string | undefined {
  if (!/^[\u4e00-\u9fff]{2,12}$/.test(name) || NOT_A_PLACE.test(name)) return undefined;
  // "Boli County, Qitaihe City": the place, then the parent it names.
  const nested = PARENT.exec(name);
  if (nested) {
    const [parent, own] = [romanisePlace(nested[1]), romanisePlace(nested[2])];
    if (parent && own) return `${own}, ${parent}`;
  }
  // Only a name that says what kind of place it is: a row label (全州合计, 市本级, 其他) is no place to romanise.
  const kind = KINDS.find(([k]) => name.endsWith(k));
  if (!kind || name.length === kind[0].length) return undefined;
  const before = name.slice(0, -kind[0].length);
  // Place names have stems of one to four characters (单县, 西双版纳州): a longer one is a phrase.
  if (before.length > 4 && !kind[1].startsWith("Autonomous")) return undefined;
  if (kind[1].startsWith("Autonomous")) {
    // 峨山 + 彝族, 德宏 + 傣族景颇族: the shortest stem after which the rest are peoples.
    for (let i = 1; i < before.length; i++) {
      const peoples = peoplesOf(before.slice(i));
      const stem = peoples && stemPinyin(before.slice(0, i));
      if (stem) return `${stem} ${peoples} ${kind[1]}`;
    }
    return undefined;
  }
  const stem = stemPinyin(before);
  if (!stem) return undefined;
  // A prefecture-level city is its name alone (广州市 → Guangzhou), a county-level one keeps "City" (楚雄市 →
  // Chuxiong City, beside Chuxiong Prefecture); 吉林市 keeps it too, beside Jilin Province.
  return kind[0] === "市" && isPrefectureCity(name) && !SAME_AS_PROVINCE.has(name) ? stem : `${stem} ${kind[1]}`;
}
