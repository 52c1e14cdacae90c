/**
 * The words of a PDF with their boxes, as pdftotext -bbox gives them (poppler-utils): how the
 * LibreOffice tests measure what prints where.
 */
import { execFileSync } from "child_process";

/** A word on a page (1-based), its box in points from the page's top left. */
export interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/**
 * Every word of a PDF, page by page.
 *
 * @param pdf the file
 * @returns the words in reading order
 */
export function words(pdf: string): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"]).toString();
  const out: Word[] = [];
  let page = 0;
  for (const line of html.split("\n")) {
    if (line.includes("<page ")) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) out.push({ page, xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: m[5].replace(/&amp;/g, "&") });
  }
  return out;
}
