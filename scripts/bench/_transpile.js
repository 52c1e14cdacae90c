/**
 * Shared by the benchmarks: transpiles TypeScript folders of this repository to CommonJS in a
 * temporary folder with the TypeScript compiler API (no type check, no bundler), so a bench
 * can `require` the real sources. Files starting with "_" are not run by scripts/bench.js.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const ts = require("typescript");

const ROOT = path.join(__dirname, "../..");

function transpileTree(sourceDir, outDir) {
  for (const entry of fs.readdirSync(sourceDir, { withFileTypes: true })) {
    const from = path.join(sourceDir, entry.name);
    const to = path.join(outDir, entry.name);
    if (entry.isDirectory()) transpileTree(from, to);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") && !entry.name.includes(".test.")) {
      const { outputText } = ts.transpileModule(fs.readFileSync(from, "utf8"), {
        compilerOptions: {
          module: ts.ModuleKind.CommonJS,
          target: ts.ScriptTarget.ES2020,
          esModuleInterop: true,
          resolveJsonModule: true,
          jsx: ts.JsxEmit.ReactJSX,
        },
        fileName: from,
      });
      fs.mkdirSync(outDir, { recursive: true });
      fs.writeFileSync(to.replace(/\.tsx?$/, ".js"), outputText);
    } else if (/\.json$/.test(entry.name)) {
      fs.mkdirSync(outDir, { recursive: true });
      fs.copyFileSync(from, to);
    }
  }
}

/**
 * Transpiles the given repository folders into a fresh temporary folder.
 *
 * @param {string} name a word for the temporary folder's name
 * @param {string[]} folders repository-relative folders, e.g. ["src"]
 * @returns {string} the temporary folder; `path.join(it, "src/core/…")` mirrors the repository
 */
function transpileRepo(name, folders) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `bureau-bench-${name}-`));
  for (const folder of folders) transpileTree(path.join(ROOT, folder), path.join(tmp, folder));
  return tmp;
}

module.exports = { ROOT, transpileRepo };
