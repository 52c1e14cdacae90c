/**
 * What the build adds to the functions.json that custom-functions-metadata generates from the
 * JSDoc, which has no tag for either:
 *
 * - `allowErrorForDataTypeAny: true`: without it Excel does not call a function whose input cell
 *   holds an error, so the functions' per-element error rule (docs in functions-help.html,
 *   "Error inputs") would never run. Every BUREAU parameter is of type `any`, which is the type
 *   the flag applies to.
 * - `helpUrl` for every function, from the one add-in origin the manifest is written for
 *   (scripts/build/addinConfig.js): `<origin>/functions-help.html#<id in lower case>`.
 */
"use strict";

/** The help page every helpUrl points into. */
const HELP_PAGE = "functions-help.html";

/**
 * The metadata as Excel should read it.
 *
 * @param {string | object} functionsJson the generated metadata (text or parsed)
 * @param {{ origin: string }} options the add-in's origin, such as https://stats.example.cn
 * @returns {object} a new metadata object; the input is not changed
 * @example finishMetadata({ functions: [{ id: "YOY", name: "YOY", parameters: [], result: {} }] }, { origin: "https://a.cn" }).functions[0].helpUrl
 *   // "https://a.cn/functions-help.html#yoy"
 */
function finishMetadata(functionsJson, { origin }) {
  const metadata = typeof functionsJson === "string" ? JSON.parse(functionsJson) : JSON.parse(JSON.stringify(functionsJson));
  if (!metadata || !Array.isArray(metadata.functions)) throw new Error("not custom-functions metadata: no functions array");
  const base = String(origin).replace(/\/+$/, "");
  const finished = { allowErrorForDataTypeAny: true, ...metadata };
  finished.allowErrorForDataTypeAny = true;
  finished.functions = metadata.functions.map((fn) => ({ ...fn, helpUrl: `${base}/${HELP_PAGE}#${String(fn.id).toLowerCase()}` }));
  return finished;
}

module.exports = { finishMetadata, HELP_PAGE };
