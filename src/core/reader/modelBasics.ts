/** The smallest shared words of the reader's model (src/core/reader/model.ts re-exports them). */

/** Text shown to a user, in both languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** A cell of the source workbook. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  /** A1 address without the sheet, e.g. "B5". */
  readonly address: string;
}

/**
 * The area an indicator belongs to. Fires (火灾, the fire services' statistic) and forest fires
 * (森林火灾) are areas of their own: a fire's deaths and losses are never an accident's or a disaster's.
 */
export type IndicatorDomain = "accident" | "disaster" | "hazard" | "enforcement" | "fire" | "forest_fire" | "other";
