/**
 * 核对 of ledgers: (1) an accident ledger against a county or industry table of the same period in
 * the same workbook — the ledger's 事故起数, 死亡人数 and 受伤人数 per county or industry, this period
 * and last, against the table's cells; (2) counted ledger rows whose date is text, which keep the
 * ledger summary from being live formulas. See docs/ledger-summary.md.
 */
import type { LedgerGroup } from "../ledger/breakdownTypes";
import { columnLetters, quoteSheetName } from "../model/address";
import { exactDiff } from "../numbers/decimal";
import type { AccidentTotals, Finding, LedgerModel, TableModel } from "../reader/model";
import { addressOf, dataRows, numberAt, show } from "./tableView";
import { englishPeriod } from "../text/englishPeriod";

/** The indicators compared, with the ledger's totals field and their names in both languages. */
const COMPARED: readonly { indicator: string; field: keyof AccidentTotals; zh: string; en: string }[] = [
  { indicator: "accident_count", field: "accidents", zh: "事故起数", en: "accidents" },
  { indicator: "deaths", field: "deaths", zh: "死亡人数", en: "deaths" },
  { indicator: "injured", field: "injured", zh: "受伤人数", en: "injured" },
];

/**
 * The period a table names in its title or period header, as a ledger labels it ("2024年1—6月").
 *
 * @param table the table
 * @returns the label, or undefined when the table names none
 * @example tablePeriod({ title: "楚雄州2024年1—6月生产安全事故分县(市)统计表", periods: {} }) // "2024年1—6月"
 */
export function tablePeriod(table: Pick<TableModel, "title" | "periods">): string | undefined {
  for (const text of [table.periods.current, table.title]) {
    const s = text?.normalize("NFKC").replace(/\s/g, "");
    if (!s) continue;
    let m = /(\d{4})年(\d{1,2})月?[—–\-~～至到]{1,2}(\d{1,2})月/.exec(s);
    if (m) return Number(m[2]) === Number(m[3]) ? `${m[1]}年${Number(m[2])}月` : `${m[1]}年${Number(m[2])}—${Number(m[3])}月`;
    m = /(\d{4})年上半年/.exec(s);
    if (m) return `${m[1]}年1—6月`;
    m = /(\d{4})年(\d{1,2})月/.exec(s);
    if (m) return `${m[1]}年${Number(m[2])}月`;
  }
  return undefined;
}

function clean(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/** The ledger's key column as a range ("'事故台账'!$C:$C"), where the reader of the finding can filter. */
function ledgerPlace(ledger: LedgerModel, field: "region" | "industry"): string {
  const column = ledger.columns.find((c) => c.field === field)?.column;
  const at = column === undefined ? ledger.address : `${columnLetters(column)}${ledger.firstRow + 1}:${columnLetters(column)}${ledger.lastRow + 1}`;
  return `${quoteSheetName(ledger.sheet)}!${at}`;
}

function compareTable(table: TableModel, ledger: LedgerModel): Finding[] {
  const br = ledger.accidents?.breakdowns;
  if (!br || (table.keyKind !== "region" && table.keyKind !== "industry")) return [];
  const field = table.keyKind;
  const groups: readonly LedgerGroup[] = field === "region" ? br.byRegion : br.byIndustry;
  if (groups.length === 0) return [];
  const byKey = new Map(groups.map((g) => [clean(g.key), g]));
  const place = ledgerPlace(ledger, field);
  const findings: Finding[] = [];
  for (const i of dataRows(table)) {
    const row = table.rows[i];
    const label = clean(row.region ?? row.label);
    const group = byKey.get(label);
    // A county the ledger lacks had no accident there; an industry it lacks may just be named otherwise.
    if (!group && field === "industry") continue;
    for (const c of COMPARED) {
      for (const role of ["current", "previous"] as const) {
        const j = table.columns.findIndex((col) => col.indicator === c.indicator && col.role === role && !col.industry);
        if (j < 0) continue;
        const stated = numberAt(table, i, j);
        if (stated === undefined) continue;
        const recomputed = group ? group[role][c.field] : 0;
        if (Math.abs(exactDiff(stated, recomputed)) < 1e-9) continue;
        const cell = addressOf(table, i, j);
        const period = role === "current" ? ledger.current.label : ledger.previous.label;
        findings.push({
          kind: "ledger_table_mismatch",
          severity: "warning",
          sheet: table.sheet,
          cell,
          sources: [place],
          stated,
          recomputed,
          message: {
            zh: `${row.region ?? row.label} ${cell}（${c.zh}，${period}）为 ${show(stated)}，而台账 ${place} 逐条统计为 ${show(recomputed)}（相差 ${show(exactDiff(stated, recomputed))}）`,
            en: `${row.region ?? row.label}: ${cell} (${c.en}, ${englishPeriod(period) ?? (role === "current" ? "this period" : "same period last year")}) is ${show(stated)}, but the ledger ${place} counts ${show(recomputed)} (difference ${show(exactDiff(stated, recomputed))})`,
          },
        });
      }
    }
  }
  return findings;
}

/**
 * The ledger's counts by county and industry against the tables of the same period.
 *
 * @param tables the tables read
 * @param ledgers the ledgers read (accident ledgers with breakdowns are compared)
 * @returns one finding per table cell that disagrees with the ledger
 * @example checkLedgerAgainstTables(model.tables, model.ledgers)[0].message.zh // "双柏县 B8（事故起数，2024年1—6月）为 9，而台账 …"
 */
export function checkLedgerAgainstTables(tables: readonly TableModel[], ledgers: readonly LedgerModel[]): Finding[] {
  const findings: Finding[] = [];
  for (const ledger of ledgers) {
    if (ledger.subtype !== "accident" || !ledger.accidents?.breakdowns) continue;
    for (const table of tables) if (tablePeriod(table) === ledger.current.label) findings.push(...compareTable(table, ledger));
  }
  return findings;
}

/**
 * One finding per accident ledger whose counted rows have text dates: how many, the first 20 cells,
 * and that real date cells make the ledger summary live.
 *
 * @param ledgers the ledgers read
 * @returns the findings
 */
export function checkLedgerTextDates(ledgers: readonly LedgerModel[]): Finding[] {
  return ledgers.flatMap((ledger): Finding[] => {
    const t = ledger.accidents?.breakdowns?.formulaBasis.textDates;
    if (!t || t.count === 0) return [];
    const more = t.count > t.cells.length;
    return [
      {
        kind: "ledger_text_dates",
        severity: "warning",
        sheet: ledger.sheet,
        cell: t.cells[0],
        sources: t.cells,
        stated: null,
        recomputed: null,
        message: {
          zh: `台账中有 ${t.count} 条计入统计的记录日期为文本（${t.cells.join("、")}${more ? "等" : ""}），汇总按识别出的日期填入数值；改为日期单元格后重新生成，汇总即为随台账更新的公式`,
          en: `${t.count} counted ledger rows have dates typed as text (${t.cells.join(", ")}${more ? ", …" : ""}); the summary holds their values. Make them real date cells and regenerate for live formulas`,
        },
      },
    ];
  });
}
