/**
 * The WPS add-in's package: the names WPS requires and the two deployment lists.
 *
 * - The add-in folder is `<name>_<version>`: WPS looks the folder up by the name and version that
 *   publish.xml / jsplugins.xml give, and was reported to delete a folder whose name does not match.
 * - publish.xml (per user, in the jsaddons folder) lists it as an offline add-in: url is the folder's
 *   name; type "et" (WPS 表格).
 * - jsplugins.xml (enterprise: named by oem.ini's [Server] JSPluginsServer with [Support]
 *   JsApiPlugin=true) lists it with a url the administrator sets (a file:// or http(s):// address
 *   of the folder or of its .7z/.zip).
 * - checkRibbon: ribbon.xml against what the customUI 2006 schema allows for the elements we use,
 *   with every callback a member of the global `ribbon` object main.ts sets.
 * docs/wps.md gives the sources.
 */
const fs = require("fs");
const path = require("path");
const { SaxesParser } = require("saxes");

const ADDIN_NAME = "bureau-stats";
const CUSTOM_UI_NS = "http://schemas.microsoft.com/office/2006/01/customui";

const escapeXml = (s) => String(s).replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]);

/** The add-in folder's name: WPS requires `<name>_<version>`. */
function addinFolderName(version, name = ADDIN_NAME) {
  return `${name}_${version}`;
}

/** A list of one add-in (publish.xml and jsplugins.xml share the format). */
function addinListXml(attributes) {
  const line = Object.entries(attributes)
    .map(([k, v]) => `${k}="${escapeXml(v)}"`)
    .join(" ");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin ${line}/>\n</jsplugins>\n`;
}

/**
 * publish.xml for the per-user jsaddons folder: one offline add-in whose url is its folder's name.
 * enable="enable_dev" was reported necessary for offline add-ins on Windows.
 */
function publishXml(version, name = ADDIN_NAME) {
  return addinListXml({ name, type: "et", url: addinFolderName(version, name), version, enable: "enable_dev", install: "null", customDomain: "" });
}

/** jsplugins.xml for the enterprise route (oem.ini JSPluginsServer=…): url is where IT serves the folder. */
function jsPluginsXml(version, url, name = ADDIN_NAME) {
  return addinListXml({ name, type: "et", url, version, enable: "true" });
}

/** Parses XML strictly; returns the elements as { name, attributes, parent } in document order. */
function parseXml(text) {
  const parser = new SaxesParser({ xmlns: true });
  const elements = [];
  const stack = [];
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("doctype", () => {
    throw new Error("DOCTYPE not allowed");
  });
  parser.on("opentag", (tag) => {
    const attributes = {};
    for (const [k, a] of Object.entries(tag.attributes)) if (!k.startsWith("xmlns")) attributes[k] = a.value;
    const el = { name: tag.local, uri: tag.uri, attributes, parent: stack[stack.length - 1] };
    elements.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => stack.pop());
  parser.write(text).close();
  return elements;
}

/**
 * What the customUI 2006 schema (customUI.xsd, [MS-CUSTOMUI] 2.3) allows for the elements our ribbon
 * uses: each element's allowed parent and attributes. A subset: anything else is refused, so the
 * ribbon cannot drift into what the schema (or WPS) does not take.
 */
const SCHEMA = {
  customUI: { parents: [null], attributes: ["onLoad", "loadImage"] },
  ribbon: { parents: ["customUI"], attributes: ["startFromScratch"] },
  tabs: { parents: ["ribbon"], attributes: [] },
  tab: {
    parents: ["tabs"],
    attributes: [
      "id",
      "idMso",
      "idQ",
      "tag",
      "label",
      "getLabel",
      "visible",
      "getVisible",
      "insertAfterMso",
      "insertBeforeMso",
      "insertAfterQ",
      "insertBeforeQ",
      "keytip",
      "getKeytip",
    ],
  },
  group: {
    parents: ["tab"],
    attributes: [
      "id",
      "idMso",
      "idQ",
      "tag",
      "label",
      "getLabel",
      "image",
      "imageMso",
      "getImage",
      "visible",
      "getVisible",
      "insertAfterMso",
      "insertBeforeMso",
      "screentip",
      "supertip",
      "keytip",
    ],
  },
  button: {
    parents: ["group", "box"],
    attributes: [
      "id",
      "idMso",
      "idQ",
      "tag",
      "label",
      "getLabel",
      "showLabel",
      "getShowLabel",
      "image",
      "imageMso",
      "getImage",
      "showImage",
      "getShowImage",
      "size",
      "getSize",
      "onAction",
      "enabled",
      "getEnabled",
      "visible",
      "getVisible",
      "screentip",
      "getScreentip",
      "supertip",
      "getSupertip",
      "keytip",
      "getKeytip",
      "description",
      "getDescription",
      "insertAfterMso",
      "insertBeforeMso",
    ],
  },
  box: { parents: ["group", "box"], attributes: ["id", "boxStyle", "visible", "getVisible"] },
};
const CALLBACK_ATTRIBUTES = /^(on[A-Z]|get[A-Z]|loadImage$)/;
const ENUMS = {
  size: ["normal", "large"],
  startFromScratch: ["true", "false"],
  visible: ["true", "false"],
  enabled: ["true", "false"],
  boxStyle: ["horizontal", "vertical"],
};

/**
 * Checks a ribbon.xml.
 *
 * @param text the XML
 * @param callbacks the members of the global ribbon object
 * @returns the problems found (empty when the ribbon is sound) and the callbacks named
 */
function checkRibbon(text, callbacks) {
  const problems = [];
  let elements;
  try {
    elements = parseXml(text);
  } catch (e) {
    return { problems: [`not well-formed: ${e.message}`], named: [] };
  }
  const ids = new Set();
  const named = new Set();
  for (const el of elements) {
    const rule = SCHEMA[el.name];
    if (el.uri !== CUSTOM_UI_NS) problems.push(`<${el.name}> is not in the customUI 2006 namespace`);
    if (!rule) {
      problems.push(`<${el.name}> is not an element this ribbon may use`);
      continue;
    }
    const parent = el.parent ? el.parent.name : null;
    if (!rule.parents.includes(parent)) problems.push(`<${el.name}> cannot sit in <${parent}>`);
    for (const [attr, value] of Object.entries(el.attributes)) {
      if (!rule.attributes.includes(attr)) problems.push(`<${el.name}> has no attribute ${attr}`);
      if (ENUMS[attr] && !ENUMS[attr].includes(value)) problems.push(`<${el.name} ${attr}="${value}"> is not one of ${ENUMS[attr].join("|")}`);
      if (attr === "id") {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) problems.push(`id "${value}" is not an NCName`);
        if (ids.has(value)) problems.push(`id "${value}" is used twice`);
        ids.add(value);
      }
      if (CALLBACK_ATTRIBUTES.test(attr)) {
        const match = /^ribbon\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(value);
        if (!match) problems.push(`${attr}="${value}" is not a member of the global ribbon object`);
        else if (!callbacks.includes(match[1])) problems.push(`${attr}="${value}" names no callback main.ts defines`);
        else named.add(match[1]);
      }
      if ((attr === "label" || attr === "screentip") && value.length > 1024) problems.push(`${attr} longer than 1024 characters`);
    }
    if (["tab", "group", "button", "box"].includes(el.name) && !el.attributes.id && !el.attributes.idMso && !el.attributes.idQ)
      problems.push(`<${el.name}> has no id`);
  }
  if (!elements[0] || elements[0].name !== "customUI") problems.push("the root is not <customUI>");
  return { problems, named: [...named] };
}

/** Total bytes of the files under a folder, and their count. */
function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderSize(full);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += fs.statSync(full).size;
      files++;
    }
  }
  return { bytes, files };
}

module.exports = { ADDIN_NAME, addinFolderName, publishXml, jsPluginsXml, parseXml, checkRibbon, folderSize, CUSTOM_UI_NS };
