/**
 * The national statistical forms as data: how their indicators relate. Each relation says what
 * must hold in every row of a table that has its indicators, and where that comes from
 * (docs/national-forms.md lists them with their sources; the 核对 checks exactly these).
 */

/** The survey systems (统计调查制度) whose forms are encoded. */
export type FormName =
  | "《自然灾害情况统计调查制度》"
  | "《生产安全事故统计调查制度》"
  | "《安全生产行政执法统计调查制度》"
  | "隐患排查治理统计（省、市常用报表）"
  | "《中国统计年鉴》森林火灾情况统计";

/** Where a relation comes from: the form, and the source or check that bears it out. */
export interface RelationSource {
  readonly form: FormName;
  /** The relation's number in docs/national-forms.md (V1 …), its source marks, and the real workbooks it was checked on. */
  readonly cite: string;
}

/**
 * A total and its parts: the total equals the sum of its parts when every part is in the table,
 * and is at least the sum of those present when some are missing (a table may list only
 * "其中：农林牧渔业"). `derived` marks a column bureaus add themselves (因灾死亡+失踪人数).
 */
export interface SumRelation {
  readonly kind: "sum";
  readonly id: string;
  readonly total: string;
  readonly parts: readonly string[];
  readonly derived?: boolean;
  readonly source: RelationSource;
}

/** A whole and one part of it ("其中", or 受灾 ⊇ 成灾): the part is never more than the whole. */
export interface ContainsRelation {
  readonly kind: "contains";
  readonly id: string;
  readonly whole: string;
  readonly part: string;
  readonly source: RelationSource;
}

/** One relation of a form. */
export type FormRelation = SumRelation | ContainsRelation;
