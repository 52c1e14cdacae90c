/**
 * The hazard paragraph (T6 of docs/report-rules.md): hazards found and rectified, the 整改率,
 * and the major hazards.
 */
import { formatDecimal, roundedRatio } from "../../numbers/decimal";
import { n, present } from "./figures";
import type { NarrativeContext, NarrativeParagraph } from "./types";

function zh({ facts: f, options: o }: NarrativeContext): string | undefined {
  const h = f.hazards?.total;
  const found = present(h?.found);
  const done = present(h?.rectified);
  if (!h || found === undefined || done === undefined) return undefined;
  const checked = present(h.unitsChecked);
  let text = `${checked ? `共检查生产经营单位${n(checked)}家(次)，` : ""}发现安全隐患${n(found)}条，完成整改${n(done)}条`;
  if (found > 0) {
    text += done === found ? "，已全部整改" : `，整改率${formatDecimal(roundedRatio(done, found, 100, o.rateDecimals), o.stripTrailingZeros)}%`;
  }
  const mf = present(h.majorFound);
  const mr = present(h.majorRectified);
  if (mf) text += `，其中重大隐患${n(mf)}条${mr !== undefined ? `，已整改${n(mr)}条` : ""}`;
  return `${text}。`;
}

function en({ facts: f, options: o }: NarrativeContext): string | undefined {
  const h = f.hazards?.total;
  const found = present(h?.found);
  const done = present(h?.rectified);
  if (!h || found === undefined || done === undefined || found === 0) return undefined;
  const rate = formatDecimal(roundedRatio(done, found, 100, o.rateDecimals), o.stripTrailingZeros);
  return `${n(found)} hazards were found and ${n(done)} rectified, a rectification rate of ${rate}%.`;
}

/** The hazard paragraph. */
export const hazardsParagraph: NarrativeParagraph = { id: "hazards", zh, en };
