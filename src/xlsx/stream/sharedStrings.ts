/**
 * The shared-string table, streamed: the text of each `<si>` (runs joined, phonetic guides left
 * out), refusing once it passes the strings limit.
 */
import type { XlsxPackage } from "../package/openPackage";
import { refuse } from "../package/limits";
import { localName, xmlParser } from "../package/xmlParts";

/**
 * Reads the shared strings.
 *
 * @param pkg the package
 * @param part the shared-strings part, or undefined when there is none
 * @returns the strings in index order
 */
export async function readSharedStrings(pkg: XlsxPackage, part: string | undefined): Promise<string[]> {
  if (!part || !pkg.has(part)) return [];
  const strings: string[] = [];
  const limit = pkg.limits.maxStrings;
  const parser = xmlParser(part);
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    if (name === "si") current = "";
    else if (name === "t") inText = phonetic === 0;
    else if (name === "rPh") phonetic++;
  });
  parser.on("text", (t) => {
    if (inText && current !== undefined) current += t;
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    if (name === "t") inText = false;
    else if (name === "rPh") phonetic--;
    else if (name === "si") {
      strings.push(current ?? "");
      current = undefined;
      if (strings.length > limit) throw refuse.tooManyStrings(strings.length, limit);
    }
  });
  const decoder = new TextDecoder("utf-8");
  await pkg.stream(part, (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
  parser.write(decoder.decode()).close();
  return strings;
}
