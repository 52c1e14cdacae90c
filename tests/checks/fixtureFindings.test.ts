import fs from "fs";
import { FIXTURES, SAMPLE, type ExpectedFinding, type FixtureExpectation } from "../fixtures/expectations";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import type { Finding } from "../../src/core/reader/model";

// Expected findings: tests/fixtures/expectations.ts, written from the fixtures' construction
// (scripts/fixtures/make-fixtures.js), independently of the checks.
const readable = [...FIXTURES, SAMPLE].filter((f) => !f.unreadableFile);

function matches(got: Finding, want: ExpectedFinding): boolean {
  return (
    got.kind === want.kind &&
    got.sheet === want.sheet &&
    got.cell === want.cell &&
    (want.stated === null ? got.stated === null : Math.abs((got.stated ?? NaN) - want.stated) <= want.tolerance) &&
    (want.recomputed === null ? got.recomputed === null : Math.abs((got.recomputed ?? NaN) - want.recomputed) <= want.tolerance)
  );
}

async function findingsOf(fx: FixtureExpectation): Promise<readonly Finding[]> {
  const path = fx.file.includes("/") ? fx.file : `tests/fixtures/${fx.file}`;
  return readWorkbook(workbookToSnapshot(await loadXlsx(fs.readFileSync(path)))).findings;
}

describe("the 核对 of every fixture", () => {
  it.each(readable.map((f) => [f.file, f] as const))("%s gives exactly the findings it was built with", async (_file, fx) => {
    const findings = await findingsOf(fx);
    for (const want of fx.findings) {
      expect(findings.filter((f) => matches(f, want))).toHaveLength(1);
    }
    const allowed = [...fx.findings, ...(fx.allowedFindings ?? [])];
    const unexpected = findings.filter((f) => !allowed.some((w) => matches(f, w)));
    expect(unexpected).toEqual([]);
  });

  it("names the cells and writes the message in both languages", async () => {
    const [finding] = await findingsOf(SAMPLE);
    expect(finding.sources).toEqual(["E9", "C9"]);
    expect(finding.message.zh).toContain("G9");
    expect(finding.message.zh).toContain("89.58%");
    expect(finding.message.en).toContain("states 95%");
  });
});
