/**
 * The 同比 a table states without the year-earlier figures (issue 22; docs/report-rules.md rule 26): told as
 * the release tells it, from its cells — "同比分别下降44.4%、30.1%、53.7%和31.3%" (广东, corpus 44), "同比事故起数
 * 减少14起、下降9.3%" (北京, corpus 13) — and never a base rebuilt from them. A stated change the 核对 flags
 * is told with 待核实; one whose cell holds an error value is said to be unavailable; the change of a figure
 * that is itself 待核实 is not told (its base is in doubt with it).
 */
import { enList, enMoney, enNumber, enStatedPct, n, statedPct, zhUnavailable } from "./figures";
import type { BlockFigure } from "./sectionFigures";

/** The indicator as the 同比 clause names it. */
export const LEAD: Readonly<Record<string, string>> = { accident_count: "事故起数", deaths: "死亡人数", injured: "受伤人数", direct_loss: "直接经济损失" };
export const ENGLISH: Readonly<Record<string, string>> = {
  accident_count: "accidents",
  deaths: "deaths",
  injured: "injuries",
  direct_loss: "the direct economic loss",
};

/** One indicator's stated change, ready to phrase. */
interface Move {
  readonly id: string;
  readonly figure: BlockFigure;
  /** The stated 增减 and 增减幅度, where stated and readable. */
  readonly change?: number;
  readonly pct?: number;
  readonly direction: "up" | "down" | "flat";
  /** An open 核对 finding on a stated cell, or a change and a percent that point different ways. */
  readonly toVerify: boolean;
  /** A stated cell that holds an error value (#N/A …), with nothing else to tell. */
  readonly error?: string;
}

function finite(x: number | null | undefined): number | undefined {
  return x === null || x === undefined || !Number.isFinite(x) ? undefined : x;
}

function moveOf(id: string, f: BlockFigure | undefined): Move | undefined {
  if (!f?.stated || f.current === undefined || f.flagged || f.currentSource?.check) return undefined;
  const { change: c, pct: p } = f.stated;
  const change = c?.error ? undefined : finite(c?.value);
  const pct = p?.error ? undefined : finite(p?.value);
  if (change === undefined && pct === undefined) {
    const error = c?.error ?? p?.error;
    return error ? { id, figure: f, direction: "flat", toVerify: false, error } : undefined;
  }
  const signs = [change, pct].filter((x): x is number => x !== undefined).map(Math.sign);
  const sign = signs.find((s) => s !== 0) ?? 0;
  const toVerify = !!(c?.check || p?.check) || signs.some((s) => s !== sign);
  return {
    id,
    figure: f,
    ...(change !== undefined ? { change } : {}),
    ...(pct !== undefined ? { pct } : {}),
    direction: sign > 0 ? "up" : sign < 0 ? "down" : "flat",
    toVerify,
  };
}

/**
 * The stated changes of the figures a sentence lists, in its order.
 *
 * @param figures the listed figures by indicator id (事故起数, 死亡人数, 受伤人数, 直接经济损失), in the order listed
 * @returns the moves, none where nothing is stated
 */
function movesOf(figures: readonly (readonly [string, BlockFigure | undefined])[]): Move[] {
  return figures.flatMap(([id, f]) => moveOf(id, f) ?? []);
}

/** "减少14起、下降9.3%", "下降44.4%", "增加1人", "持平", in the figure's unit. */
function zhPhrase(m: Move): string {
  if (m.direction === "flat") return "持平";
  const [more, rise] = m.direction === "up" ? ["增加", "上升"] : ["减少", "下降"];
  const count = m.change !== undefined ? `${more}${n(Math.abs(m.change))}${m.figure.indicator.unit}` : "";
  const pct = m.pct !== undefined ? `${rise}${statedPct(m.pct, m.figure.stated?.pct)}%` : "";
  return [count, pct].filter(Boolean).join("、");
}

/**
 * The Chinese clause after "同比" (without it): the percents alone grouped with 分别 when every figure the
 * sentence lists states one, each moving the same way (the order of the figures is the order of the
 * percents); else one indicator after another. "" when nothing is stated.
 *
 * @param figures the figures the sentence lists, by indicator id, in its order
 * @param grouped whether the summary groups changes with 分别 (rule 3)
 * @param doubleFall whether to add 双下降 (a 同比's; never said of a 环比)
 * @returns the clause ("分别下降44.4%、30.1%、53.7%和31.3%"), with "，实现…“双下降”" when accidents and deaths both fall
 */
export function zhStatedChanges(figures: readonly (readonly [string, BlockFigure | undefined])[], grouped: boolean, doubleFall = true): string {
  const moves = movesOf(figures);
  if (!moves.length) return "";
  const listed = figures.filter(([, f]) => f?.current !== undefined).length;
  const alike = moves.every((m) => m.pct !== undefined && m.change === undefined && !m.toVerify && !m.error && m.direction === moves[0].direction);
  let clause: string;
  if (grouped && alike && moves.length === listed && moves.length > 1 && moves[0].direction !== "flat") {
    const pcts = moves.map((m) => `${statedPct(m.pct!, m.figure.stated?.pct)}%`);
    clause = `分别${moves[0].direction === "up" ? "上升" : "下降"}${pcts.slice(0, -1).join("、")}和${pcts[pcts.length - 1]}`;
  } else
    clause = moves
      .map((m) =>
        m.error ? zhUnavailable(`${LEAD[m.id]}增减`, { value: null, error: m.error }) : `${LEAD[m.id]}${zhPhrase(m)}${m.toVerify ? "（待核实，见核对）" : ""}`,
      )
      .join("，");
  const down = (id: string) => moves.some((m) => m.id === id && m.direction === "down" && !m.toVerify && !m.error);
  return `${clause}${doubleFall && down("accident_count") && down("deaths") ? "，实现事故起数、死亡人数“双下降”" : ""}`;
}

/** "by 14 (9.3%)", "by 44.4%", "by CNY 0.12 million", "by 6 (27.27%; to be verified, see the checks)". */
function enBy(m: Move): string {
  const unit = m.figure.indicator;
  const amount = (x: number) => (m.id === "direct_loss" ? enMoney(x * unit.toBase) : enNumber(x));
  const verify = m.toVerify ? "; to be verified, see the checks" : "";
  const pct = (x: number) => enStatedPct(x, m.figure.stated?.pct);
  if (m.change !== undefined && m.pct !== undefined) return `by ${amount(Math.abs(m.change))} (${pct(m.pct)}%${verify})`;
  const by = m.change !== undefined ? `by ${amount(Math.abs(m.change))}` : `by ${pct(m.pct!)}%`;
  return verify ? `${by} (${verify.slice(2)})` : by;
}

/**
 * The English sentence of the stated changes, the verb once per direction (rule 16): "Compared with a year
 * earlier, accidents fell by 44.4%, deaths by 30.1% and injuries by 53.7%." "" when nothing is stated.
 *
 * @param figures the figures the sentence lists, by indicator id, in its order
 * @param lead the words before the changes ("Compared with November 2022" for a stated 环比)
 * @returns the sentence, with a leading space
 */
export function enStatedChanges(figures: readonly (readonly [string, BlockFigure | undefined])[], lead = "Compared with a year earlier"): string {
  const moves = movesOf(figures);
  if (!moves.length) return "";
  const parts: string[] = [];
  const told = moves.filter((m) => !m.error);
  for (const direction of [...new Set(told.map((m) => m.direction))]) {
    const group = told.filter((m) => m.direction === direction);
    const verify = (m: Move) => (m.toVerify ? " (to be verified; see the checks)" : "");
    if (direction === "flat")
      parts.push(
        `${enList(group.map((m) => `${ENGLISH[m.id]}${verify(m)}`))} ${group.length === 1 && group[0].id === "direct_loss" ? "was" : "were"} unchanged`,
      );
    else parts.push(enList(group.map((m, k) => `${ENGLISH[m.id]} ${k === 0 ? (direction === "up" ? "rose " : "fell ") : ""}${enBy(m)}`)));
  }
  const unavailable = moves
    .filter((m) => m.error)
    .map((m) => ` The change in ${ENGLISH[m.id].replace(/^the /, "")} is unavailable (the source cell holds ${m.error}; see the checks).`);
  const body = parts.length > 1 ? `${parts.slice(0, -1).join(", ")}, while ${parts[parts.length - 1]}` : parts[0];
  return `${body ? ` ${lead}, ${body}.` : ""}${unavailable.join("")}`;
}

/**
 * One figure's stated 同比 as an English clause after the figure ("down 49.57% year on year"), or undefined
 * where the source states none.
 *
 * @param f the figure
 * @returns the phrase, with "year on year"
 * @example enStatedChange(accidentsOfAugust) // "down 49.57% year on year"
 */
export function enStatedChange(f: BlockFigure): string | undefined {
  const m = moveOf("", f);
  if (!m || m.error) return undefined;
  const verify = m.toVerify ? "; to be verified, see the checks" : "";
  if (m.direction === "flat") return `unchanged year on year${verify}`;
  const by = enBy({ ...m, toVerify: false }).replace(/^by /, "");
  return `${m.direction === "up" ? "up" : "down"} ${by} year on year${verify}`;
}
