/** The 综述 section: each paragraph in a merged row; its height comes from the text-fit pass (textFit.ts). */
import { rangeAddress } from "../../model/address";
import { heading } from "../cells";
import { generatedStamp } from "../provenance";
import type { Labels } from "../labels";
import type { SummaryOptions } from "../options";
import type { PlanSection } from "../plan";
import type { SheetBuilder } from "../sheetBuilder";

export function narrativeSection(b: SheetBuilder, paragraphs: readonly string[], L: Labels, o: SummaryOptions, index: number, width: number): PlanSection {
  const first = heading(b, index, L.narrative, width, o);
  paragraphs.forEach((p, i) => {
    const r = first + 1 + i;
    b.set(r, 0, { value: p });
    b.merges.push(rangeAddress(r, 0, 1, width));
  });
  b.style(first + 1, 0, paragraphs.length, width, "narrative");
  // The 综述 is static text: it carries the time it was written (the caller passes it in).
  const stamp = generatedStamp(o);
  if (stamp) {
    const r = first + 1 + paragraphs.length;
    b.set(r, 0, {
      value: o.language === "en" ? `(Summary text ${stamp}; it does not update when the source changes.)` : `（以上综述${stamp}，不随源数据更新。）`,
    });
    b.style(r, 0, 1, width, "note");
  }
  return {
    id: "narrative",
    title: L.narrative,
    firstRow: first,
    lastRow: first + paragraphs.length + (stamp ? 1 : 0),
  };
}
