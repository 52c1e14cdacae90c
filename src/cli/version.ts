/**
 * The command line's version: the `version` of the package.json it belongs to, found by walking up
 * from this file (src/cli/ when run through ts-jest, dist/cli/cli/ when transpiled).
 */
import * as fs from "fs";
import * as path from "path";

/**
 * The version of bureau-stats.
 *
 * @returns e.g. "0.1.0", or "unknown" when no package.json of ours is found
 * @example packageVersion() // "0.1.0"
 */
export function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "bureau-stats" && pkg.version) return pkg.version;
    } catch {
      // not here; keep walking up
    }
    if (path.dirname(dir) === dir) return "unknown";
  }
}
