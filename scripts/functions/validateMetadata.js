/**
 * Checks custom-functions metadata (functions.json, functions.zh-CN.json) against the JSON
 * Schema written from Microsoft's metadata reference (metadata.schema.json, checked with ajv)
 * and the rules a schema cannot state: ids and names unique, parameter names unique within a
 * function, no name of an Excel built-in function (Microsoft's naming guidance: avoid the name of
 * any built-in), and, in the English file, each name equal to its id.
 */
"use strict";
const Ajv = require("ajv");
const schema = require("./metadata.schema.json");

/**
 * Excel built-in functions whose names sit close to ours (statistics, trends, text), and the
 * names this add-in once used. HyperFormula's list of ~400 built-ins is checked by the tests too.
 */
const EXCEL_BUILT_IN_NAMES = Object.freeze([
  "TREND",
  "GROWTH",
  "FORECAST",
  "FORECAST.LINEAR",
  "FORECAST.ETS",
  "LINEST",
  "LOGEST",
  "SLOPE",
  "INTERCEPT",
  "FREQUENCY",
  "PERCENTRANK",
  "QUARTILE",
  "PERCENTILE",
  "RANK",
  "CONFIDENCE",
  "CHITEST",
  "TTEST",
  "ZTEST",
  "FTEST",
  "POISSON",
  "POISSON.DIST",
  "TEXT",
  "VALUE",
  "SUM",
  "COUNT",
  "AVERAGE",
  "MEDIAN",
  "STDEV",
]);

/** What each `not` rule of the name refuses, by its place in the schema's allOf. */
const NAME_RULES = { 1: "contain a lower-case letter", 2: "be an Excel 4.0 macro function name" };

/** One ajv error as a line a developer can act on. */
function describeError(error) {
  const rule = /\/name\/allOf\/(\d)\/not$/.exec(error.schemaPath);
  const message = rule ? `must not ${NAME_RULES[rule[1]]}` : error.message;
  const extra = error.params && error.params.additionalProperty ? ` (${error.params.additionalProperty})` : "";
  return `${error.instancePath || "/"} ${message}${extra}`;
}

let compiled;
/** The compiled schema (ajv 8, Unicode patterns). */
function schemaValidator() {
  if (!compiled) compiled = new Ajv({ allErrors: true, strict: true }).compile(schema);
  return compiled;
}

/**
 * Everything wrong with a metadata object.
 *
 * @param {object} metadata the parsed metadata
 * @param {{ english?: boolean, builtIns?: Iterable<string> }} [options] english: the default-language
 *   file, whose names must equal their ids; builtIns: more built-in names to refuse
 * @returns {string[]} one line per problem; empty when the metadata is valid
 * @example metadataProblems({ functions: [{ id: "yoy", name: "YOY", parameters: [], result: {} }] })
 *   // ["/functions/0/id must match pattern \"^[A-Z][A-Z0-9_.]{2,}$\""]
 */
function metadataProblems(metadata, { english = false, builtIns = [] } = {}) {
  const validate = schemaValidator();
  const problems = [];
  if (!validate(metadata)) {
    for (const error of validate.errors) problems.push(describeError(error));
  }
  const functions = Array.isArray(metadata && metadata.functions) ? metadata.functions : [];
  const refused = new Set([...EXCEL_BUILT_IN_NAMES, ...builtIns].map((name) => String(name).toUpperCase()));
  const seen = { id: new Set(), name: new Set() };
  for (const fn of functions) {
    for (const key of ["id", "name"]) {
      const value = String(fn[key]).toUpperCase();
      if (seen[key].has(value)) problems.push(`${key} ${fn[key]} is used twice`);
      seen[key].add(value);
      if (refused.has(value)) problems.push(`${key} ${fn[key]} is the name of an Excel built-in function`);
    }
    if (english && fn.name !== fn.id) problems.push(`name ${fn.name} differs from its id ${fn.id} in the default-language file`);
    const parameterNames = (fn.parameters || []).map((p) => p.name);
    if (new Set(parameterNames).size !== parameterNames.length) problems.push(`${fn.id} has two parameters of the same name`);
  }
  return problems;
}

module.exports = { metadataProblems, EXCEL_BUILT_IN_NAMES };
