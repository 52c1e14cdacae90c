/**
 * The workbench is the one path that reads formulas from a file (its book worker passes
 * withFormulas), so a shared formula is expanded there into a copy per cell. The hostile corpus's
 * shared-formula-amplified.xlsx (one 8,000-character formula shared over 200,000 cells, issue 27
 * item 1) ran past 60 s of CPU and 490 MB in the worker before the expansion had its own bound
 * (SAFE's measurement, session 4); the command line, which reads no formulas, takes it in 1.6 s.
 */
import { MESSAGES, messageOf } from "../../src/core/messages";
import { BookClient } from "../../src/workbench/worker/bookClient";
import { fakeBookWorker } from "./fakeBookWorker";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { hostileCorpus } = require("../../scripts/fixtures/hostile-corpus.js") as {
  hostileCorpus(): { file: string; bytes(): Buffer }[];
};

test("a shared formula amplified over 200,000 cells is refused by the workbench's worker within 5 s of CPU, in the catalogue's words", async () => {
  const entry = hostileCorpus().find((e) => e.file === "shared-formula-amplified.xlsx")!;
  const bytes = entry.bytes();
  const started = process.cpuUsage();
  const outcome = await new BookClient(fakeBookWorker()).open(new Uint8Array(bytes).slice().buffer, entry.file).then(
    () => undefined,
    (error: unknown) => messageOf(error),
  );
  const used = process.cpuUsage(started);
  expect((used.user + used.system) / 1000).toBeLessThan(5000);
  expect(outcome).toBeDefined();
  expect(outcome).not.toEqual(MESSAGES.files.internal());
  expect(outcome!.zh).toContain("共享公式展开后超过 16 MB");
  expect(outcome!.en).toContain("expand past 16 MB");
}, 120000);
