/**
 * consolidate: N county returns of one form → the prefecture's figures, reconciled before they
 * are added: periods other than the majority's are left out, units are converted (and listed),
 * duplicates are resolved (the later file wins where the figures differ), missing counties of a
 * known prefecture are named 未报, rows and columns only some returns have are kept and marked.
 */
import { exactSum } from "../numbers/decimal";
import { MESSAGES } from "../messages";
import { CHUXIONG_REGIONS, matchRegion } from "../registry/regions";
import { canonicalPeriod, formTable, identifyReturn } from "./identifyReturn";
import { readForm, type ReturnForm } from "./readForm";
import type { Consolidation, ConsolidateOptions, CountyReturn, FormColumn, FormRow, Reconciliation, ReturnReport } from "./types";

interface Candidate {
  readonly input: CountyReturn;
  readonly order: number;
  readonly form: ReturnForm;
  readonly report: Omit<ReturnReport, "status">;
  readonly region: string;
}

/** A loader's "中文 / English" message as its two languages (the whole text in both when it has no " / "). */
function splitBilingual(text: string): { zh: string; en: string } {
  const at = text.indexOf(" / ");
  return at === -1 ? { zh: text, en: text } : { zh: text.slice(0, at), en: text.slice(at + 3) };
}

/** The value most items have (the first such in order on a tie). */
function majority<T>(items: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [item, n] of counts) if (n > bestCount) [best, bestCount] = [item, n];
  return best;
}

/** Whether two forms hold the same figures everywhere. */
function sameFigures(a: ReturnForm, b: ReturnForm): boolean {
  if (a.rows.length !== b.rows.length) return false;
  return a.rows.every((row, i) => row.key === b.rows[i].key && [...row.values].every(([key, v]) => (b.rows[i].values.get(key) ?? null) === v));
}

/** The prefecture's order of its counties; others after, in the order they came. */
function regionOrder(region: string): number {
  const i = CHUXIONG_REGIONS.indexOf(region);
  return i === -1 ? CHUXIONG_REGIONS.length : i;
}

function sumOrNull(values: readonly (number | null | undefined)[]): number | null {
  const figures = values.filter((v): v is number => typeof v === "number");
  return figures.length ? exactSum(figures) : null;
}

/** The conversions the reader made in one return's form (元 → 万元), in words. */
function conversionsOf(region: string, form: ReturnForm) {
  return form.columns
    .filter((c) => c.unitFactor !== 1 && c.unit && c.baseUnit && c.unit !== c.baseUnit)
    .map((c) => MESSAGES.consolidate.unitConverted(region, c.headerPath.join("/"), c.unit!, c.baseUnit!, c.unitFactor));
}

/**
 * Consolidates county returns of one form.
 *
 * @param returns each return's file name, snapshot and model
 * @param options the period and prefecture, when the user names them
 * @returns the consolidated rows, the table by county, the total, and every reconciliation
 * @example consolidate(returns).total // the prefecture's figures per form column
 */
export function consolidate(returns: readonly CountyReturn[], options: ConsolidateOptions = {}): Consolidation {
  const reports: ReturnReport[] = [];
  const reconciliations: Reconciliation[] = [];
  const candidates: Candidate[] = [];
  for (const failure of options.unreadable ?? []) {
    reports.push({ fileName: failure.fileName, status: "unreadable", findings: [], conversions: [] });
    reconciliations.push({
      kind: "unreadable",
      fileName: failure.fileName,
      message: MESSAGES.consolidate.unreadable(failure.fileName, splitBilingual(failure.reason)),
    });
  }
  returns.forEach((input, order) => {
    const table = formTable(input.model);
    if (!table) {
      reports.push({ fileName: input.fileName, status: "no-form", findings: [], conversions: [] });
      reconciliations.push({ kind: "unreadable", fileName: input.fileName, message: MESSAGES.consolidate.noForm(input.fileName) });
      return;
    }
    const identity = identifyReturn(input.fileName, input.snapshot.sheets, table);
    const region = identity.region ?? input.fileName.replace(/\.[^.]+$/, "");
    if (!identity.region) reconciliations.push({ kind: "no-region", fileName: input.fileName, message: MESSAGES.consolidate.noRegion(input.fileName) });
    const form = readForm(table);
    const report = { fileName: input.fileName, ...identity, region, findings: input.model.findings, conversions: conversionsOf(region, form) };
    candidates.push({ input, order, form, report, region });
  });

  const period = canonicalPeriod(options.period) ?? majority(candidates.flatMap((c) => (c.report.period ? [c.report.period] : [])));
  const inPeriod: Candidate[] = [];
  for (const c of candidates) {
    if (period && c.report.period && c.report.period !== period) {
      reports.push({ ...c.report, status: "other-period" });
      reconciliations.push({
        kind: "period",
        region: c.region,
        fileName: c.input.fileName,
        message: MESSAGES.consolidate.otherPeriod(c.region, c.report.period, period),
      });
    } else {
      if (period && !c.report.period)
        reconciliations.push({ kind: "period", region: c.region, fileName: c.input.fileName, message: MESSAGES.consolidate.noPeriod(c.input.fileName) });
      inPeriod.push(c);
    }
  }

  // One return per county: identical duplicates count once; differing ones, the later file wins.
  const counted: Candidate[] = [];
  const byRegion = new Map<string, Candidate[]>();
  for (const c of inPeriod) byRegion.set(c.region, [...(byRegion.get(c.region) ?? []), c]);
  for (const [region, group] of byRegion) {
    const ordered = [...group].sort((a, b) => (a.input.modified ?? 0) - (b.input.modified ?? 0) || a.order - b.order);
    const kept = ordered[ordered.length - 1];
    counted.push(kept);
    for (const other of ordered.slice(0, -1)) {
      const same = sameFigures(other.form, kept.form);
      reports.push({ ...other.report, status: same ? "duplicate-same" : "superseded" });
      reconciliations.push({
        kind: "duplicate",
        region,
        fileName: other.input.fileName,
        message: (same ? MESSAGES.consolidate.duplicateSame : MESSAGES.consolidate.duplicateDiffers)(region, kept.input.fileName, other.input.fileName),
      });
    }
  }
  counted.sort((a, b) => regionOrder(a.region) - regionOrder(b.region) || a.order - b.order);
  for (const c of counted) {
    reports.push({
      ...c.report,
      status: "counted",
      source: { fileName: c.input.fileName, sheet: c.form.table.sheet, table: c.form.table.address, ...(c.form.totalRow ? { totalRow: c.form.totalRow } : {}) },
    });
    for (const message of c.report.conversions) reconciliations.push({ kind: "unit", region: c.region, fileName: c.input.fileName, message });
    if (c.report.findings.length)
      reconciliations.push({
        kind: "findings",
        region: c.region,
        fileName: c.input.fileName,
        message: MESSAGES.consolidate.findings(c.region, c.report.findings.length),
      });
  }

  // The form: the columns and rows of the fullest return first, then what others add (marked).
  const fullest = [...counted].sort((a, b) => b.form.columns.length * 1000 + b.form.rows.length - (a.form.columns.length * 1000 + a.form.rows.length))[0];
  const columns: FormColumn[] = [];
  const rows: FormRow[] = [];
  const seenColumns = new Set<string>();
  const seenRows = new Set<string>();
  for (const c of fullest ? [fullest, ...counted.filter((x) => x !== fullest)] : []) {
    for (const col of c.form.columns) {
      if (seenColumns.has(col.key)) continue;
      seenColumns.add(col.key);
      const having = counted.filter((x) => x.form.columns.some((y) => y.key === col.key));
      const partial = having.length < counted.length;
      columns.push({
        key: col.key,
        headerPath: col.headerPath,
        ...(col.indicator ? { indicator: col.indicator } : {}),
        role: col.role,
        ...((col.baseUnit ?? col.unit) ? { unit: col.baseUnit ?? col.unit } : {}),
        partial,
      });
      if (partial)
        reconciliations.push({ kind: "extra", message: MESSAGES.consolidate.extraColumn(col.headerPath.join("/"), having.map((x) => x.region).join("、")) });
    }
    for (const row of c.form.rows) {
      if (seenRows.has(row.key)) continue;
      seenRows.add(row.key);
      const having = counted.filter((x) => x.form.rows.some((y) => y.key === row.key));
      const partial = having.length < counted.length;
      rows.push({ label: row.label, key: row.key, role: row.role, partial });
      if (partial) reconciliations.push({ kind: "extra", message: MESSAGES.consolidate.extraRow(row.label, having.map((x) => x.region).join("、")) });
    }
  }
  const byRow = rows.map((row) => columns.map((col) => sumOrNull(counted.map((c) => c.form.rows.find((r) => r.key === row.key)?.values.get(col.key)))));
  const byCounty = counted.map((c) => ({
    region: c.region,
    values: columns.map((col) => c.form.totals.get(col.key) ?? null),
    source: reports.find((r) => r.fileName === c.input.fileName && r.status === "counted")!.source!,
  }));
  const total = columns.map((_, j) => sumOrNull(byCounty.map((county) => county.values[j])));

  const regions = candidates.map((c) => c.region);
  const known = regions.filter((r) => CHUXIONG_REGIONS.includes(r)).length;
  const prefecture = options.region ?? (known * 2 >= regions.length && known > 0 ? "楚雄州" : undefined);
  const reported = new Set(regions);
  const missing = prefecture === "楚雄州" ? CHUXIONG_REGIONS.filter((r) => matchRegion(r)?.kind === "county" && !reported.has(r)) : [];
  for (const region of missing) reconciliations.push({ kind: "missing", region, message: MESSAGES.consolidate.missing(region) });
  const formTitle = (fullest?.form.table.title ?? "")
    .replace(/\s+/g, "")
    .replace(fullest?.region ?? "", "")
    .replace(/\d{4}年[^\u4e00-\u9fff]*?(月|上半年|下半年|全年|季度)/, "");
  const keyHeader = fullest ? (fullest.form.table.columns.find((c) => c.role === "key")?.headerPath.at(-1) ?? "项目") : "项目";
  return {
    ...(prefecture ? { region: prefecture } : {}),
    ...(period ? { period } : {}),
    formTitle,
    keyHeader,
    columns,
    rows,
    byRow,
    byCounty,
    total,
    returns: reports.sort((a, b) => regionOrder(a.region ?? "") - regionOrder(b.region ?? "")),
    reconciliations,
    missing,
  };
}
