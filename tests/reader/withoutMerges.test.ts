/**
 * Every fixture and every corpus workbook read again with its merges removed, as a table comes out
 * of 取消合并, pandas' to_excel or a CSV, or as 跨列居中 (centre across selection) leaves it: the
 * facts must be the ones read with the merges. Before reader/labelAcross.ts, 16 of these workbooks
 * lost facts this way (layout A 114 of 248, layout D 96 of 128, the monthly sections 165 of 198).
 * The exceptions are the two whose header has a cell nothing names once the merge is gone.
 */
import * as fs from "fs";
import * as path from "path";
import type { Fact } from "../../src/core/facts";
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { loadFixture } from "./loadFixture";

const FOLDERS = [path.join(__dirname, "../corpus/workbooks"), path.join(__dirname, "../fixtures")];
/** Headers with a cell that only its merge names. */
const EXCEPTIONS: Record<string, string> = {
  // C4 is blank under 事故起数 on purpose (the fixture's point); unmerged, C has no header at all.
  "malformed-blank-leaf.xlsx": "a blank leaf",
  // The release merges 事故起数(起) over the 死亡 and 受伤 columns of its second table (B14:D14).
  "22-lh-2023-04-last-two-years.xlsx": "a merge that names three columns",
  // Two merged headers conflict on purpose; unmerged they no longer do.
  "malformed-header-conflict.xlsx": "a conflict made by merges",
};

const factKey = (f: Fact) => JSON.stringify([f.indicator, f.period, f.breakdown, f.value, f.measure]);

test("each workbook gives the same facts with its merges removed, but for the named exceptions", async () => {
  const differ: string[] = [];
  let compared = 0;
  for (const dir of FOLDERS)
    for (const name of fs.readdirSync(dir).filter((f) => /\.xlsx$/.test(f) && !f.startsWith("malformed-corrupt"))) {
      const snapshot = await loadFixture(path.join(dir, name));
      if (!snapshot.sheets.some((s) => s.merges.length > 0) || EXCEPTIONS[name]) continue;
      const merged = new Set(workbookFacts(readWorkbook(snapshot)).facts.map(factKey));
      const unmerged = new Set(workbookFacts(readWorkbook({ ...snapshot, sheets: snapshot.sheets.map((s) => ({ ...s, merges: [] })) })).facts.map(factKey));
      compared++;
      const lost = [...merged].filter((k) => !unmerged.has(k)).length;
      const gained = [...unmerged].filter((k) => !merged.has(k)).length;
      if (lost + gained > 0) differ.push(`${name}: ${merged.size} facts with merges, ${lost} lost and ${gained} gained without`);
    }
  expect(differ).toEqual([]);
  expect(compared).toBeGreaterThan(60);
}, 120000);
