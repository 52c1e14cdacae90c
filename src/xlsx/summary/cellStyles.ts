/**
 * The summary's named styles as cell formats, and their addition to the workbook's styles part.
 * The looks are the one table of src/core/summary/stylePalette.ts, the same the add-in's writers
 * (Office.js, WPS) apply, written as a styles part writes them (ARGB colours, lower-case alignments).
 * New fonts, fills, borders, number formats and cell formats are appended after the existing
 * ones, so every index the user's sheets use keeps its meaning.
 */
import type { PlanCell, StyledArea } from "../../core/summary/plan";
import { overlay, STYLE_FORMATS, type StyleFormat } from "../../core/summary/stylePalette";
import { escapeXml, rootPrefix } from "../package/xmlParts";

/** A palette colour ("#D9E1F2") as a styles part's ARGB ("FFD9E1F2"). */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** Excel's built-in number formats the plan uses (no numFmt entry needed). */
const BUILT_IN: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10 };

/** The format of each cell of the plan: its look (later areas override earlier ones, as the add-in applies them) and number format. */
export interface CellFormats {
  /** The distinct formats, in order of first use. */
  readonly formats: { readonly look: StyleFormat; readonly numberFormat?: string }[];
  /** formatIndex[row][column]: an index into `formats`, or -1 for a cell with none. */
  readonly formatIndex: readonly Int32Array[];
}

/**
 * Works out every cell's format.
 *
 * @param rowCount rows of the sheet area to cover
 * @param columnCount columns of the sheet area to cover
 * @param cells the plan's cells
 * @param styles the plan's styled areas
 * @returns the distinct formats and each cell's
 */
export function cellFormats(rowCount: number, columnCount: number, cells: readonly (readonly PlanCell[])[], styles: readonly StyledArea[]): CellFormats {
  const looks: (StyleFormat | undefined)[][] = Array.from({ length: rowCount }, () => new Array<StyleFormat | undefined>(columnCount));
  for (const area of styles) {
    for (let r = area.row; r < Math.min(rowCount, area.row + area.rowCount); r++)
      for (let c = area.column; c < Math.min(columnCount, area.column + area.columnCount); c++) looks[r][c] = overlay(looks[r][c], STYLE_FORMATS[area.style]);
  }
  const formats: { look: StyleFormat; numberFormat?: string }[] = [];
  const keys = new Map<string, number>();
  const formatIndex = looks.map((row, r) => {
    const out = new Int32Array(columnCount).fill(-1);
    for (let c = 0; c < columnCount; c++) {
      const look = row[c];
      const numberFormat = cells[r]?.[c]?.numberFormat;
      if (!look && !numberFormat) continue;
      const key = JSON.stringify([look ?? {}, numberFormat ?? ""]);
      let i = keys.get(key);
      if (i === undefined) {
        i = formats.push({ look: look ?? {}, numberFormat }) - 1;
        keys.set(key, i);
      }
      out[c] = i;
    }
    return out;
  });
  return { formats, formatIndex };
}

/** A minimal styles part, for a package that has none. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** A collection element of the styles part: where its children end, and how many it has. */
function collection(xml: string, p: string, name: string, child: string): { count: number; insertAt: number; open: RegExpExecArray } | undefined {
  const open = new RegExp(`<${p}${name}(\\s[^>]*)?>`).exec(xml);
  if (!open) return undefined;
  const close = xml.indexOf(`</${p}${name}>`, open.index);
  if (close < 0) return undefined;
  const inner = xml.slice(open.index + open[0].length, close);
  const count = (inner.match(new RegExp(`<${p}${child}[\\s>/]`, "g")) ?? []).length;
  return { count, insertAt: close, open };
}

/** The styles part's collections in schema order, with what a missing one must start with (index 0, and fills' reserved 1). */
const COLLECTIONS: readonly [string, (p: string) => string][] = [
  ["numFmts", () => ""],
  ["fonts", (p) => `<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`],
  ["fills", (p) => `<${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`],
  ["borders", (p) => `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`],
  ["cellStyleXfs", (p) => `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`],
  ["cellXfs", (p) => `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`],
  ["cellStyles", () => ""],
  ["dxfs", () => ""],
  ["tableStyles", () => ""],
  ["colors", () => ""],
  ["extLst", () => ""],
];

/** Makes a missing collection (a styles part from a minimal writer), placed before the next one present. */
function ensureCollection(xml: string, p: string, name: string): string {
  if (new RegExp(`<${p}${name}[\\s>/]`).test(xml)) return xml;
  const at = COLLECTIONS.findIndex(([n]) => n === name);
  const made = `<${p}${name}>${COLLECTIONS[at][1](p)}</${p}${name}>`;
  for (const [later] of COLLECTIONS.slice(at + 1)) {
    const m = new RegExp(`<${p}${later}[\\s>/]`).exec(xml);
    if (m) return xml.slice(0, m.index) + made + xml.slice(m.index);
  }
  return xml.replace(`</${p}styleSheet>`, `${made}</${p}styleSheet>`);
}

/** Appends children to a collection (made if missing; self-closing ones are opened first) and sets its count. */
function append(xml: string, p: string, name: string, child: string, items: string[]): { xml: string; first: number } {
  xml = ensureCollection(xml, p, name);
  xml = xml.replace(new RegExp(`<${p}${name}(\\s[^>]*)?/>`), (_m, attrs: string | undefined) => `<${p}${name}${attrs ?? ""}></${p}${name}>`);
  const found = collection(xml, p, name, child);
  if (!found) throw new Error(`styles part: ${name} unreadable`);
  const openTag = found.open[0].replace(/\scount="\d*"/, "").replace(/>$/, ` count="${found.count + items.length}">`);
  const out =
    xml.slice(0, found.open.index) + openTag + xml.slice(found.open.index + found.open[0].length, found.insertAt) + items.join("") + xml.slice(found.insertAt);
  return { xml: out, first: found.count };
}

/**
 * Adds the formats to a styles part.
 *
 * @param stylesXml the workbook's styles part (or {@link MINIMAL_STYLES})
 * @param formats the distinct formats of {@link cellFormats}
 * @returns the new styles part and, per format, its cell-format index (the `s` of a cell)
 */
export function addFormats(stylesXml: string, formats: CellFormats["formats"]): { xml: string; xfIndex: number[] } {
  if (formats.length === 0) return { xml: stylesXml, xfIndex: [] };
  const p = rootPrefix(stylesXml);
  let xml = stylesXml;
  // The workbook's default font (the first), so the summary's text matches the user's sheets.
  const fontsAt = collection(xml, p, "fonts", "font");
  const firstFont = fontsAt ? xml.slice(fontsAt.open.index, fontsAt.insertAt) : "";
  const defaultName = /<(?:\w+:)?name\s+val="([^"]*)"/.exec(firstFont)?.[1] ?? "Calibri";
  const defaultSize = Number(/<(?:\w+:)?sz\s+val="([^"]*)"/.exec(firstFont)?.[1] ?? 11);

  // Number formats: reuse an existing custom one with the same code; new ids after the largest.
  const numFmtIds = new Map<string, number>(Object.entries(BUILT_IN));
  let nextId = 164;
  const existing = /<(\w+:)?numFmts[\s>][\s\S]*?<\/(\w+:)?numFmts>/.exec(xml)?.[0] ?? "";
  for (const m of existing.matchAll(/<(?:\w+:)?numFmt\s+([^>]*?)\/?>/g)) {
    const id = Number(/numFmtId="(\d+)"/.exec(m[1])?.[1]);
    const code = /formatCode="([^"]*)"/.exec(m[1])?.[1];
    if (Number.isFinite(id)) nextId = Math.max(nextId, id + 1);
    if (code !== undefined && Number.isFinite(id))
      numFmtIds.set(
        code
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">"),
        id,
      );
  }
  const newNumFmts: string[] = [];
  for (const f of formats) {
    if (f.numberFormat === undefined || numFmtIds.has(f.numberFormat)) continue;
    numFmtIds.set(f.numberFormat, nextId);
    newNumFmts.push(`<${p}numFmt numFmtId="${nextId++}" formatCode="${escapeXml(f.numberFormat)}"/>`);
  }
  if (newNumFmts.length) {
    xml = append(xml, p, "numFmts", "numFmt", newNumFmts).xml;
  }

  const fonts: string[] = [];
  const fills: string[] = [];
  const borders: string[] = [];
  const fontKey = new Map<string, number>();
  const fillKey = new Map<string, number>();
  const plan = formats.map((f) => {
    const { bold, italic, size, color } = f.look;
    const hasFont = bold !== undefined || italic !== undefined || size !== undefined || color !== undefined;
    let fontIndex = -1;
    if (hasFont) {
      const key = JSON.stringify([bold, italic, size, color]);
      if (!fontKey.has(key)) {
        fontKey.set(key, fonts.length);
        fonts.push(
          `<${p}font>${bold ? `<${p}b/>` : ""}${italic ? `<${p}i/>` : ""}<${p}sz val="${size ?? defaultSize}"/>` +
            `${color ? `<${p}color rgb="${argb(color)}"/>` : ""}<${p}name val="${escapeXml(defaultName)}"/></${p}font>`,
        );
      }
      fontIndex = fontKey.get(key)!;
    }
    let fillIndex = -1;
    if (f.look.fill) {
      if (!fillKey.has(f.look.fill)) {
        fillKey.set(f.look.fill, fills.length);
        fills.push(
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(f.look.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
        );
      }
      fillIndex = fillKey.get(f.look.fill)!;
    }
    if (f.look.borders && borders.length === 0) {
      const edge = (e: string): string => `<${p}${e} style="thin"><${p}color indexed="64"/></${p}${e}>`;
      borders.push(`<${p}border>${edge("left")}${edge("right")}${edge("top")}${edge("bottom")}<${p}diagonal/></${p}border>`);
    }
    return { fontIndex, fillIndex, border: !!f.look.borders };
  });
  const fontBase = fonts.length ? append(xml, p, "fonts", "font", fonts) : undefined;
  if (fontBase) xml = fontBase.xml;
  const fillBase = fills.length ? append(xml, p, "fills", "fill", fills) : undefined;
  if (fillBase) xml = fillBase.xml;
  const borderBase = borders.length ? append(xml, p, "borders", "border", borders) : undefined;
  if (borderBase) xml = borderBase.xml;

  const xfs = formats.map((f, i) => {
    const { fontIndex, fillIndex, border } = plan[i];
    const numFmtId = f.numberFormat === undefined ? 0 : numFmtIds.get(f.numberFormat)!;
    const { horizontalAlignment: horizontal, verticalAlignment: vertical, wrapText } = f.look;
    const aligned = horizontal !== undefined || vertical !== undefined || wrapText !== undefined;
    const attrs = [
      `numFmtId="${numFmtId}"`,
      `fontId="${fontIndex < 0 ? 0 : fontBase!.first + fontIndex}"`,
      `fillId="${fillIndex < 0 ? 0 : fillBase!.first + fillIndex}"`,
      `borderId="${border ? borderBase!.first : 0}"`,
      `xfId="0"`,
      numFmtId ? `applyNumberFormat="1"` : "",
      fontIndex >= 0 ? `applyFont="1"` : "",
      fillIndex >= 0 ? `applyFill="1"` : "",
      border ? `applyBorder="1"` : "",
      aligned ? `applyAlignment="1"` : "",
    ].filter(Boolean);
    const alignment = aligned
      ? `<${p}alignment${horizontal ? ` horizontal="${horizontal.toLowerCase()}"` : ""}${vertical ? ` vertical="${vertical.toLowerCase()}"` : ""}${wrapText ? ` wrapText="1"` : ""}/>`
      : "";
    return alignment ? `<${p}xf ${attrs.join(" ")}>${alignment}</${p}xf>` : `<${p}xf ${attrs.join(" ")}/>`;
  });
  xml = ensureCollection(xml, p, "cellStyleXfs"); // the xfId="0" of the new formats
  const added = append(xml, p, "cellXfs", "xf", xfs);
  return { xml: added.xml, xfIndex: xfs.map((_x, i) => added.first + i) };
}
