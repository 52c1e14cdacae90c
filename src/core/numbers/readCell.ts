/**
 * Reading one cell value the way a bureau statistician means it.
 *
 * Workbooks are typed by hand: "24,101", "７３２．１６", "5.93 ", "'123", "92%", "60万元",
 * "3.0126万", and "—" for "nothing here". Every reading says what it did (its notes), so the
 * reader can warn about it with the cell's address.
 */

/** Something the reading had to do to get a number out of the cell. */
export type ReadNote =
  | "text-number" // the number was stored as text
  | "thousands-separator" // "24,101"
  | "full-width" // full-width digits or punctuation, normalised with NFKC
  | "whitespace" // leading, trailing or inner spaces, NBSP
  | "apostrophe" // a leading ' that forces text in Excel
  | "percent" // "92%" read as 0.92
  | "unit" // a unit word after the number ("60万元", "35人")
  | "wan-multiplier" // a bare 万 or 亿 multiplier ("3.0126万" → 30126)
  | "with-change"; // the figure and its change in one text ("2起,增加1起"): the figure is read, the change left aside

/** The result of reading one cell. */
export type CellReading =
  | {
      readonly kind: "number";
      /** The number, in the cell's own unit after any 万/亿 multiplier or money conversion to 万元. */
      readonly value: number;
      /** The unit word that followed the number, if any ("万元", "人"). */
      readonly unit?: string;
      readonly notes: readonly ReadNote[];
    }
  | { readonly kind: "missing"; /** The marker seen: "" for blank, or "—", "/", "无" … */ readonly marker: string }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "error"; /** Excel's error text, such as "#N/A". */ readonly error: string }
  | { readonly kind: "boolean"; readonly value: boolean };

/** Texts that mean "no value here" in bureau tables (after NFKC and trimming). */
export const MISSING_MARKERS: readonly string[] = ["", "—", "——", "–", "-", "--", "―", "/", "无", "空", "－", "─"];

const EXCEL_ERRORS = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/** Unit words recognised after a number, with the factor that brings money to 万元. */
const MONEY_TO_WAN: Readonly<Record<string, number>> = { 元: 0.0001, 万元: 1, 亿元: 10000 };
const UNIT_WORDS = [
  "万元",
  "亿元",
  "元",
  "人次",
  "人",
  "起",
  "宗",
  "户",
  "间",
  "公顷",
  "千公顷",
  "亩",
  "条",
  "项",
  "处",
  "个",
  "家次",
  "家",
  "座次",
  "座",
  "件",
  "次",
  "份",
  "本",
  "公里",
  "千米",
  "头",
  "只",
  "场次",
  "场",
];
const UNIT_PATTERN = new RegExp(`^(.*?)(${[...UNIT_WORDS].sort((a, b) => b.length - a.length).join("|")})$`);

/** A figure, a comma and its change in words: "2起,增加1起", "24人，减少9人", "3起、持平". */
const WITH_CHANGE = /^([^,，、;；]+)[,，、;；]\s*(?:同比|比上年|较上年|与去年同期相比)?(?:净?增加|减少|上升|下降|增长|持平|净增)/;
const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED_PATTERN = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Reads one cell value (a number, string, boolean, null or undefined as Excel gives them).
 *
 * @param raw the value as `Range.values` or a custom function receives it
 * @returns what the cell holds, with notes on everything the reading normalised
 * @example readCell("24,101") // { kind: "number", value: 24101, notes: ["text-number", "thousands-separator"] }
 * @example readCell("—") // { kind: "missing", marker: "—" }
 */
export function readCell(raw: unknown): CellReading {
  if (typeof raw === "number") {
    if (Number.isFinite(raw)) return { kind: "number", value: raw === 0 ? 0 : raw, notes: [] };
    // NaN and ±Infinity are no cell value Excel can hold: report them as #NUM!.
    return { kind: "error", error: "#NUM!" };
  }
  if (raw === null || raw === undefined) return { kind: "missing", marker: "" };
  if (typeof raw === "boolean") return { kind: "boolean", value: raw };
  if (typeof raw === "object" && raw !== null && "error" in raw) {
    return { kind: "error", error: String((raw as { error: unknown }).error) };
  }
  if (typeof raw !== "string") return { kind: "text", text: String(raw) };
  return readText(raw);
}

function readText(raw: string): CellReading {
  const notes: ReadNote[] = [];
  let text = raw;
  const normalised = text.normalize("NFKC");
  if (normalised !== text) {
    // NFKC also turns NBSP into a space; only call it full-width when a visible character changed.
    if (normalised.replace(/\s/g, "") !== text.replace(/[\s\u00a0\u3000]/g, "")) notes.push("full-width");
    text = normalised;
  }
  text = text.replace(/[\u2212\uff0d]/g, "-"); // minus sign, full-width hyphen
  const trimmed = text.replace(/^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g, "");
  if (trimmed !== text) notes.push("whitespace");
  text = trimmed;

  if (MISSING_MARKERS.includes(text)) return { kind: "missing", marker: text };
  if (EXCEL_ERRORS.test(text)) return { kind: "error", error: text.toUpperCase() };
  const withChange = WITH_CHANGE.exec(text);
  if (withChange) {
    // "2起,增加1起": a release's cell holding the figure and, after a comma, its change in words.
    const figure = readText(withChange[1]);
    if (figure.kind === "number") return { ...figure, notes: [...notes, ...figure.notes, "with-change"] };
  }

  if (text.startsWith("'")) {
    notes.push("apostrophe");
    text = text.slice(1).trim();
  }
  const inner = text.replace(/[\s\u00a0\u3000]+/g, "");
  if (inner !== text) {
    if (!notes.includes("whitespace")) notes.push("whitespace");
    text = inner;
  }

  let factor = 1;
  let unit: string | undefined;
  if (text.endsWith("%")) {
    notes.push("percent");
    text = text.slice(0, -1);
    factor = 0.01;
  } else {
    const unitMatch = UNIT_PATTERN.exec(text);
    if (unitMatch && unitMatch[1] !== "") {
      unit = unitMatch[2];
      text = unitMatch[1];
      notes.push("unit");
      if (unit in MONEY_TO_WAN) factor = MONEY_TO_WAN[unit];
    }
    if (text.endsWith("万") || text.endsWith("亿")) {
      factor *= text.endsWith("万") ? 10000 : 100000000;
      text = text.slice(0, -1);
      notes.push("wan-multiplier");
    }
  }

  if (GROUPED_PATTERN.test(text)) {
    notes.push("thousands-separator");
    text = text.replace(/,/g, "");
  }
  if (!NUMBER_PATTERN.test(text)) return { kind: "text", text: raw };
  notes.unshift("text-number");
  let value = Number(text);
  if (factor !== 1) value = scaleExactly(value, factor);
  if (!Number.isFinite(value)) return { kind: "text", text: raw };
  return unit ? { kind: "number", value: value === 0 ? 0 : value, unit, notes } : { kind: "number", value: value === 0 ? 0 : value, notes };
}

/** value × factor for a power-of-ten factor, without float noise (3.0126 × 10000 = 30126, 92 × 0.01 = 0.92). */
function scaleExactly(value: number, factor: number): number {
  const exponent = Math.round(Math.log10(factor));
  return Number(`${value}e${exponent}`);
}

/**
 * Reads a cell and returns just its number, or undefined when it holds none.
 *
 * @param raw the cell value
 * @returns the number, or undefined for missing, text, error and boolean cells
 * @example numberOf("１２，３２２．３４") // 12322.34
 */
export function numberOf(raw: unknown): number | undefined {
  const reading = readCell(raw);
  return reading.kind === "number" ? reading.value : undefined;
}
