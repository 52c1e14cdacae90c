/**
 * What the page's long tasks were, from a Chrome trace (the workbench bench's --trace): each main
 * thread task over a threshold with the largest events inside it (script evaluation with its URL,
 * function calls, layout, style, paint, garbage collection), so a long task can be named.
 */
"use strict";
const fs = require("fs");

const NAMED = new Set([
  "EvaluateScript",
  "FunctionCall",
  "v8.compile",
  "Layout",
  "UpdateLayoutTree",
  "Paint",
  "MinorGC",
  "MajorGC",
  "ParseHTML",
  "EventDispatch",
  "TimerFire",
  "FireAnimationFrame",
  "v8.run",
  "RunMicrotasks",
  "V8.GC_SCAVENGER",
  "BlinkGC.AtomicPhase",
]);

/**
 * The main thread's tasks over `overMs` and what they held.
 *
 * @param traceFile a Chrome trace (JSON, {traceEvents})
 * @param overMs the threshold
 * @returns lines to print
 */
function longTasks(traceFile, overMs = 200) {
  const { traceEvents } = JSON.parse(fs.readFileSync(traceFile, "utf8"));
  const threadName = new Map();
  for (const e of traceEvents) if (e.ph === "M" && e.name === "thread_name") threadName.set(`${e.pid}:${e.tid}`, e.args.name);
  const main = traceEvents.filter((e) => threadName.get(`${e.pid}:${e.tid}`) === "CrRendererMain" && e.ph === "X");
  const tasks = main.filter((e) => (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") && e.dur / 1000 > overMs);
  const lines = [];
  for (const task of tasks) {
    const inside = main
      .filter((e) => e !== task && NAMED.has(e.name) && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur / 1000 >= overMs / 10)
      .map((e) => {
        const data = e.args?.data ?? {};
        const where = data.url ? ` ${String(data.url).split("/").pop()}` : data.functionName ? ` ${data.functionName}` : data.type ? ` ${data.type}` : "";
        return { text: `${e.name}${where} ${(e.dur / 1000).toFixed(0)} ms`, dur: e.dur };
      })
      .sort((a, b) => b.dur - a.dur)
      .slice(0, 4);
    // tdur is the thread's CPU time: on a loaded machine a task waits for a core, and its wall time says more about the load than about the page.
    const cpu = task.tdur === undefined ? "" : ` (main thread's CPU ${(task.tdur / 1000).toFixed(0)} ms)`;
    lines.push(`task of ${(task.dur / 1000).toFixed(0)} ms${cpu}: ${inside.map((x) => x.text).join("; ") || "(nothing named inside)"}`);
  }
  const busiest = main
    .filter((e) => (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") && e.tdur !== undefined)
    .reduce((most, e) => (most && most.tdur >= e.tdur ? most : e), undefined);
  if (busiest) lines.push(`the task with the most main-thread CPU: ${(busiest.tdur / 1000).toFixed(0)} ms CPU (${(busiest.dur / 1000).toFixed(0)} ms wall)`);
  return lines;
}

module.exports = { longTasks };
