#!/usr/bin/env node
/**
 * npm stop — ends what npm start started: the dev server recorded in the pid file (its whole
 * process group), and, where office-addin-debugging is installed, `office-addin-debugging stop
 * manifest.xml` (which also removes the sideloaded add-in from desktop Excel).
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const pidFile = path.join(root, "node_modules", ".cache", "bureau-stats", "dev-server.pid");

function stopDevServer() {
  if (!fs.existsSync(pidFile)) {
    console.log("No dev server started by npm start is running. / 没有由 npm start 启动的开发服务器。");
    return;
  }
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  fs.rmSync(pidFile);
  if (!pid) return;
  try {
    // npm start gave the server its own process group: end the group (webpack and its workers).
    process.kill(process.platform === "win32" ? pid : -pid, "SIGTERM");
    console.log(`Stopped the dev server (pid ${pid}). / 已停止开发服务器。`);
  } catch (error) {
    if (error.code === "ESRCH") console.log(`The dev server (pid ${pid}) had already ended. / 开发服务器已结束。`);
    else throw error;
  }
}

function stopDebugging() {
  let cli;
  try {
    const manifest = require.resolve("office-addin-debugging/package.json", { paths: [root] });
    const { bin } = require(manifest);
    cli = path.join(path.dirname(manifest), typeof bin === "string" ? bin : bin["office-addin-debugging"]);
  } catch {
    return; // optional dependency, absent on Linux
  }
  spawnSync(process.execPath, [cli, "stop", "manifest.xml"], { cwd: root, stdio: "inherit" });
}

stopDevServer();
stopDebugging();
