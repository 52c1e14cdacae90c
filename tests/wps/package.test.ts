/**
 * The WPS add-in's package rules (scripts/wps/addinPackage.js; the full build runs checkPackage in
 * `npm run build:wps`): our ribbon.xml is well-formed customUI 2006 that uses only elements and
 * attributes the schema allows, every callback it names is one main.ts defines and none is missing;
 * the checker refuses what WPS or the schema would not take (so it can fail); publish.xml and
 * jsplugins.xml name the folder `<name>_<version>` WPS looks for, type et.
 */
import * as fs from "fs";
import * as path from "path";
import { createEtHost } from "../../src/etHost/etHost";
import { createRibbon } from "../../src/wps/addin/ribbon";
/* eslint-disable @typescript-eslint/no-require-imports */
const { checkRibbon, publishXml, jsPluginsXml, parseXml, addinFolderName } = require("../../scripts/wps/addinPackage");
const { CALLBACKS } = require("../../scripts/wps/checkPackage");
/* eslint-enable @typescript-eslint/no-require-imports */

const RIBBON = fs.readFileSync(path.join(__dirname, "../../src/wps/addin/ribbon.xml"), "utf8");

test("the ribbon is customUI 2006 with the tab 应急统计 and the buttons 一键汇总 and 应急统计, every callback defined", () => {
  const { problems, named } = checkRibbon(RIBBON, CALLBACKS);
  expect(problems).toEqual([]);
  expect([...named].sort()).toEqual([...CALLBACKS].sort());
  const labels = parseXml(RIBBON).map((e: { name: string; attributes: Record<string, string> }) => `${e.name}:${e.attributes.label ?? ""}`);
  expect(labels).toEqual(expect.arrayContaining(["tab:应急统计", "button:一键汇总", "button:应急统计"]));
});

test("the callbacks the package check expects are exactly those createRibbon returns", () => {
  const ribbon = createRibbon(createEtHost({ 表: [["a"]] }).application, { paneUrl: "pane.html", iconUrl: "icon.png" });
  expect(Object.keys(ribbon).sort()).toEqual([...CALLBACKS].sort());
});

test.each([
  ["an element the schema has not", RIBBON.replace("<tabs>", "<tabs><menuBar/>"), /menuBar/],
  ["an attribute a button has not", RIBBON.replace('size="large"', 'size="large" colour="red"'), /no attribute colour/],
  ["a size outside normal|large", RIBBON.replace('size="large"', 'size="huge"'), /huge/],
  ["an id used twice", RIBBON.replace('id="btnBureauPane"', 'id="btnBureauSummary"'), /used twice/],
  ["a callback main.ts does not define", RIBBON.replace("ribbon.OnGetEnabled", "ribbon.OnGetVisible"), /OnGetVisible/],
  ["a callback that is not on the ribbon object", RIBBON.replace('onLoad="ribbon.OnAddinLoad"', 'onLoad="OnAddinLoad"'), /global ribbon object/],
  ["another namespace", RIBBON.replace("2006/01/customui", "2009/07/customui"), /namespace/],
  ["broken XML", RIBBON.replace("</tabs>", ""), /not well-formed/],
  ["a DOCTYPE", RIBBON.replace("<customUI", '<!DOCTYPE x [<!ENTITY e "e">]><customUI'), /not well-formed/],
])("the ribbon check refuses %s", (_label, xml, problem) => {
  const { problems } = checkRibbon(xml, CALLBACKS);
  expect(problems.join("\n")).toMatch(problem);
});

test("publish.xml and jsplugins.xml list one et add-in under the folder name WPS looks for", () => {
  expect(addinFolderName("0.1.0")).toBe("bureau-stats_0.1.0");
  const publish = parseXml(publishXml("0.1.0")).find((e: { name: string }) => e.name === "jsplugin");
  expect(publish.attributes).toMatchObject({ name: "bureau-stats", type: "et", url: "bureau-stats_0.1.0", version: "0.1.0", enable: "enable_dev" });
  const enterprise = parseXml(jsPluginsXml("0.1.0", "http://10.0.0.5/addins/bureau-stats_0.1.0.zip?a=1&b=2")).find(
    (e: { name: string }) => e.name === "jsplugin",
  );
  expect(enterprise.attributes).toMatchObject({
    name: "bureau-stats",
    type: "et",
    version: "0.1.0",
    url: "http://10.0.0.5/addins/bureau-stats_0.1.0.zip?a=1&b=2",
  });
});
