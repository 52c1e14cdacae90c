/**
 * Builds the browser workbench (src/workbench/): the real task pane next to a simulated
 * workbook, running on the in-memory Excel host. Kept apart from the add-in's own
 * webpack.config.js so the add-in bundles never pull in the host, ExcelJS or HyperFormula.
 *
 *   npm run workbench           → dev server, prints the URL
 *   npm run build:workbench     → dist/workbench.html (+ dist/assets/samples), with a
 *                                 Content-Security-Policy limiting it to its own origin
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { PageSecurityPlugin } = require("./scripts/build/pageSecurityPlugin");

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const port = Number(process.env.WORKBENCH_PORT || 3001);
  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' Content-Security-Policy allows no eval.
    devtool: production ? false : "cheap-module-source-map",
    entry: { workbench: "./src/workbench/index.tsx" },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", chunkFilename: "workbench-[name].[contenthash:8].js", clean: false },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "workbench.html", template: "./src/workbench/workbench.html", chunks: ["workbench"] }),
      // Content-Security-Policy: scripts and connections only to the page's own origin (no office.js here).
      new PageSecurityPlugin(),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/samples", to: "assets/samples" }] }),
    ],
    devServer: {
      port,
      host: "127.0.0.1",
      static: [{ directory: path.resolve(__dirname, "tests/fixtures"), publicPath: "/fixtures" }],
      open: false,
      onListening: (server) => {
        const address = server.server.address();
        console.log(`\n  模拟工作台 / Workbench: http://127.0.0.1:${address.port}/workbench.html\n  (simulation — this is not Excel; ?lang=en for English)\n`);
      },
    },
  };
};
