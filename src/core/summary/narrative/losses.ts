/**
 * The disaster paragraph (T4, T5 and rule 7 of docs/report-rules.md): it opens with the period and,
 * where the source or the user says so, 据初步统计 or 经核定 (rule 14), names the disaster types and the number of counties, then the scope (乡镇、户、人,
 * 转移安置, 农作物) and the direct economic loss with its parts. Zero and missing parts are left out.
 */
import { englishIn } from "../../periods/periodText";
import { indicatorById } from "../../registry/indicators";
import type { SourcedValue, SummaryFacts } from "../facts";
import { enAbout, enList, enMoneyAlike, enNumber, enPartsNote, enUnavailable, enVerify, n, present, zhAbout, zhUnavailable, zhVerify } from "./figures";
import { englishPeriod, englishPlace, englishWhere, scopedArea, zhPeriod } from "./region";
import { enCropsSentence } from "./sectionFigures";
import type { NarrativeContext, NarrativeParagraph } from "./types";
import { statusOf, zhStatus } from "./figuresStatus";
import { ENGLISH_DISASTERS, enEventSubject, zhDisasterTypes, zhEventSubject } from "./disasterEvent";

/** Short English names of the loss parts, so the list reads without nested commas. */
const LOSS_NAMES: Readonly<Record<string, string>> = {
  loss_housing: "housing and household property",
  loss_agri: "agriculture",
  loss_industry: "industry and trade",
  loss_infra: "infrastructure",
  loss_public: "public services",
  loss_other: "other",
};

function scopeValue(f: SummaryFacts, id: string): number | undefined {
  const x = present(f.disasterScope?.find((s) => s.indicator === id)?.value);
  return x === 0 ? undefined : x;
}

/** The lives lost as the workbook states them: deaths and missing apart, or together; zero kept (a release says "无人员死亡"). */
function lives(f: SummaryFacts): { deaths?: number; missing?: number; together?: number } | undefined {
  const raw = (id: string) => present(f.disasterScope?.find((s) => s.indicator === id)?.value);
  const deaths = raw("dz_deaths");
  const missing = raw("dz_missing");
  const together = raw("dz_deaths_missing");
  if (deaths === undefined && missing === undefined && together === undefined) return undefined;
  return { ...(deaths !== undefined ? { deaths } : {}), ...(missing !== undefined ? { missing } : {}), ...(together !== undefined ? { together } : {}) };
}

/** "因灾死亡3人、失踪1人", "因灾死亡失踪4人", or "无人员因灾死亡失踪" (rule 15, MEM's wording). */
function livesZh(f: SummaryFacts): string | undefined {
  const l = lives(f);
  if (!l) return undefined;
  const total = l.together ?? (l.deaths ?? 0) + (l.missing ?? 0);
  if (total === 0) return "无人员因灾死亡失踪";
  if (l.deaths !== undefined || l.missing !== undefined) {
    // A zero is said as no one, never "失踪0人" (陕西 2021: 13 dead, 0 missing → "因灾死亡13人，无人员失踪").
    const stated = [
      [l.deaths, "死亡"],
      [l.missing, "失踪"],
    ] as const;
    const some = stated.flatMap(([x, word]) => (x ? [`${word}${n(x)}人`] : []));
    const none = stated.flatMap(([x, word]) => (x === 0 ? [`无人员${word}`] : []));
    return [`因灾${some.join("、")}`, ...none].join("，");
  }
  return `因灾死亡失踪${n(total)}人`;
}

function livesEn(f: SummaryFacts): string | undefined {
  const l = lives(f);
  if (!l) return undefined;
  const total = l.together ?? (l.deaths ?? 0) + (l.missing ?? 0);
  if (total === 0) return "no one died or went missing";
  const people = (x: number) => (x === 1 ? "1 person" : `${enNumber(x)} people`);
  if (l.deaths !== undefined || l.missing !== undefined)
    return enList([
      ...(l.deaths === undefined ? [] : l.deaths === 0 ? ["no one died"] : [`${people(l.deaths)} died`]),
      ...(l.missing === undefined
        ? []
        : l.missing === 0
          ? ["no one went missing"]
          : [`${l.deaths ? enNumber(l.missing) : people(l.missing)} ${l.missing === 1 ? "was" : "were"} missing`]),
    ]);
  return `${people(total)} died or went missing`;
}

function zh({ facts: f, options: o }: NarrativeContext): string | undefined {
  const v = (id: string) => scopeValue(f, id);
  const area = scopedArea(f);
  const clauses: string[] = [];
  // One event's figures (a system export): the event is the subject, "2020年7月18日发生的洪涝灾害共造成…".
  const event = zhEventSubject(f);
  if (f.disasterTypes?.length && !event) clauses.push(`${area}主要遭受了${zhDisasterTypes(f.disasterTypes)}`);
  const affected = [
    [f.disasterCounties, "个县市"],
    [v("affected_towns"), "个乡镇"],
    [v("affected_hh"), "户"],
    [v("affected_pop"), "人"],
  ].flatMap(([x, unit]) => (typeof x === "number" ? [`${n(x)}${unit}`] : []));
  const subject = event ?? (clauses.length ? "自然灾害" : `${area}自然灾害`);
  if (affected.length > (f.disasterCounties ? 1 : 0)) clauses.push(`${subject}共造成${event ? area : ""}${affected.join("")}不同程度受灾`);
  // Lives come right after the people affected, as MEM's releases write them (rule 15).
  const livesText = livesZh(f);
  if (livesText) clauses.push(clauses.length ? livesText : `${subject}${livesText.startsWith("无") ? "" : "共造成"}${livesText}`);
  const relocated = v("relocated");
  if (relocated !== undefined) clauses.push(`紧急转移安置${n(relocated)}人次`);
  const crops = [
    ["crop_affected_ha", "农作物受灾"],
    ["crop_damaged_ha", "成灾"],
    ["crop_failure_ha", "绝收"],
  ].flatMap(([id, word]) => {
    const x = v(id);
    return x !== undefined ? [`${word}${n(x)}公顷`] : [];
  });
  if (crops.length) clauses.push(crops.join("，"));
  const l = f.losses;
  const total = present(l?.total);
  if (l && total !== undefined) {
    const parts = l.parts.flatMap((p) => {
      const x = present(p.value);
      return x !== undefined && x !== 0 ? [`${p.name}${zhAbout(p.value)}${n(x)}万元`] : [];
    });
    const verb = clauses.length ? "造成" : event ? `${event}共造成${area}` : `${area}因灾造成`;
    clauses.push(`${verb}直接经济损失${zhAbout(l.total)}${n(total)}万元${zhVerify(l.total, "万元")}${parts.length ? `，其中：${parts.join("，")}` : ""}`);
  }
  // An error cell is said, never left out (rule 14): "直接经济损失暂缺（源单元格为#REF!，见核对）".
  clauses.push(...unavailable(f).map((u) => zhUnavailable(u.zh, u.value)));
  if (!clauses.length) return undefined;
  // An event's paragraph opens with the event, whatever its first figure ("…发生的洪涝灾害造成农作物受灾…").
  if (event && !clauses[0].startsWith(event)) clauses[0] = `${event}造成${clauses[0]}`;
  const period = event ? undefined : zhPeriod(f.period);
  return `${period ? `${period}，` : ""}${zhStatus(statusOf(f.figuresStatus, o))}${clauses.join("，")}。`;
}

/** The disaster figures whose source cell holds an error value, named in both languages. */
function unavailable(f: SummaryFacts): { zh: string; en: string; value: SourcedValue }[] {
  const scope = (f.disasterScope ?? []).map((s) => ({ zh: s.name, en: `the ${indicatorById(s.indicator)?.english ?? "figure"}`, value: s.value }));
  const total = f.losses ? [{ zh: "直接经济损失", en: "the direct economic loss", value: f.losses.total }] : [];
  const parts = (f.losses?.parts ?? []).map((p) => ({
    zh: p.name,
    en: `the ${LOSS_NAMES[p.indicator] ?? indicatorById(p.indicator)?.english ?? "other"} loss`.replace(/ loss loss$/, " loss"),
    value: p.value,
  }));
  return [...scope, ...total, ...parts].filter((u) => u.value.error);
}

function en({ facts: f, options: o }: NarrativeContext): string | undefined {
  const v = (id: string) => scopeValue(f, id);
  // One event's figures: "The floods of 18 July 2020 affected …", with no period before it.
  const event = enEventSubject(f);
  const period = event ? undefined : englishPeriod(f.period);
  const place = englishPlace(f);
  const sentences: string[] = [];
  const types = event ?? (f.disasterTypes?.length ? enList(f.disasterTypes.map((t) => ENGLISH_DISASTERS[t] ?? t)) : "natural disasters");
  const scope = [
    [v("affected_pop"), "people"],
    [v("affected_hh"), "households"],
  ].flatMap(([x, word]) => (typeof x === "number" ? [`${enNumber(x)} ${word}`] : []));
  const where = [
    [v("affected_towns"), "townships"],
    [f.disasterCounties, "counties"],
  ].flatMap(([x, word]) => (typeof x === "number" ? [`${enNumber(x)} ${word}`] : []));
  const livesText = livesEn(f);
  // As in Chinese: a count of counties alone says nothing of who was affected (a table with no 受灾人口).
  if (scope.length || typeof v("affected_towns") === "number") {
    const whom = scope.length ? scope.join(" in ") : "people";
    sentences.push(
      // The place the Chinese names, after the counties it holds or else after the disasters (englishWhere).
      `${types.charAt(0).toUpperCase()}${types.slice(1)}${where.length ? "" : englishWhere(f)} affected ${whom}${where.length ? ` across ${where.join(" in ")}${place ? ` of ${place}` : ""}` : ""}${livesText ? `; ${livesText}` : ""}.`,
    );
  } else if (livesText) sentences.push(`${livesText.charAt(0).toUpperCase()}${livesText.slice(1)}.`);
  const relocated = v("relocated");
  // No sentence opens with a numeral (rule 16).
  if (relocated !== undefined) sentences.push(`A total of ${enNumber(relocated)} people were relocated in an emergency.`);
  const crops = [
    ["crop_affected_ha", "affected"],
    ["crop_damaged_ha", "damaged"],
    ["crop_failure_ha", "lost"],
  ].flatMap(([id, word]) => {
    const x = v(id);
    return x !== undefined ? [{ x: enNumber(x, 2), word }] : [];
  });
  // A sentence, never one that opens with a figure ("Crops: 16,498.4 ha affected" was a field list; rule 16).
  const cropsSentence = enCropsSentence(crops);
  if (cropsSentence) sentences.push(cropsSentence);
  const l = f.losses;
  const total = present(l?.total);
  if (l && total !== undefined) {
    // One money unit and precision in the sentence (rule 16): the total's.
    const money = enMoneyAlike([total]);
    const shown = l.parts.flatMap((p) => {
      const x = present(p.value);
      const name = LOSS_NAMES[p.indicator] ?? (indicatorById(p.indicator)?.english ?? "other").replace(/ loss$/, "");
      return x !== undefined && x !== 0 ? [{ x, text: `${name} ${enAbout(p.value)}${money(x)}` }] : [];
    });
    const parts = shown.map((p) => p.text);
    const verify = enVerify(l.total, true);
    // One bracket at a time: with a 待核实 note the parts get a sentence of their own.
    if (verify && parts.length) sentences.push(`The direct economic loss was ${enAbout(l.total)}${money(total)}${verify}. By category: ${enList(parts)}.`);
    else sentences.push(`The direct economic loss was ${enAbout(l.total)}${money(total)}${parts.length ? ` (${enList(parts)})` : ""}.`);
    const note = verify
      ? ""
      : enPartsNote(
          total,
          shown.map((p) => p.x),
          money,
        );
    if (note) sentences.push(note);
  }
  const missing = enList(unavailable(f).map((u) => enUnavailable(u.en, u.value)));
  if (missing) sentences.push(`${missing.charAt(0).toUpperCase()}${missing.slice(1)}.`);
  if (!sentences.length) return undefined;
  const status = statusOf(f.figuresStatus, o);
  if (status) return `${status === "final" ? "Verified" : "Preliminary"} figures${period ? ` for ${period}` : ""}: ${sentences.join(" ")}`;
  const [first, ...rest] = sentences;
  if (event && !first.startsWith(event))
    return [`For ${event.charAt(0).toLowerCase()}${event.slice(1)}, ${first.charAt(0).toLowerCase()}${first.slice(1)}`, ...rest].join(" ");
  if (!period) return sentences.join(" ");
  return [`${englishIn(period)}, ${first.charAt(0).toLowerCase()}${first.slice(1)}`, ...rest].join(" ");
}

/** The disaster and loss paragraph. */
export const lossesParagraph: NarrativeParagraph = { id: "losses", zh, en };
