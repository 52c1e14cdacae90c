#!/usr/bin/env node
/**
 * The physical floor of reading a ledger (issue 28): read the file, find the first worksheet in
 * the zip's central directory, inflate it with Node's zlib chunk by chunk and look at every byte
 * once (counting the rows' "<row" tags). Nothing is parsed, kept or written; no reader can do less
 * and still have seen the sheet. Prints the rows found as JSON.
 *
 * Run: node scripts/bench/_floor.js ledger.xlsx
 */
"use strict";
const fs = require("fs");
const zlib = require("zlib");

/** The local offset, method and compressed size of an entry, from the central directory. */
function findEntry(bytes, name) {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("no central directory");
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    const entryName = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    if (entryName === name) {
      const local = bytes.readUInt32LE(at + 42);
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      return { method: bytes.readUInt16LE(at + 10), data: bytes.subarray(start, start + bytes.readUInt32LE(at + 20)) };
    }
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  throw new Error(`${name} missing`);
}

const bytes = fs.readFileSync(process.argv[2]);
const entry = findEntry(bytes, process.argv[3] || "xl/worksheets/sheet1.xml");
let rows = 0;
let state = 0; // how much of "<row" the bytes just seen match
const scan = (chunk) => {
  for (let i = 0; i < chunk.length; i++) {
    const b = chunk[i];
    if (b === 0x3c) state = 1;
    else if (state === 1 && b === 0x72) state = 2;
    else if (state === 2 && b === 0x6f) state = 3;
    else if (state === 3 && b === 0x77) {
      rows++;
      state = 0;
    } else state = 0;
  }
};
if (entry.method === 0) {
  scan(entry.data);
  console.log(JSON.stringify({ rows }));
} else {
  const inflater = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  inflater.on("data", scan);
  inflater.on("end", () => console.log(JSON.stringify({ rows })));
  inflater.end(entry.data);
}
