/**
 * Finding Debian's Chromium for the browser tests. Never downloads a browser: where none is
 * installed the tests are skipped with a message, except under CI=true, where that fails.
 */
import fs from "fs";
import { execFileSync } from "child_process";
import path from "path";

/** Where Debian's `chromium` package puts the browser (or CHROMIUM_PATH). */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter((p): p is string => !!p);
  return candidates.find((p) => fs.existsSync(p));
}

/** The launch flags the project allows: headless, sandbox off for root in containers, nothing phoning home. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

/** Newest modification time (ms) of the files under the given folders. */
function newestMtime(dirs: readonly string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  dirs.forEach(walk);
  return newest;
}

/**
 * Builds the workbench into dist/ when it is missing or older than its sources.
 *
 * @param root the repository root
 * @returns whether a build ran
 */
export function ensureWorkbenchBuild(root: string): boolean {
  const output = path.join(root, "dist", "workbench.js");
  const sources = ["src", "assets/samples"].map((d) => path.join(root, d));
  const built = fs.existsSync(output) ? fs.statSync(output).mtimeMs : 0;
  const extra = ["webpack.workbench.config.js"]
    .map((f) => path.join(root, f))
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.statSync(f).mtimeMs);
  if (built > Math.max(newestMtime(sources), ...extra)) return false;
  console.log("Building the workbench (dist/workbench.html) for the browser tests…");
  const started = new Date();
  execFileSync(process.execPath, [path.join(root, "node_modules/webpack-cli/bin/cli.js"), "--config", "webpack.workbench.config.js", "--mode", "production"], {
    cwd: root,
    stdio: "pipe",
    timeout: 300000,
  });
  // Dated when the build started: a source edited while it ran is newer, so the next run builds again.
  fs.utimesSync(output, started, started);
  return true;
}
