/**
 * On a fresh machine nothing installs pandas, which the ledger, command-line and scale benches
 * compare with (issue 28). There the bench says so and how to install Debian's, leaves the pandas
 * column out and still measures and judges our own figures, instead of failing with Python's
 * traceback. A Python that is not there (BENCH_PYTHON) stands for one without pandas.
 */
import * as path from "path";
import { spawnSync } from "child_process";

const ROOT = path.join(__dirname, "..", "..");
const NO_PYTHON = "/nonexistent/bureau-stats-python3";

describe("the benches on a machine without pandas", () => {
  test("the ledger bench skips pandas, says how to install it, and still judges our own time", () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, "scripts/bench/ledger.js"), "2000"], {
      encoding: "utf8",
      env: { ...process.env, BENCH_PYTHON: NO_PYTHON },
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`pandas: SKIPPED — ${NO_PYTHON} is missing; the comparison with pandas is left out`);
    expect(run.stdout).toContain("apt-get install python3-pandas python3-openpyxl");
    expect(run.stdout).toMatch(/target < 1000 ms: (met|MISSED)/);
    // Our totals are printed all the same (2,000 generated rows: 2024年1—6月).
    expect(run.stdout).toMatch(/totals current \[accidents, deaths, injured, loss\]: ours \[\d+,\d+,\d+,[\d.]+\]; previous .* \(not compared\)/);
  }, 120000);
});
