/**
 * What Excel makes of a value written through `Range.values` or `Range.formulas`: a string is
 * entered as if typed, so "=…" is a formula, "+…" / "-…" followed by more is a formula too, "@…"
 * is one (Lotus-style entry: "@SUM(A1:A3)" becomes =SUM(A1:A3)), and so are the full-width
 * "＝ ＋ － ＠" an East Asian input method types; number-, percent-, boolean-, date- and time-like
 * strings become numbers or booleans. A leading apostrophe keeps the rest as text, and so does a
 * cell whose number format is "@". A blank or an invisible character before "=" makes the entry
 * text. (Range.values typings: "If the value starts with a plus, minus or equal sign, Excel
 * interprets it as a formula"; this imitation is kept apart from the writer's escape in
 * src/core/text/textStaysText.ts, so a test of one can catch the other.)
 */

/** Full-width characters Excel takes as the ASCII operator when they start an entry. */
const FULL_WIDTH_START: Readonly<Record<string, string>> = { "\uFF1D": "=", "\uFF0B": "+", "\uFF0D": "-", "\uFF20": "@" };

/** What one written cell becomes. */
export interface EnteredCell {
  /** The value, before any formula is evaluated. */
  readonly value: unknown;
  /** The formula ("" when the cell holds a constant). */
  readonly formula: string;
  /** A number format Excel gives the cell on entry (dates, percentages), if any. */
  readonly numberFormat?: string;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const DATE = /^(\d{1,4})[-/](\d{1,2})(?:[-/](\d{1,4}))?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Days from Excel's day 0 (1899-12-30 in the 1900 system, leap-year bug included) to a date. */
function serial(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86400000);
}

/**
 * The number or date a string would be entered as, or undefined when Excel keeps it as text.
 *
 * @param text the string as written
 * @param thisYear the year a month-day date ("1-6") falls in
 * @returns the value and the number format Excel would give it
 * @example coerceText("2020", 2026) // { value: 2020 }
 */
export function coerceText(text: string, thisYear: number): { value: number | boolean; numberFormat?: string } | undefined {
  const s = text.trim();
  if (s === "") return undefined;
  if (/^(true|false)$/i.test(s)) return { value: s.toUpperCase() === "TRUE" };
  const percent = s.endsWith("%");
  const body = percent ? s.slice(0, -1) : s;
  if (/\d/.test(body) && NUMBER.test(body)) {
    const n = Number(body.replace(/,/g, ""));
    if (Number.isFinite(n)) return percent ? { value: n / 100, numberFormat: "0%" } : { value: n };
  }
  const date = DATE.exec(s);
  if (date) {
    const [a, b, c] = [date[1], date[2], date[3]].map((x) => (x === undefined ? undefined : Number(x)));
    // y-m-d when the first part is a year; m-d (this year) with two parts; m/d/y otherwise.
    const value = date[1].length > 2 ? serial(a!, b!, c ?? 1) : c === undefined ? serial(thisYear, a!, b!) : serial(c < 100 ? 2000 + c : c, a!, b!);
    if (value !== undefined) return { value, numberFormat: c === undefined ? (date[1].length > 2 ? "mmm-yy" : "d-mmm") : "yyyy/m/d" };
  }
  const time = TIME.exec(s);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) {
    return { value: (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86400, numberFormat: "h:mm" };
  }
  return undefined;
}

/**
 * Enters one value as Excel would.
 *
 * @param x the value written (string, number, boolean, null)
 * @param currentFormat the cell's number format before the write ("@" keeps strings as text)
 * @param thisYear the year month-day dates fall in
 * @returns the cell's value, formula and any format given on entry
 * @example enterValue("-", "General", 2026) // { value: "-", formula: "" }
 */
export function enterValue(x: unknown, currentFormat: string, thisYear: number): EnteredCell {
  if (x === null || x === undefined) return { value: "", formula: "" };
  if (typeof x !== "string") return { value: x, formula: "" };
  if (x.startsWith("'")) return { value: x.slice(1), formula: "" };
  if (currentFormat === "@") return { value: x, formula: "" };
  // The input method's full-width operator at the start is entered as the ASCII one.
  const typed = FULL_WIDTH_START[x[0]] ? FULL_WIDTH_START[x[0]] + x.slice(1) : x;
  if (typed.startsWith("=") && typed.length > 1) return { value: "", formula: typed };
  if (typed.startsWith("@") && typed.length > 1) return { value: "", formula: `=${typed.slice(1)}` };
  if (typed !== x) return enterValue(typed, currentFormat, thisYear);
  const coerced = coerceText(x, thisYear);
  if (coerced) return { value: coerced.value, formula: "", ...(coerced.numberFormat ? { numberFormat: coerced.numberFormat } : {}) };
  // "+abc" or "-abc" is entered as the formula =+abc / =-abc (a lone sign stays text).
  if ((x.startsWith("+") || x.startsWith("-")) && x.trim().length > 1) return { value: "", formula: `=${x}` };
  return { value: x, formula: "" };
}
