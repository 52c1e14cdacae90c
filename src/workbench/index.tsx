/**
 * Entry of workbench.html: installs the Office stub, wires the pane's Excel binding to the
 * runner the Workbench injects (the in-memory host), and renders the page.
 */
import { createRoot } from "react-dom/client";
import { readWorkbookSnapshot } from "../excel/readWorkbook";
import { runExcel } from "../excel/runtime";
import { createExcelServices } from "../taskpane/excel/excelServices";
import { generateForPane } from "../taskpane/excel/summaryAdapter";
import { paneEnvironment } from "../taskpane/environment";
import { Workbench } from "./Workbench";
import { bookPlanner, bookServices, type OpenBook } from "./bookServices";
import { installOfficeStub } from "./officeStub";

const requested = new URL(window.location.href).searchParams.get("lang");
const office = installOfficeStub(requested === "en" ? "en" : "zh");
const { language } = paneEnvironment(office);

// With a book worker (the file opened there), Detect and Generate read and plan in the worker.
const makeServices = (book?: OpenBook) => {
  const planner = book ? bookPlanner(book) : undefined;
  const services = createExcelServices({
    run: runExcel,
    readSnapshot: (context) => readWorkbookSnapshot(context, { withNumberFormats: true }),
    generateSummary: (context, options, overrides, onProgress) => generateForPane(context, options, overrides, onProgress, planner),
    onConsolidated: (plan) => book?.writes?.consolidationWritten(plan),
  });
  return book ? bookServices(services, book, runExcel) : services;
};

const container = document.getElementById("root");
if (container) createRoot(container).render(<Workbench sampleUrl="assets/samples/bureau-2024H1.xlsx" makeServices={makeServices} language={language} />);
