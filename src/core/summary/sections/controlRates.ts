/**
 * The 控制指标 block: 指标 | 本期 | 去年同期 | 增减 | 增减幅度, the denominators first (the workbook's as
 * live references, the user's as the numbers given, said in a note), then each rate as a live
 * formula over its numerator's source and the denominator's cell above. A rate's change is told
 * as a relative change (降幅13.9%, [S13]).
 */
import { cellAddress } from "../../model/address";
import type { ControlRate, ControlRates, DenominatorRow, Operand } from "../controlRates";
import { header, heading, writeChange } from "../cells";
import type { SummaryOptions } from "../options";
import type { PlanSection } from "../plan";
import { DASH, type SheetBuilder, type Written } from "../sheetBuilder";
import { englishPlaceName } from "../../registry/englishNames";
import { unitEnglish } from "./sectionLabels";

const WORDS = {
  zh: {
    title: "控制指标",
    header: ["指标", "本期", "去年同期", "增减", "增减幅度"],
    given: (names: string) => `注：${names}为用户输入的数值（任务窗格或命令行 --denominator），不是工作簿中的数据。`,
    otherPeriod: (list: string) => `注：工作簿中的${list}与报告期不同，未用作分母。`,
    otherArea: (list: string) => `注：工作簿中的${list}不是本报告地区的数据，未用作分母。`,
    join: "、",
  },
  en: {
    title: "Control indicators",
    header: ["Indicator", "This period", "Same period last year", "Change", "Change (%)"],
    given: (names: string) => `Note: ${names} as entered by the user (the task pane or --denominator), not read from the workbook.`,
    otherPeriod: (list: string) => `Note: the workbook's ${list} is for another period than the report's and was not used as a denominator.`,
    otherArea: (list: string) => `Note: the workbook's ${list} is for another area than the report's and was not used as a denominator.`,
    join: ", ",
  },
} as const;

/** A format with this many decimals ("0.000"). */
function decimalsFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** "地区生产总值（亿元）", "GDP (100m CNY)"; a rate's English name says its unit ("deaths per 100,000 residents"), a share's is "(%)". */
function labelOf(name: string, english: string, unit: string, o: SummaryOptions, rate = false): string {
  if (o.language === "zh") return `${name}（${unit}）`;
  const capital = `${english[0].toUpperCase()}${english.slice(1)}`;
  return rate && unit !== "%" ? capital : `${capital} (${unitEnglish(unit)})`;
}

/** The denominator's figure: a reference to the workbook's cell, or the number the user gave. */
function writeOperand(b: SheetBuilder, x: Operand | undefined): Written {
  if (!x) return { value: DASH };
  return x.given ? { value: x.value.value ?? DASH } : b.ref(x.value);
}

/** numerator × k / denominator cell, where the numerator is a live formula or, failing that, its value. */
function rateFormula(b: SheetBuilder, numerator: Operand | undefined, denominatorCell: string, k: number, value: number | null): Written {
  if (!numerator || value === null) return { value: DASH };
  const w = b.ref(numerator.value);
  const body = w.formula ? `(${w.formula.slice(1)})` : typeof w.value === "number" ? String(w.value) : undefined;
  if (body === undefined) return { value };
  const factor = Number(k.toPrecision(15));
  return { formula: `=IFERROR(${body}/${denominatorCell}${factor === 1 ? "" : `*${factor}`},"${DASH}")`, value };
}

function writeDenominator(b: SheetBuilder, row: number, d: DenominatorRow, o: SummaryOptions): void {
  const format = /亿元|万/.test(d.unit) ? "#,##0.00" : "#,##0";
  b.set(row, 0, { value: labelOf(d.name, d.english, d.unit, o) });
  b.set(row, 1, { ...writeOperand(b, d.current), numberFormat: format });
  b.set(row, 2, { ...writeOperand(b, d.previous), numberFormat: format });
  writeChange(b, row, 1, format, o, true);
}

function writeRate(b: SheetBuilder, row: number, r: ControlRate, denominatorRow: number, den: DenominatorRow, o: SummaryOptions): void {
  const format = decimalsFormat(r.decimals);
  const k = (toBase: number | undefined, denBase: number | undefined) => (r.scale * (toBase ?? 1)) / (denBase ?? 1);
  b.set(row, 0, { value: labelOf(r.name, r.english, r.unit, o, true) });
  const current = rateFormula(b, r.numerator.current, cellAddress(denominatorRow, 1), k(r.numerator.current.toBase, den.current?.toBase), r.current);
  const previous = rateFormula(b, r.numerator.previous, cellAddress(denominatorRow, 2), k(r.numerator.previous?.toBase, den.previous?.toBase), r.previous);
  b.set(row, 1, { ...current, numberFormat: format });
  b.set(row, 2, { ...previous, numberFormat: format });
  writeChange(b, row, 1, format, o, true);
}

/**
 * The block's notes: denominators the user gave, and the workbook's denominators of another period or area (not used).
 *
 * @param c the denominators and rates
 * @param o the options (language)
 * @returns the notes, none when there is nothing to say
 */
export function controlRatesNotes(c: ControlRates, o: SummaryOptions): string[] {
  const W = WORDS[o.language];
  const given = c.denominators.filter((d) => d.current?.given || d.previous?.given).map((d) => (o.language === "zh" ? d.name : d.english));
  const other = c.otherPeriod.map((x) => (o.language === "zh" ? `${x.name}（${x.period}）` : `${x.english} (${x.period})`));
  // English names the area where it has an English name (全国 → national, 云南省 → Yunnan Province), else not at all.
  const area = c.otherArea.map((x) => {
    if (o.language === "zh") return `${x.name}（${x.area}）`;
    const english = x.area === "全国" ? "national" : englishPlaceName(x.area);
    return english ? `${x.english} (${english})` : x.english;
  });
  return [
    ...(given.length ? [W.given(given.join(W.join))] : []),
    ...(other.length ? [W.otherPeriod(other.join(W.join))] : []),
    ...(area.length ? [W.otherArea(area.join(W.join))] : []),
  ];
}

/**
 * Writes the 控制指标 block below what is there.
 *
 * @param b the sheet
 * @param c the denominators and rates (controlRates)
 * @param o the options
 * @param index the section's number
 * @param width the sheet's table width
 * @returns the section and the notes it wrote
 */
export function controlRatesSection(
  b: SheetBuilder,
  c: ControlRates,
  o: SummaryOptions,
  index: number,
  width: number,
): { section: PlanSection; notes: string[] } {
  const W = WORDS[o.language];
  const first = heading(b, index, W.title, width, o);
  header(b, first + 1, W.header);
  let row = first + 2;
  const rowOf = new Map<string, number>();
  for (const d of c.denominators) {
    rowOf.set(d.id, row);
    writeDenominator(b, row++, d, o);
  }
  for (const r of c.rates)
    writeRate(
      b,
      row++,
      r,
      rowOf.get(r.denominator)!,
      c.denominators.find((d) => d.id === r.denominator)!,
      o,
    );
  const count = c.denominators.length + c.rates.length;
  b.style(first + 2, 0, count, 1, "label");
  b.style(first + 2, 1, count, 4, "body");
  const notes = controlRatesNotes(c, o);
  for (const note of notes) {
    b.set(row, 0, { value: note });
    b.style(row, 0, 1, width, "note");
    row++;
  }
  return { section: { id: "controlRates", title: W.title, firstRow: first, lastRow: row - 1 }, notes };
}
