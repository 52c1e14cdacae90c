"use strict";
const fs = require("fs");

/**
 * CPU seconds (user + sys) of this process's children that have ended and been waited for, with
 * theirs (Linux: /proc/self/stat's cutime and cstime, in clock ticks of 1/100 s); NaN elsewhere.
 * Shared by the whole-run timer (scripts/bench.js) and the consolidation bench.
 *
 * @example const before = childrenCpu(); spawnSync("node", ["-e", "0"]); childrenCpu() - before // ≈ 0.04
 */
function childrenCpu() {
  try {
    const fields = fs.readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    // After the command's ")": state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

module.exports = { childrenCpu };
