/**
 * Finds the tables on a sheet (layouts A, C and D of domain.md §4) and reads them into
 * `TableModel`s: header block found by indicator names, merged headers expanded into paths,
 * title / 填报 / unit / code / note / signature rows skipped, rows classified, numbers read
 * and converted to each indicator's base unit, every normalisation recorded with its cell.
 */
import { cellAddress, rangeAddress } from "../model/address";
import type { SheetSnapshot } from "../model/snapshot";
import { readCell, type ReadNote } from "../numbers/readCell";
import { cleanHeader, headerCore, normalHeader } from "../registry/headerText";
import type { Indicator } from "../registry/indicators";
import { isPartOf, matchIndicator, type IndicatorMatch } from "../registry/matchIndicator";
import { matchRegion, rowRoleOf } from "../registry/regions";
import { parseUnit, parseUnitList } from "../registry/units";
import type { Anomaly, AnomalyKind, ColumnMeaning, ColumnRole, Diagnostic, IndicatorDomain, ReadValue, RowMeaning, TableModel } from "./model";
import { changeRoleOf, currentOf, parsePeriod, type PeriodLabel } from "./periods";
import { rowKindOf, SKIP_REASON, type RowKind } from "./rowKinds";
import { sheetGrid, type SheetGrid } from "./sheetGrid";

/** What reading the tables of one sheet gives. */
export interface SheetTables {
  readonly tables: TableModel[];
  readonly anomalies: Anomaly[];
  readonly diagnostics: Diagnostic[];
}

/** Options for reading tables. */
export interface ReadTablesOptions {
  /** Sheet rows already read as something else (ledger rows): never part of a table. */
  readonly claimedRows?: ReadonlySet<number>;
}

const KEY_HEADER =
  /^(县|市|区|县\(市\)|县\(市、区\)|县\(市区\)|县市区?|县区|县别|地区|区域|地区名称|单位|单位名称|行业|行业领域|行业类别|领域|项目|指标|指标名称|名称|乡镇|乡\(镇\)|州市|市州|区县|县\(区\)|类别|分类)$/;
const CATEGORY_HEADER = /^(灾种|灾害种类|灾害类型|灾害类别|事故类型|事故类别|类型)$/;
const CODE_HEADER = /^(序号|代码|编号|行次|序)$/;

const NOTE_PRIORITY: readonly [ReadNote, AnomalyKind][] = [
  ["unit", "unit-in-cell"],
  ["wan-multiplier", "wan-multiplier"],
  ["full-width", "full-width"],
  ["thousands-separator", "thousands-separator"],
  ["percent", "percent"],
  ["apostrophe", "apostrophe"],
  ["whitespace", "whitespace"],
  ["text-number", "text-number"],
];
const NOTE_TEXT: Readonly<Record<ReadNote, { zh: string; en: string }>> = {
  "text-number": { zh: "文本格式的数字", en: "number stored as text" },
  "thousands-separator": { zh: "千位分隔符", en: "thousands separator" },
  "full-width": { zh: "全角数字或符号", en: "full-width digits or punctuation" },
  whitespace: { zh: "多余空格", en: "extra spaces" },
  apostrophe: { zh: "前导撇号", en: "leading apostrophe" },
  percent: { zh: "百分号文本", en: "percent text" },
  unit: { zh: "单元格内带单位", en: "unit inside the cell" },
  "wan-multiplier": { zh: "带“万/亿”字", en: "万/亿 multiplier" },
};

/** Per-sheet state shared by the steps below. */
interface Context {
  readonly grid: SheetGrid;
  /** The band of columns being read (tables side by side are read band by band). */
  readonly left: number;
  readonly right: number;
  readonly name: string;
  readonly kinds: RowKind[];
  readonly anomalies: Anomaly[];
  readonly diagnostics: Diagnostic[];
  readonly claimed: ReadonlySet<number>;
}

function kindAt(ctx: Context, row: number): RowKind {
  return ctx.kinds[row - ctx.grid.top];
}

function anomaly(ctx: Context, kind: AnomalyKind, row: number, column: number, zh: string, en: string): void {
  ctx.anomalies.push({ kind, sheet: ctx.name, cell: cellAddress(row, column), message: { zh, en } });
}

/** How strongly a text row looks like a table header: indicator names, key words, period words. */
function headerScore(grid: SheetGrid, row: number, left: number, right: number): { indicators: number; keys: number; periods: number } {
  let indicators = 0;
  let keys = 0;
  let periods = 0;
  for (let c = left; c <= right; c++) {
    const v = grid.value(row, c);
    if (typeof v !== "string" || v.trim() === "") continue;
    const core = headerCore(v);
    if (KEY_HEADER.test(core)) keys++;
    else if (parsePeriod(v) || changeRoleOf(v)) periods++;
    else {
      const m = matchIndicator(v);
      if (m && m.confidence >= 0.7) indicators++;
    }
  }
  return { indicators, keys, periods };
}

/** Whether a row continues a header block: text, or blank but covered by merges from above. */
function continuesHeader(ctx: Context, row: number): boolean {
  const kind = kindAt(ctx, row);
  if (kind === "text") return true;
  if (kind !== "blank") return false;
  for (let c = ctx.left; c <= ctx.right; c++) {
    const m = ctx.grid.mergeAt(row, c);
    if (m && m.row < row) return true;
  }
  return false;
}

/** Columns [first, last] of each header segment, split at empty columns and repeated key headers. */
function segmentsOf(ctx: Context, first: number, last: number): [number, number][] {
  const { grid } = ctx;
  const occupied: boolean[] = [];
  for (let c = ctx.left; c <= ctx.right; c++) {
    let any = false;
    for (let r = first; r <= last && !any; r++) any = grid.mergeAt(r, c) !== undefined || cleanHeader(grid.value(r, c)) !== "";
    occupied.push(any);
  }
  const segments: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= occupied.length; i++) {
    if (i < occupied.length && occupied[i]) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      segments.push([ctx.left + start, ctx.left + i - 1]);
      start = -1;
    }
  }
  // Two tables side by side with no gap: a second key header ("县（市）") starts a new one.
  const split: [number, number][] = [];
  for (const [a, b] of segments) {
    let begin = a;
    for (let c = a + 1; c <= b; c++) {
      const isKey = KEY_HEADER.test(headerCore(grid.value(first, c))) && KEY_HEADER.test(headerCore(grid.value(first, begin)));
      if (isKey && headerCore(grid.value(first, c)) === headerCore(grid.value(first, begin))) {
        split.push([begin, c - 1]);
        begin = c;
      }
    }
    split.push([begin, b]);
  }
  return split;
}

/** The cleaned header path of a column: each header row's shown text, merged repeats removed. */
function headerPath(grid: SheetGrid, column: number, first: number, last: number): string[] {
  const path: string[] = [];
  let previousMerge: unknown;
  for (let r = first; r <= last; r++) {
    const m = grid.mergeAt(r, column);
    if (m && m === previousMerge) continue;
    previousMerge = m;
    const text = cleanHeader(grid.shown(r, column));
    if (text !== "" && path[path.length - 1] !== text) path.push(text);
  }
  return path;
}

interface DraftColumn {
  column: number;
  path: string[];
  indicator?: Indicator;
  confidence: number;
  matchedAlias?: string;
  resolvedTypo?: boolean;
  role: ColumnRole;
  unit?: string;
  periodLabel?: string;
  dated?: ReturnType<typeof parsePeriod>;
  /** The path element the indicator was matched from. */
  matchedHeader?: string;
  industry?: string;
}

const PERIOD_OR_CHANGE_WORDS = /[(（][^)）]*[)）]|(同比)?(增减|增长|增幅|降幅)(幅度|数|率)?|本期|去年同期|上年同期|±%?/g;
const EMBEDDED_PERIOD = /(本期|去年同期|上年同期|本年累计|今年)/;

/** A period word inside a longer header ("死亡人数本期", "本期事故起数"). */
function embeddedPeriod(text: string): PeriodLabel | undefined {
  const m = EMBEDDED_PERIOD.exec(normalHeader(text));
  return m ? parsePeriod(m[1]) : undefined;
}

/** Header words that structure a path without naming a group: 其中, 合计, periods, changes, units. */
function isStructuralWord(text: string): boolean {
  const core = headerCore(text);
  return core === "" || /^(合计|总计|小计|数量|计)$/.test(core) || parsePeriod(text) !== undefined || changeRoleOf(text) !== undefined;
}

function dominantDomain(columns: DraftColumn[]): IndicatorDomain | undefined {
  const counts = new Map<IndicatorDomain, number>();
  for (const c of columns) if (c.indicator) counts.set(c.indicator.domain, (counts.get(c.indicator.domain) ?? 0) + 1);
  let best: IndicatorDomain | undefined;
  let bestCount = 0;
  for (const [d, n] of counts) if (n > bestCount) [best, bestCount] = [d, n];
  return best;
}

function describeColumns(grid: SheetGrid, first: number, last: number, left: number, right: number, unitRow: string[]): DraftColumn[] {
  const drafts: DraftColumn[] = [];
  for (let c = left; c <= right; c++) drafts.push({ column: c, path: headerPath(grid, c, first, last), confidence: 0, role: "value" });
  const match = (domain?: IndicatorDomain) => {
    for (const d of drafts) {
      const m = d.path.length ? matchIndicator(d.path, domain ? { domain } : {}) : undefined;
      d.indicator = m?.indicator;
      d.confidence = m?.confidence ?? 0;
      d.matchedAlias = m?.matchedAlias;
      d.resolvedTypo = m?.resolvedTypo;
      d.matchedHeader = m?.header;
    }
  };
  match();
  const domain = dominantDomain(drafts);
  if (domain) match(domain);
  for (const d of drafts) {
    const leaf = d.path[d.path.length - 1] ?? "";
    const leafCore = headerCore(leaf);
    for (const p of [...d.path].reverse()) {
      const unit = parseUnit(p);
      if (unit) {
        d.unit = unit;
        break;
      }
    }
    const change = d.path.map(changeRoleOf).find((r) => r !== undefined);
    const period = d.path.map((p) => parsePeriod(p) ?? embeddedPeriod(p)).find((p) => p !== undefined);
    if (change) {
      d.role = change;
      if (change === "change_pct") d.unit = "%";
    } else if (period) {
      d.role = period.kind === "previous" ? "previous" : "current";
      d.periodLabel = period.label;
      d.dated = period;
    } else if (d.indicator?.aggregation === "rate" || d.unit === "%") {
      d.role = "rate";
    } else if (CODE_HEADER.test(leafCore)) {
      d.role = "code";
    } else if (!d.indicator && CATEGORY_HEADER.test(leafCore)) {
      d.role = "category";
    } else if (!d.indicator && KEY_HEADER.test(leafCore)) {
      d.role = "key";
    }
    if (!d.unit && unitRow.length > 0) {
      // A unit row names units for the whole table: each column takes the one its indicator accepts.
      const percent = d.role === "change_pct" || d.role === "rate";
      d.unit = unitRow.find((u) => (percent ? u === "%" : d.indicator ? d.indicator.units[u] !== undefined : unitRow.length === 1));
    }
  }
  // A group named below the indicator (事故起数/采矿); the ±% column after it shares it.
  drafts.forEach((d, i) => {
    if (!d.indicator || d.matchedHeader === undefined) return;
    // The matched header may be the cleaned form of a path entry ("事故起数" in "事故起数（起）"):
    // the group lies below that entry, never in it.
    const matched = d.matchedHeader;
    let at = d.path.lastIndexOf(matched);
    for (let k = d.path.length - 1; at < 0 && k >= 0; k--) if (d.path[k].includes(matched)) at = k;
    const below = d.path.slice(at + 1).filter((p) => !isStructuralWord(p));
    if (below.length > 0) d.industry = below[below.length - 1];
    else if (d.role === "change_pct" || d.role === "change_abs") {
      const before = drafts[i - 1];
      if (before?.industry && before.indicator === d.indicator) d.industry = before.industry;
    }
  });
  // Dated periods: the later year is current, the earlier previous.
  const dated = drafts.filter((d) => d.dated && d.dated.kind === "dated");
  const labels = [...new Set(dated.map((d) => d.periodLabel))];
  if (labels.length >= 2) {
    const a = dated.find((d) => d.periodLabel === labels[0])!.dated!;
    const b = dated.find((d) => d.periodLabel === labels[1])!.dated!;
    const current = currentOf(a, b) === "first" ? a.label : b.label;
    for (const d of dated) d.role = d.periodLabel === current ? "current" : "previous";
  } else if (labels.length === 1 && !drafts.some((d) => d.role === "previous")) {
    for (const d of dated) d.role = d.indicator?.aggregation === "rate" ? "rate" : "value";
  }
  return drafts;
}

function unitRowAbove(ctx: Context, headerFirst: number): string[] {
  for (let r = headerFirst - 1; r >= Math.max(ctx.grid.top, headerFirst - 4); r--) {
    if (kindAt(ctx, r) !== "unit") continue;
    for (let c = ctx.left; c <= ctx.right; c++) {
      const units = parseUnitList(ctx.grid.value(r, c));
      if (units.length) return units;
    }
  }
  return [];
}

function titleAbove(ctx: Context, headerFirst: number): string | undefined {
  for (let r = headerFirst - 1; r >= Math.max(ctx.grid.top, headerFirst - 5); r--) {
    if (kindAt(ctx, r) !== "title") continue;
    for (let c = ctx.left; c <= ctx.right; c++) {
      const t = cleanHeader(ctx.grid.value(r, c));
      if (t) return t;
    }
  }
  return undefined;
}

/** Reads one numeric cell into the column's base unit, recording what was normalised. */
function readValue(ctx: Context, row: number, column: DraftColumn, factor: number): ReadValue {
  const raw = ctx.grid.value(row, column.column);
  const reading = readCell(raw);
  const percentColumn = column.role === "change_pct" || column.role === "rate";
  switch (reading.kind) {
    case "missing":
      return { value: null, raw, missingMarker: reading.marker };
    case "error":
      anomaly(ctx, "error-cell", row, column.column, `错误值 ${reading.error}，按缺失处理`, `error value ${reading.error}, read as missing`);
      return { value: null, raw };
    case "text":
    case "boolean":
      anomaly(ctx, "unreadable-cell", row, column.column, `无法读取为数字：${String(raw)}`, `not a number: ${String(raw)}`);
      return { value: null, raw };
    case "number": {
      let value = reading.value;
      if (reading.notes.includes("percent") && percentColumn) value = Number(`${value}e2`);
      else if (reading.unit && reading.unit.endsWith("元")) {
        // readCell already brought money to 万元, the base unit of every money indicator.
      } else if (reading.unit && column.indicator && column.indicator.units[reading.unit] !== undefined) {
        value *= column.indicator.units[reading.unit];
      } else if (factor !== 1) {
        value = Number((value * factor).toPrecision(15));
      }
      if (reading.notes.length > 0) {
        const kind = NOTE_PRIORITY.find(([note]) => reading.notes.includes(note))![1];
        const zh = reading.notes.map((n) => NOTE_TEXT[n].zh).join("、");
        const en = reading.notes.map((n) => NOTE_TEXT[n].en).join(", ");
        anomaly(ctx, kind, row, column.column, `“${String(raw)}”读作 ${value}（${zh}）`, `"${String(raw)}" read as ${value} (${en})`);
      }
      return { value, raw };
    }
  }
}

/** Two indicators that can share one header path: the same, a part of the other, or two readings of one alias. */
function related(a: IndicatorMatch, b: IndicatorMatch): boolean {
  return a.alternatives.some((x) => b.alternatives.includes(x)) || isPartOf(a.indicator.id, b.indicator.id) || isPartOf(b.indicator.id, a.indicator.id);
}

/**
 * Header problems a statistician must hear about: header rows that name different indicators
 * for one column (neither is trusted), one header used for two columns, and a merged header
 * whose leaf was left blank (its role is inferred from the sibling blocks, with less confidence).
 */
function checkHeaders(ctx: Context, drafts: DraftColumn[], first: number, last: number, left: number): void {
  const { grid } = ctx;
  let conflictRight = -1;
  for (const d of drafts) {
    // Period and change words are dropped first, so "事故起数增减(%)" still names 事故起数.
    const matches = d.path
      .map((p) => matchIndicator(cleanHeader(p).replace(PERIOD_OR_CHANGE_WORDS, "") || p, d.indicator ? { domain: d.indicator.domain } : {}))
      .filter((m): m is IndicatorMatch => m !== undefined && m.confidence >= 0.7);
    if (matches.some((m, i) => matches.slice(i + 1).some((n) => !related(m, n)))) {
      conflictRight = d.column;
      d.indicator = undefined;
      d.confidence = 0;
      d.matchedAlias = undefined;
      d.resolvedTypo = undefined;
    }
  }
  if (conflictRight >= 0) {
    const address = rangeAddress(first, left, last - first + 1, conflictRight - left + 1);
    ctx.diagnostics.push({
      severity: "warning",
      sheet: ctx.name,
      address,
      message: {
        zh: `表头 ${address} 的上下两行对同一列给出了不同的指标，已不采用这些列的指标，请核对表头`,
        en: `The header rows of ${address} name different indicators for the same columns; those columns were left unassigned: please check the header`,
      },
    });
  }
  // One leaf header used twice with nothing (a period, a group) telling the columns apart.
  const seen = new Map<string, DraftColumn>();
  for (const d of drafts) {
    if (!d.indicator || d.role !== "value" || d.industry) continue;
    const key = d.path.join("/");
    const before = seen.get(key);
    if (before) {
      const address = rangeAddress(last, before.column, 1, d.column - before.column + 1);
      const header = d.path[d.path.length - 1];
      ctx.diagnostics.push({
        severity: "warning",
        sheet: ctx.name,
        address,
        message: {
          zh: `两列的表头相同（${header}）：${address}，无法区分本期与去年同期，请在表头注明`,
          en: `Two columns carry the same header ${header} (${address}); nothing says which is this period and which last year`,
        },
      });
    } else seen.set(key, d);
  }
  // A leaf left blank under a merged group header: infer it from the same position in sibling groups.
  if (last === first) return;
  for (const d of drafts) {
    if (d.path.length === 0 || cleanHeader(grid.shown(last, d.column)) !== "") continue;
    const group = grid.mergeAt(first, d.column);
    if (!group || group.columnCount < 2 || grid.mergeAt(last, d.column)) continue;
    const offset = d.column - group.column;
    const sibling = drafts.find((o) => {
      const g = grid.mergeAt(first, o.column);
      return g && g !== group && g.columnCount === group.columnCount && o.column - g.column === offset && cleanHeader(grid.shown(last, o.column)) !== "";
    });
    if (sibling) {
      d.role = sibling.role;
      if (sibling.periodLabel) d.periodLabel = sibling.periodLabel;
      d.confidence = Math.min(d.confidence, 0.5);
    }
    ctx.diagnostics.push({
      severity: "warning",
      sheet: ctx.name,
      address: cellAddress(last, d.column),
      message: {
        zh: `合并表头“${d.path[0]}”下的 ${cellAddress(last, d.column)} 为空${sibling ? `，按相邻表头推断为“${cleanHeader(grid.shown(last, sibling.column))}”` : ""}，请核对`,
        en: `A merged header (${d.path[0]}) has a blank leaf at ${cellAddress(last, d.column)}${sibling ? `; read as "${cleanHeader(grid.shown(last, sibling.column))}" by analogy with its neighbours` : ""}: please check`,
      },
    });
  }
}

/**
 * In a table keyed by indicator, each row names its indicator and often its unit
 * ("直接经济损失（元）"): record the indicator and bring the row's values to the base unit.
 */
function keyRowsByIndicator(rows: RowMeaning[], values: (ReadValue | null)[][], drafts: DraftColumn[]): void {
  rows.forEach((row, i) => {
    const m = matchIndicator(row.label);
    if (!m) return;
    rows[i] = { ...row, indicator: m.indicator.id };
    const unit = parseUnit(row.label);
    const factor = unit ? m.indicator.units[unit] : undefined;
    if (factor === undefined || factor === 1) return;
    values[i] = values[i].map((v, j) => {
      const role = drafts[j].role;
      if (!v || v.value === null || role === "change_pct" || role === "rate") return v;
      return { ...v, value: Number((v.value * factor).toPrecision(15)) };
    });
  });
}

/** A number format that scales by 100 ("0%", "0.0%"); a quoted or escaped % ("0.0\"%\"") does not. */
function isPercentFormat(format: string): boolean {
  return /%/.test(format.replace(/"[^"]*"/g, "").replace(/\\./g, ""));
}

/**
 * Percent columns whose cells hold fractions (0.92 shown as 92% by a "0%" number format, or a
 * 整改率 column where every value is at most 1) are brought to percent units (92), like the
 * rest. Returns the indexes of the columns converted; they get `percentAsFraction: true`.
 */
function percentFractions(ctx: Context, rows: RowMeaning[], values: (ReadValue | null)[][], drafts: DraftColumn[]): Set<number> {
  const converted = new Set<number>();
  const formats = ctx.grid.sheet.numberFormats;
  drafts.forEach((d, j) => {
    if (d.role !== "change_pct" && d.role !== "rate") return;
    const numbers: number[] = [];
    let formatted = 0;
    rows.forEach((row, i) => {
      const v = values[i][j];
      if (!v || v.value === null || typeof v.raw !== "number") return;
      numbers.push(v.value);
      const format = formats?.[row.row - ctx.grid.top]?.[d.column - ctx.grid.left];
      if (typeof format === "string" && isPercentFormat(format)) formatted++;
    });
    if (numbers.length === 0) return;
    const byFormat = formatted === numbers.length;
    const byRange = d.role === "rate" && numbers.every((n) => n >= 0 && n <= 1) && numbers.some((n) => n > 0 && n < 1);
    if (!byFormat && !byRange) return;
    converted.add(j);
    rows.forEach((_row, i) => {
      const v = values[i][j];
      if (v && v.value !== null && typeof v.raw === "number") values[i][j] = { ...v, value: Number(`${v.value}e2`) };
    });
  });
  return converted;
}

/** Reads the table whose header block is rows first..last and columns left..right. */
function readTable(
  ctx: Context,
  first: number,
  last: number,
  left: number,
  right: number,
  sheetBottom: number,
): { table: TableModel; end: number } | undefined {
  const { grid } = ctx;
  const drafts = describeColumns(grid, first, last, left, right, unitRowAbove(ctx, first));
  checkHeaders(ctx, drafts, first, last, left);
  if (!drafts.some((d) => d.indicator) && !drafts.some((d) => d.role === "current" || d.role === "previous")) return undefined;
  let keyDraft = drafts.find((d) => d.role === "key");
  if (!keyDraft) {
    keyDraft = drafts.find((d) => !d.indicator && d.role === "value" && d.column === left) ?? drafts.find((d) => d.role === "value" && !d.indicator);
    if (keyDraft) keyDraft.role = "key";
  }
  const keyColumn = keyDraft?.column ?? left;
  const categoryDraft = drafts.find((d) => d.role === "category");

  // Body rows: until a note, a signature, a new header or two blank rows.
  let r = last + 1;
  while (r <= sheetBottom && kindAt(ctx, r) === "code") {
    anomaly(ctx, "skipped-row", r, left, `跳过第${r + 1}行：${SKIP_REASON.code.zh}`, `skipped row ${r + 1}: ${SKIP_REASON.code.en}`);
    r++;
  }
  const rows: RowMeaning[] = [];
  const values: (ReadValue | null)[][] = [];
  const factors = drafts.map((d) => (d.indicator && d.unit && d.role !== "change_pct" && d.role !== "rate" ? (d.indicator.units[d.unit] ?? 1) : 1));
  let end = last;
  let blanks = 0;
  let lastParent: number | undefined;
  for (; r <= sheetBottom; r++) {
    if (ctx.claimed.has(r)) break;
    const kind = kindAt(ctx, r);
    if (kind === "note" || kind === "signature" || kind === "title" || kind === "fill" || kind === "unit") break;
    if (kind === "text") {
      const score = headerScore(grid, r, left, right);
      if (score.indicators >= 2 || (score.indicators >= 1 && score.keys >= 1)) break;
    }
    let rowBlank = true;
    for (let c = left; c <= right && rowBlank; c++) if (cleanHeader(grid.value(r, c)) !== "") rowBlank = false;
    if (rowBlank) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    end = r;
    let label = cleanHeader(grid.value(r, keyColumn));
    if (label === "") {
      const m = grid.mergeAt(r, keyColumn);
      if (m && m.row < r) {
        label = cleanHeader(grid.value(m.row, m.column));
        if (label) anomaly(ctx, "forward-filled", r, keyColumn, `合并单元格“${label}”向下填充到本行`, `merged cell "${label}" carried down to this row`);
      }
    }
    let category: string | undefined;
    if (categoryDraft) {
      category = cleanHeader(grid.shown(r, categoryDraft.column)) || undefined;
      // A second disaster type under a county whose merge was lost: the blank key means "same county".
      const above = rows[rows.length - 1];
      if (label === "" && category && above?.role === "data" && above.row === r - 1) {
        label = above.label;
        anomaly(
          ctx,
          "forward-filled",
          r,
          keyColumn,
          `空白地区单元格按上一行“${label}”填充（灾种：${category}）`,
          `blank key cell filled from the row above: "${label}" (category ${category})`,
        );
      }
    }
    const role = rowRoleOf(label);
    const region = role === "data" ? matchRegion(label)?.region : undefined;
    const meaning: RowMeaning = {
      row: r,
      label,
      role,
      ...(region ? { region } : {}),
      ...(category ? { category } : {}),
      ...(role === "of_which" && lastParent !== undefined ? { partOf: lastParent } : {}),
    };
    if (grid.isHidden(r)) {
      // A hidden row is usually a superseded figure (the totals use SUBTOTAL and skip it): leave it out and say so.
      anomaly(ctx, "hidden-row", r, keyColumn, `第${r + 1}行“${label}”是隐藏行，未计入`, `row ${r + 1} ("${label}") is hidden and was left out`);
      continue;
    }
    if (role !== "of_which") lastParent = r;
    rows.push(meaning);
    values.push(
      drafts.map((d, j) => (d.role === "key" || d.role === "category" || d.role === "code" || d.role === "ignored" ? null : readValue(ctx, r, d, factors[j]))),
    );
  }

  const fractionColumns = percentFractions(ctx, rows, values, drafts);
  // Columns that stayed unnamed and hold no numbers are not part of the statistics.
  drafts.forEach((d, j) => {
    if (d.role === "value" && !d.indicator && !values.some((row) => row[j]?.value !== null && row[j]?.value !== undefined)) d.role = "ignored";
  });
  const columns: ColumnMeaning[] = drafts.map((d, j) => ({
    column: d.column,
    headerPath: d.path,
    ...(d.indicator ? { indicator: d.indicator.id } : {}),
    role: d.role,
    ...(d.unit ? { unit: d.unit } : {}),
    unitFactor: factors[j],
    ...(d.periodLabel ? { periodLabel: d.periodLabel } : {}),
    confidence: d.indicator ? d.confidence : d.role === "key" || d.role === "category" || d.role === "code" ? 0.9 : d.role === "ignored" ? 0 : 0.3,
    ...(d.matchedAlias ? { matchedAlias: d.matchedAlias } : {}),
    ...(d.resolvedTypo ? { resolvedTypo: true } : {}),
    ...(d.industry ? { industry: d.industry } : {}),
    ...(fractionColumns.has(j) ? { percentAsFraction: true } : {}),
  }));
  for (const d of drafts) {
    if (d.resolvedTypo && d.indicator) {
      const header = d.path[d.path.length - 1];
      const kind: AnomalyKind = d.confidence >= 0.9 ? "resolved-typo" : "fuzzy-match";
      anomaly(
        ctx,
        kind,
        last,
        d.column,
        `表头“${header}”识别为“${d.indicator.name}”（可能是笔误）`,
        `header "${header}" read as ${d.indicator.english} (${d.indicator.name}; likely a typo)`,
      );
    }
  }

  const keyHeader = headerCore(keyDraft?.path[keyDraft.path.length - 1] ?? "");
  const dataRows = rows.filter((x) => x.role === "data");
  const regionRows = dataRows.filter((x) => x.region !== undefined).length;
  // A sample is enough to tell a table keyed by indicators, and keeps fuzzy matching off 20,000 labels.
  const sample = dataRows.slice(0, 40);
  const indicatorRows = regionRows * 2 >= dataRows.length ? 0 : sample.filter((x) => matchIndicator(x.label)).length;
  const keyKind: TableModel["keyKind"] = /行业|领域/.test(keyHeader)
    ? "industry"
    : regionRows > 0 && regionRows * 2 >= dataRows.length
      ? "region"
      : /县|市|区|地区|区域|乡镇/.test(keyHeader)
        ? "region"
        : indicatorRows > 0 && indicatorRows * 2 >= sample.length
          ? "indicator"
          : "other";

  if (keyKind === "indicator") keyRowsByIndicator(rows, values, drafts);
  const title = titleAbove(ctx, first);
  const current = columns.find((c) => c.role === "current")?.periodLabel;
  const previous = columns.find((c) => c.role === "previous")?.periodLabel;
  // Only the period columns count; a period in the title stays in `title` for the summary to read.
  const periods = { ...(current ? { current } : {}), ...(previous ? { previous } : {}) };
  const named = columns.filter((c) => c.indicator);
  const confidence = named.length === 0 ? 0.3 : Math.round((named.reduce((s, c) => s + c.confidence, 0) / named.length) * (keyDraft ? 1 : 0.8) * 100) / 100;
  const address = rangeAddress(first, left, end - first + 1, right - left + 1);
  const table: TableModel = {
    kind: "table",
    id: `${ctx.name}!${address}`,
    sheet: ctx.name,
    address,
    headerRows: [first, last],
    keyKind,
    keyColumn,
    columns,
    rows,
    values,
    periods,
    ...(title ? { title } : {}),
    confidence,
  };
  return { table, end };
}

/**
 * Reads every table on a sheet. Tables side by side (separated by an empty column) or stacked
 * (one below another) come out as separate models. Never throws.
 *
 * @param sheet the sheet snapshot
 * @param options rows already claimed by the ledger reader
 * @returns the tables, the anomalies with their cells, and diagnostics
 * @example readTables(sheet).tables[0].id // "事故分县统计!A3:J15"
 */
export function readTables(sheet: SheetSnapshot, options: ReadTablesOptions = {}): SheetTables {
  const grid = sheetGrid(sheet);
  const anomalies: Anomaly[] = [];
  const tables: TableModel[] = [];
  const diagnostics: Diagnostic[] = [];
  const contexts = columnBands(grid).map(([left, right]): Context => {
    const kinds: RowKind[] = [];
    for (let r = grid.top; r <= grid.bottom; r++) kinds.push(rowKindOf(grid, r, left, right));
    return { grid, left, right, name: sheet.name, kinds, anomalies, claimed: options.claimedRows ?? new Set(), diagnostics };
  });
  for (const ctx of contexts) tables.push(...readBand(ctx));
  for (const ctx of contexts) {
    // Rows that are not data, said once each so the user sees why they were left out.
    for (let row = grid.top; row <= grid.bottom; row++) {
      const kind = kindAt(ctx, row);
      if (kind === "title" || kind === "fill" || kind === "unit" || kind === "note" || kind === "signature") {
        if (ctx.claimed.has(row)) continue;
        const reason = SKIP_REASON[kind];
        anomalies.push({
          kind: "skipped-row",
          sheet: sheet.name,
          cell: cellAddress(row, ctx.left),
          message: { zh: `跳过第${row + 1}行：${reason.zh}`, en: `skipped row ${row + 1}: ${reason.en}` },
        });
      }
    }
  }
  // A header problem already explains an empty result, and rows claimed by a ledger were read
  // as a ledger; otherwise say what was expected.
  if (tables.length === 0 && diagnostics.length === 0 && (options.claimedRows?.size ?? 0) === 0) {
    const whole: Context = { ...contexts[0], left: grid.left, right: Math.max(grid.left, grid.right) };
    const kinds: RowKind[] = [];
    for (let r = grid.top; r <= grid.bottom; r++) kinds.push(rowKindOf(grid, r, whole.left, whole.right));
    diagnostics.push(noTableDiagnostic({ ...whole, kinds }));
  }
  for (const t of tables) {
    if (t.rows.length === 0) {
      diagnostics.push({
        severity: "warning",
        sheet: sheet.name,
        address: t.address,
        message: { zh: `表格 ${t.address} 有表头但没有数据行`, en: `Table ${t.address} has a header but no data rows` },
      });
    } else if (!t.columns.some((c) => c.role === "previous")) {
      diagnostics.push({
        severity: "info",
        sheet: sheet.name,
        address: t.address,
        message: { zh: `表格 ${t.address} 没有去年同期列，无法计算同比`, en: `Table ${t.address} has no previous-period column; no year-on-year comparison` },
      });
    }
  }
  return { tables, anomalies, diagnostics };
}

/**
 * Vertical bands of columns separated by columns that are empty in every row. A band whose
 * first column holds mostly numbers is the continuation of the band before it (a table with
 * a blank spacer column), not a table of its own.
 */
function columnBands(grid: SheetGrid): [number, number][] {
  const width = grid.right - grid.left + 1;
  if (width <= 0) return [[grid.left, grid.left]];
  const occupied = new Uint8Array(width);
  const numbers = new Uint32Array(width);
  const texts = new Uint32Array(width);
  for (let r = grid.top; r <= grid.bottom; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.value(r, c);
      if (v === "" || (typeof v === "string" && v.trim() === "")) continue;
      occupied[c - grid.left] = 1;
      if (typeof v === "number") numbers[c - grid.left]++;
      else texts[c - grid.left]++;
    }
  }
  for (const m of grid.sheet.merges) {
    for (let c = Math.max(m.column, grid.left); c <= Math.min(m.column + m.columnCount - 1, grid.right); c++) occupied[c - grid.left] = 1;
  }
  const bands: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= width; i++) {
    if (i < width && occupied[i]) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      const band: [number, number] = [grid.left + start, grid.left + i - 1];
      if (bands.length > 0 && numbers[start] > texts[start]) bands[bands.length - 1][1] = band[1];
      else bands.push(band);
      start = -1;
    }
  }
  return bands.length ? bands : [[grid.left, grid.right]];
}

/** Reads the tables of one band of columns, top to bottom (stacked tables come out one by one). */
function readBand(ctx: Context): TableModel[] {
  const { grid } = ctx;
  const tables: TableModel[] = [];
  let r = grid.top;
  while (r <= grid.bottom) {
    if (ctx.claimed.has(r) || kindAt(ctx, r) !== "text") {
      r++;
      continue;
    }
    // A run of text rows is a header candidate if it names indicators.
    let last = r;
    while (last + 1 <= grid.bottom && !ctx.claimed.has(last + 1) && continuesHeader(ctx, last + 1)) last++;
    let indicators = 0;
    let keys = 0;
    let periods = 0;
    for (let h = r; h <= last; h++) {
      const s = headerScore(grid, h, ctx.left, ctx.right);
      indicators += s.indicators;
      keys += s.keys;
      periods += s.periods;
    }
    // Indicator names in the header, or a table keyed by indicator: 指标 | 本期 | 去年同期.
    const isHeader = indicators >= 2 || (indicators === 1 && keys + periods > 0) || (indicators === 0 && keys > 0 && periods > 0);
    if (!isHeader) {
      r = last + 1;
      continue;
    }
    // The header may start with a caption row; trim single-cell rows without indicators on top.
    let first = r;
    while (first < last && headerScore(grid, first, ctx.left, ctx.right).indicators === 0 && countCells(ctx, first) <= 1) first++;
    let end = last;
    for (const [left, right] of segmentsOf(ctx, first, last)) {
      const read = readTable(ctx, first, last, left, right, grid.bottom);
      if (read) {
        tables.push(read.table);
        end = Math.max(end, read.end);
      }
    }
    r = end + 1;
  }
  return tables;
}

function countCells(ctx: Context, row: number): number {
  let n = 0;
  for (let c = ctx.left; c <= ctx.right; c++) if (cleanHeader(ctx.grid.value(row, c)) !== "") n++;
  return n;
}

function noTableDiagnostic(ctx: Context): Diagnostic {
  const nonBlank = ctx.kinds.filter((k) => k !== "blank").length;
  if (nonBlank === 0) {
    return { severity: "info", sheet: ctx.name, message: { zh: "工作表为空，没有可读取的内容", en: "The sheet is empty; there is nothing to read" } };
  }
  const found = ctx.kinds
    .filter((k) => k !== "blank")
    .slice(0, 3)
    .map((k) => k)
    .join("、");
  const sample: string[] = [];
  for (let r = ctx.grid.top; r <= ctx.grid.bottom && sample.length < 3; r++) {
    for (let c = ctx.left; c <= ctx.right && sample.length < 3; c++) {
      const t = cleanHeader(ctx.grid.value(r, c));
      if (t) sample.push(t.length > 20 ? `${t.slice(0, 20)}…` : t);
    }
  }
  const seen = sample.map((s) => `“${s}”`).join("、");
  return {
    severity: "warning",
    sheet: ctx.name,
    address: rangeAddress(ctx.grid.top, ctx.left, ctx.grid.bottom - ctx.grid.top + 1, Math.max(1, ctx.right - ctx.left + 1)),
    message: {
      zh: `未找到表头：应包含指标名称（如 事故起数、死亡人数、直接经济损失、排查隐患）和地区列（如 县（市））；实际看到 ${nonBlank} 行（${found}），如 ${seen}`,
      en: `No header row found: expected indicator names such as 事故起数 (accidents), 死亡人数 (deaths), 直接经济损失 (direct loss) or 排查隐患 (hazards found) and a key column such as 县（市）; found ${nonBlank} non-blank rows (${found}), e.g. ${seen}`,
    },
  };
}
