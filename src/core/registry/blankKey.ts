/**
 * The key of a record whose key cell is blank (a ledger row with no county or no industry): it counts in
 * the 合计 and is listed under this key in the breakdowns, and the 综述 says that it is unfilled rather
 * than tell it as a county or an industry (narrative/industry.ts). One constant for the ledger that
 * makes the key and the planner that reads it.
 */
export const BLANK_KEY = "（未填）";
