/**
 * What `bureau-stats consolidate` prints: who reported and for which period, where each county's
 * row came from, every reconciliation, each return's own 核对, and where the workbook went.
 */
import type { Consolidation } from "../core/consolidate/types";
import { consolidateFiles } from "./consolidateFiles";
import { bilingual } from "./bilingual";
import type { CliArguments } from "./main";
import { failureLine } from "./fileErrors";

const STATUS = {
  counted: "已汇总 / counted",
  "other-period": "期间不符，未计入 / other period, left out",
  superseded: "已被较晚的文件取代 / replaced by a later file",
  "duplicate-same": "重复，数据相同 / duplicate, same figures",
  unreadable: "无法读取 / unreadable",
  "no-form": "未找到报表 / no form",
} as const;

/** The report lines of a consolidation, both languages on each line. */
export function reportLines(c: Consolidation): string[] {
  const lines = [`期间 / period: ${c.period ?? "—"}；地区 / region: ${c.region ?? "—"}`];
  for (const r of c.returns) {
    const source = r.source ? `  ← ${r.source.fileName} ${r.source.sheet}!${r.source.totalRow ?? r.source.table}` : "";
    lines.push(`  ${r.region ?? "—"}  ${r.fileName}  ${r.period ?? "—"}  ${STATUS[r.status]}${source}`);
  }
  for (const region of c.missing) lines.push(`  ${region}  未报 / no return`);
  for (const note of c.reconciliations) lines.push(`  说明 / note: ${note.message.zh} / ${note.message.en}`);
  for (const r of c.returns.filter((x) => x.status === "counted"))
    for (const f of r.findings) lines.push(`  核对 / check: ${r.fileName} ${f.sheet}!${f.cell}：${f.message.zh} / ${f.message.en}`);
  return lines;
}

/**
 * Runs `consolidate`: exit 0 when every file was read, 1 when one could not be (the others are
 * still consolidated).
 */
export async function runConsolidate(args: CliArguments, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  try {
    const result = await consolidateFiles(args.inputs, {
      out: args.outDir,
      language: args.language,
      limits: args.limits,
      ...(args.period ? { period: args.period } : {}),
      ...(args.region ? { region: args.region } : {}),
      force: args.force,
    });
    for (const note of result.skipped) out(`  ${bilingual(note)}`);
    for (const line of reportLines(result.plan.consolidation)) out(line);
    for (const u of result.unreadable) err(`  失败 / failed: ${u.fileName}: ${u.reason}`);
    if (result.outputNote) out(`  ${bilingual(result.outputNote)}`);
    out(`已写入 / written: ${result.output}（${result.plan.consolidation.byCounty.length} 个县（市）/ counties）`);
    return result.unreadable.length ? 1 : 0;
  } catch (error) {
    err(failureLine(error));
    return 1;
  }
}
