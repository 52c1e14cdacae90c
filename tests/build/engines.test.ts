/**
 * `npm ci` on Node 20 installs without an "Unsupported engine" warning: every package in the lock file
 * that declares `engines.node` accepts the Node version running the tests, checked as npm checks it
 * (npm-install-checks: semver.satisfies). webpack-cli 7 pulled in rechoir 1.0, which wants Node ≥ 22.15;
 * webpack-cli 6 (rechoir 0.8) supports Node ≥ 18.12 with the same commands we use (build, serve).
 * docx 9.15 depends on nanoid 6 (Node ^22) but bundles its own copy in dist/ and never loads the
 * installed one; package.json's overrides give it nanoid 5 (Node ^18 || >=20), so npm has nothing to warn about.
 */
import * as fs from "fs";
import * as path from "path";
// semver (npm's own range checker) comes with the tooling; it has no bundled types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const semver: { satisfies(version: string, range: string): boolean; major(version: string): number } = require("semver");

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
}

const lock: { packages: Record<string, LockedPackage> } = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package-lock.json"), "utf8"));

test("every locked package that names a Node version accepts the one running the tests", () => {
  const refused = Object.entries(lock.packages)
    .filter(([, pkg]) => pkg.engines && !Array.isArray(pkg.engines) && pkg.engines.node)
    .filter(([, pkg]) => !semver.satisfies(process.version, (pkg.engines as { node: string }).node))
    .map(([name, pkg]) => `${name}@${pkg.version} wants node ${(pkg.engines as { node: string }).node}`);
  expect(refused).toEqual([]);
});

test("the check refuses a range the running Node does not meet", () => {
  expect(semver.satisfies(process.version, `>=${semver.major(process.version) + 1}`)).toBe(false);
});
