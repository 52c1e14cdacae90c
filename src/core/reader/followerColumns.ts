/**
 * A flat header that names a count and then its follow-up in a bare word (一般隐患 | 已整改 |
 * 重大隐患 | 已整改 | 列入治理计划): the bare word belongs to the count nearest on its left. The
 * registry's rates say which follow-up goes with which count (整改率 = 已整改 / 排查隐患; 重大隐患整改率 =
 * 重大隐患已整改 / 重大隐患), so the second 已整改 is 重大隐患已整改, never a second reading of the first.
 * Only a repeated word is re-read: a single 已整改 after 其中：重大隐患 is the whole's (排查隐患 | 其中：重大隐患 |
 * 已整改 | 其中：重大隐患已整改).
 */
import { INDICATORS, type Indicator } from "../registry/indicators";
import type { DraftColumn } from "./headerColumns";

/** For each count that is a rate's denominator, the rate's numerator (major_found → major_rectified). */
const FOLLOWER_OF = new Map<string, string>();
/** Every indicator that is some rate's numerator (rectified, major_rectified). */
const FOLLOWERS = new Set<string>();
for (const rate of INDICATORS) {
  if (rate.aggregation !== "rate" || !rate.numerator || !rate.denominator) continue;
  FOLLOWER_OF.set(rate.denominator, rate.numerator);
  FOLLOWERS.add(rate.numerator);
}

/** The indicators a column can be the count of: a numerator is a count in its own right too. */
function countOf(d: DraftColumn): Indicator | undefined {
  return d.indicator && d.indicator.aggregation !== "rate" && (d.role === "value" || d.role === "current") ? d.indicator : undefined;
}

/**
 * Re-reads the bare follow-up columns of a flat header as the follow-up of the count on their left.
 * A column is changed only when its header is one word matched as a rate's numerator that an earlier
 * column of the header already has, the nearest count on its left is another rate's denominator,
 * and that rate's numerator differs.
 *
 * @param drafts the columns of a header, left to right (changed in place)
 * @example 重大隐患（项） | 已整改（项） → the second column is major_rectified
 */
export function followersOfTheirCount(drafts: DraftColumn[]): void {
  let count: Indicator | undefined;
  const seen = new Set<string>();
  for (const d of drafts) {
    const own = countOf(d);
    if (!own) continue;
    const follower = count ? FOLLOWER_OF.get(count.id) : undefined;
    const repeated = seen.has(own.id);
    seen.add(own.id);
    const bare = d.path.length === 1 && d.matchedAlias === own.name && FOLLOWERS.has(own.id) && !FOLLOWER_OF.has(own.id);
    if (repeated && bare && follower && follower !== own.id) {
      d.indicator = INDICATORS.find((i) => i.id === follower)!;
      continue;
    }
    if (FOLLOWER_OF.has(own.id) || !FOLLOWERS.has(own.id)) count = own;
  }
}
