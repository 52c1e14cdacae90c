/**
 * Bundles the command line into dist/cli-bundle/ (issue 28: a run spent ~0.15 s of CPU finding,
 * reading and compiling some 370 modules; one file loads in a third of that). The input is the
 * CommonJS that bin/bureau-stats.js transpiles into dist/cli/, so the bundle runs the same code
 * the per-file build does, packages included: dist/cli-bundle/ needs no node_modules at run time.
 * What the command loads only when asked for (consolidate, report, the .xls/.et reader) stays in
 * chunks of its own (bin/dynamicImportLoader.js), so a summary never reads the legacy reader's code.
 *
 * Built by bin/bundleCli.js on first use and after a source changed (or `npm run build:cli`);
 * `output.path` is the folder it passes.
 */
const path = require("path");

module.exports = (outputPath) => ({
  mode: "production",
  target: "node20",
  context: __dirname,
  entry: { main: "./dist/cli/cli/main.js" },
  output: { path: outputPath, filename: "[name].js", chunkFilename: "[name].js", library: { type: "commonjs2" }, clean: false },
  module: { rules: [{ test: /\.js$/, include: path.join(__dirname, "dist", "cli"), loader: path.join(__dirname, "bin", "dynamicImportLoader.js") }] },
  // The real folder of the bundle, not the build machine's: version.ts walks up from it to package.json.
  node: { __dirname: false, __filename: false },
  // Not minified: stack traces stay readable, and V8's code cache (bin/codeCache.js) saves the parsing anyway.
  optimization: { minimize: false, chunkIds: "named", moduleIds: "deterministic" },
  devtool: false,
  performance: { hints: false },
  infrastructureLogging: { level: "error" },
});
