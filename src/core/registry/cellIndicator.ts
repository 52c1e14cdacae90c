/**
 * The indicator of one cell of a table keyed by indicator whose columns are stages of a count
 * (项目 | 报送数 | 已整改 | 整改率): the row names what is counted (重大隐患), the column the stage
 * (已整改, 整改率). The registry's rates say how stages relate: 整改率 = 已整改 ÷ 排查隐患 and
 * 重大隐患整改率 = 重大隐患已整改 ÷ 重大隐患, so 重大隐患 × 已整改 is 重大隐患已整改 and
 * 重大隐患 × 整改率 is 重大隐患整改率. A column whose stage the registry cannot place for the row
 * names no indicator: the cell is not told as the row's figure nor as the column's.
 */
import { INDICATORS, indicatorById } from "./indicators";

/**
 * The indicator of row × column in a table keyed by indicator.
 *
 * @param row the row's indicator id
 * @param column the column's indicator id, if its header names one
 * @returns the cell's indicator id, or undefined when the two cannot be put together
 * @example cellIndicator("major_found", "rectified") // "major_rectified"
 * @example cellIndicator("major_found", "rect_rate") // "major_rect_rate"
 * @example cellIndicator("hazards_found", "rectified") // "rectified"
 */
export function cellIndicator(row: string | undefined, column: string | undefined): string | undefined {
  if (!row || !column || row === column) return row;
  const col = indicatorById(column);
  if (!col) return undefined;
  // The column is a rate: its own denominator's row is the rate itself; another row has its own rate.
  if (col.aggregation === "rate") {
    if (col.denominator === row) return column;
    return INDICATORS.find((r) => r.aggregation === "rate" && r.denominator === row)?.id;
  }
  // The column is a stage (已整改): the numerator of a rate; the row's own rate gives the row's stage.
  const rateOfStage = INDICATORS.find((r) => r.aggregation === "rate" && r.numerator === column);
  if (!rateOfStage) return undefined;
  if (rateOfStage.denominator === row) return column;
  return INDICATORS.find((r) => r.aggregation === "rate" && r.denominator === row)?.numerator;
}
