/**
 * The corpus harness (issue 19): every workbook of tests/corpus/ read through the command line's
 * path and the add-in's path, its facts, period and region words, units and 核对 compared with what
 * a statistician expects from the release it transcribes (tests/corpus/expected/). Prints one line
 * per workbook and the totals the lead quotes: facts right / expected, slips found / present, false
 * alarms. Workbooks the reader does not read right yet are `test.failing` (knownGaps.ts).
 */
import * as path from "path";
import { factsOf, type CorpusFacts } from "./harness/actualFacts";
import { describe as describeScore, passes, scoreBook, type BookScore } from "./harness/compare";
import { WORKBOOK_DIR, loadBooks, type CorpusBook } from "./harness/expectations";
import { readThroughAddin, readThroughCli } from "./harness/readPaths";
import { KNOWN_GAPS } from "./knownGaps";

const BOOKS = loadBooks();

interface Read {
  readonly cli: CorpusFacts;
  readonly addin: CorpusFacts;
  readonly cliScore: BookScore;
  readonly addinScore: BookScore;
}

const reads = new Map<string, Read>();

async function read(book: CorpusBook): Promise<Read> {
  const cached = reads.get(book.id);
  if (cached) return cached;
  const file = path.join(WORKBOOK_DIR, `${book.id}.xlsx`);
  const cli = factsOf((await readThroughCli(file)).model);
  const addin = factsOf((await readThroughAddin(file)).model);
  const result = { cli, addin, cliScore: scoreBook(book, cli), addinScore: scoreBook(book, addin) };
  reads.set(book.id, result);
  return result;
}

/** A fact as both paths must agree on it. */
function signature(f: CorpusFacts["facts"][number]): string {
  const keys = f.breakdown.map((k) => `${k.dimension}:${k.key}`).join("/");
  return `${f.indicator}|${f.measure}|${f.period.relation}|${JSON.stringify(f.period.span ?? null)}|${keys}|${f.value}|${f.unit}`;
}

function total(scores: readonly BookScore[], pick: (s: BookScore) => number): number {
  return scores.reduce((n, s) => n + pick(s), 0);
}

describe("the corpus of real shapes", () => {
  afterAll(() => {
    const done = BOOKS.filter((b) => reads.has(b.id)).map((b) => reads.get(b.id)!);
    if (!done.length) return;
    const cli = done.map((r) => r.cliScore);
    const addin = done.map((r) => r.addinScore);
    const lines = cli.map(describeScore);
    const line =
      `CORPUS ${done.length} workbooks (facts from ${done[0].cli.source}): ` +
      `facts right ${total(cli, (s) => s.factsRight)}/${total(cli, (s) => s.factsExpected)} (command line), ` +
      `${total(addin, (s) => s.factsRight)}/${total(addin, (s) => s.factsExpected)} (add-in); ` +
      `slips found ${total(cli, (s) => s.slipsFound)}/${total(cli, (s) => s.slipsPresent)}; ` +
      `false alarms ${total(cli, (s) => s.falseAlarms.length)}; ` +
      `contradicted facts ${total(cli, (s) => s.contradicted)}; facts the workbook does not support ${total(cli, (s) => s.forbidden.length)}; ` +
      `words and units ${total(cli, (s) => s.contextRight)}/${total(cli, (s) => s.contextExpected)}; ` +
      `workbooks passing ${cli.filter(passes).length}/${done.length}`;
    console.log(`${lines.join("\n")}\n${line}`);
  });

  describe.each(BOOKS.map((b) => [b.id, b] as [string, CorpusBook]))("%s", (id, book) => {
    it("reads the same facts and findings through the command line and through the add-in", async () => {
      const { cli, addin } = await read(book);
      expect(addin.facts.map(signature).sort()).toEqual(cli.facts.map(signature).sort());
      expect(addin.findings.map((f) => `${f.kind} ${f.sheet}!${f.cell}`).sort()).toEqual(cli.findings.map((f) => `${f.kind} ${f.sheet}!${f.cell}`).sort());
    });

    const gap = KNOWN_GAPS[id];
    (gap ? it.failing : it)(
      gap
        ? `gives what the release says — known gap: ${gap}`
        : "gives the release's facts, period and region words and units, and finds its slips with no false alarm",
      async () => {
        const { cliScore } = await read(book);
        expect(passes(cliScore) ? "passes" : describeScore(cliScore)).toBe("passes");
      },
    );
  });
});
