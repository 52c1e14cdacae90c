/**
 * What the summary sheet says about itself: the title (period first, naming the subject), row 2
 * (which parts are live formulas and which are static text), the generation stamp (生成于…), the
 * footnote on significance, and the source ranges a pane watches to offer "刷新汇总".
 * docs/report-rules.md, rules 2, 9 and 10.
 */
import { quoteSheetName } from "../model/address";
import type { WorkbookFacts } from "../facts";
import type { SummaryFacts } from "./facts";
import { areaWord, englishPeriod, englishPlace, zhPeriod } from "./narrative/region";
import type { SummaryOptions } from "./options";
import type { IndicatorSection } from "../registry/indicators";
import type { TitleSubject } from "./titleSubjects";
import { ENGLISH_DISASTERS, zhDisasterTypes } from "./narrative/disasterEvent";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The subjects of the indicator sections, in report order, as the report's chapters name them. */
const BLOCK_SUBJECTS: readonly [IndicatorSection, string, string][] = [
  ["accidents", "生产安全事故", "work-safety accidents"],
  ["disasters", "自然灾害", "natural disasters"],
  ["hazards", "隐患排查整改", "hazard rectification"],
  ["enforcement", "安全生产行政执法", "work-safety enforcement"],
  ["training", "安全培训和应急演练", "safety training and emergency drills"],
];

/** The kind of one disaster event the figures are of (a system export's 灾种名称：洪涝): "洪涝灾害" / "floods". */
function eventKind(facts: SummaryFacts): [string, string] | undefined {
  const kind = facts.event?.kind;
  const english = kind && (ENGLISH_DISASTERS[kind] ?? ENGLISH_DISASTERS[`${kind}灾害`]);
  return kind && english ? [zhDisasterTypes([kind]), english] : undefined;
}

/**
 * The summary's title, period first and naming its subject: "2024年1—6月全州生产安全事故、自然灾害和
 * 隐患排查整改情况"; English "Chuxiong Prefecture, January–June 2024: work-safety accidents, …".
 *
 * A sheet of the indicator sections (a disaster table, enforcement, training) names them too
 * ("2024年上半年全省自然灾害情况"), never "统计汇总" while it knows its subject (issue 22, consistency).
 *
 * @param facts the summary facts
 * @param options language and the sections shown
 * @param blockSections the sections of the indicator blocks (sectionFacts.ts) the sheet shows
 * @param workbook the subjects the workbook's facts and tables name (titleSubjects.ts), used when no section names one
 * @returns the title
 * @example summaryTitle(sampleFacts, DEFAULT_SUMMARY_OPTIONS) // "2024年1—6月全州生产安全事故、自然灾害和隐患排查整改情况"
 */
export function summaryTitle(
  facts: SummaryFacts,
  options: Pick<SummaryOptions, "language" | "sections">,
  blockSections: readonly IndicatorSection[] = [],
  workbook: readonly TitleSubject[] = [],
): string {
  const s = options.sections;
  const subjects: [string, string][] = [];
  if (s.accidents && facts.accidents?.length) subjects.push(["生产安全事故", "work-safety accidents"]);
  if (s.losses && (facts.losses || facts.disasterScope?.length)) subjects.push(eventKind(facts) ?? ["自然灾害", "natural disasters"]);
  if (s.hazards && facts.hazards) subjects.push(["隐患排查整改", "hazard rectification"]);
  // The fixed sections name the subject where they have one (the sample's title stays the reference report's);
  // a sheet of the indicator sections alone names those (a disaster table, enforcement, training).
  if (!subjects.length)
    subjects.push(
      ...BLOCK_SUBJECTS.filter(([section]) => blockSections.includes(section)).map(
        ([section, zh, en]) => (section === "disasters" && eventKind(facts)) || ([zh, en] as [string, string]),
      ),
    );
  // No section names one (fire tables, a table of years with no current one, a table not summed): the workbook's own.
  if (!subjects.length) subjects.push(...workbook.map(([zh, en]) => [zh, en] as [string, string]));
  if (options.language === "en") {
    const cap = (x: string) => `${x.charAt(0).toUpperCase()}${x.slice(1)}`;
    const what = subjects.length ? subjects.map((x) => x[1]) : ["statistical summary"];
    const list = what.length > 1 ? `${what.slice(0, -1).join(", ")} and ${what[what.length - 1]}` : what[0];
    // A named place heads the title ("Hubei Province, 16–21 July 2020: natural disasters"); a place known only by its
    // kind (全省 → "the province") follows the subject, as a title never opens "The province, …".
    const place = englishPlace(facts);
    const named = place && !place.startsWith("the ") ? place : undefined;
    const where = [named, englishPeriod(facts.period)].filter((x): x is string => !!x);
    const subject = place && !named ? `${list} in ${place}` : list;
    return where.length ? `${cap(where.join(", "))}: ${subject}` : cap(subject);
  }
  const names = subjects.map((x) => x[0]);
  const list = names.length > 1 ? `${names.slice(0, -1).join("、")}和${names[names.length - 1]}` : names[0];
  return `${zhPeriod(facts.period) ?? ""}${areaWord(facts)}${list ? `${list}情况` : "统计汇总"}`;
}

/**
 * The generation time as the sheet writes it: "2024年7月10日 09:30" / "10 July 2024, 09:30".
 *
 * @param generatedAt local wall-clock time "YYYY-MM-DDTHH:mm"
 * @param language zh or en
 * @returns the text, or undefined without a time
 * @example generatedText("2024-07-10T09:30", "zh") // "2024年7月10日 09:30"
 */
export function generatedText(generatedAt: string | undefined, language: "zh" | "en"): string | undefined {
  const m = generatedAt && /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(generatedAt);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return language === "en" ? `${d} ${MONTHS[mo - 1]} ${y}, ${m[4]}:${m[5]}` : `${y}年${mo}月${d}日 ${m[4]}:${m[5]}`;
}

/**
 * The stamp a static part carries: "生成于2024年7月10日 09:30" / "generated 10 July 2024, 09:30".
 *
 * @param options generatedAt and language
 * @returns the stamp, or undefined without a time
 */
export function generatedStamp(options: Pick<SummaryOptions, "generatedAt" | "language">): string | undefined {
  const t = generatedText(options.generatedAt, options.language);
  if (!t) return undefined;
  return options.language === "en" ? `generated ${t}` : `生成于${t}`;
}

/** The static parts a sheet may hold, each known by what it is. */
export interface StaticParts {
  readonly narrative: boolean;
  readonly significance: boolean;
  readonly interval: boolean;
  readonly ledgerFigures: boolean;
  readonly textCells: boolean;
  readonly checks: boolean;
}

/** Each static part in Chinese and English, and whether the English name is plural. */
const STATIC_NAMES: Readonly<Record<keyof StaticParts, readonly [string, string, boolean]>> = {
  narrative: ["综述", "the summary text", false],
  significance: ["显著性列", "the significance column", false],
  interval: ["整改率置信区间", "the rate interval", false],
  ledgerFigures: ["台账汇总数字", "figures counted from ledgers", true],
  textCells: ["以文本存放的源数据（见表下注）", "source cells held as text (see the note below the tables)", true],
  checks: ["数据核对", "the checks", true],
};

/**
 * Row 2: which parts of the sheet are live formulas and which are static text written when it
 * was generated.
 *
 * @param parts the static parts the sheet holds
 * @param options generatedAt and language
 * @returns the sentence
 * @example subtitleText({ narrative: true, …false }, { language: "zh" }) // "由“应急统计”根据本工作簿生成。表中的本期、去年同期、增减、…"
 */
export function subtitleText(parts: StaticParts, options: Pick<SummaryOptions, "generatedAt" | "language">): string {
  const en = options.language === "en";
  const when = generatedText(options.generatedAt, options.language);
  const keys = (Object.keys(STATIC_NAMES) as (keyof StaticParts)[]).filter((k) => parts[k]);
  const names = keys.map((k) => STATIC_NAMES[k][en ? 1 : 0]);
  const plural = keys.length > 1 || (keys.length === 1 && STATIC_NAMES[keys[0]][2]);
  if (en) {
    const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names[0];
    const head = `Generated by Bureau Stats from this workbook${when ? ` on ${when}` : ""}.`;
    const live =
      " The table figures (this period, last year, change, shares, totals, rates) are formulas that reference the source cells and update when they change.";
    const fixed = list
      ? ` ${list.charAt(0).toUpperCase()}${list.slice(1)} ${plural ? "are" : "is"} static text from that time: generate the summary again after editing the source.`
      : "";
    return `${head}${live}${fixed}`;
  }
  const head = `由“应急统计”根据本工作簿生成${when ? `于${when}` : ""}。`;
  const live = "表中的本期、去年同期、增减、幅度、占比、合计和整改率为引用源数据的公式，源数据修改后自动更新";
  const fixed = names.length ? `；${names.join("、")}为生成时写入的静态文字，源数据修改后请重新生成汇总。` : "。";
  return `${head}${live}${fixed}`;
}

/** The footnote under the tables when the 显著性 column is shown. */
const SIGNIFICANCE_FOOTNOTE = {
  zh: "注：显著性只检验事故起数（各起事故相互独立，可按泊松计数比较）；死亡、受伤人数在同一起事故中成群出现，不满足独立性假设，故不作检验。无去年同期数、两期均为0或两期合计不足6起（精确检验不可能达到5%显著）时，显著性记为“—”。",
  en: "Note: only the number of accidents is tested for significance (accidents are independent events, compared as Poisson counts); deaths and injuries cluster within accidents, so they are not tested. Where there is no year-earlier figure, none in either period, or fewer than 6 in the two periods together (too few for the exact test ever to reach 5%), the column shows “—”.",
};

/** What the footnote adds about the breakdown tables' rows: untested by default, or Holm-adjusted per table. */
const BREAKDOWN_FOOTNOTE = {
  untested: {
    zh: "分组统计表（分县、分行业、分月等）各行不作检验：数十行各自检验，总会有几行偶然“显著”。",
    en: "The rows of the breakdown tables (by county, industry, month …) are not tested: with dozens of rows tested one by one, a few always come out “significant” by chance.",
  },
  holm: {
    zh: "分组统计表各行的p值已按Holm法作多重比较校正（每张表的各行为一组）；合计行与第一部分相同，未作校正。",
    en: "In the breakdown tables the rows’ p-values are adjusted for multiple comparisons by Holm’s method (each table’s rows as one family); the total row is the headline test, unadjusted. “Sig.” means significant at 5%.",
  },
};

/**
 * The footnote on significance.
 *
 * @param language the sheet's language
 * @param breakdowns whether the sheet has breakdown tables, and whether their rows are tested (Holm) or not
 * @returns the footnote
 * @example significanceFootnote("zh", "holm") // "注：显著性只检验事故起数…分组统计表各行的p值已按Holm法作多重比较校正…"
 */
export function significanceFootnote(language: "zh" | "en", breakdowns?: "untested" | "holm"): string {
  const extra = breakdowns ? BREAKDOWN_FOOTNOTE[breakdowns][language] : "";
  return `${SIGNIFICANCE_FOOTNOTE[language]}${extra ? (language === "en" ? ` ${extra}` : extra) : ""}`;
}

/**
 * The source ranges the summary was generated from, as A1 references with sheet names
 * ("'事故分县统计'!A3:J15"): the tables and ledgers the reader used. A pane that sees a change in
 * one of them after generation can offer to refresh the summary.
 *
 * @param wf the workbook's facts
 * @returns the ranges, without duplicates
 */
export function sourceRanges(wf: WorkbookFacts): string[] {
  const ranges = wf.sources.flatMap((x) => (x.kind === "returns" ? [] : [`${quoteSheetName(x.sheet)}!${x.address}`]));
  return [...new Set(ranges)];
}

/**
 * A clock reading as the summary's generatedAt ("2024-07-10T09:30", local wall-clock time). The
 * caller reads the clock (`new Date()`) and passes the date: core never does.
 *
 * @param date the moment of generation
 * @returns "YYYY-MM-DDTHH:mm" in the date's local time
 * @example localTimestamp(new Date(2024, 6, 10, 9, 30)) // "2024-07-10T09:30"
 */
export function localTimestamp(date: Date): string {
  const p = (x: number) => String(x).padStart(2, "0");
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}T${p(date.getHours())}:${p(date.getMinutes())}`;
}
