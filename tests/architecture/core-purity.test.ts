/**
 * src/core/ must run in Node and in the browser (team charter): no Office.js, React, Fluent UI,
 * ExcelJS, HyperFormula, the .docx writer (docx, JSZip) or Node built-ins. This scans every import, require and dynamic import
 * under src/core/ and also checks the scanner on known-bad snippets so it cannot pass vacuously.
 */
import * as fs from "fs";
import * as path from "path";
import { builtinModules } from "module";

const coreDir = path.resolve(__dirname, "../../src/core");
const FORBIDDEN_PACKAGES = [
  /^react(-dom)?(\/|$)/,
  /^@fluentui\//,
  /^exceljs(\/|$)/,
  /^hyperformula(\/|$)/,
  /^docx(\/|$)/,
  /^jszip(\/|$)/,
  /^@microsoft\/office-js/,
  /^office-addin-/,
  /^office-js/,
];
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Module specifiers a source text imports (static, type, re-export, require, dynamic import). */
function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'"]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bexport\s+[^'";]*?\bfrom\s*["']([^"']+)["']/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) specifiers.push(match[1]);
  return specifiers;
}

/** Why a specifier is not allowed in src/core/, or null when it is. */
function violation(specifier: string): string | null {
  if (NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split("/")[0])) return "Node built-in";
  if (FORBIDDEN_PACKAGES.some((pattern) => pattern.test(specifier))) return "host or UI package";
  return null;
}

/** Global Office.js objects used without import (the @types/office-js ambient globals). */
const OFFICE_GLOBALS = /\b(?:Office|Excel|CustomFunctions|OfficeRuntime)\s*\.\s*[A-Za-z]/;

function sourceFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => /\.(ts|tsx|js|mjs)$/.test(file)).map((file) => path.join(dir, file));
}

/** Text without comments, so prose that mentions Office.js does not count. */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

describe("src/core purity", () => {
  test("the scanner recognises every kind of forbidden import in known-bad snippets", () => {
    const bad = `import React from "react";\nimport type { X } from "@fluentui/react-components";\nexport { a } from "exceljs";\nconst fs = require("fs");\nawait import("node:path");\nimport "hyperformula";`;
    expect(importsOf(bad).sort()).toEqual(["@fluentui/react-components", "exceljs", "fs", "hyperformula", "node:path", "react"]);
    expect(importsOf(bad).map(violation).sort()).toEqual([
      "Node built-in",
      "Node built-in",
      "host or UI package",
      "host or UI package",
      "host or UI package",
      "host or UI package",
    ]);
    expect(violation("../numbers/decimal")).toBeNull();
    expect(OFFICE_GLOBALS.test(withoutComments("const r = Excel.run(f);"))).toBe(true);
    expect(OFFICE_GLOBALS.test(withoutComments("// runs without Office.js"))).toBe(false);
  });

  const files = sourceFiles(coreDir);

  test("src/core has source files to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  test.each(files.map((file) => [path.relative(coreDir, file), file]))("%s imports nothing host-, UI- or Node-specific", (_name, file) => {
    const text = withoutComments(fs.readFileSync(file, "utf8"));
    const problems = importsOf(text)
      .map((specifier) => [specifier, violation(specifier)])
      .filter(([, why]) => why !== null);
    if (OFFICE_GLOBALS.test(text)) problems.push(["Office.js global", "host"]);
    expect(problems).toEqual([]);
  });
});
