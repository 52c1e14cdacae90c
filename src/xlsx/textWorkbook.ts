/**
 * A new workbook of one sheet holding lines of text in its first column (the consolidation's 说明
 * cover): the few parts Excel, WPS and LibreOffice need, written directly. Loading ExcelJS to write
 * these dozen lines took about 0.6 s of CPU (0.4 s of it loading the library) on every
 * `bureau-stats consolidate` run; the summary writer then adds its sheets to this package.
 */
import JSZip from "jszip";
import { escapeXml, R_NS, REL } from "./package/xmlParts";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

const CONTENT_TYPES =
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
  `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
  `</Types>`;

const PACKAGE_RELS =
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
  `</Relationships>`;

const WORKBOOK_RELS =
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL.worksheet}" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${REL.styles}" Target="styles.xml"/>` +
  `</Relationships>`;

// The default font and the collections every styles part starts with (fills 0 and 1 are reserved).
const STYLES =
  `${XML}<styleSheet xmlns="${MAIN_NS}">` +
  `<fonts count="1"><font><sz val="11"/><name val="等线"/><family val="2"/><scheme val="minor"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

/** What the one sheet holds and how it prints. */
export interface TextSheet {
  readonly name: string;
  readonly lines: readonly string[];
  /** The first column's width in characters. */
  readonly width: number;
  /** Who made the file (docProps/core.xml). */
  readonly creator: string;
}

/**
 * Writes a one-sheet workbook of text lines in column A, printed on A4 portrait, one page wide.
 *
 * @param sheet its name, lines, column width and creator
 * @returns the .xlsx bytes
 * @example await textWorkbook({ name: "说明", lines: ["本工作簿由“应急统计”汇总3个文件生成。"], width: 80, creator: "Bureau Stats" })
 */
export async function textWorkbook(sheet: TextSheet): Promise<Uint8Array> {
  const rows = sheet.lines
    .map((line, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(line)}</t></is></c></row>`)
    .join("");
  const worksheet =
    `${XML}<worksheet xmlns="${MAIN_NS}" xmlns:r="${R_NS}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:A${Math.max(sheet.lines.length, 1)}"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    `<cols><col min="1" max="1" width="${sheet.width}" customWidth="1"/></cols>` +
    `<sheetData>${rows}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>` +
    `</worksheet>`;
  const workbook =
    `${XML}<workbook xmlns="${MAIN_NS}" xmlns:r="${R_NS}">` +
    `<bookViews><workbookView/></bookViews>` +
    `<sheets><sheet name="${escapeXml(sheet.name)}" sheetId="1" r:id="rId1"/></sheets>` +
    `</workbook>`;
  const core =
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<dc:creator>${escapeXml(sheet.creator)}</dc:creator></cp:coreProperties>`;
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", PACKAGE_RELS);
  zip.file("docProps/core.xml", core);
  zip.file("xl/workbook.xml", workbook);
  zip.file("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
  zip.file("xl/styles.xml", STYLES);
  zip.file("xl/worksheets/sheet1.xml", worksheet);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
