/**
 * `npm test` stays fast because every test that starts another program lives in the `slow` project
 * (jest.config.js): browser tests in tests/e2e/, LibreOffice tests (recalculation, PDF and PNG pages)
 * in tests/libreoffice/; `npm run test:all` runs both. This test finds test files of the `unit` project
 * that drive Chromium, LibreOffice or poppler, so a new slow test cannot land in the fast run unnoticed.
 * The scanner is checked on known-bad snippets first so the test cannot pass vacuously.
 */
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jestConfig: { projects: { displayName: string; roots: string[] }[] } = require("../../jest.config.js");

const slowRoots = jestConfig.projects.find((project) => project.displayName === "slow")!.roots.map((dir) => path.join(root, dir.replace("<rootDir>/", "")));

/** What a test that starts a browser, LibreOffice or a PDF tool says in its source. */
const STARTS_ANOTHER_PROGRAM = /playwright-core|chromiumPath|\bchromium\b|\bsoffice\b|check-recalc|pdftoppm|pdftotext/i;

function testFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => /\.test\.tsx?$/.test(file)).map((file) => path.join(dir, file));
}

const isSlow = (file: string) => slowRoots.some((dir) => file.startsWith(dir + path.sep));

describe("slow tests stay out of npm test", () => {
  test("the scanner recognises a browser test and a LibreOffice test in known-bad snippets", () => {
    expect(STARTS_ANOTHER_PROGRAM.test(`import { chromium } from "playwright-core";`)).toBe(true);
    expect(STARTS_ANOTHER_PROGRAM.test(`execFileSync("soffice", ["--headless"])`)).toBe(true);
    expect(STARTS_ANOTHER_PROGRAM.test(`require("../../scripts/check-recalc.js")`)).toBe(true);
    expect(STARTS_ANOTHER_PROGRAM.test(`spawnSync("pdftoppm", ["-png"])`)).toBe(true);
    expect(STARTS_ANOTHER_PROGRAM.test(`const total = sumColumn(rows);`)).toBe(false);
  });

  test("the slow project holds the browser and LibreOffice folders, and they have tests", () => {
    expect(slowRoots.map((dir) => path.relative(root, dir))).toEqual(["tests/e2e", "tests/libreoffice"]);
    for (const dir of slowRoots) expect(testFiles(dir).length).toBeGreaterThan(0);
  });

  test("no test of the unit project starts Chromium, LibreOffice or poppler", () => {
    const unit = testFiles(path.join(root, "tests")).filter((file) => !isSlow(file) && file !== __filename);
    expect(unit.length).toBeGreaterThan(50);
    const offenders = unit.filter((file) => STARTS_ANOTHER_PROGRAM.test(fs.readFileSync(file, "utf8")));
    expect(offenders.map((file) => path.relative(root, file))).toEqual([]);
  });
});
