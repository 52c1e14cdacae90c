/**
 * Keeps the corpus honest without our reader: every workbook named in tests/corpus/expected/ is
 * committed, is exactly what scripts/corpus/make-corpus.js writes, and holds, in the cell each
 * expected fact names, the figure the expectation states (read here with ExcelJS and a small
 * parser of our own, so the corpus cannot agree with src/core by construction). Every slip names a
 * cell that exists and holds something.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { sheetValues, shown } from "../fixtures/workbookCells";
import { WORKBOOK_DIR, expectedFacts, loadBooks, slipSheet, type CorpusBook } from "./harness/expectations";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const maker: { writeCorpus(outDir: string): Promise<string[]> } = require("../../scripts/corpus/make-corpus.js");

const BOOKS = loadBooks();

/** A cell as a number the way a statistician reads it ("24,101" → 24101, "3.33万" → 33300), else the text. */
function reading(value: unknown): number | string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return value;
  if (value instanceof Date) return value.toISOString();
  const text = String(value).normalize("NFKC").replace(/[,\s]/g, "");
  const wan = text.match(/^(-?\d+(?:\.\d+)?)万$/);
  if (wan) return Math.round(Number(wan[1]) * 10000 * 1e6) / 1e6;
  const n = Number(text.replace(/%$/, ""));
  return text !== "" && Number.isFinite(n) ? n : String(value);
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function cellOf(workbook: ExcelJS.Workbook, ref: string): ExcelJS.Cell {
  const bang = ref.lastIndexOf("!");
  const sheet = workbook.getWorksheet(ref.slice(0, bang));
  if (!sheet) throw new Error(`no sheet ${ref.slice(0, bang)}`);
  return sheet.getCell(ref.slice(bang + 1));
}

describe("the corpus workbooks", () => {
  let regenerated: string;
  beforeAll(async () => {
    regenerated = fs.mkdtempSync(path.join(os.tmpdir(), "corpus-"));
    await maker.writeCorpus(regenerated);
  });
  afterAll(() => fs.rmSync(regenerated, { recursive: true, force: true }));

  it("number at least 40, each with expectations and a committed file", () => {
    expect(BOOKS.length).toBeGreaterThanOrEqual(40);
    for (const book of BOOKS) expect(fs.existsSync(path.join(WORKBOOK_DIR, `${book.id}.xlsx`))).toBe(true);
    const files = fs.readdirSync(WORKBOOK_DIR).filter((f) => f.endsWith(".xlsx"));
    expect(files.sort()).toEqual(BOOKS.map((b) => `${b.id}.xlsx`).sort());
  });

  it("are described by a README generated from the expectations as they are today", () => {
    // Prettier 3 loads as ESM, which jest's CommonJS sandbox cannot; the generator runs in its own node.
    const fresh = execFileSync(process.execPath, [path.join(__dirname, "..", "..", "scripts", "corpus", "make-readme.js"), "--print"], { encoding: "utf8" });
    expect(fs.readFileSync(path.join(WORKBOOK_DIR, "..", "README.md"), "utf8")).toBe(fresh);
  });

  describe.each(BOOKS.map((b) => [b.id, b] as [string, CorpusBook]))("%s", (_id, book) => {
    it("is what the generator writes today", async () => {
      const committed = await open(path.join(WORKBOOK_DIR, `${book.id}.xlsx`));
      const fresh = await open(path.join(regenerated, `${book.id}.xlsx`));
      expect(sheetValues(committed)).toEqual(sheetValues(fresh));
    });

    it("holds each expected fact's figure in the cell the expectation names (read without src/core)", async () => {
      const workbook = await open(path.join(WORKBOOK_DIR, `${book.id}.xlsx`));
      for (const fact of expectedFacts(book).filter((f) => f.cell)) {
        const raw = shown(cellOf(workbook, fact.cell!));
        // A text cell ("12.7万", "2起,增加1起") is compared as written; a number as read.
        if (typeof fact.cellValue === "string") expect([fact.cell, String(raw)]).toEqual([fact.cell, fact.cellValue]);
        else expect([fact.cell, reading(raw)]).toEqual([fact.cell, expect.closeTo(fact.cellValue ?? fact.value, 6)]);
      }
    });

    it("names slips in cells that exist and hold something", async () => {
      const workbook = await open(path.join(WORKBOOK_DIR, `${book.id}.xlsx`));
      for (const slip of [...book.slips, ...book.tolerated]) {
        const value = shown(cellOf(workbook, `${slipSheet(book, slip)}!${slip.cell}`));
        expect([slip.cell, value === null || value === undefined || value === ""]).toEqual([slip.cell, false]);
      }
    });

    it("says whether it was saved by WPS, and WPS files carry what WPS writes", async () => {
      const JSZip = (await import("jszip")).default;
      const zip = await JSZip.loadAsync(fs.readFileSync(path.join(WORKBOOK_DIR, `${book.id}.xlsx`)));
      const app = await zip.file("docProps/app.xml")!.async("string");
      expect(app.includes("<Application>WPS 表格</Application>")).toBe(book.wps === true);
      if (book.wps) {
        expect(await zip.file("docProps/custom.xml")!.async("string")).toContain("KSOProductBuildVer");
        expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toContain('xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"');
      }
    });
  });
});
