/**
 * The drawing part that places the summary's charts on the sheet, each anchored from its plan's
 * start cell to the end of its end cell (as the add-in's `chart.setPosition(start, end)`).
 */
import type { ChartPlan } from "../../core/summary/plan";
import { parseCellAddress } from "../../core/model/address";
import { escapeXml } from "../package/xmlParts";

const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const marker = (tag: string, row: number, column: number): string =>
  `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/**
 * Writes the drawing part.
 *
 * @param charts the chart plans, in order
 * @param relIds the relationship id of each chart part, in the same order
 * @returns the drawing XML
 */
export function drawingXml(charts: readonly ChartPlan[], relIds: readonly string[]): string {
  const anchors = charts.map((chart, i) => {
    const start = parseCellAddress(chart.position.start) ?? { row: 0, column: 0 };
    const end = parseCellAddress(chart.position.end) ?? { row: start.row + 15, column: start.column + 7 };
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", start.row, start.column)}${marker("to", end.row + 1, end.column + 1)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C_NS}">` +
      `<c:chart xmlns:c="${C_NS}" r:id="${relIds[i]}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">${anchors.join("")}</xdr:wsDr>`;
}
