/**
 * Consolidating county returns (汇总各县报表): what goes in (one read workbook per return) and
 * what comes out (the prefecture's tables, who reported, and every reconciliation made).
 */
import type { Bilingual, Finding, WorkbookModel } from "../reader/model";
import type { WorkbookSnapshot } from "../model/snapshot";

/** One county's return, as read. */
export interface CountyReturn {
  /** The file name as the user gave it ("楚雄市.xlsx"); it names the county when nothing inside does. */
  readonly fileName: string;
  /** When the file was last changed (ms since 1970), where known: the later of two duplicates wins. */
  readonly modified?: number;
  readonly snapshot: WorkbookSnapshot;
  readonly model: WorkbookModel;
}

/** Options of a consolidation. */
export interface ConsolidateOptions {
  /** The period to consolidate ("2024年1—6月"); by default the one most returns report. */
  readonly period?: string;
  /** The prefecture ("楚雄州"); by default inferred from the counties. */
  readonly region?: string;
  readonly language?: "zh" | "en";
  /** Files that could not be read at all (listed on 报送情况, never summed). */
  readonly unreadable?: readonly { readonly fileName: string; readonly reason: string }[];
}

/** A column of the form, the same in every return: indicator (or header), role, period group and industry. */
export interface FormColumn {
  readonly key: string;
  /** The header as the form writes it, outermost first (the majority's wording). */
  readonly headerPath: readonly string[];
  readonly indicator?: string;
  readonly role: "current" | "previous" | "value";
  /** The unit the consolidated figures are in (the indicator's base unit where known). */
  readonly unit?: string;
  /** Present in only some returns: summed where present, and marked. */
  readonly partial: boolean;
}

/** A row of the form: an industry (or other key), summed over the counties that count. */
export interface FormRow {
  /** The label as the fullest return writes it ("其中：道路运输业"), and the key rows are matched by. */
  readonly label: string;
  readonly key: string;
  readonly role: "data" | "of_which";
  /** Present in only some returns: summed where present, and marked. */
  readonly partial: boolean;
}

/** Where one county's figures came from. */
export interface ReturnSource {
  readonly fileName: string;
  readonly sheet: string;
  /** The form table's address in that sheet. */
  readonly table: string;
  /** The row the county's totals were taken from (its 合计 row), A1 range; absent when summed from its rows. */
  readonly totalRow?: string;
}

/** What happened to one return. */
export type ReturnStatus = "counted" | "other-period" | "superseded" | "duplicate-same" | "unreadable" | "no-form";

/** One return, identified and judged. */
export interface ReturnReport {
  readonly fileName: string;
  readonly region?: string;
  /** Where the region was read from. */
  readonly regionFrom?: "title" | "fill-row" | "file-name";
  readonly period?: string;
  readonly status: ReturnStatus;
  readonly source?: ReturnSource;
  /** The return's own 核对 findings. */
  readonly findings: readonly Finding[];
  /** Unit conversions made (元 → 万元). */
  readonly conversions: readonly Bilingual[];
}

/** One reconciliation the consolidation made, said in both languages. */
export interface Reconciliation {
  readonly kind: "unit" | "period" | "missing" | "duplicate" | "extra" | "findings" | "unreadable" | "no-region";
  readonly region?: string;
  readonly fileName?: string;
  readonly message: Bilingual;
}

/** The consolidated figures. */
export interface Consolidation {
  /** "楚雄州", where known. */
  readonly region?: string;
  readonly period?: string;
  /** The form's title without its county and period ("生产安全事故分行业统计表"). */
  readonly formTitle: string;
  /** What the form's rows are keyed by ("行业", "县（市）"…), as its header writes it. */
  readonly keyHeader: string;
  readonly columns: readonly FormColumn[];
  readonly rows: readonly FormRow[];
  /** byRow[i][j]: the sum over counted returns of row i, column j; null where no return has a figure. */
  readonly byRow: readonly (readonly (number | null)[])[];
  /** One row per counted county, in the prefecture's order: its totals per column. */
  readonly byCounty: readonly { readonly region: string; readonly values: readonly (number | null)[]; readonly source: ReturnSource }[];
  /** The total per column (the sum of the counties). */
  readonly total: readonly (number | null)[];
  readonly returns: readonly ReturnReport[];
  readonly reconciliations: readonly Reconciliation[];
  /** Counties of the known prefecture with no return. */
  readonly missing: readonly string[];
}
