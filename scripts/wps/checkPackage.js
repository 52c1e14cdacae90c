/**
 * Checks a built WPS add-in folder (npm run build:wps runs it; tests/wps/package.test.ts runs it on
 * a real build): every file WPS and our pages load is there, ribbon.xml passes checkRibbon with the
 * callbacks main.js defines, publish.xml and jsplugins.xml are well-formed and name the folder, and
 * every script runs on Chromium 67, the floor we target for WPS's embedded browser (docs/wps.md):
 * it parses as ES2020 without optional chaining or `??` (Chromium 80) — BigInt (67) and lookbehind
 * (62) are the newest syntax the core uses —, calls no built-in newer than 67 except those
 * polyfills.ts supplies (and then carries them), and engineCheck.js, which must run anywhere to say
 * the engine is too old, parses as ES2015.
 */
const fs = require("fs");
const path = require("path");
const acorn = require("acorn");
const { checkRibbon, parseXml, folderSize } = require("./addinPackage");

/** The files an add-in folder must hold. */
const REQUIRED = ["index.html", "main.js", "ribbon.xml", "pane.html", "pane.js", "engineCheck.js", "icon-32.png"];
/** Built-ins newer than Chromium 67 that no script may call (transpiling syntax does not add them). */
const NEWER_BUILT_INS = [
  /\bPromise\.allSettled\(/,
  /\bPromise\.any\(/,
  /\.replaceAll\(/,
  /\bstructuredClone\(/,
  /\.randomUUID\(/,
  /\bObject\.hasOwn\(/,
  /\.findLast(Index)?\(/,
  /\bAggregateError\b/,
  /\bqueueMicrotask\(/,
];
/** Built-ins newer than 67 that polyfills.ts supplies: allowed when a script of the folder carries it. */
const POLYFILLED = [/\.flat\(/, /\.flatMap\(/, /\.matchAll\(/, /\bObject\.fromEntries\(/, /\.at\(-/, /\bglobalThis\b/, /\.arrayBuffer\(\)/];
const POLYFILLS_MARK = "bureau-stats-wps-polyfills";

/** Syntax newer than Chromium 67 that acorn's ES2020 still accepts. */
function newerSyntax(node, found = new Set()) {
  if (!node || typeof node.type !== "string") return found;
  if (node.type === "ChainExpression") found.add("optional chaining (?.)");
  if (node.type === "LogicalExpression" && node.operator === "??") found.add("nullish coalescing (??)");
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) newerSyntax(child, found);
    else if (value && typeof value.type === "string") newerSyntax(value, found);
  }
  return found;
}
/** The members of `ribbon` main.ts defines (ribbon.ts RibbonCallbacks). */
const CALLBACKS = ["OnAddinLoad", "OnAction", "OnGetEnabled", "GetImage"];

/**
 * @param {string} root the dist folder (holding publish.xml, jsplugins.xml and the add-in folder)
 * @param {string} folder the add-in folder's name
 * @returns {{ problems: string[], bytes: number, files: number, scripts: number }}
 */
function checkPackage(root, folder) {
  const dir = path.join(root, folder);
  const problems = [];
  for (const file of REQUIRED) if (!fs.existsSync(path.join(dir, file))) problems.push(`${folder}/${file} is missing`);
  if (fs.existsSync(path.join(dir, "ribbon.xml"))) {
    const { problems: ribbon } = checkRibbon(fs.readFileSync(path.join(dir, "ribbon.xml"), "utf8"), CALLBACKS);
    problems.push(...ribbon.map((p) => `ribbon.xml: ${p}`));
  }
  for (const list of ["publish.xml", "jsplugins.xml"]) {
    const file = path.join(root, list);
    if (!fs.existsSync(file)) {
      problems.push(`${list} is missing`);
      continue;
    }
    try {
      const entries = parseXml(fs.readFileSync(file, "utf8")).filter((e) => e.name === "jsplugin");
      if (entries.length !== 1) problems.push(`${list} lists ${entries.length} add-ins`);
      const e = entries[0];
      if (e && `${e.attributes.name}_${e.attributes.version}` !== folder)
        problems.push(`${list} names ${e.attributes.name}_${e.attributes.version}, not ${folder}`);
      if (e && e.attributes.type !== "et") problems.push(`${list}: type is ${e.attributes.type}, not et`);
    } catch (error) {
      problems.push(`${list} is not well-formed: ${error.message}`);
    }
  }
  let scripts = 0;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".js"));
  const polyfilled = files.some((f) => fs.readFileSync(path.join(dir, f), "utf8").includes(POLYFILLS_MARK));
  for (const file of files) {
    scripts++;
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    const ecmaVersion = file === "engineCheck.js" ? 2015 : 2020;
    try {
      const ast = acorn.parse(text, { ecmaVersion, sourceType: "script" });
      for (const syntax of newerSyntax(ast)) problems.push(`${file} uses ${syntax}, which Chromium 67 lacks`);
    } catch (error) {
      problems.push(`${file} is not ES${ecmaVersion}: ${error.message}`);
    }
    for (const pattern of NEWER_BUILT_INS) if (pattern.test(text)) problems.push(`${file} calls ${pattern.source}, which Chromium 67 lacks`);
    if (!polyfilled)
      for (const pattern of POLYFILLED) if (pattern.test(text)) problems.push(`${file} calls ${pattern.source} but no script carries polyfills.ts`);
  }
  const main = fs.existsSync(path.join(dir, "main.js")) ? fs.readFileSync(path.join(dir, "main.js"), "utf8") : "";
  for (const name of CALLBACKS) if (!main.includes(name)) problems.push(`main.js does not define ribbon.${name}`);
  return { problems, scripts, ...folderSize(dir) };
}

module.exports = { checkPackage, REQUIRED, CALLBACKS };
