/**
 * A small XML tree for the tests that read parts back (chart type, series references, titles),
 * built with saxes, the parser the streaming reader uses; no Python needed.
 */
import { SaxesParser } from "saxes";

/** One element: local name, attributes, children and its own text. */
export interface XmlNode {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlNode[];
  text: string;
}

/** Parses a whole part. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser();
  const root: XmlNode = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlNode[] = [root];
  parser.on("opentag", (tag) => {
    const node: XmlNode = { name: tag.name.replace(/^[\w.-]+:/, ""), attributes: tag.attributes as Record<string, string>, children: [], text: "" };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("text", (t) => (stack[stack.length - 1].text += t));
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  return root.children[0];
}

/** Every descendant with a local name, in document order. */
export function all(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (n: XmlNode): void => {
    for (const c of n.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

/** The first descendant with a local name. */
export function first(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node ? all(node, name)[0] : undefined;
}

/** The text of every `<a:t>` below a node, joined (a title's text). */
export function richText(node: XmlNode | undefined): string | undefined {
  return node
    ? all(node, "t")
        .map((t) => t.text)
        .join("")
    : undefined;
}
