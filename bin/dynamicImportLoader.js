/**
 * A webpack loader for the command line's bundle (webpack.cli.config.js): TypeScript's CommonJS
 * output turns `await import("./x")` into `Promise.resolve().then(() => __importStar(require("./x")))`,
 * which webpack would inline into the main file. Written back as `import("./x")`, webpack keeps the
 * module in a chunk loaded when the line runs, as in the add-in's own bundles. Both forms hand back
 * the module's exports (its `__esModule` flag makes webpack's namespace the exports themselves).
 */
"use strict";

const LAZY = /Promise\.resolve\(\)\.then\(\(\) => __importStar\(require\(((?:\/\*[^*]*\*\/\s*)?"[^"]+")\)\)\)/g;

module.exports = function dynamicImportLoader(source) {
  return source.replace(LAZY, "import($1)");
};
