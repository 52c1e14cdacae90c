/**
 * Builds the WPS add-in (issue 21) into dist-wps/:
 *
 *   dist-wps/bureau-stats_<version>/   the offline add-in folder: index.html + main.js (opened hidden
 *                                      by WPS; ribbon callbacks), ribbon.xml, pane.html + pane.js
 *                                      (the task pane), the icon, the on-demand chunks
 *   dist-wps/publish.xml               per-user install (jsaddons folder)
 *   dist-wps/jsplugins.xml             enterprise install (oem.ini JSPluginsServer); WPS_ADDIN_URL sets its url
 *   dist-wps/bureau-stats_<version>.zip
 *
 * Scripts are compiled to ES2017 syntax; the core also needs BigInt and regular-expression lookbehind,
 * so the floor is Chromium 67 (docs/wps.md: WPS publishes its embedded Chromium version for no
 * build). engineCheck.js (ES2015) runs first and says so where the engine is older. The package is
 * checked after the build (scripts/wps/checkPackage.js).
 * No Office.js. The pane is the Excel pane (React + Fluent UI, src/taskpane) over the ET services;
 * its libraries are compiled to the same ES2017 syntax here (their published builds use newer
 * syntax in places), so the whole page holds the Chromium 67 floor.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { addinFolderName } = require("./scripts/wps/addinPackage");
const { WpsPackagePlugin } = require("./scripts/wps/wpsPackagePlugin");
const { version } = require("./package.json");

const folder = addinFolderName(version);

/** `--env outDir=…` builds elsewhere (the package test builds into a temporary folder). */
module.exports = (env = {}, argv = {}) => {
  const root = path.resolve(env.outDir || path.join(__dirname, "dist-wps"));
  return {
    context: __dirname,
    mode: argv.mode === "development" ? "development" : "production",
    devtool: false,
    target: ["web", "es2017"],
    entry: { engineCheck: "./src/wps/addin/engineCheck.ts", main: "./src/wps/addin/main.ts", pane: "./src/wps/addin/paneMain.tsx" },
    output: { path: path.join(root, folder), filename: "[name].js", chunkFilename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { target: "es2017", module: "esnext" } } },
        },
        {
          // The libraries' published code uses ?. and ?? (Chromium 80) in places: the same compiler lowers it.
          test: /\.m?js$/,
          include: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { allowJs: true, target: "es2017", module: "esnext" } } },
        },
      ],
    },
    performance: { hints: false },
    // The core both pages run, once: WPS loads it from the add-in folder for each page.
    optimization: { splitChunks: { cacheGroups: { shared: { name: "shared", chunks: (chunk) => chunk.name !== "engineCheck", minChunks: 2, priority: 10 } } } },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/wps/addin/index.html", chunks: ["engineCheck", "main"], chunksSortMode: "manual" }),
      new HtmlWebpackPlugin({ filename: "pane.html", template: "./src/wps/addin/pane.html", chunks: ["engineCheck", "pane"], chunksSortMode: "manual" }),
      new CopyWebpackPlugin({ patterns: [{ from: "src/wps/addin/ribbon.xml" }, { from: "assets/icon-32.png" }] }),
      new WpsPackagePlugin({ root, folder, version, url: process.env.WPS_ADDIN_URL }),
    ],
  };
};
