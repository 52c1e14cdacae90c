/**
 * The summary's edits to workbook.xml on a part as openpyxl writes it (and so pandas' to_excel):
 * the relationships namespace bound on each <sheet>, not on the root, and an empty <definedNames/>.
 * The part below is the one openpyxl 3.1 (Debian's python3-openpyxl) wrote for a one-sheet workbook.
 * Before the fix the new <sheet> used an unbound r: prefix and a second <definedNames> followed the
 * empty one: openpyxl refused to open the summary ("Namespace prefix r for id on sheet is not defined").
 */
import { SaxesParser } from "saxes";
import { addSheetToWorkbook } from "../../src/xlsx/summary/packageEdits";

const OPENPYXL_WORKBOOK =
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><workbookPr/><workbookProtection/>' +
  '<bookViews><workbookView visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1"/></bookViews>' +
  '<sheets><sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" name="台账" sheetId="1" state="visible" r:id="rId1"/></sheets>' +
  '<definedNames/><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>';

/** Parses with namespaces checked, as Excel and openpyxl do; returns the element names in order. */
function namespacedElements(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const names: string[] = [];
  parser.on("opentag", (tag) => names.push(tag.local));
  parser.write(xml).close();
  return names;
}

describe("the summary's sheet entry in a workbook.xml written by openpyxl", () => {
  const out = addSheetToWorkbook(OPENPYXL_WORKBOOK, { name: "汇总", sheetId: 2, relId: "rId4", index: 1, titleRows: "$1:$1", printArea: "A1:R83" });

  it("binds the relationships prefix it uses, so the part parses with namespaces checked", () => {
    expect(() => namespacedElements(out)).not.toThrow();
    expect(out).toContain('<sheet name="汇总" sheetId="2" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId4"/>');
  });

  it("puts the print titles and area into the one <definedNames> the part had", () => {
    expect(namespacedElements(out).filter((n) => n === "definedNames")).toHaveLength(1);
    expect(out).toContain(
      '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">\'汇总\'!$1:$1</definedName>' +
        '<definedName name="_xlnm.Print_Area" localSheetId="1">\'汇总\'!$A$1:$R$83</definedName></definedNames>',
    );
  });

  it("keeps a prefix the root binds (Excel's own parts): no second declaration", () => {
    const excel = OPENPYXL_WORKBOOK.replace(
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    ).replace('<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', "<sheet ");
    const edited = addSheetToWorkbook(excel, { name: "汇总", sheetId: 2, relId: "rId4", index: 1 });
    expect(edited).toContain('<sheet name="汇总" sheetId="2" r:id="rId4"/>');
    expect(() => namespacedElements(edited)).not.toThrow();
  });
});
