/**
 * `bureau-stats report` on the command line: each workbook to a .docx report, saying what was
 * written, how many figures of the text trace to source cells and which are to be confirmed; goes
 * on after a file it cannot read and exits with 1 when any failed.
 */
import type { CliArguments } from "./main";
import { summaryOptionsOf } from "./summaryOptionsOf";
import { reportFile } from "./reportFile";
import { failureLine } from "./fileErrors";
import { bilingual } from "./bilingual";
import { InputGuard } from "./safeWrite";

/**
 * Runs the report command.
 *
 * @param args the parsed arguments
 * @param out where to print
 * @param err where to print errors
 * @returns the exit code
 */
export async function runReport(args: CliArguments, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let failed = 0;
  const n = args.inputs.length;
  // One guard and one set of names for the run: no report replaces an input, the template or another report of the run.
  const guard = InputGuard.of([...args.inputs, ...(args.template ? [args.template] : [])]);
  const taken = new Set<string>();
  for (const [i, input] of args.inputs.entries()) {
    out(`[${i + 1}/${n}] ${input}`);
    try {
      const r = await reportFile(input, {
        language: args.language,
        ...(args.outDir ? { out: args.outDir } : {}),
        ...(args.template ? { template: args.template } : {}),
        limits: args.limits,
        ...(args.reportPeriod ? { overrides: { reportPeriod: args.reportPeriod } } : {}),
        summary: summaryOptionsOf(args),
        force: args.force,
        taken,
        guard,
      });
      const figures = r.plan.figures;
      const traced = figures.filter((f) => f.source).length;
      const confirm = figures.filter((f) => !f.source || f.source.findings.length).length;
      out(`  数字 / figures: ${traced}/${figures.length} 个可追溯到源单元格 / traced to source cells；${confirm} 个待核实 / to confirm`);
      if (r.unfilled.length) out(`  模板中未填的占位符 / placeholders left unfilled: ${r.unfilled.map((k) => `{{${k}}}`).join(" ")}`);
      if (r.outputNote) out(`  ${bilingual(r.outputNote)}`);
      out(`  已写入 / written: ${r.output}`);
    } catch (error) {
      failed++;
      err(failureLine(error));
    }
  }
  out(`完成 / done: ${n - failed}/${n} 个文件 / files`);
  return failed ? 1 : 0;
}
