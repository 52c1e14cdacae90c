#!/usr/bin/env node
/**
 * npm start — run the add-in for development.
 *
 * Windows and macOS with office-addin-debugging installed (an optional dependency: it does not
 * build on Linux): `office-addin-debugging start manifest.xml`, which starts the dev server and
 * sideloads the add-in into desktop Excel, as a yo office project does.
 *
 * Elsewhere (Linux, or without office-addin-debugging): starts the webpack dev server in the
 * background (it builds in development mode), waits until it serves the task pane, then prints
 * where everything is served and how to sideload manifest.xml. `npm stop` ends it (pid file).
 *
 *   npm start                 as above
 *   npm start -- --no-debug   never call office-addin-debugging, just serve
 */
"use strict";
const { spawn, spawnSync } = require("child_process");
const { officeJsSetting } = require("./build/addinConfig");
const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");
const { CERT_DIR } = require("./build/devCerts");

const root = path.resolve(__dirname, "..");
const stateDir = path.join(root, "node_modules", ".cache", "bureau-stats");
const pidFile = path.join(stateDir, "dev-server.pid");
const logFile = path.join(stateDir, "dev-server.log");
const port = Number(process.env.npm_package_config_dev_server_port || process.env.PORT || 3000);
const secure = fs.existsSync(path.join(CERT_DIR, "localhost.crt")) && fs.existsSync(path.join(CERT_DIR, "localhost.key"));
const serverOrigin = `${secure ? "https" : "http"}://localhost:${port}`;

/** office-addin-debugging's command line when it is installed, else null. */
function debuggingCli() {
  try {
    const manifest = require.resolve("office-addin-debugging/package.json", { paths: [root] });
    const { bin } = require(manifest);
    return path.join(path.dirname(manifest), typeof bin === "string" ? bin : bin["office-addin-debugging"]);
  } catch {
    return null;
  }
}

/** Whether a process with this id is alive. */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves with the HTTP status of GET url, or 0 when nothing answers. */
function probe(url) {
  return new Promise((resolve) => {
    const client = url.startsWith("https") ? https : http;
    const request = client.get(url, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode || 0);
    });
    request.on("error", () => resolve(0));
    request.on("timeout", () => {
      request.destroy();
      resolve(0);
    });
  });
}

async function waitForServer(pid, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (!alive(pid)) return false;
    if ((await probe(`${serverOrigin}/taskpane.html`)) === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}

function printWhereServed() {
  const manifest = path.join(root, "manifest.xml");
  const lines = [
    "",
    "  Bureau Stats (应急统计) is served / 加载项已启动:",
    `    manifest        ${manifest}`,
    `    task pane       ${serverOrigin}/taskpane.html`,
    `    functions       ${serverOrigin}/functions.json  (zh-CN: ${serverOrigin}/functions.zh-CN.json)`,
    `    function help   ${serverOrigin}/functions-help.html`,
    `    office.js       ${officeJsSetting().url} (fallback / 备用: ${serverOrigin}/office-js/office.js)`,
    `    workbench       ${serverOrigin}/workbench.html  (simulation, no Excel needed / 模拟工作台，无需 Excel; ?lang=en)`,
    "",
    "  Sideload manifest.xml / 旁加载:",
    "    Excel on the web: Insert → Add-ins → More Add-ins → Upload My Add-in → manifest.xml",
    "      (Excel 网页版：插入 → 加载项 → 上传我的加载项)",
    "    Windows: share a folder holding manifest.xml, add it as a Trusted Add-in Catalog",
    "      (File → Options → Trust Center → Trusted Add-in Catalogs), then Insert → My Add-ins → Shared Folder",
    "    macOS: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel",
    "",
  ];
  if (!secure) {
    lines.push(
      "  Served over HTTP: Office only loads add-ins over HTTPS. Create dev certificates first:",
      "    npx office-addin-dev-certs install   (then npm stop && npm start)",
      "  当前为 HTTP；Office 需要 HTTPS，请先运行 npx office-addin-dev-certs install。",
      "",
    );
  }
  lines.push(`  Log: ${logFile}`, "  Stop with / 停止: npm stop", "");
  console.log(lines.join("\n"));
}

async function main() {
  const noDebug = process.argv.includes("--no-debug");
  const cli = debuggingCli();
  if (!noDebug && cli && (process.platform === "win32" || process.platform === "darwin")) {
    // It starts `npm run dev-server` itself when the port is free, then sideloads into Excel.
    const result = spawnSync(process.execPath, [cli, "start", "manifest.xml"], { cwd: root, stdio: "inherit" });
    process.exit(result.status ?? 1);
  }

  fs.mkdirSync(stateDir, { recursive: true });
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8"));
    if (pid && alive(pid)) {
      console.log(`The dev server is already running (pid ${pid}). / 开发服务器已在运行。`);
      printWhereServed();
      return;
    }
    fs.rmSync(pidFile);
  }
  if ((await probe(`${serverOrigin}/`)) !== 0) {
    console.error(`Port ${port} is already in use by another program. / 端口 ${port} 已被占用。`);
    process.exit(1);
  }

  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const log = fs.openSync(logFile, "w");
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: root,
    detached: true, // its own process group, so npm stop can end it and its children
    stdio: ["ignore", log, log],
  });
  fs.writeFileSync(pidFile, String(server.pid));
  server.unref();
  console.log(`Building and starting the dev server (pid ${server.pid}) … / 正在构建并启动开发服务器…`);

  const seconds = Number(process.env.START_TIMEOUT || 300);
  if (!(await waitForServer(server.pid, seconds))) {
    console.error(`The dev server did not serve ${serverOrigin}/taskpane.html within ${seconds} s; see ${logFile}. / 开发服务器未能启动，请查看日志。`);
    console.error(fs.readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n"));
    process.exit(1);
  }
  printWhereServed();
  if (!noDebug && !cli && (process.platform === "win32" || process.platform === "darwin")) {
    console.log("  office-addin-debugging is not installed, so Excel was not started: sideload as above.\n");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
