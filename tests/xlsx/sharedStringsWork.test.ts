/**
 * The shared strings of a ledger are mostly `<si><t>text</t></si>` (5,781 of them in the 100,000-row
 * benchmark ledger, each read once, before the sheet, while the reader's code is still cold). Such an
 * item is read in one step; only other items (runs, phonetic guides, CDATA, attributes on <t>) go
 * through the general reading of each tag (issue 28). What they read is the same (tests/xlsx/sheetScanner.test.ts
 * checks the scanner against a general XML parser).
 */
import * as byteXml from "../../src/xlsx/stream/byteXml";
import { stringsScanner } from "../../src/xlsx/stream/sharedStrings";

/** A part of `count` invented strings, some with entities, and one rich-text item with a phonetic guide. */
function part(count: number): { xml: string; strings: string[] } {
  const strings = Array.from({ length: count }, (_, i) => (i % 2 ? `乡镇${i} & 单位` : `unit ${i}`));
  const items = strings.map((s) => `<si><t>${s.replace(/&/g, "&amp;")}</t></si>`);
  items.push('<si><r><t xml:space="preserve">楚雄</t></r><rPh sb="0" eb="2"><t>chuxiong</t></rPh></si>');
  strings.push("楚雄");
  return { xml: `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.join("")}</sst>`, strings };
}

test("a plain item is read in one step: the general reading of a tag runs for the few others, not four times per string", () => {
  const { xml, strings } = part(3000);
  const read: string[] = [];
  const markupEnd = jest.spyOn(byteXml, "markupEnd");
  try {
    const feeder = new byteXml.ChunkFeeder(
      stringsScanner((s) => read.push(s)),
      "xl/sharedStrings.xml",
    );
    const bytes = new TextEncoder().encode(xml);
    for (let at = 0; at < bytes.length; at += 4096) feeder.push(bytes.subarray(at, at + 4096));
    feeder.end();
    // On the code before: 12,049 tags read the general way (four per string); now 137: the sst tags, the
    // rich-text item's tags and the items cut by a chunk's end.
    expect(markupEnd.mock.calls.length).toBeLessThan(200);
  } finally {
    markupEnd.mockRestore();
  }
  expect(read).toEqual(strings);
});
