/**
 * Whether Debian's python3 can compare with us: the benches that time pandas (ledger.js: pandas;
 * cli.js and scale.js: pandas + openpyxl, _pandas_summarize.py) run /usr/bin/python3, and nothing
 * in the repo installs its modules. On a machine without them the pandas column is skipped, and
 * the bench says why and how to install them; our own figures and goals are measured as ever.
 */
"use strict";
const fs = require("fs");
const { spawnSync } = require("child_process");

/** The Python the benches run: Debian's, where apt installs python3-pandas (BENCH_PYTHON names another). */
const PYTHON = process.env.BENCH_PYTHON || "/usr/bin/python3";

/** How to install what the comparison needs. */
const INSTALL = "apt-get install python3-pandas python3-openpyxl";

/**
 * Why pandas cannot be timed here, or undefined when it can.
 *
 * @param {string[]} modules the Python modules the comparison imports
 * @returns {string | undefined} the reason ("/usr/bin/python3 has no module pandas")
 */
function pandasMissing(modules = ["pandas", "openpyxl"]) {
  if (!fs.existsSync(PYTHON)) return `${PYTHON} is missing`;
  for (const name of modules) {
    const run = spawnSync(PYTHON, ["-c", `import ${name}`], { encoding: "utf8" });
    if (run.status !== 0) return `${PYTHON} has no module ${name}`;
  }
  return undefined;
}

/**
 * The line a bench prints when it skips pandas.
 *
 * @param {string} reason what pandasMissing said
 * @returns {string} the line, with the install command
 */
function pandasSkipped(reason) {
  return (
    `  pandas: SKIPPED — ${reason}; the comparison with pandas is left out, our figures are measured as ever. ` +
    `To compare: ${INSTALL} (Debian's, for /usr/bin/python3, which the bench runs; BENCH_PYTHON names another Python)`
  );
}

module.exports = { PYTHON, INSTALL, pandasMissing, pandasSkipped };
