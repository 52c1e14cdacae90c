/**
 * The workbench's downloads are made in a worker (issue 28): the page sends the opened file's bytes
 * and gets the new file back, so opening, reading, planning, writing and compressing never run on
 * the page's main thread. The worker is makeFile behind a port that structured-clones every message,
 * as postMessage does. Reference values: the same file made on one thread by makeSummaryWorkbook /
 * makeReport, which the summary and report suites hold to each fixture's expectations.
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { toPaneError } from "../../src/taskpane/errors";
import { makeReport } from "../../src/workbench/downloadReport";
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { makeFile, type MakeAnswer, type MakeRequest } from "../../src/workbench/worker/fileMaker";
import { makeInWorker, type FileMakerPort } from "../../src/workbench/worker/makeInWorker";
import { planSummary } from "../../src/core/summary/planSummary";
import { workbookFacts } from "../../src/core/facts";
import { makeSummaryWorkbook } from "../../src/workbench/downloadSummary";
import { PaneWrites } from "../../src/workbench/paneWrites";
import { sampleModel, SAMPLE_PATH } from "../summary/sample";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const bufferOf = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name))).slice().buffer;

/** A worker in this thread: messages structured-cloned both ways; counts how often it was stopped. */
function fakeMaker(): FileMakerPort & { stopped: number } {
  const port: FileMakerPort & { stopped: number } = {
    stopped: 0,
    onmessage: null,
    postMessage(message: MakeRequest) {
      const copy = structuredClone(message);
      void makeFile(copy).then((answer: MakeAnswer) => port.onmessage?.({ data: structuredClone(answer) }));
    },
    terminate() {
      port.stopped++;
    },
  };
  return port;
}

describe("downloads made in a worker", () => {
  test("the summary workbook comes back named as the command line names it, with the user's sheets and the summary sheet, and the worker is stopped", async () => {
    const port = fakeMaker();
    const made = await makeInWorker({ kind: "summary", bytes: bufferOf("layout-a.xlsx"), name: "楚雄.xlsx" }, port);
    expect(made.name).toBe("楚雄.summary.xlsx");
    expect(made.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const input = await streamWorkbook(await XlsxPackage.open(new Uint8Array(bufferOf("layout-a.xlsx"))));
    const output = await streamWorkbook(await XlsxPackage.open(made.bytes));
    expect(output.sheets.map((s) => s.name)).toEqual([...input.sheets.map((s) => s.name), "汇总"]);
    expect(port.stopped).toBe(1);
  });

  test("what the pane shows crosses to the worker whole: the summary it wrote, in English, is the download's, as makeSummaryWorkbook on one thread makes it", async () => {
    const writes = new PaneWrites();
    writes.summaryPlanned(planSummary(workbookFacts(await sampleModel()), { language: "en", generatedAt: "2026-12-06T18:50" }));
    writes.summaryWritten(true);
    const shows = { written: writes.sheets, options: { language: "zh" as const } };
    const sample = () => new Uint8Array(fs.readFileSync(SAMPLE_PATH)).slice().buffer;
    const made = await makeInWorker({ kind: "summary", bytes: sample(), name: "bureau-2024H1.xlsx", shows }, fakeMaker());
    const direct = await makeSummaryWorkbook(sample(), "bureau-2024H1.xlsx", shows);
    const sheetsOf = async (bytes: Uint8Array) => (await streamWorkbook(await XlsxPackage.open(bytes))).sheets.map((s) => [s.name, s.values]);
    const sheets = await sheetsOf(made.bytes);
    expect(sheets.map(([name]) => name)).toContain("Summary");
    expect(sheets).toEqual(await sheetsOf(direct.bytes));
  });

  test("the report comes back as the same .docx the page would make on its own thread, for the same clock", async () => {
    const now = Date.UTC(2024, 6, 10, 1, 30);
    const made = await makeInWorker({ kind: "report", bytes: bufferOf("layout-a.xlsx"), name: "楚雄.xlsx", language: "zh", now }, fakeMaker());
    const direct = await makeReport(bufferOf("layout-a.xlsx"), "楚雄.xlsx", "zh", new Date(now));
    expect(made.name).toBe("楚雄.report.docx");
    expect(made.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    // The words of the document, in order (the .docx's internal ids differ from one writing to the next).
    const words = async (bytes: Uint8Array) => {
      const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
      return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    };
    const text = await words(made.bytes);
    expect(text).toContain("楚雄");
    expect(text).toBe(await words(direct.bytes));
  });

  test("the report takes the pane's options and corrections as 生成汇总 does: a GDP typed in the pane gives its 控制指标 chapter (26 deaths over 812.5亿元 = 0.032, by hand), two decimals give 15.00%", async () => {
    const now = Date.UTC(2024, 6, 10, 1, 30);
    const words = async (bytes: Uint8Array) => {
      const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
      return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    };
    const shows = {
      options: { denominators: [{ indicator: "gdp", unit: "亿元", current: 812.5, previous: 770.1 }], percentDecimals: 2, stripTrailingZeros: false },
      overrides: {},
    };
    const made = await makeInWorker({ kind: "report", bytes: bufferOf("layout-a.xlsx"), name: "楚雄.xlsx", language: "zh", now, shows }, fakeMaker());
    const text = await words(made.bytes);
    expect(text).toContain("亿元GDP生产安全事故死亡率由去年同期的0.027升到0.032");
    expect(text).toContain("上升15.00%");
    const plain = await words(
      (await makeInWorker({ kind: "report", bytes: bufferOf("layout-a.xlsx"), name: "楚雄.xlsx", language: "zh", now }, fakeMaker())).bytes,
    );
    expect(plain).not.toContain("亿元GDP");
  });

  test("a damaged file is refused with the reader's bilingual message, as the pane shows it, and the worker is stopped", async () => {
    const port = fakeMaker();
    const refusal = makeInWorker({ kind: "summary", bytes: bufferOf("malformed-corrupt.xlsx"), name: "malformed-corrupt.xlsx" }, port);
    const error = await refusal.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    // The refusal's own bilingual words, not the pane's generic "unexpected error".
    expect((error as { bilingual?: unknown }).bilingual).toMatchObject({ zh: expect.stringMatching(/[\u4e00-\u9fff]/), en: expect.any(String) });
    const shown = toPaneError(error);
    expect(shown.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(shown.message.en).toMatch(/[a-z]/);
    expect(port.stopped).toBe(1);
  });
});
