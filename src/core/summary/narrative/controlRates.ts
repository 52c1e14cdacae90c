/**
 * The 综述's sentence on the control indicators, as MEM and the provincial bulletins write them
 * ([S13]): "按地区生产总值812.5亿元、常住人口241.6万人计算，亿元GDP生产安全事故死亡率由去年同期的0.034降到
 * 0.032，降幅5.9%；十万人口生产安全事故死亡率为1.08。" A rate is written with the decimals its table
 * cell shows; its change is relative (降幅), a share's in 百分点. A rate whose numerator the 核对 flags
 * is not told.
 */
import { formatDecimal, roundDecimal, roundedPercentChange } from "../../numbers/decimal";
import type { ControlRate, ControlRates, DenominatorRow } from "../controlRates";
import type { SummaryOptions } from "../options";
import { enList, enNumber, n } from "./figures";

function fixed(x: number, decimals: number): string {
  return formatDecimal(roundDecimal(x, decimals), false);
}

/** The relative change of a rate as text without its sign ("5.9"), from the unrounded rates. */
function relative(r: ControlRate, o: SummaryOptions): string {
  return formatDecimal(roundedPercentChange(r.current!, r.previous!, o.percentDecimals), o.stripTrailingZeros).replace(/^-/, "");
}

function zhRate(r: ControlRate, o: SummaryOptions): string {
  const pct = r.unit === "%" ? "%" : "";
  const [cur, prev] = [fixed(r.current!, r.decimals), r.previous === null ? undefined : fixed(r.previous, r.decimals)];
  if (prev === undefined) return `${r.name}为${cur}${pct}`;
  if (cur === prev) return `${r.name}为${cur}${pct}，与去年同期持平`;
  const down = r.current! < r.previous!;
  if (pct) {
    const points = fixed(Math.abs(r.current! - r.previous!), r.decimals);
    return `${r.name}由去年同期的${prev}%${down ? "下降" : "提高"}到${cur}%，${down ? "下降" : "提高"}${points}个百分点`;
  }
  return `${r.name}由去年同期的${prev}${down ? "降到" : "升到"}${cur}，${down ? "降幅" : "升幅"}${relative(r, o)}%`;
}

function enRate(r: ControlRate, o: SummaryOptions): string {
  const pct = r.unit === "%" ? "%" : "";
  const [cur, prev] = [fixed(r.current!, r.decimals), r.previous === null ? undefined : fixed(r.previous, r.decimals)];
  if (prev === undefined) return `${r.english} ${r.unit === "%" ? "was" : "were"} ${cur}${pct}`;
  if (cur === prev) return `${r.english} ${r.unit === "%" ? "was" : "were"} ${cur}${pct}, as a year earlier`;
  const down = r.current! < r.previous!;
  if (pct) {
    const points = fixed(Math.abs(r.current! - r.previous!), r.decimals);
    return `${r.english} ${down ? "fell" : "rose"} from ${prev}% a year earlier to ${cur}%, ${down ? "down" : "up"} ${points} percentage points`;
  }
  return `${r.english} ${down ? "fell" : "rose"} from ${prev} a year earlier to ${cur} (${down ? "down" : "up"} ${relative(r, o)}%)`;
}

/** "地区生产总值812.5亿元" / "GDP of CNY 81.25 billion". */
function zhBase(d: DenominatorRow): string {
  return `${d.name}${n(d.current!.value.value!)}${d.unit}`;
}

function enBase(d: DenominatorRow): string {
  const base = d.current!.value.value! * d.current!.toBase;
  if (d.id === "gdp") return `GDP of CNY ${enNumber(base / 10, 2)} billion`;
  // Persons and vehicles in millions from a million up, else whole ("523,000 motor vehicles").
  const count = (x: number) => (x >= 1e6 ? `${enNumber(x / 1e6, 3)} million` : enNumber(x, 0));
  if (d.id === "vehicles") return `${count(base * 1e4)} motor vehicles`;
  if (d.id === "employees") return `${count(base)} workers in industry, mining and trade`;
  return `a resident population of ${count(base)}`;
}

/**
 * The control-indicator sentence, or undefined when no rate can be told.
 *
 * @param c the denominators and rates (controlRates)
 * @param o the options (language, percent decimals, trailing zeros)
 * @returns the paragraph
 * @example controlRatesParagraph(rates, resolveSummaryOptions()) // "按地区生产总值812.5亿元计算，亿元GDP生产安全事故死亡率由去年同期的0.034降到0.032，降幅5.9%。"
 */
export function controlRatesParagraph(c: ControlRates | undefined, o: SummaryOptions): string | undefined {
  const told = (c?.rates ?? []).filter((r) => r.current !== null && !r.unchecked);
  if (!c || !told.length) return undefined;
  const used = c.denominators.filter((d) => d.current?.value.value != null && told.some((r) => r.denominator === d.id));
  if (o.language === "en") {
    const rates = told.map((r) => enRate(r, o));
    const first = rates[0];
    return `Against ${enList(used.map(enBase))}, ${first[0].toLowerCase()}${first.slice(1)}${rates.length > 1 ? `; ${rates.slice(1).join("; ")}` : ""}.`;
  }
  return `按${used.map(zhBase).join("、")}计算，${told.map((r) => zhRate(r, o)).join("；")}。`;
}
