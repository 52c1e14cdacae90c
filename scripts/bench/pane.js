#!/usr/bin/env node
/**
 * Task pane budget: the pane's initial JavaScript, gzipped (target < 300 KB). Uses the
 * production build in dist/ when there is one (dist/taskpane.js and any chunk the page loads
 * at start); otherwise builds the pane entry alone into a temporary folder.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { execFileSync } = require("child_process");

const root = path.resolve(__dirname, "../..");
const budget = 300 * 1024;

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** The scripts taskpane.html loads at start, from the built page (office.js excluded: Microsoft's). */
function initialScripts(dist) {
  const html = path.join(dist, "taskpane.html");
  if (!fs.existsSync(html)) return fs.existsSync(path.join(dist, "taskpane.js")) ? [path.join(dist, "taskpane.js")] : [];
  const srcs = [...fs.readFileSync(html, "utf8").matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((s) => !/office(\.debug)?\.js$|^https?:/.test(s));
  return srcs.map((s) => path.join(dist, s.replace(/^\//, ""))).filter((f) => fs.existsSync(f));
}

const dist = process.env.PANE_DIST ? path.resolve(process.env.PANE_DIST) : path.join(root, "dist");
let files = initialScripts(dist);
let source = `${path.relative(root, dist) || dist} (production build)`;
if (files.length === 0) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "pane-bench-"));
  const config = path.join(out, "webpack.config.js");
  fs.writeFileSync(
    config,
    `module.exports = { mode: "production", context: ${JSON.stringify(root)}, entry: { taskpane: "./src/taskpane/index.tsx" }, output: { path: ${JSON.stringify(out)}, filename: "[name].js" }, resolve: { extensions: [".ts", ".tsx", ".js"] }, module: { rules: [{ test: /\\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }] }, performance: { hints: false } };`,
  );
  execFileSync(process.execPath, [path.join(root, "node_modules/webpack-cli/bin/cli.js"), "--config", config], { cwd: root, stdio: "pipe" });
  files = [path.join(out, "taskpane.js")];
  source = "a temporary build of src/taskpane/index.tsx";
}
const raw = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
const gz = files.reduce((sum, f) => sum + gzipSize(f), 0);
for (const f of files) console.log(`  ${path.basename(f)}: ${(gzipSize(f) / 1024).toFixed(1)} KB gzipped`);
const containsReact = files.some((f) => /react-dom|__SECRET_INTERNALS/.test(fs.readFileSync(f, "utf8")));
console.log(`Task pane initial JS (${source}): ${files.map((f) => path.basename(f)).join(", ")}`);
console.log(
  `  ${(raw / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(1)} KB gzipped (budget 300 KB) ${gz < budget ? "OK" : "OVER BUDGET"}; React in the pane: ${containsReact}`,
);
process.exit(gz < budget ? 0 : 1);
