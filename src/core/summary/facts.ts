/**
 * The figures a summary is built from, taken out of the reader's model: totals this period and
 * last, loss parts, hazard counts. Each figure keeps the source cell it came from so the plan
 * can write a live reference to it.
 */
import type { CellCheck, CellRef, FactsContext } from "../facts";

/** One figure and, when the workbook holds it in a cell, where. */
export interface SourcedValue {
  /** The engine's number in the indicator's base unit; null when missing. */
  readonly value: number | null;
  /** The source cell; absent for figures recomputed from several cells. */
  readonly cell?: CellRef;
  /** The cell's raw content is a number (a direct reference carries it); false for text like "24,101". */
  readonly numeric?: boolean;
  /** Multiply the cell by this to get the base unit (元 → 万元). */
  readonly factor?: number;
  /** When there is no single cell: the cells to add up (a table without a 合计 row). */
  readonly sumOf?: readonly SourcedValue[];
  /** A live formula that gives the value (COUNTIFS over a ledger's columns), written as it is. */
  readonly formula?: string;
  /** An open 核对 finding on this figure's cell: the 综述 says 待核实 with the recomputed figure, never the figure alone. */
  readonly check?: CellCheck;
  /** The source cell holds an error value (#REF!, #VALUE! …): the figure is unavailable, and the 综述 says so. */
  readonly error?: string;
  /** Records counted in this figure whose cell of it holds words (个别轻微伤), counted as 0: the 综述 says how many, and what they say. */
  readonly words?: { readonly count: number; readonly texts: readonly string[] };
  /** Records counted in this figure whose cell of it is not filled in (blank, "—"), counted as 0: the 综述 says how many. */
  readonly unfilled?: { readonly count: number };
  /** A stated percent's decimals as its cell shows them ("0.0": −3 is "3.0%"); the 综述 prints it so (rule 17). */
  readonly decimals?: number;
  /** The source's notes call the figure approximate ("直接经济损失为约数"), or a part of the sum it is: the 综述 writes 约 / about. */
  readonly approximate?: true;
}

/** Which of the areas a consolidated total covers (a prefecture's counties that reported, and those that did not). */
export interface Coverage {
  /** How many areas should have reported. */
  readonly expected: number;
  /** The areas counted, in order. */
  readonly reported: readonly string[];
  /** The areas with no return for the period (none sent, or one for another period). */
  readonly missing: readonly string[];
}

/** This period and last for one indicator. */
export interface IndicatorPair {
  readonly indicator: string;
  readonly name: string;
  readonly classifier: string;
  readonly unit: string;
  readonly current: SourcedValue;
  readonly previous: SourcedValue;
  /** Last month's figure (上月), the base of 环比, where the source gives it (a ledger's month). */
  readonly monthBefore?: SourcedValue;
  /** The 同比 in percent a table states where the pair has no year-earlier figure (a loss from another table, lossBeside.ts). */
  readonly statedChangePct?: SourcedValue;
}

/** The same period in each of the years right before the report year (earlierYears.ts): the several-year average. */
export interface EarlierYears {
  /** How many earlier years (3 to 5): the "5" of 近5年. */
  readonly years: number;
  /** The period is a whole year: "与近5年均值相比", without 同期. */
  readonly wholeYear: boolean;
  /** Each indicator's current figure and its earlier ones, newest first. */
  readonly figures: readonly { readonly indicator: string; readonly current: SourcedValue; readonly earlier: readonly SourcedValue[] }[];
}

/** One row of a by-county or by-industry table. */
export interface GroupRow {
  readonly label: string;
  readonly role: "data" | "of_which";
  readonly pairs: readonly IndicatorPair[];
}

/** A by-county or by-industry comparison. */
export interface GroupTable {
  readonly sheet: string;
  readonly keyKind: "region" | "industry";
  readonly indicators: readonly {
    readonly indicator: string;
    readonly name: string;
    readonly unit: string;
  }[];
  readonly rows: readonly GroupRow[];
  /** The total row (the workbook's 合计, or the sum of the data rows). */
  readonly total: readonly IndicatorPair[];
  readonly totalLabel: string;
  /** Where the rows come from: a table of the workbook (the default) or a ledger's records. */
  readonly source?: "table" | "ledger";
  /** How many data rows state accidents and deaths in both periods (groupMoves.ts): the "10" of "10个县（市）中有7个实现…双下降". */
  readonly comparedRows?: number;
  /** How many of them saw accidents and deaths both fall (groupMoves.ts): the "7" of the same sentence, a count the report traces to those rows. */
  readonly bothDownRows?: number;
  /** Those rows' labels, in table order. */
  readonly bothDownLabels?: readonly string[];
  /** The table states its whole (a 合计 / 全州 row), rather than the rows being added up: county highlights need one. */
  readonly statedTotal?: boolean;
}

/** One loss category. */
export interface LossPart {
  readonly indicator: string;
  /** The official category name (房屋及居民家庭财产损失), whatever the header said. */
  readonly name: string;
  readonly value: SourcedValue;
}

/** Hazard counts for one group. */
export interface HazardRow {
  readonly label: string;
  readonly found: SourcedValue;
  readonly rectified: SourcedValue;
  readonly majorFound?: SourcedValue;
  readonly majorRectified?: SourcedValue;
  readonly unitsChecked?: SourcedValue;
  /** Hazards past their deadline and not rectified at the report date (a hazard ledger's 逾期未整改). */
  readonly overdue?: SourcedValue;
  /** Rectification funds (整改资金), 万元. */
  readonly funds?: SourcedValue;
  /** Major hazards placed in a rectification plan (列入治理计划的重大隐患), where a table states them. */
  readonly majorPlanned?: SourcedValue;
  /** Hazards listed for supervision (挂牌督办), where a table states them. */
  readonly listed?: SourcedValue;
  /** The 整改率 the table states (its cell, with the 核对's word on it): the text gives the rate from the counts, and names a stated one the 核对 finds wrong. */
  readonly statedRate?: SourcedValue;
  /** The 重大隐患整改率 the table states, likewise. */
  readonly majorStatedRate?: SourcedValue;
}

/** A group of units a hazard table lists under its whole (煤矿、非煤矿山等工矿企业): what it states of it, never added. */
export interface HazardGroup {
  readonly label: string;
  readonly unitsChecked?: SourcedValue;
  /** The 整改率 and 重大隐患整改率 as the row states them (the row has no counts to recompute them from). */
  readonly rate?: SourcedValue;
  readonly majorRate?: SourcedValue;
}

/**
 * One row of a table of one period that names accident levels above 一般 (其中：重大事故起数, 较大事故死亡人数): its
 * figures and the 同比 the table states for them, where it gives no year-earlier figures (summary/levelRows.ts).
 */
export interface LevelRow {
  /** The level as the sentence names it: 重大, 较大, 重大及以上. */
  readonly word: string;
  /** The levels it covers (较大, 重大, 特别重大). */
  readonly levels: readonly string[];
  readonly count: SourcedValue;
  readonly deaths?: SourcedValue;
  /** The injured, where the row states them ("造成6人死亡、1人受伤", corpus 04). */
  readonly injured?: SourcedValue;
  /** The stated 增减 (in 起 and 人) and 增减幅度 (%) of the count, the deaths and the injured. */
  readonly change: LevelChanges;
  readonly pct: LevelChanges;
}

/** A level row's stated changes, by figure. */
export interface LevelChanges {
  readonly count?: SourcedValue;
  readonly deaths?: SourcedValue;
  readonly injured?: SourcedValue;
}

/** Accidents of 较大 and the levels above it, as the source states them per level (summary/largerLevels.ts). */
export interface LargerAccidents {
  /** "larger_or_above" where 较大 and every level above it are stated (or counted from a ledger); "larger" where 较大 alone is. */
  readonly scope: "larger" | "larger_or_above";
  /** 事故起数 first, then 死亡人数 and 受伤人数 where every level taken states them; this period and a year earlier. */
  readonly pairs: readonly IndicatorPair[];
  /** A ledger's levels derived from deaths with no column for these criteria: the count is a least one. */
  readonly derivedWithout?: readonly ("serious_injured" | "direct_loss")[];
  /**
   * With scope "larger": the levels above 较大 the source states on their own rows (重大 beside 较大, no 特别重大), highest
   * first, each with its own figures — told beside 较大, never added into it.
   */
  readonly higher?: readonly { readonly word: string; readonly pairs: readonly IndicatorPair[] }[];
}

/** Everything the summary uses. */
export interface SummaryFacts {
  /** "2024年1—6月", where a title or period label says so. */
  readonly period?: string;
  /** "全州", from the total row's label. */
  readonly area?: string;
  /** The place the workbook covers, where a title or its counties name it ("楚雄州", "池州市"); gives the region word when no total row does (docs/report-rules.md). */
  readonly place?: string;
  /** Which areas the totals cover, when they are a consolidation of returns (docs/report-rules.md rule 14). */
  readonly coverage?: Coverage;
  /** The comparison period has no records at all (a ledger that starts this year): no 同比 is written, and the 综述 says why. */
  readonly noPrevious?: { readonly period?: string; readonly source: "ledger" | "table" };
  /**
   * The period the user gave lies beyond the ledger's latest record and holds none: the ledger does not
   * reach it, so its 0 accidents are not "未发生生产安全事故" (rule 23); the 综述 says what it lacks.
   */
  readonly beyondLedger?: { readonly period: string; readonly latest: string };
  /** The month the accident pairs' `monthBefore` figures are of ("2024年5月"). */
  readonly monthBeforePeriod?: string;
  /** The accident figures compare with nothing (a ledger of a week, or of many years): the section shows 本期 alone. */
  readonly noComparison?: true;
  /** A ledger and a table of the same period that disagree (the 核对's ledger_table_mismatch findings): the 综述 says which it uses. */
  readonly ledgerMismatch?: { readonly table: string; readonly ledger: string };
  /** Whether the disaster (loss) table calls its figures preliminary (初步统计, 快报) or final (经核定); absent, it says neither. */
  readonly figuresStatus?: "preliminary" | "final";
  /** Whether the table the accident totals come from calls them preliminary or final (corpus 16: "注：据初步统计。"). */
  readonly accidentsStatus?: "preliminary" | "final";
  /** The disaster event a system export is of (灾种名称：洪涝, 灾害发生时间：2020-07-18): the period is its day, and the 综述 tells its figures as the event's. */
  readonly event?: FactsContext["event"];
  /** Natural-disaster types the loss table names (its 灾种 column or 其中 rows: "旱灾"). */
  readonly disasterTypes?: readonly string[];
  /** How many distinct counties the loss table lists with figures (a county under two disaster types counts once). */
  readonly disasterCounties?: number;
  /** Accident totals this period and last (事故起数, 死亡人数, 受伤人数 …), in registry order. */
  readonly accidents?: readonly IndicatorPair[];
  /** The accident totals' same period in 3 to 5 earlier years, where their source holds them in full (rule 20). */
  readonly accidentYears?: EarlierYears;
  /**
   * 较大 (or 较大及以上) accidents for the 综述's level sentence: a table's rows that name the levels (其中：较大事故起数,
   * 较大事故死亡人数) or a ledger's levels (derived where not written); a row 较大及以上事故起数 is in `accidents`.
   */
  readonly largerAccidents?: LargerAccidents;
  /** The level rows of a table of one period (no year-earlier figures), highest level first: the block's level sentence. */
  readonly levelRows?: readonly LevelRow[];
  readonly byRegion?: GroupTable;
  readonly byIndustry?: GroupTable;
  readonly losses?: {
    readonly sheet: string;
    /** The 直接经济损失 of the table (its 合计, or its column's sum); else the parts' sum, which nothing checks. */
    readonly total: SourcedValue;
    /** Whether the table states 直接经济损失 itself (a column of it), rather than only its parts. */
    readonly totalStated?: boolean;
    readonly parts: readonly LossPart[];
  };
  readonly disasterScope?: readonly {
    readonly indicator: string;
    readonly name: string;
    readonly classifier: string;
    readonly value: SourcedValue;
  }[];
  /** Enforcement totals (检查, 立案, 处罚, 罚款 …) in registry order, for T7. */
  readonly enforcement?: readonly {
    readonly indicator: string;
    readonly value: SourcedValue;
  }[];
  readonly hazards?: {
    readonly sheet: string;
    readonly total: HazardRow;
    readonly rows: readonly HazardRow[];
    /** The source's own unit for hazards (条, 项, 处), where its header says. */
    readonly unit?: string;
    /** What the hazard table's count of units is of, in its header's words without the unit ("检查企业"). */
    readonly unitsCheckedLabel?: string;
    /** The unit of that count as the header states it (家次, 家, 个). */
    readonly unitsCheckedUnit?: string;
    /** The date the overdue hazards are counted at (yyyy-mm-dd), for a hazard ledger. */
    readonly asOf?: string;
    /** The decimals the workbook states its 整改率 with (97.28 → 2), where it has a rate column. */
    readonly statedRateDecimals?: number;
    /**
     * The hazards counted are 一般隐患, beside 重大隐患 and not including them (一般隐患 | 已整改 | 一般隐患整改率 | 重大隐患 …,
     * corpus 36): the text names them so, and never adds the two.
     */
    readonly general?: true;
    /** The groups the table lists under its whole, as it states them (corpus 36's two groups of enterprises). */
    readonly groups?: readonly HazardGroup[];
  };
}
