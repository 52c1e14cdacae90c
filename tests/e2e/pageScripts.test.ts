/**
 * The scripts of the built pane (issue 27, item 11), parsed at the level the build targets: the
 * old-engine guard and the office.js fallback at ES5 (so Trident and EdgeHTML can run them), every
 * bundle and chunk at ES2020 (the TypeScript target, tsconfig.json) — and the guard is the page's
 * first script, before office.js and the deferred bundles.
 */
import * as acorn from "acorn";
import fs from "fs";
import path from "path";
import { ensureAddinBuild } from "./addinBuild";

const ROOT = path.join(__dirname, "../..");
let dist: string;

beforeAll(() => {
  dist = ensureAddinBuild(ROOT);
}, 600000);

test("the guard is taskpane.html's first script, and the page's own scripts are the guard, office.js, its fallback and the bundles", () => {
  const page = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  // The production build minifies the page: its attributes may lose their quotes (src=engine-guard.js).
  const sources = [...page.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|([^\s>"]+))/g)].map((m) => m[1] ?? m[2]);
  expect(sources[0]).toBe("engine-guard.js");
  expect(sources[1]).toMatch(/office\.js$/);
  expect(sources[2]).toBe("office-js-fallback.js");
  expect(sources.slice(3).every((s) => /\.js$/.test(s))).toBe(true);
});

test("the guard and the office.js fallback parse as ES5", () => {
  for (const file of ["engine-guard.js", "office-js-fallback.js"]) {
    expect(() => acorn.parse(fs.readFileSync(path.join(dist, file), "utf8"), { ecmaVersion: 5 })).not.toThrow();
  }
});

test("every bundle and chunk parses at ES2020, the level the build targets", () => {
  const bundles = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && f !== "engine-guard.js" && f !== "office-js-fallback.js");
  expect(bundles.length).toBeGreaterThan(3);
  const failures: string[] = [];
  for (const file of bundles) {
    try {
      acorn.parse(fs.readFileSync(path.join(dist, file), "utf8"), { ecmaVersion: 2020 });
    } catch (error) {
      failures.push(`${file}: ${(error as Error).message}`);
    }
  }
  expect(failures).toEqual([]);
});
