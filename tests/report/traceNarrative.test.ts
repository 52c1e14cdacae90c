/**
 * Tracing the numbers of a text to the facts it is built from, on a small builder of our own, so
 * the rule is tested apart from the 综述's wording: a number follows the facts whose change changes it.
 */
import { traceNarrative, type TracedLeaf } from "../../src/core/report/traceNarrative";

interface Toy {
  period: string;
  current: { value: number; cell: string };
  previous: { value: number; cell: string };
}

const build = (f: Toy) => {
  const [c, p] = [f.current.value, f.previous.value];
  const change =
    c === p ? "持平" : `${c > p ? "增加" : "减少"}${Math.abs(c - p).toFixed(0)}起、${c > p ? "上升" : "下降"}${((Math.abs(c - p) / p) * 100).toFixed(1)}%`;
  return [`${f.period}，共发生事故${Number(c.toFixed(2))}起，同比${change}。`];
};
const keyOf = (leaf: TracedLeaf) => (leaf.holder as { cell: string }).cell;
const cells = (leaves: readonly TracedLeaf[]) => leaves.map(keyOf).sort();

test("a count traces to its cell, a change and a percentage to both periods' cells, the period stays a date", () => {
  const [p] = traceNarrative({ period: "2024年1—6月", current: { value: 23, cell: "B5" }, previous: { value: 20, cell: "C5" } }, build, keyOf);
  expect(p.text).toBe("2024年1—6月，共发生事故23起，同比增加3起、上升15.0%。");
  const byText = Object.fromEntries(p.numbers.map((n) => [n.text, n]));
  expect(byText["2024"].date && byText["1"].date && byText["6"].date).toBe(true);
  expect(cells(byText["23"].leaves)).toEqual(["B5"]);
  expect(cells(byText["3"].leaves)).toEqual(["B5", "C5"]);
  expect(cells(byText["15.0"].leaves)).toEqual(["B5", "C5"]);
});

test("a count whose change changes the words (持平 becomes 增加) still traces to its cell", () => {
  const [p] = traceNarrative({ period: "上半年", current: { value: 3, cell: "B8" }, previous: { value: 3, cell: "C8" } }, build, keyOf);
  expect(p.text).toBe("上半年，共发生事故3起，同比持平。");
  expect(cells(p.numbers[0].leaves)).toEqual(["B8"]);
});

test("a scale inside an English unit is not a figure: (10k persons), (1,000 ha), (100m CNY)", () => {
  const build = (f: { a: { value: number } }) => [`affected population ${f.a.value} (10k persons), crops (1,000 ha), loss (100m CNY)`];
  const [p] = traceNarrative({ a: { value: 312.45 } }, build, () => "a");
  expect(p.numbers.map((n) => [n.text, n.leaves.length > 0, n.date])).toEqual([
    ["312.45", true, false],
    ["10", false, true],
    ["1,000", false, true],
    ["100", false, true],
  ]);
});

test("the day of an English date is not a figure: 'The floods of 18 July 2020', '16–21 July 2020' (the flood export's report counted 18 as a figure to confirm)", () => {
  const build = (f: { a: { value: number } }) => [`The floods of 18 July 2020 affected ${f.a.value} people; in the period 16–21 July 2020, more.`];
  const [p] = traceNarrative({ a: { value: 4653842 } }, build, () => "a");
  expect(p.numbers.map((n) => [n.text, n.leaves.length > 0, n.date])).toEqual([
    ["18", false, true],
    ["2020", false, true],
    ["4653842", true, false],
    ["16", false, true],
    ["21", false, true],
    ["2020", false, true],
  ]);
});
