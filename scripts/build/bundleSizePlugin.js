/**
 * A webpack plugin that prints the gzipped size of every emitted JavaScript bundle and fails
 * the build when a bundle passes its budget or contains React where React must not be.
 * The functions bundle runs in every recalculation's runtime: it must stay small and React-free.
 * An entry's size counts every file it loads at start (its split chunks included), and a page's
 * total counts each file its entries share once, as the browser downloads it once.
 */
"use strict";
const zlib = require("zlib");

/** Markers that only React's own code carries (development and production builds). */
const REACT_MARKERS = ["__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED", 'Symbol.for("react.element")', "react.production.min.js", "react-dom.production"];

/**
 * Gzipped byte count of a text or buffer, at the compression a web server would use.
 *
 * @param {string | Buffer} content the bundle
 * @returns {number} bytes after gzip level 9
 * @example gzipSize("aaaa") // about 24
 */
function gzipSize(content) {
  return zlib.gzipSync(typeof content === "string" ? Buffer.from(content) : content, { level: 9 }).length;
}

/**
 * Whether a bundle's text holds React.
 *
 * @param {string} text the bundle
 * @returns {boolean} true when a React-only marker is present
 * @example containsReact("function f(){}") // false
 */
function containsReact(text) {
  return REACT_MARKERS.some((marker) => text.includes(marker));
}

class BundleSizePlugin {
  /**
   * @param {{ print?: boolean, failOn?: Record<string, number>, forbidReactIn?: string[],
   *   pages?: Record<string, string[]>, failOnPage?: Record<string, number> }} options
   *   print: log the table; failOn: entry name → gzip byte budget for all the files the entry loads
   *   at start (the build fails at or above it); forbidReactIn: entries none of whose start files
   *   may contain React; pages: page name → the entries it loads, whose start files are totalled
   *   (each file once); failOnPage: page name → gzip byte budget for that total
   */
  constructor(options = {}) {
    this.options = { print: true, failOn: {}, forbidReactIn: [], pages: {}, failOnPage: {}, ...options };
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleSizePlugin", (compilation) => {
      const { Compilation, WebpackError } = compiler.webpack;
      compilation.hooks.processAssets.tap({ name: "BundleSizePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const sizes = new Map(); // file → { raw, gzip, react }
        const measure = (file) => {
          if (!sizes.has(file)) {
            const asset = compilation.getAsset(file);
            if (!asset) return undefined;
            const text = asset.source.source().toString();
            sizes.set(file, { raw: Buffer.byteLength(text), gzip: gzipSize(text), react: containsReact(text) });
          }
          return sizes.get(file);
        };
        const startFiles = new Map(); // entry → its .js files loaded at start
        const rows = [];
        const kb = (bytes) => (bytes / 1024).toFixed(1);
        for (const [entryName, entrypoint] of compilation.entrypoints) {
          const files = entrypoint.getFiles().filter((file) => file.endsWith(".js") && measure(file));
          startFiles.set(entryName, files);
          const gzip = files.reduce((sum, file) => sum + sizes.get(file).gzip, 0);
          const raw = files.reduce((sum, file) => sum + sizes.get(file).raw, 0);
          rows.push({ label: `${entryName} (${files.join(" + ")})`, raw, gzip });
          const budget = this.options.failOn[entryName];
          if (budget !== undefined && gzip >= budget) {
            compilation.errors.push(
              new WebpackError(
                `${entryName}.js is ${kb(gzip)} KB gzipped; the budget is < ${(budget / 1024).toFixed(0)} KB, counting the chunks it loads / 函数包超出体积上限`,
              ),
            );
          }
          if (this.options.forbidReactIn.includes(entryName)) {
            for (const file of files.filter((f) => sizes.get(f).react)) {
              compilation.errors.push(new WebpackError(`${file} contains React; the functions runtime must not / 函数包不得包含 React`));
            }
          }
        }
        const pageLines = [];
        for (const [page, entries] of Object.entries(this.options.pages)) {
          const files = [...new Set(entries.flatMap((entry) => startFiles.get(entry) || []))];
          const gzip = files.reduce((sum, file) => sum + sizes.get(file).gzip, 0);
          pageLines.push(`  ${page}: initial JS ${kb(gzip)} KB gzip in ${files.length} files (${files.join(", ")}) / 页面初始脚本合计`);
          const budget = this.options.failOnPage[page];
          if (budget !== undefined && gzip > budget) {
            compilation.errors.push(
              new WebpackError(
                `${page} loads ${kb(gzip)} KB of JavaScript gzipped at start; the budget is ${(budget / 1024).toFixed(0)} KB / 页面初始脚本超出体积上限`,
              ),
            );
          }
        }
        const initial = new Set([...startFiles.values()].flat());
        const chunkFiles = [...compilation.chunks].flatMap((chunk) => [...chunk.files]);
        const lazy = [...new Set(chunkFiles)].filter((file) => file.endsWith(".js") && !initial.has(file) && measure(file));
        for (const file of lazy) rows.push({ label: `${file} (loaded on demand)`, raw: sizes.get(file).raw, gzip: sizes.get(file).gzip });
        if (this.options.print && rows.length > 0) {
          const width = Math.max(22, ...rows.map((r) => r.label.length));
          const lines = rows.map((r) => `  ${r.label.padEnd(width)} ${kb(r.raw).padStart(9)} KB  ${kb(r.gzip).padStart(8)} KB gzip`);
          console.log(`\nBundle sizes / 包体积:\n${lines.join("\n")}${pageLines.length ? "\n" + pageLines.join("\n") : ""}\n`);
        }
      });
    });
  }
}

module.exports = { BundleSizePlugin, gzipSize, containsReact };
