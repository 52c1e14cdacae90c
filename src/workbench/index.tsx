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
import { installOfficeStub } from "./officeStub";

const requested = new URL(window.location.href).searchParams.get("lang");
const office = installOfficeStub(requested === "en" ? "en" : "zh");
const { language } = paneEnvironment(office);

const makeServices = () =>
  createExcelServices({
    run: runExcel,
    readSnapshot: (context) => readWorkbookSnapshot(context, { withNumberFormats: true }),
    generateSummary: generateForPane,
  });

const container = document.getElementById("root");
if (container) createRoot(container).render(<Workbench sampleUrl="assets/samples/bureau-2024H1.xlsx" makeServices={makeServices} language={language} />);
