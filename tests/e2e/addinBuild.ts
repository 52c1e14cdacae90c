/**
 * The add-in's production build for the browser tests of taskpane.html. The build in dist/ is
 * used when it is newer than what shapes the page (its template, the office.js fallback, the
 * build scripts and config); otherwise a build is made into test-results/addin-dist/, so a
 * running workbench test's files in dist/ are never cleaned away underneath it.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";

/** Newest modification time (ms) of the files and folders given. */
function newest(paths: readonly string[]): number {
  let time = 0;
  const walk = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) walk(path.join(p, entry));
    else time = Math.max(time, stat.mtimeMs);
  };
  paths.forEach(walk);
  return time;
}

/**
 * A folder holding a current production build of the add-in.
 *
 * @param root the repository root
 * @returns dist/ or test-results/addin-dist/
 */
export function ensureAddinBuild(root: string): string {
  const inputs = [
    "src/taskpane/taskpane.html",
    "src/taskpane/officeJsFallback.js",
    "src/taskpane/engineGuard.js",
    "src/core/messages/hostMessages.ts",
    "scripts/build",
    "webpack.config.js",
  ].map((p) => path.join(root, p));
  const current = (dir: string) => {
    const page = path.join(dir, "taskpane.html");
    return fs.existsSync(page) && fs.existsSync(path.join(dir, "office-js/office.js")) && fs.statSync(page).mtimeMs > newest(inputs);
  };
  const dist = path.join(root, "dist");
  if (current(dist)) return dist;
  const own = path.join(root, "test-results", "addin-dist");
  if (current(own)) return own;
  console.log("Building the add-in (test-results/addin-dist) for the browser tests…");
  execFileSync(process.execPath, [path.join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", own], {
    cwd: root,
    stdio: "pipe",
    timeout: 600000,
  });
  return own;
}
