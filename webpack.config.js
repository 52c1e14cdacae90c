/**
 * Builds the add-in: one shared runtime (taskpane.html loads the functions, commands and
 * task-pane bundles), functions.json + functions.zh-CN.json from the functions' JSDoc (helpUrl
 * and allowErrorForDataTypeAny added, both files checked against the metadata schema), the help
 * page, the icons and samples, manifest.xml for the configured origin, and office.js from
 * Microsoft's CDN with the bundled copy in office-js/ as the fallback.
 *
 *   npm run build                      production build into dist/ (prints gzipped bundle sizes)
 *   OFFICE_JS=china npm run build      office.js from the CDN of Office 365 operated by 21Vianet
 *   OFFICE_JS=local npm run build      office.js only from the bundled copy (no CDN request)
 *   ADDIN_ORIGIN=https://… npm run build   the origin dist/ is served from (manifest, helpUrl)
 *   npm run dev-server                 https://localhost:3000 (http when no dev certificates exist)
 *
 * Code the entries share is split into chunks the runtime page loads once: `core` (what the
 * functions share with the others; React-free) and `shared` (what the commands share with the
 * pane). The browser workbench (src/workbench/) has its own webpack.workbench.config.js writing
 * into the same dist/ (npm run build:workbench), so the add-in's bundles never pull in its host.
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { BundleSizePlugin } = require("./scripts/build/bundleSizePlugin");
const { LocalizeFunctionsPlugin } = require("./scripts/build/localizeFunctionsPlugin");
const { FunctionsMetadataPlugin } = require("./scripts/build/functionsMetadataPlugin");
const { ManifestOriginPlugin } = require("./scripts/build/manifestOriginPlugin");
const { PageSecurityPlugin, FALLBACK_SCRIPT } = require("./scripts/build/pageSecurityPlugin");
const { EngineGuardPlugin } = require("./scripts/build/engineGuardPlugin");
const { addinOrigin, officeJsSetting } = require("./scripts/build/addinConfig");
const { sharedChunks } = require("./scripts/build/sharedChunks");
const { devServerHttps } = require("./scripts/build/devCerts");

const root = __dirname;
const exists = (file) => fs.existsSync(path.resolve(root, file));
const port = Number(process.env.npm_package_config_dev_server_port || process.env.PORT || 3000);

/** The entries of the runtime page, in the order it runs them. */
const RUNTIME_ENTRIES = ["functions", "commands", "taskpane"];

const functionSources = ["./src/functions/functions.ts", "./src/functions/statsFunctions.ts"].filter(exists);

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const officeJs = officeJsSetting();
  const origin = addinOrigin();
  const entry = {};
  if (functionSources.length > 0) entry.functions = functionSources;
  if (exists("src/commands/commands.ts")) entry.commands = "./src/commands/commands.ts";
  entry.taskpane = "./src/taskpane/index.tsx";

  const plugins = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      // Shared runtime: the functions and commands live in the task pane's page.
      chunks: RUNTIME_ENTRIES.filter((name) => name in entry),
      chunksSortMode: "manual",
    }),
    new PageSecurityPlugin({ officeJsPages: ["taskpane.html"], officeJs }),
    // The ES5 old-engine guard the page loads first (src/taskpane/engineGuard.js, the catalogue's words).
    new EngineGuardPlugin({ root }),
    new ManifestOriginPlugin({ template: path.resolve(root, "manifest.xml"), output: "manifest.xml", origin }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets", to: "assets", noErrorOnMissing: true },
        { from: "src/functions/help/functions-help.html", to: "functions-help.html", noErrorOnMissing: true },
        { from: "src/taskpane/officeJsFallback.js", to: FALLBACK_SCRIPT },
        {
          // The fallback when the CDN cannot be reached (and the only copy with OFFICE_JS=local).
          from: "node_modules/@microsoft/office-js/dist",
          to: "office-js",
          // The debug builds double the size and are only loaded when asked for by name.
          globOptions: { ignore: ["**/*.debug.js"] },
        },
      ],
    }),
    new BundleSizePlugin({
      print: production,
      failOn: production ? { functions: 30 * 1024 } : {},
      forbidReactIn: ["functions"],
      pages: { "taskpane.html": RUNTIME_ENTRIES.filter((name) => name in entry) },
    }),
  ];
  // The dev server also serves the browser workbench, so `npm start` can print its URL; production
  // builds leave it out (npm run build:workbench builds it) so no add-in bundle carries the host.
  if (env && env.WEBPACK_SERVE && exists("src/workbench/index.tsx")) {
    entry.workbench = "./src/workbench/index.tsx";
    plugins.push(new HtmlWebpackPlugin({ filename: "workbench.html", template: "./src/workbench/workbench.html", chunks: ["workbench"] }));
  }
  if (functionSources.length > 0) {
    plugins.push(new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionSources }));
    // Before the localizer, so functions.zh-CN.json inherits helpUrl and allowErrorForDataTypeAny.
    plugins.push(new FunctionsMetadataPlugin({ files: ["functions.json", "functions.zh-CN.json"], origin }));
    plugins.push(
      new LocalizeFunctionsPlugin({
        input: "functions.json",
        output: "functions.zh-CN.json",
        translations: path.resolve(root, "src/functions/functions.zh-CN.json"),
        localizer: path.resolve(root, "scripts/functions/localize.js"),
      }),
    );
  }

  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' Content-Security-Policy allows no eval.
    devtool: production ? false : "cheap-module-source-map",
    entry,
    output: { path: path.resolve(root, "dist"), filename: "[name].js", chunkFilename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
    // Shared code in chunks the page loads once; React never reaches what functions.js loads.
    optimization: { splitChunks: sharedChunks(), runtimeChunk: false },
    performance: { hints: false },
    plugins,
    devServer: {
      port,
      host: "localhost",
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env && env.WEBPACK_SERVE ? devServerHttps() : "http",
      static: [{ directory: path.resolve(root, "tests/fixtures"), publicPath: "/fixtures" }],
    },
  };
};
