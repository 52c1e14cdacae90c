/**
 * Builds the add-in: one shared runtime (taskpane.html loads the functions, commands and
 * task-pane bundles), functions.json + functions.zh-CN.json from the functions' JSDoc, the
 * help page, the icons and samples, and office.js served from our own origin.
 *
 *   npm run build                 production build into dist/ (prints gzipped bundle sizes)
 *   OFFICE_JS=cdn npm run build   reference office.js on appsforoffice.microsoft.com instead
 *   npm run dev-server            https://localhost:3000 (http when no dev certificates exist)
 *
 * Function sources and commands are picked up when they exist. The browser workbench
 * (src/workbench/) has its own webpack.workbench.config.js writing into the same dist/
 * (npm run build:workbench), so the add-in's bundles never pull in its in-memory host.
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { BundleSizePlugin } = require("./scripts/build/bundleSizePlugin");
const { LocalizeFunctionsPlugin } = require("./scripts/build/localizeFunctionsPlugin");
const { devServerHttps } = require("./scripts/build/devCerts");

const root = __dirname;
const exists = (file) => fs.existsSync(path.resolve(root, file));
const port = Number(process.env.npm_package_config_dev_server_port || process.env.PORT || 3000);

/** The CDN office.js (`OFFICE_JS=cdn`), otherwise our own copy under /office-js/. */
const officeJsUrl = process.env.OFFICE_JS === "cdn" ? "https://appsforoffice.microsoft.com/lib/1/hosted/office.js" : "office-js/office.js";

/** Points every page's office.js <script> at officeJsUrl, whatever path its template wrote. */
class OfficeJsSourcePlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap("OfficeJsSourcePlugin", (compilation) => {
      // Before minification, while the template's attribute quotes are still there.
      HtmlWebpackPlugin.getHooks(compilation).afterTemplateExecution.tap("OfficeJsSourcePlugin", (data) => {
        data.html = data.html.replace(/src=(["'])[^"']*\boffice(?:\.debug)?\.js\1/g, `src="${this.url}"`);
        return data;
      });
    });
  }
}

const functionSources = ["./src/functions/functions.ts", "./src/functions/statsFunctions.ts"].filter(exists);

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const entry = {};
  if (functionSources.length > 0) entry.functions = functionSources;
  if (exists("src/commands/commands.ts")) entry.commands = "./src/commands/commands.ts";
  entry.taskpane = "./src/taskpane/index.tsx";

  const plugins = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      // Shared runtime: the functions and commands live in the task pane's page.
      chunks: ["functions", "commands", "taskpane"].filter((name) => name in entry),
      chunksSortMode: "manual",
    }),
    new OfficeJsSourcePlugin(officeJsUrl),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets", to: "assets", noErrorOnMissing: true },
        { from: "src/functions/help/functions-help.html", to: "functions-help.html", noErrorOnMissing: true },
        ...(process.env.OFFICE_JS === "cdn"
          ? []
          : [
              {
                from: "node_modules/@microsoft/office-js/dist",
                to: "office-js",
                // The debug builds double the size and are only loaded when asked for by name.
                globOptions: { ignore: ["**/*.debug.js"] },
              },
            ]),
      ],
    }),
    new BundleSizePlugin({ print: production, failOn: production ? { functions: 30 * 1024 } : {}, forbidReactIn: ["functions"] }),
  ];
  // The dev server also serves the browser workbench, so `npm start` can print its URL; production
  // builds leave it out (npm run build:workbench builds it) so no add-in bundle carries the host.
  if (env && env.WEBPACK_SERVE && exists("src/workbench/index.tsx")) {
    entry.workbench = "./src/workbench/index.tsx";
    plugins.push(new HtmlWebpackPlugin({ filename: "workbench.html", template: "./src/workbench/workbench.html", chunks: ["workbench"] }));
  }
  if (functionSources.length > 0) {
    plugins.push(new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionSources }));
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
    devtool: production ? false : "eval-cheap-module-source-map",
    entry,
    output: { path: path.resolve(root, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
    // Each entry keeps its own modules: no shared vendor chunk may drag React into functions.js.
    optimization: { splitChunks: false, runtimeChunk: false },
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
