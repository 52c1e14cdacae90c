/**
 * The sheet mark (src/core/summary/sheetMark.ts) in a file. Excel keeps a worksheet custom
 * property as `<customPr name="…" r:id="…"/>` in the sheet's `<customProperties>` and its value in
 * a part of its own (relationship and content type "customProperty", ECMA-376 Part 1 §18.3.1.20),
 * whose bytes are the value in UTF-16LE. We write our sheets' marks the same way, and read them
 * from the sheet's .rels and that small part only — never from the sheet XML, which can be large —
 * so a sheet whose custom-property value is one of our marks is known as ours, whoever saved it.
 */
import { parseSheetMark, SHEET_MARK_KEY } from "../core/summary/sheetMark";
import type { XlsxPackage } from "./package/openPackage";
import type { SheetEntry } from "./package/workbookInfo";
import { escapeXml, isType, relationshipsOf, relsPathOf, resolveTarget } from "./package/xmlParts";

/** The relationship type and content type of a custom-property part. */
export const CUSTOM_PROPERTY = {
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customProperty",
  contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.customProperty",
} as const;

/** A mark value is a few dozen characters; a part much larger than that is not one of ours. */
const MAX_MARK_BYTES = 1024;

/**
 * A part's bytes, read through the package's limits.
 *
 * @param pkg the package
 * @param name the part
 * @returns the bytes
 */
async function partBytes(pkg: XlsxPackage, name: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await pkg.stream(name, (chunk) => {
    chunks.push(chunk);
    if (chunks.reduce((n, c) => n + c.length, 0) > MAX_MARK_BYTES) throw new RangeError("not a mark");
  });
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * A custom property's value from its part: UTF-16LE as Excel writes it, or UTF-8.
 *
 * @param bytes the part's bytes
 * @returns the text
 * @example decodeMarkValue(encodeMarkValue("bureau-stats-summary:1")) // "bureau-stats-summary:1"
 */
export function decodeMarkValue(bytes: Uint8Array): string {
  const utf16 = bytes.length >= 2 && bytes.length % 2 === 0 && bytes[1] === 0;
  return new TextDecoder(utf16 ? "utf-16le" : "utf-8")
    .decode(bytes)
    .replace(/^\uFEFF/, "")
    .replace(/\0+$/, "");
}

/**
 * A custom property's value as the bytes of its part (UTF-16LE, as Excel writes it).
 *
 * @param value the value
 * @returns the part's bytes
 * @example encodeMarkValue("ab") // Uint8Array [97, 0, 98, 0]
 */
export function encodeMarkValue(value: string): Uint8Array {
  const out = new Uint8Array(value.length * 2);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    out[2 * i] = code & 0xff;
    out[2 * i + 1] = code >> 8;
  }
  return out;
}

/**
 * The marks of a workbook's sheets: sheet name → our mark's value, for the sheets that carry one.
 *
 * @param pkg the package
 * @param sheets the workbook's sheets (workbookInfo)
 * @returns the marked sheets; a sheet without a custom property, or with someone else's, is absent
 * @example (await sheetMarks(pkg, info.sheets)).get("汇总") // "bureau-stats-summary:1733280000000"
 */
export async function sheetMarks(pkg: XlsxPackage, sheets: readonly SheetEntry[]): Promise<Map<string, string>> {
  const marks = new Map<string, string>();
  for (const sheet of sheets) {
    if (!sheet.part) continue;
    const rels = await pkg.text(relsPathOf(sheet.part));
    if (!rels || !rels.includes("customProperty")) continue;
    for (const rel of relationshipsOf(rels).filter((r) => isType(r, "customProperty") && !r.external)) {
      const part = resolveTarget(sheet.part, rel.target);
      if (!pkg.has(part)) continue;
      const value = await partBytes(pkg, part).then(decodeMarkValue, () => undefined);
      if (parseSheetMark(value)) marks.set(sheet.name, value!);
    }
  }
  return marks;
}

/**
 * The `<customProperties>` element of a marked sheet (between the page setup and the drawing).
 *
 * @param relId the relationship id of the mark's part
 * @returns the element
 */
export function customPropertiesXml(relId: string): string {
  return `<customProperties><customPr name="${escapeXml(SHEET_MARK_KEY)}" r:id="${relId}"/></customProperties>`;
}

/** Elements a worksheet may hold after `<customProperties>` (ECMA-376 CT_Worksheet order). */
const AFTER_CUSTOM_PROPERTIES = [
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * Marks a sheet of a package as ours (a sheet another library wrote, such as a file's 说明 cover):
 * its mark part, the relationship to it, the content type and the `<customProperties>` element.
 *
 * @param pkg the package (changed)
 * @param sheet the sheet's entry (workbookInfo)
 * @param value the mark's value (sheetMarkValue)
 * @returns when the sheet is marked; rejects when its part is missing
 */
export async function markSheet(pkg: XlsxPackage, sheet: SheetEntry, value: string): Promise<void> {
  if (!sheet.part) throw new Error(`sheet ${sheet.name} has no part`);
  const xml = await pkg.text(sheet.part);
  if (xml === undefined) throw new Error(`${sheet.part} missing`);
  const dir = sheet.part.split("/").slice(0, -2).join("/");
  let n = 1;
  while (pkg.has(`${dir}/customProperty${n}.bin`)) n++;
  const part = `${dir}/customProperty${n}.bin`;
  pkg.zip.file(part, encodeMarkValue(value), { createFolders: false, binary: true });
  const relsPath = relsPathOf(sheet.part);
  const rels =
    (await pkg.text(relsPath)) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const used = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let id = used.size + 1;
  while (used.has(`rId${id}`)) id++;
  const relId = `rId${id}`;
  const target = `../customProperty${n}.bin`;
  const withRel = rels
    .replace(/<Relationships([^>]*?)\/>/, "<Relationships$1></Relationships>")
    .replace("</Relationships>", `<Relationship Id="${relId}" Type="${CUSTOM_PROPERTY.rel}" Target="${target}"/></Relationships>`);
  pkg.zip.file(relsPath, withRel, { createFolders: false });
  const p = /^[\s\S]*?<([\w.-]+:)?worksheet[\s>]/.exec(xml)?.[1] ?? "";
  const rNs = /xmlns:r="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.test(xml);
  const element = customPropertiesXml(relId)
    .replace(/<(\/?)custom/g, `<$1${p}custom`)
    .replace(' r:id="', rNs ? ' r:id="' : ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="');
  const before = AFTER_CUSTOM_PROPERTIES.map((name) => xml.indexOf(`<${p}${name}`)).filter((i) => i >= 0);
  const at = before.length ? Math.min(...before) : xml.lastIndexOf(`</${p}worksheet>`);
  pkg.zip.file(sheet.part, xml.slice(0, at) + element + xml.slice(at), { createFolders: false });
  const types = (await pkg.text("[Content_Types].xml")) ?? "";
  pkg.zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/${part}" ContentType="${CUSTOM_PROPERTY.contentType}"/></Types>`), {
    createFolders: false,
  });
}
