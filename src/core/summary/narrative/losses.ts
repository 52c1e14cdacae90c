/**
 * The disaster paragraph: the scope (T5: 受灾乡镇、户、人, 转移安置, 农作物) and the direct economic
 * loss with its parts (T4 of docs/report-rules.md).
 */
import { n, present } from "./figures";
import type { NarrativeContext, NarrativeParagraph } from "./types";

function scopeSentence({ facts: f }: NarrativeContext): string | undefined {
  const scope = (f.disasterScope ?? []).filter((s) => present(s.value) !== undefined && s.value.value !== 0);
  if (scope.length === 0) return undefined;
  const v = (id: string) => present(scope.find((s) => s.indicator === id)?.value);
  const affected = [
    ["affected_towns", "个乡镇"],
    ["affected_hh", "户"],
    ["affected_pop", "人"],
  ].flatMap(([id, unit]) => {
    const x = v(id);
    return x !== undefined ? [`${n(x)}${unit}`] : [];
  });
  const parts: string[] = [];
  if (affected.length) parts.push(`${affected.join("")}不同程度受灾`);
  const relocated = v("relocated");
  if (relocated !== undefined) parts.push(`紧急转移安置${n(relocated)}人次`);
  const crops = [
    ["crop_affected_ha", "农作物受灾"],
    ["crop_damaged_ha", "成灾"],
    ["crop_failure_ha", "绝收"],
  ].flatMap(([id, word]) => {
    const x = v(id);
    return x !== undefined ? [`${word}${n(x)}公顷`] : [];
  });
  if (crops.length) parts.push(crops.join("，"));
  return parts.length ? `自然灾害共造成${parts.join("，")}。` : undefined;
}

function lossSentence({ facts: f }: NarrativeContext): string | undefined {
  const l = f.losses;
  const total = present(l?.total);
  if (!l || total === undefined) return undefined;
  const parts = l.parts.flatMap((p) => {
    const x = present(p.value);
    return x !== undefined && x !== 0 ? [`${p.name}${n(x)}万元`] : [];
  });
  const lead = `${f.area ?? ""}因灾造成直接经济损失${n(total)}万元`;
  return parts.length ? `${lead}，其中：${parts.join("，")}。` : `${lead}。`;
}

function zh(c: NarrativeContext): string | undefined {
  const text = [scopeSentence(c), lossSentence(c)].filter((s): s is string => !!s).join("");
  return text || undefined;
}

function en({ facts: f }: NarrativeContext): string | undefined {
  const l = f.losses;
  const total = present(l?.total);
  if (!l || total === undefined) return undefined;
  const parts = l.parts.filter((p) => present(p.value)).map((p) => `${p.indicator.replace("loss_", "")} ${n(p.value.value as number)}`);
  return `Disasters caused a direct economic loss of ${n(total)} (10k CNY)${parts.length ? `: ${parts.join(", ")}` : ""}.`;
}

/** The disaster and loss paragraph. */
export const lossesParagraph: NarrativeParagraph = { id: "losses", zh, en };
