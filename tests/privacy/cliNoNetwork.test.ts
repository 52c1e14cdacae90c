/**
 * "No data leaves the machine", for the command line: `bureau-stats summarize` runs on the sample
 * workbook (assets/samples/) in a child process whose network modules all throw and log every
 * attempt (networkGuard.js, loaded with --require before anything else). The summary must be
 * written and the log must stay empty. A control run shows the guard does catch a connection, a
 * DNS lookup and fetch, so the test can fail.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const GUARD = path.join(__dirname, "networkGuard.js");
const SAMPLE = path.join(ROOT, "assets/samples/bureau-2024H1.xlsx");

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-no-network-"));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function guarded(args: string[], logName: string) {
  const log = path.join(work, logName);
  fs.writeFileSync(log, "");
  const run = spawnSync(process.execPath, ["--require", GUARD, ...args], {
    cwd: ROOT,
    env: { ...process.env, NETWORK_GUARD_LOG: log },
    encoding: "utf8",
    timeout: 240000,
  });
  return { ...run, attempts: fs.readFileSync(log, "utf8").split("\n").filter(Boolean) };
}

describe("the command line with every network module stubbed to throw", () => {
  it("summarizes the sample workbook without opening a socket or asking DNS", () => {
    const out = path.join(work, "out");
    const before = fs.readFileSync(SAMPLE);
    const run = guarded([path.join(ROOT, "bin/bureau-stats.js"), "summarize", SAMPLE, "--out", out], "cli.log");
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    expect(run.stdout).toContain("完成 / done: 1/1");
    expect(fs.existsSync(path.join(out, "bureau-2024H1.summary.xlsx"))).toBe(true);
    expect(run.attempts).toEqual([]);
    expect(fs.readFileSync(SAMPLE).equals(before)).toBe(true);
  }, 240000);

  it("(control) the guard refuses and logs a TCP connection, a DNS lookup, an HTTPS request and fetch", () => {
    const script = [
      "const tries = [",
      "  () => require('net').connect(9, '127.0.0.1'),",
      "  () => require('dns').lookup('localhost', () => {}),",
      "  () => require('https').get('https://example.invalid/'),",
      "  () => fetch('http://127.0.0.1:9/'),",
      "  () => require('dgram').createSocket('udp4'),",
      "];",
      "let refused = 0;",
      "for (const t of tries) { try { t(); } catch (e) { if (/network access refused/.test(e.message)) refused++; } }",
      "console.log(refused);",
    ].join("\n");
    const run = guarded(["-e", script], "control.log");
    expect(run.stdout.trim()).toBe("5");
    expect(run.attempts.map((line) => line.split("(")[0])).toEqual(["net.connect", "dns.lookup", "https.get", "fetch", "dgram.createSocket"]);
  });
});
