/** Reads one table, given its header block: columns described and checked, body rows read and classified. */
import { cellAddress, rangeAddress } from "../model/address";
import { cleanHeader, headerCore } from "../registry/headerText";
import { matchIndicator } from "../registry/matchIndicator";
import { matchRegion, rowRoleOf } from "../registry/regions";
import type { AnomalyKind, ColumnMeaning, ReadValue, RowMeaning, TableModel } from "./model";
import { type Context, kindAt, anomaly } from "./tableContext";
import { headerScore } from "./headerDetection";
import { CATEGORY_HEADER, describeColumns, unitRowAbove, sheetTitleAbove, titleAbove } from "./headerColumns";
import { checkHeaders } from "./headerChecks";
import { continueOfWhich } from "./ofWhichRuns";
import { nameColumnsByTitle } from "./titleIndicator";
import { takeHeadingTotal } from "./headingTotal";
import { placeSubtotals } from "./subtotalGroups";
import { shownLabel } from "./shownLabel";
import { readValue, keyRowsByIndicator, percentFractions } from "./tableBody";
import { periodsInRows, readPeriodRows } from "./periodRows";
import { resolveSeries, rowSeriesSpans } from "./periodSeries";
import { namePeriodMatrix } from "./periodMatrix";
import { figuresStatus, notesAround } from "./figuresStatus";
import { approximateIndicators, approximateWords } from "./approximateFigures";
import { tablePeriod } from "./tablePeriod";
import { titleDomain } from "../registry/titleDomain";
import { fieldDomain, indicatorKeyAfterField } from "./fieldColumn";
import { titleScope } from "./titleScope";
import { MESSAGES } from "../messages";
import { choosePlaceKey, findCodeColumn } from "./placeColumns";
import { assignRowLevels } from "./rowLevels";
import { setAsideNonCounts } from "./measureKinds";
import { setAsideUnitTwins } from "./unitTwins";
import { isLabelMatrix } from "./matrix";
import { isDenominatorField, OTHER_FIELD_NAMES, otherFieldOf } from "./otherFields";

/**
 * What lies around a table on its sheet: its title, the sheet's title, the units line above it, its
 * period, and the status the notes under it give. Read on the sheet itself, even for a table read
 * through a turned view of its cells (placesAcross.ts).
 */
export interface TableFrame {
  readonly title?: string;
  readonly sheetTitle?: string;
  readonly unitRow: string[];
  readonly period?: TableModel["period"];
  readonly status?: TableModel["status"];
  /** What the notes call approximate, as written ("直接经济损失为约数": approximateFigures.ts). */
  readonly approximate?: readonly string[];
}

/**
 * The frame of the table whose header starts at sheet row `first`.
 *
 * @param ctx the sheet being read
 * @param first the header's first row
 * @param end the table's last row, where known (the notes under it give the figures' status)
 * @returns the frame
 * @example tableFrame(ctx, 2, 12).title // "楚雄州2024年1—6月隐患排查治理情况"
 */
export function tableFrame(ctx: Context, first: number, end?: number): TableFrame {
  const title = titleAbove(ctx, first);
  const sheetTitle = sheetTitleAbove(ctx, first);
  const period = tablePeriod(ctx, first, title);
  const notes = end === undefined ? [] : notesAround(ctx, title, end + 1);
  const status = figuresStatus(notes);
  const approximate = approximateWords(notes);
  return {
    ...(title !== undefined ? { title } : {}),
    ...(sheetTitle !== undefined ? { sheetTitle } : {}),
    unitRow: unitRowAbove(ctx, first),
    ...(period ? { period } : {}),
    ...(status ? { status } : {}),
    ...(approximate.length ? { approximate } : {}),
  };
}

/** Reads the table whose header block is rows first..last and columns left..right. */
export function readTable(
  ctx: Context,
  first: number,
  last: number,
  left: number,
  right: number,
  sheetBottom: number,
  given?: TableFrame,
): { table?: TableModel; end: number } | undefined {
  const { grid } = ctx;
  const frame = given ?? tableFrame(ctx, first);
  const { title, sheetTitle } = frame;
  const ownTitle = sheetTitle !== undefined && sheetTitle !== title ? { sheetTitle } : {};
  const domain = titleDomain(title);
  const drafts = describeColumns(grid, first, last, left, right, frame.unitRow, domain);
  checkHeaders(ctx, drafts, first, last, left);
  // A single dated column ("2024年1—6月") is enough for a table keyed by indicator (指标 | 单位 | 2024年1—6月).
  if (!drafts.some((d) => d.indicator) && !drafts.some((d) => d.role === "current" || d.role === "previous" || d.periodLabel)) return undefined;
  // 省 | 市 | 区县: the finest place names the row; an administrative-code column gives levels.
  const places = choosePlaceKey(drafts);
  const codeDraft = findCodeColumn(grid, drafts, last + 1, sheetBottom);
  // 领域 | 指标 | 单位 …: the 指标 column names the rows, the field column is their category.
  let keyDraft = indicatorKeyAfterField(grid, drafts, last + 1, sheetBottom) ?? drafts.find((d) => d.role === "key");
  // A table keyed by disaster or accident type alone (灾种 | 发生时间 | 受灾人口 …): the type is the key.
  if (!keyDraft) {
    keyDraft = drafts.find((d) => d.role === "category");
    if (keyDraft) keyDraft.role = "key";
  }
  if (!keyDraft) {
    keyDraft = drafts.find((d) => !d.indicator && d.role === "value" && d.column === left) ?? drafts.find((d) => d.role === "value" && !d.indicator);
    if (keyDraft) keyDraft.role = "key";
  }
  const keyColumn = keyDraft?.column ?? left;
  const categoryDraft = drafts.find((d) => d.role === "category");

  // Body rows: until a note, a signature, a new header or two blank rows.
  let r = last + 1;
  while (r <= sheetBottom && kindAt(ctx, r) === "code") {
    anomaly(ctx, "skipped-row", r, left, MESSAGES.reader.skippedRow(r + 1, "code"));
    r++;
  }
  const rows: RowMeaning[] = [];
  const values: (ReadValue | null)[][] = [];
  let end = last;
  let blanks = 0;
  let lastParent: number | undefined;
  for (; r <= sheetBottom; r++) {
    if (ctx.claimed.has(r)) break;
    const kind = kindAt(ctx, r);
    if (kind === "note" || kind === "signature" || kind === "title" || kind === "fill" || kind === "unit") break;
    if (kind === "text") {
      // A new header below the table (指标 | 单位 | 2023年 starts a table stacked under this one).
      const score = headerScore(grid, r, left, right);
      if (score.indicators >= 2 || (score.indicators >= 1 && score.keys >= 1) || (score.keys >= 1 && score.periods >= 1)) break;
    }
    let rowBlank = true;
    for (let c = left; c <= right && rowBlank; c++) if (cleanHeader(grid.value(r, c)) !== "") rowBlank = false;
    if (rowBlank) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    end = r;
    let written = grid.value(r, keyColumn);
    let label = cleanHeader(written);
    if (label === "") {
      const m = grid.mergeAt(r, keyColumn);
      if (m && m.row < r) {
        written = grid.value(m.row, m.column);
        label = cleanHeader(written);
        if (label) anomaly(ctx, "forward-filled", r, keyColumn, MESSAGES.reader.mergedCarriedDown(label));
      }
    }
    let category: string | undefined;
    if (categoryDraft) {
      category = cleanHeader(grid.shown(r, categoryDraft.column)) || undefined;
      // A second disaster type under a county whose merge was lost: the blank key means "same county".
      const above = rows[rows.length - 1];
      if (label === "" && category && above?.role === "data" && above.row === r - 1) {
        label = above.label;
        written = above.text ?? above.label;
        anomaly(ctx, "forward-filled", r, keyColumn, MESSAGES.reader.blankKeyFilled(label, category));
      }
    }
    const role = rowRoleOf(label);
    const region = role === "data" ? matchRegion(label)?.region : undefined;
    // Outputs show the label as written (inner spaces, any character); matching uses the cleaned one.
    const text = label === "" ? "" : String(written);
    const meaning: RowMeaning = {
      row: r,
      label,
      ...(text !== label ? { text } : {}),
      role,
      ...(region ? { region } : {}),
      ...(category ? { category } : {}),
      ...(role === "of_which" && lastParent !== undefined ? { partOf: lastParent } : {}),
    };
    if (grid.isHidden(r)) {
      // A hidden row is usually a superseded figure (the totals use SUBTOTAL and skip it): leave it out and say so.
      anomaly(ctx, "hidden-row", r, keyColumn, MESSAGES.reader.hiddenRow(r + 1, label));
      continue;
    }
    if (role !== "of_which") lastParent = r;
    rows.push(meaning);
  }
  // One quantity in two units (千公顷 | 万亩): one figure (unitTwins.ts).
  ctx.diagnostics.push(...setAsideUnitTwins(ctx.name, last, drafts));
  const { period } = frame;
  const notes = given ? [] : notesAround(ctx, title, end + 1);
  const status = given ? given.status : figuresStatus(notes);
  const approximateNames = given ? given.approximate : approximateWords(notes);
  const year = period?.period.span?.year;
  // Years down the side and months across under a heading that names the indicator: read as it stands.
  const matrix = namePeriodMatrix(drafts, rows, title, domain);
  // Places down the side and years across with no indicator in the header: the title's indicator, said in a note.
  const fromTitle = matrix || periodsInRows(rows) ? undefined : nameColumnsByTitle(drafts, rows, title, domain);
  // Periods down the side (当月 | 去年同月 | 同比 …, 2024年 | 2023年): read turned, never added up as regions.
  if (!matrix && periodsInRows(rows)) {
    const table = readPeriodRows(ctx, { drafts, rows, first, last, left, right, end, keyDraft, title, ...(year !== undefined ? { year } : {}) });
    const scope = titleScope(
      title,
      table.keyKind,
      table.rows.map((r) => r.label),
    );
    return {
      table: {
        ...table,
        ...ownTitle,
        ...(period ? { period } : {}),
        ...(status ? { status } : {}),
        ...approximateOf(approximateNames, table),
        ...(domain ? { domain } : {}),
        ...(scope.length ? { scope } : {}),
      },
      end,
    };
  }
  const factors = drafts.map((d) => (d.indicator && d.unit && d.role !== "change_pct" && d.role !== "rate" ? (d.indicator.units[d.unit] ?? 1) : 1));
  for (const row of rows) {
    values.push(
      drafts.map((d, j) =>
        d.role === "key" || d.role === "category" || d.role === "code" || d.role === "ignored" ? null : readValue(ctx, row.row, d, factors[j]),
      ),
    );
  }

  // Row labels that repeat the column headers: a matrix (correlations), not a table of figures.
  if (
    isLabelMatrix(
      rows,
      drafts.map((d) => d.path[d.path.length - 1] ?? ""),
    )
  ) {
    ctx.diagnostics.push({
      severity: "warning",
      sheet: ctx.name,
      address: rangeAddress(first, left, end - first + 1, right - left + 1),
      message: MESSAGES.reader.labelMatrix(rangeAddress(first, left, end - first + 1, right - left + 1)),
    });
    return { end };
  }
  // Provinces, cities, counties and townships in one key column: total at one level only.
  const levels = assignRowLevels(rows, {
    rawKey: (i) => grid.value(rows[i].row, keyColumn),
    ...(codeDraft ? { code: (i: number) => grid.value(rows[i].row, codeDraft.column) } : {}),
    ...(places.coarser.length > 0 ? { within: (i: number) => places.coarser.map((d) => cleanHeader(grid.value(rows[i].row, d.column))) } : {}),
    ...(places.keyLevel ? { headerLevel: places.keyLevel } : {}),
  });
  // Lower rows with no parent row stay out of every sum; the 核对 names them (checks/levels.ts).
  rows.splice(0, rows.length, ...levels.rows);
  resolveSeries(drafts, values, year);
  // Each year's 累计 runs to that year's own last month with figures.
  if (matrix) rowSeriesSpans(drafts, values).forEach((span, i) => span && (rows[i] = { ...rows[i], seriesSpan: span }));
  const fractionColumns = percentFractions(ctx, rows, values, drafts);
  // Fractions in a column of people, or words under a count's name: not counts (measureKinds.ts).
  ctx.diagnostics.push(...setAsideNonCounts(ctx.name, last, values, drafts));
  // Columns that stayed unnamed and hold no numbers are not part of the statistics. A period column
  // with no figures yet (5月 … 12月 of a year in progress) is named, and says the year is not complete.
  drafts.forEach((d, j) => {
    if (d.role === "value" && !d.indicator && !d.dated && !values.some((row) => row[j]?.value !== null && row[j]?.value !== undefined)) d.role = "ignored";
  });
  const columns: ColumnMeaning[] = drafts.map((d, j) => ({
    column: d.column,
    headerPath: d.path,
    ...(d.indicator ? { indicator: d.indicator.id } : {}),
    role: d.role,
    ...(d.unit ? { unit: d.unit } : {}),
    unitFactor: factors[j],
    ...(d.periodLabel ? { periodLabel: d.periodLabel } : {}),
    ...(d.resolved ? { period: d.resolved } : d.dated ? { period: d.dated.parsed } : {}),
    ...(d.comparison ? { comparison: d.comparison } : {}),
    ...(d.meanOf ? { meanOf: d.meanOf } : {}),
    confidence: d.indicator ? d.confidence : d.role === "key" || d.role === "category" || d.role === "code" ? 0.9 : d.role === "ignored" ? 0 : 0.3,
    ...(d.matchedAlias ? { matchedAlias: d.matchedAlias } : {}),
    ...(d.resolvedTypo ? { resolvedTypo: true } : {}),
    ...(d.industry ? { industry: d.industry } : {}),
    ...(fractionColumns.has(j) ? { percentAsFraction: true } : {}),
    ...(d.measure ? { measure: d.measure } : {}),
  }));
  for (const d of drafts) {
    if (d.resolvedTypo && d.indicator) {
      const header = d.path[d.path.length - 1];
      const kind: AnomalyKind = d.confidence >= 0.9 ? "resolved-typo" : "fuzzy-match";
      anomaly(ctx, kind, last, d.column, MESSAGES.reader.headerTypo(header, d.indicator.name, d.indicator.english));
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
    : // 发生区域 (农村, 县城城区 …) breaks fires down by kind of place, not by region.
      CATEGORY_HEADER.test(keyHeader)
      ? "other"
      : regionRows > 0 && regionRows * 2 >= dataRows.length
        ? "region"
        : /县|市|区|地区|区域|乡镇/.test(keyHeader)
          ? "region"
          : indicatorRows > 0 && indicatorRows * 2 >= sample.length
            ? "indicator"
            : "other";

  // 其中：化工 | 工贸八大行业 | 工商贸其他: the rows after an 其中 that add up to its parent are its parts
  // too (decided after the key kind, which the rows as written tell).
  if (keyKind !== "indicator")
    for (const { row, parent } of continueOfWhich(rows, values, drafts)) {
      // A row of zeros after parts that already add up: part or next row, the figures cannot tell — said, never guessed.
      const cell = cellAddress(row.row, keyColumn);
      ctx.diagnostics.push({
        severity: "warning",
        sheet: ctx.name,
        address: cell,
        message: MESSAGES.reader.zeroAfterParts(shownLabel(row), cell, shownLabel(parent)),
      });
    }
  // 各类生产安全事故 over 其中：一般事故 | 较大事故 …: the first row names the whole, as a 合计 would.
  if (keyKind !== "indicator") takeHeadingTotal(rows, values, drafts);
  // 小计 / 较大事故合计: the rows each totals, above or under it; never added to them.
  if (keyKind !== "indicator")
    for (const row of placeSubtotals(rows, values, drafts).unplaced) {
      const cell = cellAddress(row.row, keyColumn);
      ctx.diagnostics.push({ severity: "warning", sheet: ctx.name, address: cell, message: MESSAGES.reader.subtotalPartsUnknown(shownLabel(row), cell) });
    }
  if (keyKind === "indicator") {
    // A 单位 column (指标 | 单位 | 上年 | 本年) names each row's unit.
    const unitDraft = drafts.find((d) => d !== keyDraft && /^(单位|计量单位|计算单位)$/.test(headerCore(d.path[d.path.length - 1] ?? "")));
    // A row's field (领域: 自然灾害) decides the words both fields use, before the title's.
    const domainOf = (i: number) => fieldDomain(rows[i].category) ?? domain;
    keyRowsByIndicator(rows, values, drafts, unitDraft && ((i) => cleanHeader(grid.value(rows[i].row, unitDraft.column)) || undefined), domainOf);
  }
  const current = columns.find((c) => c.role === "current")?.periodLabel;
  const previous = columns.find((c) => c.role === "previous")?.periodLabel;
  // Only the period columns count; a period in the title stays in `title` for the summary to read.
  const periods = { ...(current ? { current } : {}), ...(previous ? { previous } : {}) };
  const named = columns.filter((c) => c.indicator);
  const confidence = named.length === 0 ? 0.3 : Math.round((named.reduce((s, c) => s + c.confidence, 0) / named.length) * (keyDraft ? 1 : 0.8) * 100) / 100;
  const address = rangeAddress(first, left, end - first + 1, right - left + 1);
  // No emergency indicator at all: its words may say which other field's statistics it holds (GDP …).
  const field =
    named.length === 0 && !rows.some((r) => r.indicator) ? otherFieldOf([ctx.fileName, ctx.name, title, ...drafts.flatMap((d) => d.path)]) : undefined;
  if (fromTitle) ctx.diagnostics.push({ severity: "info", sheet: ctx.name, address, message: MESSAGES.reader.indicatorFromTitle(address, fromTitle) });
  if (field)
    ctx.diagnostics.push({
      severity: "info",
      sheet: ctx.name,
      address,
      message: MESSAGES.reader.otherField(address, OTHER_FIELD_NAMES[field], isDenominatorField(field)),
    });
  const scope = titleScope(
    title,
    keyKind,
    rows.map((r) => r.label),
  );
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
    ...ownTitle,
    ...(period ? { period } : {}),
    ...(status ? { status } : {}),
    ...approximateOf(approximateNames, { columns, rows }),
    ...(field ? { domain: "other" as const, otherField: field } : domain ? { domain } : {}),
    ...(scope.length ? { scope } : {}),
    confidence,
  };
  return { table, end };
}

/** The indicators the notes call approximate, as a field of the table, or nothing. */
function approximateOf(words: readonly string[] | undefined, table: Pick<TableModel, "columns" | "rows">): Pick<TableModel, "approximate"> {
  const approximate = approximateIndicators(words, table);
  return approximate.length ? { approximate } : {};
}
