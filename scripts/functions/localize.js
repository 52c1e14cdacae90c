/**
 * Builds the zh-CN custom-functions metadata from the English `functions.json` that
 * custom-functions-metadata generates, so both come from the same JSDoc source: ids, types,
 * dimensionality and options are copied; descriptions and parameter display names (and, if
 * given, function display names) are replaced from a translations table. Excel picks the file for its display language from
 * the manifest's zh-CN override.
 *
 * Translations table (src/functions/functions.zh-CN.json):
 *   { "YOY": { "description": "…", "parameters": { "current": "…", "previous": "…" },
 *              "parameterNames": { "current": "本期", "previous": "去年同期" }, "result": "…"?, "name": "…"? } }
 * `parameters` holds the descriptions and `parameterNames` the names Excel's argument tooltip shows
 * (=BUREAU.YOY(本期, 去年同期)); both are required for every parameter.
 *
 * Usage (webpack, after CustomFunctionsMetadataPlugin has written functions.json):
 *   const { localizeMetadata } = require("./scripts/functions/localize");
 *   const zh = localizeMetadata(fs.readFileSync("dist/functions.json", "utf8"), require("./src/functions/functions.zh-CN.json"));
 *   fs.writeFileSync("dist/functions.zh-CN.json", JSON.stringify(zh, null, 2));
 * or from the command line:
 *   node scripts/functions/localize.js dist/functions.json src/functions/functions.zh-CN.json dist/functions.zh-CN.json
 */
"use strict";

/**
 * Replaces every description and parameter name of the metadata with its Chinese translation.
 *
 * @param {string | object} functionsJson the generated metadata (text or parsed)
 * @param {object} translations the table keyed by function id
 * @returns {object} a new metadata object in Chinese; the input is not changed
 * @throws {Error} naming every missing translation ("YOY.description", "YOY.parameters.current",
 *   "YOY.parameterNames.current" …)
 * @example localizeMetadata({ functions: [{ id: "YOY", name: "YOY", description: "Year-on-year", parameters: [{ name: "current" }] }] },
 *   { YOY: { description: "同比增减幅度", parameters: { current: "本期数" }, parameterNames: { current: "本期" } } }).functions[0].parameters[0].name // "本期"
 */
function localizeMetadata(functionsJson, translations) {
  const metadata = typeof functionsJson === "string" ? JSON.parse(functionsJson) : JSON.parse(JSON.stringify(functionsJson));
  if (!metadata || !Array.isArray(metadata.functions)) throw new Error("not custom-functions metadata: no functions array");
  const table = translations || {};
  const missing = [];
  const filled = (text) => typeof text === "string" && text.trim() !== "";

  for (const fn of metadata.functions) {
    const entry = table[fn.id];
    if (!entry || typeof entry !== "object") {
      missing.push(`${fn.id} (no entry)`);
      continue;
    }
    if (filled(entry.description)) fn.description = entry.description;
    else missing.push(`${fn.id}.description`);
    if (filled(entry.name)) fn.name = entry.name;
    if (filled(entry.result) && fn.result) fn.result.description = entry.result;
    for (const parameter of fn.parameters || []) {
      const text = entry.parameters && entry.parameters[parameter.name];
      if (filled(text)) parameter.description = text;
      else missing.push(`${fn.id}.parameters.${parameter.name}`);
      const shown = entry.parameterNames && entry.parameterNames[parameter.name];
      if (filled(shown)) parameter.name = shown;
      else missing.push(`${fn.id}.parameterNames.${parameter.name}`);
    }
  }
  if (missing.length > 0) {
    throw new Error(`missing zh-CN translations for custom functions / 自定义函数缺少中文说明: ${missing.join(", ")}`);
  }
  return metadata;
}

module.exports = { localizeMetadata };

if (require.main === module) {
  const fs = require("fs");
  const [input, table, output] = process.argv.slice(2);
  if (!input || !table || !output) {
    console.error("usage: node scripts/functions/localize.js <functions.json> <functions.zh-CN translations.json> <output.json>");
    process.exit(2);
  }
  const zh = localizeMetadata(fs.readFileSync(input, "utf8"), JSON.parse(fs.readFileSync(table, "utf8")));
  fs.writeFileSync(output, JSON.stringify(zh, null, 2));
  console.log(`wrote ${output} (${zh.functions.length} functions)`);
}
