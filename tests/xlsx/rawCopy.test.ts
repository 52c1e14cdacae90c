/**
 * The .summary.xlsx keeps the user's parts as they lie in the input file (src/xlsx/package/zipWriter.ts):
 * local header, extra fields, compressed bytes and data descriptor, copied without inflating or
 * deflating them again. The input is the sample workbook re-zipped the way LibreOffice and Info-ZIP
 * write (a data descriptor after each entry, an extended-timestamp extra field), which a writer that
 * rebuilds every header (JSZip's generateAsync, used before) does not keep.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import JSZip from "jszip";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { writeSummaryPackage } from "../../src/xlsx/summary/writeSummaryPackage";
import { writeZip } from "../../src/xlsx/package/zipWriter";
import { crc32 } from "../../src/xlsx/package/crc32";
import { NODE_PACKAGE_TOOLS } from "../../src/cli/nodeInflate";
import { parseSheetMark } from "../../src/core/summary/sheetMark";

const SAMPLE = path.join(__dirname, "../../assets/samples/bureau-2024H1.xlsx");

/** An entry's local record as Info-ZIP writes it: extended timestamp (0x5455) and a signed data descriptor. */
function localRecord(name: string, data: Uint8Array, zip64 = false): { local: Buffer; central: Buffer } {
  const deflated = zlib.deflateRawSync(data);
  const nameBytes = Buffer.from(name, "utf8");
  const timestamp = Buffer.alloc(9);
  timestamp.writeUInt16LE(0x5455, 0);
  timestamp.writeUInt16LE(5, 2);
  timestamp.writeUInt8(1, 4);
  timestamp.writeUInt32LE(1700000000, 5);
  // A streaming writer's zip64 field (id 1, sizes to come): its data descriptor then has 8-byte sizes.
  const zip64Field = Buffer.alloc(20);
  zip64Field.writeUInt16LE(0x0001, 0);
  zip64Field.writeUInt16LE(16, 2);
  const extra = zip64 ? Buffer.concat([timestamp, zip64Field]) : timestamp;
  const crc = crc32(data, 0);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x08, 6); // sizes in the data descriptor
  header.writeUInt16LE(8, 8);
  header.writeUInt16LE(0x6000, 10);
  header.writeUInt16LE(0x5787, 12);
  header.writeUInt16LE(nameBytes.length, 26);
  header.writeUInt16LE(extra.length, 28);
  const descriptor = Buffer.alloc(zip64 ? 24 : 16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(crc, 4);
  descriptor.writeUInt32LE(deflated.length, 8);
  descriptor.writeUInt32LE(data.length, zip64 ? 16 : 12);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(0x031e, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x08, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt16LE(0x6000, 12);
  central.writeUInt16LE(0x5787, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt16LE(timestamp.length, 30);
  return { local: Buffer.concat([header, nameBytes, extra, deflated, descriptor]), central: Buffer.concat([central, nameBytes, timestamp]) };
}

/** The sample re-zipped as Info-ZIP would: every entry's local record, and the file. */
async function infoZipSample(zip64 = (_name: string) => false): Promise<{ bytes: Buffer; records: Map<string, Buffer> }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const records = new Map<string, Buffer>();
  let offset = 0;
  for (const file of Object.values(zip.files).filter((f) => !f.dir)) {
    const { local, central } = localRecord(file.name, await file.async("uint8array"), zip64(file.name));
    central.writeUInt32LE(offset, 42);
    locals.push(local);
    centrals.push(central);
    records.set(file.name, local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return { bytes: Buffer.concat([...locals, directory, end]), records };
}

async function summaryOf(bytes: Uint8Array, tools = NODE_PACKAGE_TOOLS): Promise<Uint8Array> {
  const pkg = await XlsxPackage.open(bytes, {}, tools);
  const plan = planSummary(workbookFacts(readWorkbook(workbookToSnapshot(await streamWorkbook(pkg, "sample.xlsx")))));
  return (await writeSummaryPackage(pkg, plan)).bytes;
}

test("each part the summary leaves alone is in the output as it lay in the input: header, extra field, compressed bytes and data descriptor", async () => {
  const { bytes, records } = await infoZipSample();
  const output = Buffer.from(await summaryOf(bytes));
  const edited = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];
  const kept = [...records.keys()].filter((name) => !edited.includes(name));
  expect(kept).toEqual(expect.arrayContaining(["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "docProps/core.xml"]));
  for (const name of kept) expect({ name, copied: output.includes(records.get(name)!) }).toEqual({ name, copied: true });
  // The edited parts are written anew, and the file is a sound zip that reads back with the summary sheet.
  for (const name of edited) expect({ name, copied: output.includes(records.get(name)!) }).toEqual({ name, copied: false });
  const pkg = await XlsxPackage.open(output);
  await pkg.verifyAll();
  const sheets = (await streamWorkbook(pkg, "sample.summary.xlsx")).sheets;
  expect(parseSheetMark(sheets.at(-1)!.mark)?.kind).toBe("summary");
  expect(sheets.map((s) => s.name).slice(0, -1)).toEqual((await streamWorkbook(await XlsxPackage.open(bytes), "sample.xlsx")).sheets.map((s) => s.name));
});

test("the browser's deflater (CompressionStream), or none where a browser lacks it (parts stored), give the parts Node's zlib gives", async () => {
  const input = fs.readFileSync(SAMPLE);
  const browser = { crc32 };
  const node = await summaryOf(input);
  const streamed = await summaryOf(input, browser);
  const saved = globalThis.CompressionStream;
  let stored: Uint8Array;
  try {
    delete (globalThis as { CompressionStream?: unknown }).CompressionStream;
    stored = await summaryOf(input, browser);
  } finally {
    globalThis.CompressionStream = saved;
  }
  expect(stored.length).toBeGreaterThan(node.length);
  const parts = async (bytes: Uint8Array) => {
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const out: Record<string, string> = {};
    for (const file of Object.values(zip.files))
      if (!/customProperty/.test(file.name)) out[file.name] = (await file.async("string")).replace(/生成于[^<]*/g, "");
    return out;
  };
  const expected = await parts(node);
  expect(await parts(streamed)).toEqual(expected);
  expect(await parts(stored)).toEqual(expected);
});

test("a new part's headers give its checksum and sizes, and its name in UTF-8 where it is not ASCII", async () => {
  const data = new TextEncoder().encode("<汇总/>".repeat(50));
  const bytes = await writeZip([{ name: "xl/汇总.xml", data }], { crc32, deflateRaw: (d) => zlib.deflateRawSync(d) });
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  expect(await zip.file("xl/汇总.xml")!.async("string")).toBe("<汇总/>".repeat(50));
  expect(Buffer.from(bytes).readUInt16LE(6) & 0x0800).toBe(0x0800);
});

test("the file is handed out in pieces, the user's parts as views on the input's own bytes: writing a ledger's summary holds no second copy of the ledger", async () => {
  const { bytes, records } = await infoZipSample();
  const pkg = await XlsxPackage.open(bytes, {}, NODE_PACKAGE_TOOLS);
  const plan = planSummary(workbookFacts(readWorkbook(workbookToSnapshot(await streamWorkbook(pkg, "sample.xlsx")))));
  const written = await writeSummaryPackage(pkg, plan);
  const sheet = records.get("xl/worksheets/sheet1.xml")!;
  const view = written.pieces.find((piece) => piece.length === sheet.length && Buffer.from(piece).equals(sheet));
  expect(view?.buffer).toBe(bytes.buffer);
  // The pieces one after another are the file.
  expect(Buffer.concat(written.pieces).equals(Buffer.from(written.bytes))).toBe(true);
  expect(written.pieces.reduce((sum, piece) => sum + piece.length, 0)).toBe(written.bytes.length);
});

/** The entries of a zip walked from its first byte, each local header, data and data descriptor in turn, to the directory. */
function walkEntries(bytes: Buffer): string[] {
  const end = bytes.readUInt32LE(bytes.length - 22 + 16);
  const names: string[] = [];
  let at = 0;
  for (let record = end; at < end; record += 46 + bytes.readUInt16LE(record + 28) + bytes.readUInt16LE(record + 30) + bytes.readUInt16LE(record + 32)) {
    expect(bytes.readUInt32LE(at)).toBe(0x04034b50);
    const nameLength = bytes.readUInt16LE(at + 26);
    const extraLength = bytes.readUInt16LE(at + 28);
    names.push(bytes.toString("utf8", at + 30, at + 30 + nameLength));
    let next = at + 30 + nameLength + extraLength + bytes.readUInt32LE(record + 20);
    if (bytes.readUInt16LE(at + 6) & 0x08) {
      let zip64 = false;
      for (let x = at + 30 + nameLength; x < at + 30 + nameLength + extraLength; x += 4 + bytes.readUInt16LE(x + 2)) zip64 ||= bytes.readUInt16LE(x) === 1;
      next += (bytes.readUInt32LE(next) === 0x08074b50 ? 4 : 0) + (zip64 ? 20 : 12);
    }
    at = next;
  }
  expect(at).toBe(end);
  return names;
}

test("a part whose local header has a zip64 field (8-byte sizes in its data descriptor) is deflated anew, and the file stays sound entry by entry", async () => {
  const { bytes, records } = await infoZipSample((name) => name === "docProps/app.xml");
  expect(walkEntries(bytes)).toContain("docProps/app.xml");
  const output = Buffer.from(await summaryOf(bytes));
  expect(output.includes(records.get("docProps/app.xml")!)).toBe(false);
  expect(walkEntries(output)).toEqual(expect.arrayContaining([...records.keys()]));
  const zip = await JSZip.loadAsync(output, { checkCRC32: true });
  const before = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  expect(await zip.file("docProps/app.xml")!.async("string")).toBe(await before.file("docProps/app.xml")!.async("string"));
});
