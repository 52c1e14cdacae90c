/**
 * A webpack plugin that prints the gzipped size of every emitted JavaScript bundle and fails
 * the build when a bundle passes its budget or contains React where React must not be.
 * The functions bundle runs in every recalculation's runtime: it must stay small and React-free.
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
   * @param {{ print?: boolean, failOn?: Record<string, number>, forbidReactIn?: string[] }} options
   *   print: log the table; failOn: entry name → gzip byte budget (the build fails at or above it);
   *   forbidReactIn: entries that must not contain React
   */
  constructor(options = {}) {
    this.options = { print: true, failOn: {}, forbidReactIn: [], ...options };
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleSizePlugin", (compilation) => {
      const { Compilation, WebpackError } = compiler.webpack;
      compilation.hooks.processAssets.tap({ name: "BundleSizePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const rows = [];
        for (const [entryName, entrypoint] of compilation.entrypoints) {
          for (const file of entrypoint.getFiles()) {
            if (!file.endsWith(".js")) continue;
            const asset = compilation.getAsset(file);
            if (!asset) continue;
            const text = asset.source.source().toString();
            const gzip = gzipSize(text);
            rows.push({ entryName, file, raw: Buffer.byteLength(text), gzip });
            const budget = this.options.failOn[entryName];
            if (budget !== undefined && gzip >= budget) {
              compilation.errors.push(
                new WebpackError(`${file} is ${(gzip / 1024).toFixed(1)} KB gzipped; the budget is < ${(budget / 1024).toFixed(0)} KB / 函数包超出体积上限`),
              );
            }
            if (this.options.forbidReactIn.includes(entryName) && containsReact(text)) {
              compilation.errors.push(new WebpackError(`${file} contains React; the functions runtime must not / 函数包不得包含 React`));
            }
          }
        }
        if (this.options.print && rows.length > 0) {
          const lines = rows.map(
            (r) => `  ${r.file.padEnd(22)} ${(r.raw / 1024).toFixed(1).padStart(9)} KB  ${(r.gzip / 1024).toFixed(1).padStart(8)} KB gzip`,
          );
          console.log(`\nBundle sizes / 包体积:\n${lines.join("\n")}\n`);
        }
      });
    });
  }
}

module.exports = { BundleSizePlugin, gzipSize, containsReact };
