/**
 * Turns an .xlsx that ExcelJS wrote into one shaped as WPS Office (WPS 表格, Kingsoft ET) saves
 * it, so the readers meet what bureaus' WPS users send: docProps/app.xml naming WPS 表格, a
 * docProps/custom.xml with WPS's KSOProductBuildVer and ICV properties (and its relationship and
 * content type), WPS's etCustomData namespace on every worksheet and the workbook, and an
 * etc:filterBottomFollowUsedRange attribute on an autoFilter where a sheet has one. Cell data,
 * merges and styles are left as they are.
 */
"use strict";

const JSZip = require("jszip");

const ETC = "http://www.wps.cn/officeDocument/2017/etCustomData";
const BUILD = "2052-12.1.0.18276";

function appXml(sheetNames) {
  const titles = sheetNames.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<Application>WPS 表格</Application>" +
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant>' +
    `<vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
    "</Properties>"
  );
}

function customXml(icv) {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="ICV"><vt:lpwstr>${icv}</vt:lpwstr></property>` +
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="KSOProductBuildVer"><vt:lpwstr>${BUILD}</vt:lpwstr></property>` +
    "</Properties>"
  );
}

function escapeXml(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Puts `element` before a part's closing tag unless the part already has it. */
async function addOnce(zip, part, closing, element) {
  const xml = await zip.file(part).async("string");
  if (!xml.includes(element)) zip.file(part, xml.replace(closing, `${element}${closing}`));
}

/** Adds the etc namespace to a part's root element (after its default namespace). */
function withEtcNamespace(xml, root) {
  if (xml.includes(`xmlns:etc="${ETC}"`)) return xml;
  return xml.replace(new RegExp(`<${root}(\\s)`), `<${root} xmlns:etc="${ETC}"$1`);
}

/**
 * Rewrites ExcelJS's bytes as a WPS-saved package.
 *
 * @param {Buffer} bytes the .xlsx ExcelJS wrote
 * @param {string[]} sheetNames the sheets, in tab order
 * @param {string} icv the document's ICV id (32 hex digits and a suffix, as WPS writes it)
 * @returns {Promise<Buffer>} the rewritten package
 */
async function asWpsSaved(bytes, sheetNames, icv) {
  const zip = await JSZip.loadAsync(bytes);
  zip.file("docProps/app.xml", appXml(sheetNames));
  zip.file("docProps/custom.xml", customXml(icv));
  await addOnce(
    zip,
    "[Content_Types].xml",
    "</Types>",
    '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
  );
  await addOnce(
    zip,
    "_rels/.rels",
    "</Relationships>",
    '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>',
  );
  const workbookXml = await zip.file("xl/workbook.xml").async("string");
  zip.file("xl/workbook.xml", withEtcNamespace(workbookXml, "workbook"));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    let xml = withEtcNamespace(await zip.file(name).async("string"), "worksheet");
    xml = xml.replace(/<autoFilter ref="([^"]+)"\/>/, `<autoFilter ref="$1" etc:filterBottomFollowUsedRange="0"/>`);
    zip.file(name, xml);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

module.exports = { asWpsSaved, ETC, BUILD };
