/**
 * The imitation's Workbook.SaveCopyAs: the workbook state written as an .xlsx package, so the WPS
 * edge reads merged areas and hidden rows from the copy with our own file reader, as it does in
 * WPS. ET's SaveCopyAs is synchronous, so this writes synchronously (fflate's zipSync; JSZip and
 * ExcelJS only write asynchronously). It writes what the reader takes from a copy: sheet names and
 * states, cell values (text inline), merged areas and hidden rows; no styles.
 */
import { strToU8, zipSync } from "fflate";
import { cellAddress, rangeAddress } from "../core/model/address";
import type { HostWorkbook } from "../host/state";

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c] as string);
// Characters XML 1.0 cannot carry, dropped from text in the copy.
// eslint-disable-next-line no-control-regex -- the control characters are what is removed
const NOT_XML = new RegExp("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]", "g");

function sheetXml(sheet: HostWorkbook["sheets"][number]): string {
  const hidden = new Set(sheet.hiddenRows);
  const rows: string[] = [];
  const height = Math.max(sheet.values.length, ...sheet.hiddenRows.map((r) => r + 1));
  for (let r = 0; r < height; r++) {
    const cells: string[] = [];
    (sheet.values[r] ?? []).forEach((v, c) => {
      const ref = cellAddress(r, c);
      if (typeof v === "number") cells.push(`<c r="${ref}"><v>${v}</v></c>`);
      else if (typeof v === "boolean") cells.push(`<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`);
      else if (typeof v === "string" && v !== "")
        cells.push(`<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v.replace(NOT_XML, ""))}</t></is></c>`);
    });
    if (cells.length || hidden.has(r)) rows.push(`<row r="${r + 1}"${hidden.has(r) ? ' hidden="1"' : ""}>${cells.join("")}</row>`);
  }
  const merges = sheet.merges.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${rangeAddress(m.row, m.column, m.rowCount, m.columnCount)}"/>`).join("")}</mergeCells>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData>${merges}</worksheet>`;
}

/**
 * The workbook as .xlsx bytes.
 *
 * @param state the imitation's workbook
 * @returns the package
 */
export function workbookCopy(state: HostWorkbook): Uint8Array {
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${state.sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join("")}</Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets>${state.sheets
        .map((s, i) => {
          const st = s.visibility === "Hidden" ? ' state="hidden"' : s.visibility === "VeryHidden" ? ' state="veryHidden"' : "";
          return `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${st} r:id="rId${i + 1}"/>`;
        })
        .join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${state.sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join("")}</Relationships>`,
    ),
  };
  state.sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s))));
  return zipSync(files, { level: 1 });
}
