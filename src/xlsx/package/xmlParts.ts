/**
 * Small helpers over package parts: reading elements' attributes with saxes (entities decoded,
 * any namespace prefix), relationship targets, and XML escaping for the parts we write.
 */
import { SaxesParser } from "saxes";
import { refuse } from "./limits";

/**
 * A parser for one part that refuses a DOCTYPE (Excel never writes one; entity declarations are
 * how XML bombs and external entities get in) and turns malformed XML into the damaged-part
 * refusal, so no parser text reaches a user.
 *
 * @param part the part's name, for the messages
 * @returns the parser
 * @example xmlParser("xl/workbook.xml").write(xml).close()
 */
export function xmlParser(part: string): SaxesParser {
  const parser = new SaxesParser({ position: false });
  parser.on("doctype", () => {
    throw refuse.doctype(part);
  });
  parser.on("error", () => {
    throw refuse.damaged(part, "xml");
  });
  return parser;
}

/** Attributes of one element, by their qualified names. */
export type Attributes = Record<string, string>;

/** The local part of a qualified name ("x:sheet" → "sheet"). */
export function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/**
 * The attributes of every element with one of the given local names, in document order.
 *
 * @param xml a whole (small) part
 * @param names local element names
 * @param part the part's name, for the refusal of a damaged one
 * @returns one entry per element: its local name and attributes
 * @example elementsOf('<sheets><sheet name="表1" sheetId="1"/></sheets>', ["sheet"])[0].attributes.name // "表1"
 */
export function elementsOf(xml: string, names: readonly string[], part = "xml"): XmlElement[] {
  if (xml.length > REMEMBERED_TEXT_CHARS) return parseElements(xml, names, part);
  const key = `${names.join(" ")}\n${xml}`;
  let found = parsedElements.get(key);
  if (!found) {
    found = parseElements(xml, names, part);
    if (parsedElements.size >= REMEMBERED_TEXTS) parsedElements.clear();
    parsedElements.set(key, found);
  }
  // Each caller gets its own copies: what one changes never reaches the next.
  return found.map((e) => ({ name: e.name, attributes: copyAttributes(e.attributes), text: e.text }));
}

/** A copy with no prototype, as the parser gives them: an attribute named "__proto__" or "constructor" stays a plain value. */
function copyAttributes(attributes: Attributes): Attributes {
  const copy = Object.create(null) as Attributes;
  for (const name of Object.keys(attributes)) copy[name] = attributes[name];
  return copy;
}

/** One element found by {@link elementsOf}. */
export interface XmlElement {
  name: string;
  attributes: Attributes;
  text: string;
}

/**
 * Parts up to this many characters are parsed once per text: the workbook, relationships and
 * content types of a form's county returns come back byte for byte in every return (issue 28).
 */
const REMEMBERED_TEXT_CHARS = 64 * 1024;
/** Past this many texts the memory starts over. */
const REMEMBERED_TEXTS = 64;
const parsedElements = new Map<string, readonly XmlElement[]>();

/** The elements parsed (a text that fails is never remembered, so each part's refusal names that part). */
function parseElements(xml: string, names: readonly string[], part: string): XmlElement[] {
  const parser = xmlParser(part);
  const found: XmlElement[] = [];
  const open: (XmlElement | undefined)[] = [];
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    const entry = names.includes(name) ? { name, attributes: tag.attributes as Attributes, text: "" } : undefined;
    if (entry) found.push(entry);
    open.push(entry);
  });
  parser.on("text", (t) => {
    const top = open[open.length - 1];
    if (top) top.text += t;
  });
  parser.on("closetag", () => void open.pop());
  parser.write(xml).close();
  return found;
}

/** The root element's namespace prefix ("" for the default namespace, "x:" for `<x:workbook>`). */
export function rootPrefix(xml: string): string {
  const body = xml.replace(/^\uFEFF?(\s*<\?[^>]*\?>|\s*<!--[\s\S]*?-->)*\s*/, "");
  return /^<([A-Za-z_][\w.-]*:)?[A-Za-z_]/.exec(body)?.[1] ?? "";
}

/** Whether a relationship has a type ("worksheet", "styles" …), transitional or strict. */
export function isType(rel: { type: string }, kind: string): boolean {
  return rel.type.endsWith(`/${kind}`);
}

/** One relationship of a .rels part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/**
 * The relationships of a .rels part.
 *
 * @param xml the .rels part
 * @param part its name, for the refusal of a damaged one
 * @returns its relationships
 */
export function relationshipsOf(xml: string, part = "rels"): Relationship[] {
  return elementsOf(xml, ["Relationship"], part).map(({ attributes: a }) => ({
    id: a.Id ?? "",
    type: a.Type ?? "",
    target: a.Target ?? "",
    external: a.TargetMode === "External",
  }));
}

/**
 * The .rels part that belongs to a part.
 *
 * @example relsPathOf("xl/workbook.xml") // "xl/_rels/workbook.xml.rels"
 */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/**
 * A relationship target as a part name.
 *
 * @param from the part the relationship belongs to
 * @param target the Target attribute (relative, or absolute from the package root)
 * @returns the part name
 * @example resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml"
 */
export function resolveTarget(from: string, target: string): string {
  const base = target.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/**
 * Escapes text for XML content or a double-quoted attribute, dropping characters XML 1.0 forbids.
 *
 * @example escapeXml('A&B "1"<2') // "A&amp;B &quot;1&quot;&lt;2"
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The relationship type URIs we use. */
export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

/** Namespace of relationship ids inside parts. */
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
