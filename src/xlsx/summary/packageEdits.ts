/**
 * The small additive edits the summary makes to the workbook's own parts: a `<sheet>` entry, the
 * print titles and full-calculation-on-load in workbook.xml, a relationship in its .rels, and
 * content-type overrides for the new parts. Everything else in those parts is kept as written.
 */
import { escapeXml, rootPrefix } from "../package/xmlParts";

const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * The prefix the root element binds to the relationships namespace ("r:"), or undefined. A binding
 * on a child element is out of scope for a new sibling: openpyxl declares xmlns:r on each <sheet>.
 */
function relationshipPrefix(xml: string): string | undefined {
  const body = xml.replace(/^\uFEFF?(\s*<\?[^>]*\?>|\s*<!--[\s\S]*?-->)*\s*/, "");
  const root = /^<[^>]*>/.exec(body)?.[0] ?? "";
  const m = new RegExp(`xmlns:([\\w.-]+)="${R_NS.replace(/\./g, "\\.")}"`).exec(root);
  return m ? `${m[1]}:` : undefined;
}

/**
 * Adds a sheet to workbook.xml, after the others, with its print titles, and asks Excel to
 * recalculate on open (the cached results show until it does).
 *
 * @param xml workbook.xml
 * @param sheet the new sheet's name, id, relationship id, its tab index, print-title rows ("$1:$2") and columns ("$A:$A") and print area ("A1:J120");
 *   `replaces`: the sheet takes the existing entry with that relationship id (renamed) instead of a new one
 * @returns the new workbook.xml
 */
export function addSheetToWorkbook(
  xml: string,
  sheet: { name: string; sheetId: number; relId: string; index: number; titleRows?: string; titleColumns?: string; printArea?: string; replaces?: boolean },
): string {
  const p = rootPrefix(xml);
  const r = relationshipPrefix(xml);
  const relAttr = r ? `${r}id="${sheet.relId}"` : `xmlns:r="${R_NS}" r:id="${sheet.relId}"`;
  const entry = `<${p}sheet name="${escapeXml(sheet.name)}" sheetId="${sheet.sheetId}" ${relAttr}/>`;
  const close = `</${p}sheets>`;
  if (!xml.includes(close)) throw new Error("workbook.xml has no sheets");
  let out = sheet.replaces ? renameSheet(xml, sheet.relId, sheet.name) : xml.replace(close, `${entry}${close}`);
  // An empty <definedNames/> (openpyxl writes one) is opened, so the print names go into it: a second element is invalid.
  out = out.replace(new RegExp(`<${p}definedNames\\s*/>`), `<${p}definedNames></${p}definedNames>`);
  const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
  const names = [
    // Columns repeated at the left and rows at the top are one name, the columns first (as Excel writes it).
    ...(sheet.titleRows || sheet.titleColumns
      ? [["_xlnm.Print_Titles", [sheet.titleColumns, sheet.titleRows].flatMap((t) => (t ? [`${quoted}!${t}`] : [])).join(",")]]
      : []),
    ...(sheet.printArea ? [["_xlnm.Print_Area", `${quoted}!${sheet.printArea.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`]] : []),
  ];
  for (const [defined, reference] of names) {
    const name = `<${p}definedName name="${defined}" localSheetId="${sheet.index}">${escapeXml(reference)}</${p}definedName>`;
    if (out.includes(`</${p}definedNames>`)) out = out.replace(`</${p}definedNames>`, `${name}</${p}definedNames>`);
    else {
      const after = out.includes(`</${p}externalReferences>`) ? `</${p}externalReferences>` : close;
      out = out.replace(after, `${after}<${p}definedNames>${name}</${p}definedNames>`);
    }
  }
  const calc = new RegExp(`<${p}calcPr(\\s[^>]*?)?(/?)>`).exec(out);
  if (calc) {
    if (!/fullCalcOnLoad=/.test(calc[0])) out = out.replace(calc[0], calc[0].replace(new RegExp(`^<${p}calcPr`), `<${p}calcPr fullCalcOnLoad="1"`));
  } else {
    const anchor = out.includes(`</${p}definedNames>`) ? `</${p}definedNames>` : close;
    out = out.replace(anchor, `${anchor}<${p}calcPr fullCalcOnLoad="1"/>`);
  }
  return out;
}

/** Renames the `<sheet>` entry with a relationship id (the sheet a new summary replaces keeps its id and relationship). */
function renameSheet(xml: string, relId: string, to: string): string {
  const p = rootPrefix(xml);
  const entry = new RegExp(`<${p}sheet\\s[^>]*?:id="${relId.replace(/[^\w-]/g, "")}"[^>]*>`);
  const found = entry.exec(xml);
  if (!found) throw new Error(`workbook.xml has no sheet with relationship ${relId}`);
  return xml.replace(found[0], found[0].replace(/\bname="[^"]*"/, `name="${escapeXml(to)}"`));
}

/**
 * Adds a relationship to a .rels part (or makes one).
 *
 * @param xml the .rels part, or undefined when there is none yet
 * @param type the relationship type URI
 * @param target the target, relative to the source part
 * @returns the new part and the id given
 */
export function addRelationship(xml: string | undefined, type: string, target: string): { xml: string; id: string } {
  const base =
    xml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const used = new Set([...base.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const p = rootPrefix(base);
  const entry = `<${p}Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const opened = base.replace(new RegExp(`<${p}Relationships([^>]*?)/>`), `<${p}Relationships$1></${p}Relationships>`);
  return { xml: opened.replace(`</${p}Relationships>`, `${entry}</${p}Relationships>`), id };
}

/** Content types of the parts the summary adds. */
export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  customProperty: "application/vnd.openxmlformats-officedocument.spreadsheetml.customProperty",
} as const;

/**
 * Adds content-type overrides for new parts to [Content_Types].xml.
 *
 * @param xml [Content_Types].xml
 * @param parts part names (without the leading slash) and their content types
 * @returns the new [Content_Types].xml
 */
export function addContentTypes(xml: string, parts: readonly { part: string; type: string }[]): string {
  const p = rootPrefix(xml);
  const entries = parts
    .filter((x) => !xml.includes(`PartName="/${x.part}"`))
    .map((x) => `<${p}Override PartName="/${escapeXml(x.part)}" ContentType="${x.type}"/>`)
    .join("");
  return xml.replace(`</${p}Types>`, `${entries}</${p}Types>`);
}
