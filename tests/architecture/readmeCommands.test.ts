/**
 * The README's commands are the ones that exist: every `npm run <script>` it names is a script in
 * package.json, the workbench address it gives is the port webpack.workbench.config.js serves, and it
 * names both test commands of the split (`npm test`, `npm run test:all`) with the folders of the slow
 * project. Issue 23: the README said `npm run workbench` "opens a workbook" while it printed a URL on 3001.
 */
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
const scripts: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts;

test("every `npm run <script>` in the README is a script of package.json", () => {
  const named = [...new Set([...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]))];
  expect(named.length).toBeGreaterThan(5);
  expect(named.filter((name) => !(name in scripts))).toEqual([]);
});

test("the README gives the workbench's address on the port its dev server uses, and npm start's", () => {
  const config = fs.readFileSync(path.join(root, "webpack.workbench.config.js"), "utf8");
  const port = /WORKBENCH_PORT \|\| (\d+)/.exec(config)?.[1];
  expect(port).toBeDefined();
  expect(readme).toContain(`http://127.0.0.1:${port}/workbench.html`);
  expect(readme).toContain("http://localhost:3000/workbench.html");
});

test("the README says which test command runs what, and the slow folders are the jest config's", () => {
  expect(scripts.test).toBe("jest --selectProjects unit");
  expect(scripts["test:all"]).toBe("jest");
  expect(readme).toMatch(/`npm test`[^\n]*unit/);
  expect(readme).toMatch(/`npm run test:all`/);
  for (const dir of ["tests/e2e/", "tests/libreoffice/"]) expect(readme).toContain(dir);
});
