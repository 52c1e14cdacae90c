/**
 * Preloaded into a command-line run by tests/hostile/corpus.test.ts (`node -r`): at exit, reports
 * the process's CPU time and peak memory on stderr, one line the test reads back.
 */
"use strict";
/* global require, process */
/* eslint-disable @typescript-eslint/no-require-imports */
process.on("exit", () => {
  const usage = process.resourceUsage();
  require("fs").writeSync(2, `\n@@usage ${JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024 })}\n`);
});
