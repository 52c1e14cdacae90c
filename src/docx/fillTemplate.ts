/**
 * Fills a bureau's own template (--template their.docx): its {{placeholders}} get the report's
 * parts ({{标题}}, {{日期}}, {{综述}}, {{正文}}, {{表:分县}}, {{图:事故对比}}, {{数据核对}}, {{说明}} …),
 * a chart of the template whose alt text holds a placeholder keeps its look and gets the new
 * data (with its embedded workbook, so 编辑数据 still works), and every part of the package the
 * filling did not change is kept byte for byte. docx's patchDocument does the filling; it writes
 * every XML part anew, so each part it left unchanged is put back as the template had it.
 */
import { patchDetector, patchDocument, PatchType, TextRun, type IPatch } from "docx";
import { ChartDataPatch } from "docx/charts";
import JSZip from "jszip";
import { generatedText } from "../core/summary/provenance";
import type { ReportChart, ReportPlan } from "../core/report/types";
import { blockContent } from "./blocks";
import { directFormatter } from "./styles";
import { layoutOf } from "./writeReport";

/** The template keys that are text rather than blocks. */
const INLINE_KEYS = new Set(["标题", "日期"]);

/** What was filled. */
export interface FilledTemplate {
  readonly bytes: Uint8Array;
  /** Placeholders of the template the report has nothing for (left as they are). */
  readonly unfilled: readonly string[];
  /** Parts of the package kept byte for byte. */
  readonly keptParts: readonly string[];
}

/** Placeholders in the alt text (descr, title) of the template's drawings: the charts to give new data. */
async function drawingKeys(zip: JSZip): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const name of Object.keys(zip.files).filter((n) => /^word\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    for (const tag of xml.match(/<wp:docPr\b[^>]*>/g) ?? [])
      for (const attr of tag.matchAll(/\s(?:descr|title)="([^"]*)"/g))
        for (const m of attr[1].replace(/&amp;/g, "&").matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)) keys.add(m[1]);
  }
  return keys;
}

/** The patches for the template's placeholders, and the ones the report has nothing for. */
function patchesFor(
  keys: readonly string[],
  drawings: ReadonlySet<string>,
  plan: ReportPlan,
  date: Date,
): { patches: Record<string, IPatch | ChartDataPatch>; unfilled: string[] } {
  const layout = layoutOf(plan);
  const x = { layout, format: directFormatter(layout, plan.language), language: plan.language };
  const patches: Record<string, IPatch | ChartDataPatch> = {};
  const unfilled: string[] = [];
  const title = plan.titleLines.join("");
  const stamp = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}T00:00`;
  const today = (generatedText(stamp, plan.language) ?? "").replace(/\s*00:00$/, "").replace(/, $/, "");
  for (const key of keys) {
    const part = plan.parts.find((p) => p.key === key);
    if (drawings.has(key)) {
      const chart = part?.blocks[0]?.kind === "chart" ? (part.blocks[0] as ReportChart) : undefined;
      if (chart) patches[key] = new ChartDataPatch({ categories: chart.categories, series: chart.series.map((s) => ({ name: s.name, values: s.values })) });
      else unfilled.push(key);
    } else if (INLINE_KEYS.has(key)) {
      patches[key] = { type: PatchType.PARAGRAPH, children: [new TextRun(key === "标题" ? title : today)] };
    } else if (part) {
      patches[key] = { type: PatchType.DOCUMENT, children: blockContent(part.blocks, x) };
    } else unfilled.push(key);
  }
  return { patches, unfilled };
}

/**
 * Fills a template with a report.
 *
 * @param template the template's bytes
 * @param plan the report plan
 * @param options the date (for {{日期}})
 * @returns the filled document, the placeholders left unfilled, and the parts kept byte for byte
 * @example await fillTemplate(fs.readFileSync("红头模板.docx"), plan, { date: new Date() })
 */
export async function fillTemplate(template: Uint8Array, plan: ReportPlan, options: { date: Date }): Promise<FilledTemplate> {
  const original = await JSZip.loadAsync(template);
  const drawings = await drawingKeys(original);
  const keys = [...new Set([...(await patchDetector({ data: template, trimPlaceholders: true })), ...drawings])];
  const { patches, unfilled } = patchesFor(keys, drawings, plan, options.date);
  const filled = await patchDocument({ outputType: "uint8array", data: template, patches, trimPlaceholders: true, keepOriginalStyles: true });
  // The same template through patchDocument with nothing to fill: a part that comes out the same
  // both ways was not changed by the filling, only written anew.
  const rewritten = await JSZip.loadAsync(await patchDocument({ outputType: "uint8array", data: template, patches: {} }));
  const out = await JSZip.loadAsync(filled);
  const kept: string[] = [];
  for (const name of Object.keys(original.files)) {
    const before = original.file(name);
    const after = out.file(name);
    const plain = rewritten.file(name);
    if (!before || !after || !plain) continue;
    const [a, b] = await Promise.all([after.async("uint8array"), plain.async("uint8array")]);
    if (a.length === b.length && a.every((v, i) => v === b[i])) {
      out.file(name, await before.async("uint8array"));
      kept.push(name);
    }
  }
  const bytes = await out.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
  return { bytes, unfilled, keptParts: kept };
}
