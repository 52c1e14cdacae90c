/**
 * The disaster paragraph (T4, T5 and rule 7 of docs/report-rules.md): it opens with the period and
 * 据初步统计, names the disaster types and the number of counties, then the scope (乡镇、户、人,
 * 转移安置, 农作物) and the direct economic loss with its parts. Zero and missing parts are left out.
 */
import { indicatorById } from "../../registry/indicators";
import type { SummaryFacts } from "../facts";
import { enList, enMoney, enNumber, n, present } from "./figures";
import { areaWord, englishPeriod, englishPlace } from "./region";
import type { NarrativeContext, NarrativeParagraph } from "./types";

/** Disaster types in English; a type not listed stays as the workbook writes it. */
const ENGLISH_DISASTERS: Readonly<Record<string, string>> = {
  旱灾: "drought",
  干旱: "drought",
  风雹: "hailstorms",
  风雹灾害: "hailstorms",
  洪涝: "floods",
  洪涝灾害: "floods",
  地震: "earthquakes",
  地震灾害: "earthquakes",
  地质灾害: "geological disasters",
  台风: "typhoons",
  低温冷冻和雪灾: "low temperatures, frost and snow",
  低温冷冻: "low temperatures and frost",
  雪灾: "snow",
  森林火灾: "forest fires",
};

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

function typesText(types: readonly string[]): string {
  const list = types.join("、");
  return /[灾害]$/.test(list) ? list : `${list}灾害`;
}

function zh({ facts: f }: NarrativeContext): string | undefined {
  const v = (id: string) => scopeValue(f, id);
  const area = areaWord(f);
  const clauses: string[] = [];
  if (f.disasterTypes?.length) clauses.push(`${area}主要遭受了${typesText(f.disasterTypes)}`);
  const affected = [
    [f.disasterCounties, "个县市"],
    [v("affected_towns"), "个乡镇"],
    [v("affected_hh"), "户"],
    [v("affected_pop"), "人"],
  ].flatMap(([x, unit]) => (typeof x === "number" ? [`${n(x)}${unit}`] : []));
  const subject = clauses.length ? "自然灾害" : `${area}自然灾害`;
  if (affected.length > (f.disasterCounties ? 1 : 0)) clauses.push(`${subject}共造成${affected.join("")}不同程度受灾`);
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
      return x !== undefined && x !== 0 ? [`${p.name}${n(x)}万元`] : [];
    });
    const verb = clauses.length ? "造成" : `${area}因灾造成`;
    clauses.push(`${verb}直接经济损失${n(total)}万元${parts.length ? `，其中：${parts.join("，")}` : ""}`);
  }
  if (!clauses.length) return undefined;
  return `${f.period ? `${f.period}，` : ""}据初步统计，${clauses.join("，")}。`;
}

function en({ facts: f }: NarrativeContext): string | undefined {
  const v = (id: string) => scopeValue(f, id);
  const period = englishPeriod(f.period);
  const place = englishPlace(f);
  const sentences: string[] = [];
  const types = f.disasterTypes?.length ? enList(f.disasterTypes.map((t) => ENGLISH_DISASTERS[t] ?? t)) : "natural disasters";
  const scope = [
    [v("affected_pop"), "people"],
    [v("affected_hh"), "households"],
  ].flatMap(([x, word]) => (typeof x === "number" ? [`${enNumber(x)} ${word}`] : []));
  const where = [
    [v("affected_towns"), "townships"],
    [f.disasterCounties, "counties"],
  ].flatMap(([x, word]) => (typeof x === "number" ? [`${enNumber(x)} ${word}`] : []));
  if (scope.length || where.length) {
    const whom = scope.length ? scope.join(" in ") : "people";
    sentences.push(
      `${types.charAt(0).toUpperCase()}${types.slice(1)} affected ${whom}${where.length ? ` across ${where.join(" in ")}` : ""}${place ? ` of ${place}` : ""}.`,
    );
  }
  const relocated = v("relocated");
  if (relocated !== undefined) sentences.push(`${enNumber(relocated)} people were relocated in an emergency.`);
  const crops = [
    ["crop_affected_ha", "affected"],
    ["crop_damaged_ha", "damaged"],
    ["crop_failure_ha", "lost"],
  ].flatMap(([id, word]) => {
    const x = v(id);
    return x !== undefined ? [`${enNumber(x, 2)} ha ${word}`] : [];
  });
  if (crops.length) sentences.push(`Crops: ${enList(crops)}.`);
  const l = f.losses;
  const total = present(l?.total);
  if (l && total !== undefined) {
    const parts = l.parts.flatMap((p) => {
      const x = present(p.value);
      const name = LOSS_NAMES[p.indicator] ?? (indicatorById(p.indicator)?.english ?? "other").replace(/ loss$/, "");
      return x !== undefined && x !== 0 ? [`${name} ${enMoney(x)}`] : [];
    });
    sentences.push(`The direct economic loss was ${enMoney(total)}${parts.length ? ` (${enList(parts)})` : ""}.`);
  }
  if (!sentences.length) return undefined;
  return `Preliminary figures${period ? ` for ${period}` : ""}: ${sentences.join(" ")}`;
}

/** The disaster and loss paragraph. */
export const lossesParagraph: NarrativeParagraph = { id: "losses", zh, en };
